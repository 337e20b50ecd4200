// Narrows and sorts the queue on screen: by a piece of the reference and by group; header clicks sort by the
// raw values (QueueModel::SortRole), so "DPD" sorts as numbers, not text.
#pragma once

#include "queue/queue.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace collector::ui {

class QueueModel;

class QueueFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QueueFilter(QueueModel* source, QObject* parent = nullptr);

    void setText(const QString& text);
    void setGroup(std::optional<QueueGroup> group);
    // The entry behind a row of this (filtered, sorted) model.
    const QueueEntry* entry(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QueueModel* m_source;
    QString m_text;
    std::optional<QueueGroup> m_group;
};

} // namespace collector::ui
