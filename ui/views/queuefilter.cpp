#include "views/queuefilter.h"

#include "views/queuemodel.h"

namespace collector::ui {

QueueFilter::QueueFilter(QueueModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(QueueModel::SortRole);
}

void QueueFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    m_matches.clear(); // a new text waits for its own search
    invalidateFilter();
}

void QueueFilter::setSearchMatches(const std::vector<Id>& accounts)
{
    m_matches.clear();
    for (const Id& id : accounts)
        m_matches.insert(id.toBytes());
    invalidateFilter();
}

void QueueFilter::setGroup(std::optional<QueueGroup> group)
{
    m_group = group;
    invalidateFilter();
}

void QueueFilter::setStage(std::optional<Stage> stage)
{
    m_stage = stage;
    invalidateFilter();
}

void QueueFilter::setDpdBucket(std::optional<int> bucket)
{
    m_dpdBucket = bucket;
    invalidateFilter();
}

void QueueFilter::setLastOutcome(std::optional<QString> outcomeCode)
{
    m_lastOutcome = std::move(outcomeCode);
    invalidateFilter();
}

void QueueFilter::setPromise(std::optional<PromiseFilter> promise)
{
    m_promise = promise;
    invalidateFilter();
}

const QueueEntry* QueueFilter::entry(int row) const
{
    const QModelIndex source = mapToSource(index(row, 0));
    return source.isValid() ? m_source->entry(source.row()) : nullptr;
}

bool QueueFilter::textMatches(const QueueEntry& e) const
{
    return m_text.isEmpty() || e.reference.contains(m_text, Qt::CaseInsensitive) ||
           m_matches.contains(e.accountId.toBytes());
}

bool QueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const QueueEntry* e = m_source->entry(sourceRow);
    if (!e)
        return false;
    if (m_group && e->group != *m_group)
        return false;
    if (m_stage && e->stage != *m_stage)
        return false;
    if (m_dpdBucket && dpdBucket(e->daysPastDue) != *m_dpdBucket)
        return false;
    if (m_lastOutcome && e->lastOutcome != *m_lastOutcome)
        return false;
    if (m_promise) {
        switch (*m_promise) {
        case PromiseFilter::None:
            if (e->promise)
                return false;
            break;
        case PromiseFilter::Open:
            if (e->promise != PromiseStatus::Pending)
                return false;
            break;
        case PromiseFilter::Kept:
            if (e->promise != PromiseStatus::Kept)
                return false;
            break;
        case PromiseFilter::Broken:
            if (e->promise != PromiseStatus::Broken && e->promise != PromiseStatus::PartiallyKept)
                return false;
            break;
        }
    }
    return textMatches(*e);
}

} // namespace collector::ui
