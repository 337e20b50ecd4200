#include "views/queuemodel.h"

#include "views/accountworkspace.h"

#include <QColor>

namespace collector::ui {

QueueModel::QueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void QueueModel::setQueue(std::vector<QueueEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const QueueEntry* QueueModel::entry(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_entries.size())
        return nullptr;
    return &m_entries[static_cast<std::size_t>(row)];
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueModel::groupLabel(QueueGroup group)
{
    switch (group) {
    case QueueGroup::CallbackDue:
        return tr("Callback due");
    case QueueGroup::PromiseDueToday:
        return tr("Promise due today");
    case QueueGroup::PromiseBrokenYesterday:
        return tr("Promise broken yesterday");
    case QueueGroup::NewPlacement:
        return tr("New placement");
    case QueueGroup::MissedInstalment:
        return tr("Missed instalment");
    case QueueGroup::Scored:
        return tr("By score");
    case QueueGroup::NotNow:
        return tr("Not now");
    }
    return {};
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    const QueueEntry* e = entry(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == AccountIdRole)
        return e->accountId.toString();
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const QueueReason& r : e->reasons)
            lines << (r.points != 0 ? QStringLiteral("%1 (%2%3)")
                                          .arg(r.text, r.points > 0 ? QStringLiteral("+") : QString())
                                          .arg(r.points, 0, 'f', 1)
                                    : r.text);
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && index.column() == ContactColumn)
        return e->gate.verdict == GateVerdict::Blocked ? QColor(0xb3, 0x26, 0x1e) : QColor(0x1b, 0x6e, 0x20);
    if (role == SortRole) {
        switch (index.column()) {
        case PositionColumn:
            return index.row();
        case ReferenceColumn:
            return e->reference;
        case GroupColumn:
            return static_cast<int>(e->group);
        case ScoreColumn:
            return e->score;
        case DpdColumn:
            return e->daysPastDue;
        case BalanceColumn:
            return e->balanceMinor;
        case ReasonColumn:
            return e->reasons.empty() ? QString() : e->reasons.front().code;
        case ContactColumn:
            return e->gate.reopensAt ? e->gate.reopensAt->toMSecsSinceEpoch() : 0;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PositionColumn:
        return index.row() + 1;
    case ReferenceColumn:
        return e->reference;
    case GroupColumn:
        return groupLabel(e->group);
    case ScoreColumn:
        return QString::number(e->score, 'f', 1);
    case DpdColumn:
        return e->daysPastDue;
    case BalanceColumn:
        return QString(Money(e->balanceMinor, e->currency).toDecimalString() + QLatin1Char(' ') +
                       e->currency.code);
    case ReasonColumn:
        return e->reasons.empty() ? QString() : e->reasons.front().text;
    case ContactColumn:
        return e->phoneId.isNull() ? tr("no number") : AccountWorkspace::gateSummary(e->gate);
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn:
        return tr("#");
    case ReferenceColumn:
        return tr("Reference");
    case GroupColumn:
        return tr("Why now");
    case ScoreColumn:
        return tr("Score");
    case DpdColumn:
        return tr("DPD");
    case BalanceColumn:
        return tr("Balance");
    case ReasonColumn:
        return tr("Reason");
    case ContactColumn:
        return tr("Contact now");
    default:
        return {};
    }
}

} // namespace collector::ui
