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
    invalidateFilter();
}

void QueueFilter::setGroup(std::optional<QueueGroup> group)
{
    m_group = group;
    invalidateFilter();
}

const QueueEntry* QueueFilter::entry(int row) const
{
    const QModelIndex source = mapToSource(index(row, 0));
    return source.isValid() ? m_source->entry(source.row()) : nullptr;
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
    return m_text.isEmpty() || e->reference.contains(m_text, Qt::CaseInsensitive);
}

} // namespace collector::ui
