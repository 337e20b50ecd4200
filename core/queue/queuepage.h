// The ranked queue read a page at a time (DESIGN.md: lists of any size are keyset-paged, never held whole):
// the accounts of a collector's queue in the snapshot (rankQueue keeps their places), split into "due now"
// and "not now", filtered and sorted in SQL, each page found from the last row of the page before it, so a
// queue of a million accounts costs the pages on screen, not the million.
#pragma once

#include "common/result.h"
#include "compliance/gate.h"
#include "domain/id.h"
#include "domain/money.h"
#include "domain/promises.h"
#include "queue/queue.h"

#include <QVariantList>
#include <map>
#include <optional>
#include <vector>

namespace collector {

class Database;

enum class QueueSection
{
    DueNow, // every group but "not now", in queue order
    NotNow  // the gate blocks contact right now
};

enum class QueueSort
{
    Position, // the queue's own order
    Reference,
    DaysPastDue,
    Balance
};

// What the promise filter asks for: no promise at all, or a promise in one of the states.
enum class PromiseFilter
{
    None,
    Open,
    Kept,
    Broken // broken or only partly kept
};

struct QueueRowFilter
{
    std::optional<QueueGroup> group;
    std::optional<Stage> stage;
    std::optional<int> dpdBucket;
    std::optional<QString> lastOutcome; // "" asks for never contacted
    std::optional<PromiseFilter> promise;
    QString text;            // a piece of the reference …
    std::vector<Id> matches; // … or one of these accounts (a name or phone search's finds)
};

// One account's line: what the queue view shows and sorts by.
struct QueueRow
{
    Id accountId;
    QString reference;
    Stage stage = Stage::Early;
    QueueGroup group = QueueGroup::Scored;
    double score = 0;
    int daysPastDue = 0;
    qint64 balanceMinor = 0;
    Currency currency;
    QString lastOutcome;
    std::optional<PromiseStatus> promise;
    bool hasPhone = false;
    GateDecision gate; // verdict and rule; blocked: the reason and when it reopens (zone: the debtor's)
};

class QueuePager
{
public:
    QueuePager(Database& db, const Id& collectorId);

    void setFilter(QueueRowFilter filter);
    void setSort(QueueSort sort, bool descending);
    QueueSort sort() const { return m_sort; }
    bool descending() const { return m_descending; }

    // How many accounts pass the filter in the section.
    Result<int> count(QueueSection section);
    // Rows [offset, offset + limit) of the section in the chosen order. A page that follows one read before
    // starts from that page's last row (the index seeks to it); a jump starts from the nearest page read
    // before it and skips the rest.
    Result<std::vector<QueueRow>> rows(QueueSection section, int offset, int limit);
    // Forgets the pages read (the ranking changed under them).
    void invalidate();
    // Where an account stands in its section (for keeping the selection across a new ranking); nullopt when
    // it does not pass the filter.
    Result<std::optional<std::pair<QueueSection, int>>> find(const Id& accountId);

private:
    struct Anchor
    {
        QVariantList key; // the sort columns of the row at that offset
    };
    QString orderColumns() const;
    QString whereClause(QueueSection section, QVariantList& params) const;
    // When the collector's queue was last ranked (now, if never): the day its rows' days past due count on.
    Result<QDateTime> lastRanked();

    Database& m_db;
    QByteArray m_collector;
    QueueRowFilter m_filter;
    QueueSort m_sort = QueueSort::Position;
    bool m_descending = false;
    // Per section: offset of a row read -> its sort key (the last row of every page read).
    std::map<int, Anchor> m_anchors[2];
    std::optional<QDateTime> m_rankedAt; // lastRanked(), until invalidated
};

} // namespace collector
