// Narrows and sorts the queue on screen: by a piece of the reference (or the accounts a name or phone search
// found), by group, stage, days-past-due bucket, last outcome and promise state; header clicks sort by the
// raw values (QueueModel::SortRole), so "DPD" sorts as numbers, not text.
#pragma once

#include "queue/queue.h"

#include <QByteArray>
#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace collector::ui {

class QueueModel;

// What the promise filter asks for: no promise at all, or a promise in one of the states.
enum class PromiseFilter
{
    None,
    Open,
    Kept,
    Broken // broken or only partly kept
};

class QueueFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QueueFilter(QueueModel* source, QObject* parent = nullptr);

    void setText(const QString& text);
    // Accounts a name or phone search found for the current text (their rows pass the text filter too).
    void setSearchMatches(const std::vector<Id>& accounts);
    void setGroup(std::optional<QueueGroup> group);
    void setStage(std::optional<Stage> stage);
    void setDpdBucket(std::optional<int> bucket);
    void setLastOutcome(std::optional<QString> outcomeCode); // "" asks for never contacted
    void setPromise(std::optional<PromiseFilter> promise);
    // The entry behind a row of this (filtered, sorted) model.
    const QueueEntry* entry(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool textMatches(const QueueEntry& e) const;

    QueueModel* m_source;
    QString m_text;
    QSet<QByteArray> m_matches;
    std::optional<QueueGroup> m_group;
    std::optional<Stage> m_stage;
    std::optional<int> m_dpdBucket;
    std::optional<QString> m_lastOutcome;
    std::optional<PromiseFilter> m_promise;
};

} // namespace collector::ui
