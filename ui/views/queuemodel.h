// The collector's queue as a table, read a page at a time from the ranked snapshot (core/queue/queuepage): a
// "Due now" and a "Not now" group, each under a header row, in queue order or sorted by reference, days past
// due or balance, narrowed by the filter bar. Display text for people, raw values under SortRole, the reasons
// (worked out for that one account) as the tooltip. Pages are fetched as rows come into view and only a few
// dozen are kept, so a million-account queue costs what is on screen.
#pragma once

#include "queue/queue.h"
#include "queue/queuepage.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <memory>
#include <optional>

namespace collector {
class Database;
}

namespace collector::ui {

class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PositionColumn,
        ReferenceColumn,
        GroupColumn,
        ScoreColumn,
        DpdColumn,
        BalanceColumn,
        ReasonColumn,
        ContactColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int AccountIdRole = Qt::UserRole + 2;
    static constexpr int HeaderRole = Qt::UserRole + 3; // true on a group's header row

    explicit QueueModel(QObject* parent = nullptr);

    // The queue to show: the collector's, ranked at `at` (rankQueue), read from `db`; none when db is null.
    void setQueue(Database* db, const Id& collectorId, const QDateTime& at);
    // Reads the counts and the pages again (after a new ranking).
    void reload(const QDateTime& at);

    // The filter bar's narrowing (each reads the queue again).
    void setText(const QString& text);
    void setSearchMatches(const std::vector<Id>& accounts); // a name or phone search's finds
    void setGroup(std::optional<QueueGroup> group);
    void setStage(std::optional<Stage> stage);
    void setDpdBucket(std::optional<int> bucket);
    void setLastOutcome(std::optional<QString> outcomeCode); // "" asks for never contacted
    void setPromise(std::optional<PromiseFilter> promise);

    // The account on a row; nullptr on a header row or outside the table.
    const QueueRow* entry(int row) const;
    // Accounts shown (header rows left out), and those of them not to be contacted now.
    int accountCount() const { return m_dueNow + m_notNow; }
    int notNowCount() const { return m_notNow; }
    // The row an account is on, if it passes the filter.
    std::optional<int> rowOf(const Id& accountId) const;
    bool isHeader(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString groupLabel(QueueGroup group);

private:
    static constexpr int kPageRows = 100;
    static constexpr int kPagesKept = 40;

    void refilter();
    // Which section and place within it a table row is; nullopt for a header row.
    std::optional<std::pair<QueueSection, int>> place(int row) const;
    int firstRowOf(QueueSection section) const;

    Database* m_db = nullptr;
    Id m_collectorId;
    QDateTime m_at;
    std::unique_ptr<QueuePager> m_pager;
    QueueRowFilter m_filter;
    int m_dueNow = 0;
    int m_notNow = 0;
    mutable QHash<qint64, std::vector<QueueRow>> m_pages; // (section, page) -> rows
    mutable QHash<QByteArray, QString> m_reasons;         // account -> tooltip, for this ranking
};

} // namespace collector::ui
