// The collector's queue as a table: position, reference, group, score, days past due, balance, the first
// reason and whether contact is allowed now. Display text for people, raw values under SortRole for sorting,
// the full list of reasons as the tooltip.
#pragma once

#include "queue/queue.h"

#include <QAbstractTableModel>
#include <vector>

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

    explicit QueueModel(QObject* parent = nullptr);

    void setQueue(std::vector<QueueEntry> entries);
    const QueueEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString groupLabel(QueueGroup group);

private:
    std::vector<QueueEntry> m_entries;
};

} // namespace collector::ui
