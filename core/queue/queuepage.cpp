#include "queue/queuepage.h"

#include "queue/queuesnapshot.h"
#include "store/database.h"
#include "store/statement.h"

#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace collector {

namespace {

void bindAll(Statement& q, const QVariantList& params)
{
    for (int i = 0; i < params.size(); ++i) {
        const QVariant& v = params[i];
        switch (v.typeId()) {
        case QMetaType::Double:
            q.bind(i + 1, v.toDouble());
            break;
        case QMetaType::QString:
            q.bind(i + 1, v.toString());
            break;
        case QMetaType::QByteArray:
            q.bind(i + 1, v.toByteArray());
            break;
        default:
            q.bind(i + 1, v.toLongLong());
        }
    }
}

QVariant columnValue(const Statement& s, int column, int type)
{
    switch (type) {
    case QMetaType::Double:
        return s.real(column);
    case QMetaType::QString:
        return s.text(column);
    case QMetaType::QByteArray:
        return s.blob(column);
    default:
        return s.int64(column);
    }
}

// The columns of an order: SQL expression and the type its key value is read as.
struct KeyColumn
{
    const char* sql;
    int type;
};

std::vector<KeyColumn> keyColumns(QueueSort sort)
{
    switch (sort) {
    case QueueSort::Position:
        return {{"rank_group", QMetaType::LongLong},
                {"rank_key", QMetaType::LongLong},
                {"rank_order", QMetaType::Double},
                {"reference", QMetaType::QString},
                {"account_id", QMetaType::QByteArray}};
    case QueueSort::Reference:
        return {{"reference", QMetaType::QString}, {"account_id", QMetaType::QByteArray}};
    case QueueSort::DaysPastDue:
        return {{"dpd_order", QMetaType::LongLong}, {"account_id", QMetaType::QByteArray}};
    case QueueSort::Balance:
        return {{"balance_minor", QMetaType::LongLong}, {"account_id", QMetaType::QByteArray}};
    }
    return {};
}

QString joined(const std::vector<KeyColumn>& columns, const char* suffix)
{
    QStringList parts;
    for (const KeyColumn& c : columns)
        parts << QString::fromLatin1(c.sql) + QLatin1String(suffix);
    return parts.join(QStringLiteral(", "));
}

// The index each order is read along. Named, because without statistics SQLite may pick another index with
// as many equal columns and sort a whole group in a temporary tree (seconds at a million rows, measured).
QString sortIndex(QueueSort sort)
{
    switch (sort) {
    case QueueSort::Reference:
        return QStringLiteral("queue_account_by_reference");
    case QueueSort::DaysPastDue:
        return QStringLiteral("queue_account_by_dpd");
    case QueueSort::Balance:
        return QStringLiteral("queue_account_by_balance");
    case QueueSort::Position:
        break;
    }
    return QStringLiteral("queue_account_order");
}

// "?, ?, …" for a row value of `n` columns.
QString placeholders(std::size_t n)
{
    QStringList marks;
    for (std::size_t i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

constexpr const char* kRowColumns =
    "account_id, reference, stage, rank_group, rank_score, dpd_order, balance_minor, currency, "
    "last_outcome, promise_state, phone_id IS NOT NULL, gate_verdict, gate_rule, gate_reason, "
    "gate_reopens_ms, time_zone";
constexpr int kRowColumnCount = 16;

// The day a row's days past due are counted on: the day of the collector's last ranking in the debtor's
// zone, as the queue counts them (a row keeps the day they count from, not the count).
class RankedDay
{
public:
    explicit RankedDay(const QDateTime& at)
        : m_at(at)
    {}
    QDate in(const QString& zoneId)
    {
        auto known = m_days.find(zoneId);
        if (known == m_days.end()) {
            const QTimeZone zone(zoneId.toUtf8());
            known = m_days.insert(zoneId, m_at.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date());
        }
        return known.value();
    }

private:
    QDateTime m_at;
    QHash<QString, QDate> m_days;
};

QueueRow readRow(const Statement& s, RankedDay& day)
{
    QueueRow r;
    r.accountId = Id::fromBytes(s.blob(0));
    r.reference = s.text(1);
    r.stage = parseCode<Stage>(s.text(2)).value_or(Stage::Early);
    r.group = static_cast<QueueGroup>(s.int64(3));
    r.score = s.real(4);
    r.gate.debtorTimeZone = s.text(15);
    r.daysPastDue = daysPastDueOn(s.int64(5), day.in(r.gate.debtorTimeZone));
    r.balanceMinor = s.int64(6);
    r.currency = Currency::fromCode(s.text(7)).value_or(Currency());
    r.lastOutcome = s.text(8);
    r.promise = parseCode<PromiseStatus>(s.text(9));
    r.hasPhone = s.int64(10) != 0;
    r.gate.verdict = s.text(11) == QLatin1String("blocked") ? GateVerdict::Blocked
                     : s.text(11) == QLatin1String("warn")  ? GateVerdict::Warn
                                                            : GateVerdict::Allowed;
    r.gate.ruleId = s.text(12);
    r.gate.reason = s.text(13);
    if (s.int64(14) > 0)
        r.gate.reopensAt = QDateTime::fromMSecsSinceEpoch(s.int64(14), QTimeZone::utc());
    return r;
}

} // namespace

QueuePager::QueuePager(Database& db, const Id& collectorId)
    : m_db(db)
    , m_collector(collectorId.toBytes())
{}

void QueuePager::setFilter(QueueRowFilter filter)
{
    m_filter = std::move(filter);
    invalidate();
}

void QueuePager::setSort(QueueSort sort, bool descending)
{
    m_sort = sort;
    m_descending = descending;
    invalidate();
}

void QueuePager::invalidate()
{
    for (auto& anchors : m_anchors)
        anchors.clear();
    m_rankedAt.reset();
}

QString QueuePager::orderColumns() const
{
    return joined(keyColumns(m_sort), m_descending ? " DESC" : "");
}

QString QueuePager::whereClause(QueueSection section, QVariantList& params) const
{
    QString where = QStringLiteral("collector_id = ?");
    params << m_collector;
    where += section == QueueSection::NotNow ? QStringLiteral(" AND section = 1")
                                             : QStringLiteral(" AND section = 0");
    const QueueRowFilter& f = m_filter;
    if (f.group) {
        where += QStringLiteral(" AND rank_group = ?");
        params << static_cast<qint64>(*f.group);
    }
    if (f.stage) {
        where += QStringLiteral(" AND stage = ?");
        params << codeOf(*f.stage);
    }
    if (f.dpdBucket && *f.dpdBucket >= 0 && *f.dpdBucket < kDpdBucketCount) {
        where += QStringLiteral(" AND dpd_bucket = ?");
        params << static_cast<qint64>(*f.dpdBucket);
    }
    if (f.lastOutcome) {
        where += QStringLiteral(" AND last_outcome = ?");
        params << *f.lastOutcome;
    }
    if (f.promise) {
        switch (*f.promise) {
        case PromiseFilter::None:
            where += QStringLiteral(" AND promise_state = ''");
            break;
        case PromiseFilter::Open:
            where += QStringLiteral(" AND promise_state = 'pending'");
            break;
        case PromiseFilter::Kept:
            where += QStringLiteral(" AND promise_state = 'kept'");
            break;
        case PromiseFilter::Broken:
            where += QStringLiteral(" AND promise_state IN ('broken', 'partially_kept')");
            break;
        }
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        // LIKE's wildcards in what was typed are taken literally.
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        where += QStringLiteral(" AND (reference LIKE '%' || ? || '%' ESCAPE '\\'");
        params << pattern;
        if (!f.matches.empty()) {
            QStringList ids;
            for (const Id& id : f.matches)
                ids << QStringLiteral("x'%1'").arg(QString::fromLatin1(id.toBytes().toHex()));
            where += QStringLiteral(" OR account_id IN (%1)").arg(ids.join(QLatin1Char(',')));
        }
        where += QLatin1Char(')');
    }
    return where;
}

Result<int> QueuePager::count(QueueSection section)
{
    QVariantList params;
    const QByteArray sql =
        (QStringLiteral("SELECT count(*) FROM queue_account INDEXED BY queue_account_order WHERE ") +
         whereClause(section, params))
            .toUtf8();
    auto q = m_db.prepare(sql.constData());
    if (!q)
        return q.error();
    bindAll(q.value(), params);
    auto row = q.value().step();
    if (!row)
        return row.error();
    return static_cast<int>(q.value().int64(0));
}

Result<std::vector<QueueRow>> QueuePager::rows(QueueSection section, int offset, int limit)
{
    std::vector<QueueRow> out;
    if (offset < 0 || limit <= 0)
        return out;
    const std::vector<KeyColumn> keys = keyColumns(m_sort);
    auto& anchors = m_anchors[section == QueueSection::NotNow ? 1 : 0];
    QVariantList params;
    QString where = whereClause(section, params);
    const QString after = QStringLiteral(" AND (%1) %2 (%3)")
                              .arg(joined(keys, ""), m_descending ? QStringLiteral("<") : QStringLiteral(">"),
                                   placeholders(keys.size()));
    // The nearest row read before `offset`: seek past it; what lies between is skipped on the sort's index
    // alone (reading only the key of the row before the page), and the page is then read from that key.
    int skip = offset;
    QVariantList from;
    if (auto next = anchors.lower_bound(offset); next != anchors.begin()) {
        const auto anchor = std::prev(next);
        from = anchor->second.key;
        skip = offset - anchor->first - 1;
    }
    if (skip > 0) {
        QVariantList keyParams = params;
        QString keyWhere = where;
        if (!from.isEmpty()) {
            keyWhere += after;
            keyParams += from;
        }
        const QByteArray keySql =
            QStringLiteral(
                "SELECT %1 FROM queue_account INDEXED BY %2 WHERE %3 ORDER BY %4 LIMIT 1 OFFSET %5")
                .arg(joined(keys, ""), sortIndex(m_sort), keyWhere, orderColumns())
                .arg(skip - 1)
                .toUtf8();
        auto k = m_db.prepare(keySql.constData());
        if (!k)
            return k.error();
        bindAll(k.value(), keyParams);
        auto row = k.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return out; // past the end
        from.clear();
        for (std::size_t i = 0; i < keys.size(); ++i)
            from << columnValue(k.value(), static_cast<int>(i), keys[i].type);
    }
    if (!from.isEmpty()) {
        where += after;
        params += from;
    }
    // The page's keys are found on the sort's index first and only its rows read whole: a filter on what the
    // index holds (stage, bucket, outcome, promise) is then tested without fetching each row it turns down
    // (SQLite fetches a WITHOUT ROWID row before testing the rest of the WHERE: a stage filter's first page
    // at a million accounts took 2.8 s that way).
    const QByteArray sql =
        QStringLiteral("SELECT %1, %2 FROM (SELECT account_id AS page_id FROM queue_account INDEXED BY %3 "
                       "WHERE %4 ORDER BY %5 LIMIT %6) AS page JOIN queue_account ON collector_id = ? AND "
                       "account_id = page.page_id ORDER BY %5")
            .arg(QString::fromLatin1(kRowColumns), joined(keys, ""), sortIndex(m_sort), where, orderColumns())
            .arg(limit)
            .toUtf8();
    params << m_collector;
    auto q = m_db.prepare(sql.constData());
    if (!q)
        return q.error();
    bindAll(q.value(), params);
    auto rankedAt = lastRanked();
    if (!rankedAt)
        return rankedAt.error();
    RankedDay day(rankedAt.value());
    QVariantList last;
    Status read = q.value().forEachRow([&](const Statement& s) {
        out.push_back(readRow(s, day));
        last.clear();
        for (std::size_t k = 0; k < keys.size(); ++k)
            last << columnValue(s, kRowColumnCount + static_cast<int>(k), keys[k].type);
    });
    if (!read)
        return read.error();
    if (!out.empty())
        anchors[offset + static_cast<int>(out.size()) - 1] = {last};
    return out;
}

Result<QDateTime> QueuePager::lastRanked()
{
    // Read once per ranking, not per page: a new ranking invalidates the pager.
    if (m_rankedAt)
        return *m_rankedAt;
    auto q = m_db.prepare("SELECT at_ms FROM queue_ranked WHERE collector_id = ?");
    if (!q)
        return q.error();
    q.value().bind(1, m_collector);
    auto row = q.value().step();
    if (!row)
        return row.error();
    m_rankedAt = row.value() ? QDateTime::fromMSecsSinceEpoch(q.value().int64(0), QTimeZone::utc())
                             : QDateTime::currentDateTimeUtc();
    return *m_rankedAt;
}

Result<std::optional<std::pair<QueueSection, int>>> QueuePager::find(const Id& accountId)
{
    using Found = std::optional<std::pair<QueueSection, int>>;
    const std::vector<KeyColumn> keys = keyColumns(m_sort);
    for (QueueSection section : {QueueSection::DueNow, QueueSection::NotNow}) {
        QVariantList params;
        const QString where = whereClause(section, params);
        const QByteArray keySql = QStringLiteral("SELECT %1 FROM queue_account WHERE %2 AND account_id = ?")
                                      .arg(joined(keys, ""), where)
                                      .toUtf8();
        auto k = m_db.prepare(keySql.constData());
        if (!k)
            return k.error();
        bindAll(k.value(), QVariantList(params) << accountId.toBytes());
        auto row = k.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        QVariantList key;
        for (std::size_t i = 0; i < keys.size(); ++i)
            key << columnValue(k.value(), static_cast<int>(i), keys[i].type);
        const QByteArray countSql =
            QStringLiteral("SELECT count(*) FROM queue_account INDEXED BY %1 WHERE %2 AND (%3) %4 (%5)")
                .arg(sortIndex(m_sort), where, joined(keys, ""),
                     m_descending ? QStringLiteral(">") : QStringLiteral("<"), placeholders(keys.size()))
                .toUtf8();
        auto before = m_db.prepare(countSql.constData());
        if (!before)
            return before.error();
        bindAll(before.value(), params + key);
        if (auto counted = before.value().step(); !counted)
            return counted.error();
        return Found(std::pair(section, static_cast<int>(before.value().int64(0))));
    }
    return Found();
}

} // namespace collector
