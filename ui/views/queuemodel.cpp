#include "views/queuemodel.h"

#include "views/accountworkspace.h"

#include <QColor>
#include <QFont>

namespace collector::ui {

QueueModel::QueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void QueueModel::setQueue(Database* db, const Id& collectorId, const QDateTime& at)
{
    beginResetModel();
    m_db = db;
    m_collectorId = collectorId;
    m_at = at;
    m_pager = db ? std::make_unique<QueuePager>(*db, collectorId) : nullptr;
    if (m_pager)
        m_pager->setFilter(m_filter);
    m_pages.clear();
    m_reasons.clear();
    m_dueNow = m_pager ? m_pager->count(QueueSection::DueNow).value_or(0) : 0;
    m_notNow = m_pager ? m_pager->count(QueueSection::NotNow).value_or(0) : 0;
    endResetModel();
}

void QueueModel::reload(const QDateTime& at)
{
    beginResetModel();
    m_at = at;
    if (m_pager)
        m_pager->invalidate();
    m_pages.clear();
    m_reasons.clear();
    m_dueNow = m_pager ? m_pager->count(QueueSection::DueNow).value_or(0) : 0;
    m_notNow = m_pager ? m_pager->count(QueueSection::NotNow).value_or(0) : 0;
    endResetModel();
}

void QueueModel::refilter()
{
    if (m_pager)
        m_pager->setFilter(m_filter);
    reload(m_at);
}

void QueueModel::setText(const QString& text)
{
    if (m_filter.text == text)
        return;
    m_filter.text = text;
    m_filter.matches.clear();
    refilter();
}

void QueueModel::setSearchMatches(const std::vector<Id>& accounts)
{
    m_filter.matches = accounts;
    refilter();
}

void QueueModel::setGroup(std::optional<QueueGroup> group)
{
    m_filter.group = group;
    refilter();
}

void QueueModel::setStage(std::optional<Stage> stage)
{
    m_filter.stage = stage;
    refilter();
}

void QueueModel::setDpdBucket(std::optional<int> bucket)
{
    m_filter.dpdBucket = bucket;
    refilter();
}

void QueueModel::setLastOutcome(std::optional<QString> outcomeCode)
{
    m_filter.lastOutcome = std::move(outcomeCode);
    refilter();
}

void QueueModel::setPromise(std::optional<PromiseFilter> promise)
{
    m_filter.promise = promise;
    refilter();
}

// Layout: a header row over each group that has accounts, "Due now" first.
int QueueModel::firstRowOf(QueueSection section) const
{
    if (section == QueueSection::DueNow)
        return m_dueNow > 0 ? 1 : 0;
    return (m_dueNow > 0 ? m_dueNow + 1 : 0) + (m_notNow > 0 ? 1 : 0);
}

bool QueueModel::isHeader(int row) const
{
    return (m_dueNow > 0 && row == 0) || (m_notNow > 0 && row == (m_dueNow > 0 ? m_dueNow + 1 : 0));
}

std::optional<std::pair<QueueSection, int>> QueueModel::place(int row) const
{
    if (row < 0 || row >= rowCount() || isHeader(row))
        return std::nullopt;
    const int notNowFirst = firstRowOf(QueueSection::NotNow);
    if (m_notNow > 0 && row >= notNowFirst)
        return std::pair(QueueSection::NotNow, row - notNowFirst);
    return std::pair(QueueSection::DueNow, row - firstRowOf(QueueSection::DueNow));
}

const QueueRow* QueueModel::entry(int row) const
{
    const auto at = place(row);
    if (!at || !m_pager)
        return nullptr;
    const int page = at->second / kPageRows;
    const qint64 key = (static_cast<qint64>(at->first) << 32) | page;
    auto cached = m_pages.find(key);
    if (cached == m_pages.end()) {
        if (m_pages.size() >= kPagesKept)
            m_pages.clear(); // the view asks for what is on screen; a few dozen pages are plenty
        auto rows = m_pager->rows(at->first, page * kPageRows, kPageRows);
        cached = m_pages.insert(key, rows ? std::move(rows.value()) : std::vector<QueueRow>());
    }
    const int inPage = at->second % kPageRows;
    return inPage < static_cast<int>(cached->size()) ? &(*cached)[static_cast<std::size_t>(inPage)] : nullptr;
}

std::optional<int> QueueModel::rowOf(const Id& accountId) const
{
    if (!m_pager || accountId.isNull())
        return std::nullopt;
    auto found = m_pager->find(accountId);
    if (!found || !found.value())
        return std::nullopt;
    return firstRowOf(found.value()->first) + found.value()->second;
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_dueNow + m_notNow + (m_dueNow > 0 ? 1 : 0) + (m_notNow > 0 ? 1 : 0);
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
    if (!index.isValid() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (isHeader(index.row())) {
        const bool notNow = index.row() != 0 || m_dueNow == 0;
        if (role == HeaderRole)
            return true;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::BackgroundRole)
            return QColor(0xec, 0xef, 0xf3);
        if (role == Qt::DisplayRole && index.column() == 0)
            return notNow
                       ? tr("Not now — %n account(s) the rules do not let you contact yet", nullptr, m_notNow)
                       : tr("Due now — %n account(s)", nullptr, m_dueNow);
        return {};
    }
    const QueueRow* e = entry(index.row());
    if (!e)
        return {};
    if (role == HeaderRole)
        return false;
    if (role == AccountIdRole)
        return e->accountId.toString();
    if (role == Qt::ToolTipRole) {
        // The reasons are worked out for this one account when asked (the pages hold only the places).
        const QByteArray key = e->accountId.toBytes();
        if (const auto known = m_reasons.constFind(key); known != m_reasons.cend())
            return known.value();
        QStringList lines;
        if (m_db)
            if (auto explained = explainQueueEntry(*m_db, defaultStrategy(), e->accountId, m_at))
                for (const QueueReason& r : explained.value().reasons)
                    lines << (r.points != 0 ? QStringLiteral("%1 (%2%3)")
                                                  .arg(r.text, r.points > 0 ? QStringLiteral("+") : QString())
                                                  .arg(r.points, 0, 'f', 1)
                                            : r.text);
        return m_reasons.insert(key, lines.join(QLatin1Char('\n'))).value();
    }
    if (role == Qt::ForegroundRole && index.column() == ContactColumn)
        return e->gate.verdict == GateVerdict::Blocked ? QColor(0xb3, 0x26, 0x1e) : QColor(0x1b, 0x6e, 0x20);
    const auto at = place(index.row());
    if (role == SortRole) {
        switch (index.column()) {
        case PositionColumn:
            return at ? at->second : 0;
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
            return e->gate.ruleId;
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
        return at ? at->second + 1 : 0;
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
        return e->group == QueueGroup::NotNow ? e->gate.reason : groupLabel(e->group);
    case ContactColumn:
        return e->hasPhone ? AccountWorkspace::gateSummary(e->gate) : tr("no number");
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

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (!m_pager)
        return;
    // The store sorts (an index for each of these); the other columns follow the queue's own order.
    const QueueSort by = column == ReferenceColumn ? QueueSort::Reference
                         : column == DpdColumn     ? QueueSort::DaysPastDue
                         : column == BalanceColumn ? QueueSort::Balance
                                                   : QueueSort::Position;
    const bool descending = order == Qt::DescendingOrder;
    if (by == m_pager->sort() && descending == m_pager->descending())
        return;
    beginResetModel();
    m_pager->setSort(by, descending);
    m_pages.clear();
    endResetModel();
}

} // namespace collector::ui
