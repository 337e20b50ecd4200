#include "compliance/storefacts.h"

#include "domain/phonezones.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <map>

namespace collector {

namespace {

constexpr qint64 kHistoryDays = 31;

// Statements are prepared once per reader and reset for each contact: preparing dominated the cost.
Result<Statement*> prepared(Database& db, std::map<const char*, Statement>& cache, const char* sql)
{
    if (auto found = cache.find(sql); found != cache.end()) {
        found->second.reset();
        return &found->second;
    }
    auto statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    return &cache.emplace(sql, std::move(statement.value())).first->second;
}

Status loadDebtor(Database& db, std::map<const char*, Statement>& cache, const Id& accountId,
                  GateFacts& facts, Id& debtorId, QString& packId, QString& tightening)
{
    auto q = prepared(db, cache,
                      "SELECT d.id, d.time_zone, d.contact_not_before, d.contact_not_after, "
                      "d.contact_hours_agreed, d.no_channels, d.vulnerable, c.rule_pack, c.rule_tightening "
                      "FROM account a JOIN creditor c ON c.id = a.creditor_id "
                      "JOIN account_party p ON p.account_id = a.id AND p.role = 'debtor' "
                      "JOIN debtor d ON d.id = p.debtor_id WHERE a.id = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, accountId.toBytes());
    auto row = q.value()->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the account has no debtor on record"));
    debtorId = Id::fromBytes(q.value()->blob(0));
    readDebtorColumns(*q.value(), 1, facts, packId, tightening);
    // Finished, not left on its row: a statement still stepping holds a read snapshot on the connection
    // (a later write then fails with SQLITE_BUSY_SNAPSHOT, and a DROP INDEX is refused).
    q.value()->reset();
    return {};
}

Status loadStops(Database& db, std::map<const char*, Statement>& cache, const Id& accountId,
                 const Id& debtorId, GateFacts& facts)
{
    // Stop events of the debtor (or of this account), minus those a later "cleared" event lifts.
    auto q = prepared(
        db, cache,
        "SELECT s.kind, s.starts_on, s.ends_on, (SELECT min(c.at_ms) FROM stop_event c "
        "WHERE c.kind = 'cleared' AND c.clears_id = s.id) FROM stop_event s "
        "WHERE s.debtor_id = ? AND s.kind <> 'cleared' AND (s.account_id IS NULL OR s.account_id = ?)");
    if (!q)
        return q.error();
    q.value()->bind(1, debtorId.toBytes()).bind(2, accountId.toBytes());
    const QTimeZone zone(facts.addressTimeZone.toUtf8());
    return q.value()->forEachRow([&](const Statement& s) {
        if (auto stop = readStopColumns(s, 0, zone))
            facts.stops.push_back(*stop);
    });
}

Status loadPoint(Database& db, std::map<const char*, Statement>& cache, const Id& pointId, GateFacts& facts)
{
    if (pointId.isNull()) {
        facts.point.kind = ContactKind::Address;
        return {};
    }
    auto q = prepared(db, cache,
                      "SELECT kind, value, time_zone, consent, do_not_contact, holder FROM contact_point "
                      "WHERE id = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, pointId.toBytes());
    auto row = q.value()->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the contact point is not on record"));
    facts.point = readPointColumns(*q.value(), 0);
    q.value()->reset(); // finished (see loadDebtor)
    return {};
}

Status loadHistory(Database& db, std::map<const char*, Statement>& cache, const Id& accountId,
                   const Id& debtorId, const QDateTime& at, GateFacts& facts)
{
    auto q = prepared(db, cache,
                      "SELECT a.at_ms, a.channel, a.direction, a.outcome, a.right_party, a.account_id = ?, "
                      "coalesce(p.value, ''), coalesce(p.holder, 'debtor') "
                      "FROM contact_attempt a LEFT JOIN contact_point p ON p.id = a.contact_point_id "
                      "WHERE a.debtor_id = ? AND a.at_ms >= ? AND a.at_ms <= ? ORDER BY a.at_ms");
    if (!q)
        return q.error();
    const qint64 now = at.toMSecsSinceEpoch();
    q.value()
        ->bind(1, accountId.toBytes())
        .bind(2, debtorId.toBytes())
        .bind(3, now - kHistoryDays * 24 * 3600 * 1000)
        .bind(4, now);
    return q.value()->forEachRow([&](const Statement& s) {
        HistoryItem h = readHistoryColumns(s, 0);
        h.sameDebt = s.int64(5) != 0;
        facts.history.push_back(std::move(h));
    });
}

} // namespace

void readDebtorColumns(const Statement& s, int first, GateFacts& facts, QString& packId, QString& tightening)
{
    facts.addressTimeZone = s.text(first);
    if (!s.isNull(first + 1) && !s.isNull(first + 2)) {
        facts.preferences.notBefore = QTime::fromString(s.text(first + 1), QStringLiteral("HH:mm"));
        facts.preferences.notAfter = QTime::fromString(s.text(first + 2), QStringLiteral("HH:mm"));
    }
    facts.preferences.agreed = s.int64(first + 3) != 0;
    for (const QString& code : s.text(first + 4).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto channel = parseCode<Channel>(code.trimmed()))
            facts.preferences.noChannels.push_back(*channel);
    facts.vulnerable = s.int64(first + 5) != 0;
    packId = s.isNull(first + 6) ? QString() : s.text(first + 6);
    tightening = s.text(first + 7);
}

std::optional<StopFact> stopFact(const QString& kindCode, const QDate& startsOn, const QDate& endsOn,
                                 std::optional<qint64> clearedAtMs, const QTimeZone& zone)
{
    const auto kind = parseCode<StopKind>(kindCode);
    if (!kind)
        return std::nullopt;
    StopFact stop;
    stop.kind = *kind;
    stop.from = QDateTime(startsOn, QTime(0, 0), zone).toUTC();
    if (endsOn.isValid())
        stop.until = QDateTime(endsOn.addDays(1), QTime(0, 0), zone).toUTC();
    if (clearedAtMs) {
        const QDateTime cleared = QDateTime::fromMSecsSinceEpoch(*clearedAtMs, QTimeZone::utc());
        stop.until = stop.until ? std::min(*stop.until, cleared) : cleared;
    }
    return stop;
}

std::optional<StopFact> readStopColumns(const Statement& s, int first, const QTimeZone& zone)
{
    return stopFact(s.text(first), QDate::fromString(s.text(first + 1), Qt::ISODate),
                    s.isNull(first + 2) ? QDate() : QDate::fromString(s.text(first + 2), Qt::ISODate),
                    s.isNull(first + 3) ? std::nullopt : std::optional<qint64>(s.int64(first + 3)), zone);
}

ContactPointFacts readPointColumns(const Statement& s, int first)
{
    ContactPointFacts p;
    p.kind = parseCode<ContactKind>(s.text(first)).value_or(ContactKind::Phone);
    p.value = s.text(first + 1);
    p.consent = s.int64(first + 3) != 0;
    p.doNotContact = s.int64(first + 4) != 0;
    p.thirdParty = s.text(first + 5) != QLatin1String("debtor");
    if (p.kind == ContactKind::Phone)
        p.timeZones = phoneTimeZones(p.value);
    const QString stated = s.text(first + 2);
    if (!s.isNull(first + 2) && !stated.isEmpty() && !p.timeZones.contains(stated))
        p.timeZones << stated;
    return p;
}

HistoryItem historyItem(qint64 atMs, const QString& channel, const QString& direction, const QString& outcome,
                        bool rightParty, const QString& pointValue, const QString& holder)
{
    HistoryItem h;
    h.at = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc());
    h.channel = parseCode<Channel>(channel).value_or(Channel::Call);
    h.direction = parseCode<Direction>(direction).value_or(Direction::Outbound);
    h.outcome = parseCode<Outcome>(outcome).value_or(Outcome::NoAnswer);
    h.conversation = h.channel == Channel::Call && rightParty;
    h.contactPoint = pointValue;
    h.toThirdParty = holder != QLatin1String("debtor");
    return h;
}

HistoryItem readHistoryColumns(const Statement& s, int first)
{
    // first + 5 is the caller's own column (same debt, or the account id)
    return historyItem(s.int64(first), s.text(first + 1), s.text(first + 2), s.text(first + 3),
                       s.int64(first + 4) != 0, s.text(first + 6), s.text(first + 7));
}

QString rulePackForTimeZone(const QString& zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        return {};
    switch (zone.territory()) {
    case QLocale::China:
        return QStringLiteral("cn");
    case QLocale::UnitedStates:
        return QStringLiteral("us");
    case QLocale::UnitedKingdom:
        return QStringLiteral("uk");
    default:
        return {};
    }
}

Result<PackTightening> parseTightening(const QString& json)
{
    return tighteningFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

Result<PackTightening> tighteningFromJson(const QJsonObject& o)
{
    PackTightening t;
    const auto clock = [&](const char* key) -> std::optional<QTime> {
        const QString v = o.value(QLatin1String(key)).toString();
        if (v.isEmpty())
            return std::nullopt;
        return QTime::fromString(v, QStringLiteral("HH:mm"));
    };
    t.notBefore = clock("not_before");
    t.notAfter = clock("not_after");
    if ((t.notBefore && !t.notBefore->isValid()) || (t.notAfter && !t.notAfter->isValid()))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the creditor's contact hours are not HH:mm"));
    const QJsonObject caps = o.value(QLatin1String("caps")).toObject();
    for (auto it = caps.begin(); it != caps.end(); ++it)
        t.maxByRule[it.key()] = it.value().toInt(0);
    const QJsonObject days = o.value(QLatin1String("days")).toObject();
    for (auto it = days.begin(); it != days.end(); ++it)
        t.daysByRule[it.key()] = it.value().toInt(0);
    return t;
}

GateFactsReader::GateFactsReader(Database& db)
    : m_db(db)
{}

GateFactsReader::~GateFactsReader() = default;

Result<const RulePack*> GateFactsReader::pack(const QString& packId, const QDate& day,
                                              const QString& tightening)
{
    const QString key = packId + QLatin1Char('|') + day.toString(Qt::ISODate) + QLatin1Char('|') + tightening;
    if (const auto found = m_packs.find(key); found != m_packs.end())
        return &found->second;
    auto inForce = rulePackInForce(packId, day);
    if (!inForce)
        return inForce.error();
    auto t = parseTightening(tightening);
    if (!t)
        return t.error();
    auto tightened = tightenPack(inForce.value(), t.value());
    if (!tightened)
        return tightened.error();
    return &m_packs.emplace(key, std::move(tightened.value())).first->second;
}

Result<const RulePack*> GateFactsReader::packFor(const GateFacts& facts, QString packId,
                                                 const QString& tightening)
{
    if (packId.isEmpty())
        packId = rulePackForTimeZone(facts.addressTimeZone);
    if (packId.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("no rule pack covers the debtor's time zone %1: set the creditor's rule pack")
                .arg(facts.addressTimeZone));
    const QTimeZone zone(facts.addressTimeZone.toUtf8());
    return pack(packId, facts.at.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date(), tightening);
}

Result<StoredGateInput> GateFactsReader::read(const ContactTarget& target)
{
    StoredGateInput input;
    GateFacts& facts = input.facts;
    facts.at = target.at.toUTC();
    facts.channel = target.channel;
    facts.visitStaff = target.visitStaff;
    Id debtorId;
    QString packId;
    QString tightening;
    if (auto ok = loadDebtor(m_db, m_statements, target.accountId, facts, debtorId, packId, tightening); !ok)
        return ok.error();
    if (auto ok = loadStops(m_db, m_statements, target.accountId, debtorId, facts); !ok)
        return ok.error();
    if (auto ok = loadPoint(m_db, m_statements, target.contactPointId, facts); !ok)
        return ok.error();
    if (auto ok = loadHistory(m_db, m_statements, target.accountId, debtorId, facts.at, facts); !ok)
        return ok.error();
    if (!m_leases) {
        auto leases = LeaseBook::load(m_db);
        if (!leases)
            return leases.error();
        m_leases = std::move(leases.value());
    }
    m_leases->attach(facts, debtorId.toBytes(), target.accountId.toBytes(), target.contactPointId.toBytes());
    auto resolved = packFor(facts, packId, tightening);
    if (!resolved)
        return resolved.error();
    input.pack = *resolved.value();
    return input;
}

Result<StoredGateInput> gateInputFromStore(Database& db, const ContactTarget& target)
{
    GateFactsReader reader(db);
    return reader.read(target);
}

} // namespace collector
