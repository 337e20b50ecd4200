#include "compliance/scenario.h"

#include "compliance/storefacts.h"
#include "domain/phonezones.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace collector {

namespace {

class ScenarioReader
{
public:
    bool failed() const { return !m_problem.isEmpty(); }
    Error error() const
    {
        return makeError(ErrorCode::InvalidArgument, m_where + QLatin1Char(' ') + m_problem);
    }
    void fail(const QString& where, const QString& problem)
    {
        if (m_problem.isEmpty()) {
            m_where = where;
            m_problem = problem;
        }
    }

    QString text(const QJsonObject& o, const char* key, const QString& where, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path(where, key), QStringLiteral("is required"));
            return {};
        }
        if (!v.isString()) {
            fail(path(where, key), QStringLiteral("must be a string"));
            return {};
        }
        return v.toString();
    }
    bool flag(const QJsonObject& o, const char* key, const QString& where, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(path(where, key), QStringLiteral("must be true or false"));
        return v.toBool(fallback);
    }
    int whole(const QJsonObject& o, const char* key, const QString& where, int min, int max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble(-1.0);
        // Range first: casting a double outside int's range is undefined behaviour.
        if (!v.isDouble() || d < min || d > max || d != static_cast<double>(static_cast<int>(d))) {
            fail(path(where, key), QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return 0;
        }
        return static_cast<int>(d);
    }
    QDateTime instant(const QJsonObject& o, const char* key, const QString& where, bool required)
    {
        const QString s = text(o, key, where, required);
        if (s.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
            fail(path(where, key), QStringLiteral("must be an instant with Z or an offset, like "
                                                  "\"2026-03-09T13:30:00Z\""));
            return {};
        }
        return t.toUTC();
    }
    // A date means the start of that day (or, as an end, the start of the day after) in the debtor's zone.
    std::optional<QDateTime> instantOrDay(const QJsonObject& o, const char* key, const QString& where,
                                          const QTimeZone& zone, bool endOfDay)
    {
        const QString s = text(o, key, where);
        if (s.isEmpty())
            return std::nullopt;
        if (s.size() == 10) {
            const QDate d = QDate::fromString(s, Qt::ISODate);
            if (!d.isValid()) {
                fail(path(where, key), QStringLiteral("must be a date like 2026-03-09 or an instant"));
                return std::nullopt;
            }
            return QDateTime(endOfDay ? d.addDays(1) : d, QTime(0, 0), zone).toUTC();
        }
        const QDateTime t = instant(o, key, where, true);
        return t.isValid() ? std::optional<QDateTime>(t) : std::nullopt;
    }
    std::optional<QTime> clock(const QJsonObject& o, const char* key, const QString& where)
    {
        const QString s = text(o, key, where);
        if (s.isEmpty())
            return std::nullopt;
        const QTime t = QTime::fromString(s, QStringLiteral("HH:mm"));
        if (!t.isValid()) {
            fail(path(where, key), QStringLiteral("must be a time like \"10:00\""));
            return std::nullopt;
        }
        return t;
    }
    template <typename E> std::optional<E> code(const QString& value, const QString& where)
    {
        const auto parsed = parseCode<E>(value);
        if (!parsed) {
            QStringList known;
            for (const auto& entry : codeTable<E>())
                known << QString::fromLatin1(entry.code);
            fail(where, QStringLiteral("'%1' is not one of %2").arg(value, known.join(QStringLiteral(", "))));
        }
        return parsed;
    }
    QString zone(const QString& id, const QString& where)
    {
        if (!id.isEmpty() && !QTimeZone(id.toUtf8()).isValid())
            fail(where, QStringLiteral("'%1' is not an IANA time zone like \"America/New_York\"").arg(id));
        return id;
    }

    static QString path(const QString& where, const char* key)
    {
        return where.isEmpty() ? QString::fromLatin1(key) : where + QLatin1Char('.') + QLatin1String(key);
    }

private:
    QString m_where;
    QString m_problem;
};

std::optional<Outcome> outcomeOf(ScenarioReader& r, const QString& value, const QString& where)
{
    if (value == QLatin1String("wrong_party")) // the contract's name for a wrong number
        return Outcome::WrongNumber;
    return r.code<Outcome>(value, where);
}

void readDebtor(ScenarioReader& r, const QJsonObject& d, GateFacts& facts)
{
    facts.addressTimeZone = r.zone(r.text(d, "address_time_zone", QStringLiteral("debtor")),
                                   QStringLiteral("debtor.address_time_zone"));
    facts.vulnerable = r.flag(d, "vulnerable", QStringLiteral("debtor"), false);
    facts.debtorUnreachable = r.flag(d, "unreachable", QStringLiteral("debtor"), false);
    const QJsonObject p = d.value(QLatin1String("preferences")).toObject();
    const QString pw = QStringLiteral("debtor.preferences");
    facts.preferences.notBefore = r.clock(p, "not_before", pw);
    facts.preferences.notAfter = r.clock(p, "not_after", pw);
    facts.preferences.agreed = r.flag(p, "agreed", pw, false);
    if (facts.preferences.notBefore.has_value() != facts.preferences.notAfter.has_value())
        r.fail(pw, QStringLiteral("needs both not_before and not_after"));
    for (const QJsonValue& c : p.value(QLatin1String("no_channels")).toArray())
        if (const auto channel = r.code<Channel>(c.toString(), pw + QStringLiteral(".no_channels")))
            facts.preferences.noChannels.push_back(*channel);
    const QTimeZone zone =
        facts.addressTimeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(facts.addressTimeZone.toUtf8());
    const QJsonArray stops = d.value(QLatin1String("stop_events")).toArray();
    for (int i = 0; i < stops.size() && !r.failed(); ++i) {
        const QJsonObject s = stops.at(i).toObject();
        const QString where = QStringLiteral("debtor.stop_events[%1]").arg(i);
        const auto kind = r.code<StopKind>(r.text(s, "kind", where, true), where + QStringLiteral(".kind"));
        if (!kind || *kind == StopKind::Cleared) {
            r.fail(where + QStringLiteral(".kind"), QStringLiteral("must be a stop event kind"));
            return;
        }
        StopFact stop;
        stop.kind = *kind;
        stop.from = r.instantOrDay(s, "from", where, zone, false)
                        .value_or(QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()));
        stop.until = r.instantOrDay(s, "until", where, zone, true);
        // A stop cleared on a date ends there, like one with an end date.
        if (const auto cleared = r.instantOrDay(s, "cleared_at", where, zone, false))
            stop.until = stop.until ? std::min(*stop.until, *cleared) : *cleared;
        facts.stops.push_back(stop);
    }
}

void readPoint(ScenarioReader& r, const QJsonObject& p, GateFacts& facts)
{
    const QString w = QStringLiteral("contact_point");
    ContactPointFacts& point = facts.point;
    const QString kind = r.text(p, "kind", w);
    if (!kind.isEmpty())
        if (const auto parsed = r.code<ContactKind>(kind, w + QStringLiteral(".kind")))
            point.kind = *parsed;
    point.value = r.text(p, "value", w);
    point.doNotContact = r.flag(p, "do_not_contact", w, false);
    point.consent = r.flag(p, "consent", w, true);
    const QString holder = r.text(p, "holder", w);
    if (!holder.isEmpty() &&
        !QStringList{QStringLiteral("debtor"), QStringLiteral("family"), QStringLiteral("colleague"),
                     QStringLiteral("reference"), QStringLiteral("other")}
             .contains(holder))
        r.fail(w + QStringLiteral(".holder"),
               QStringLiteral("must be one of debtor, family, colleague, reference, other"));
    point.thirdParty = !holder.isEmpty() && holder != QLatin1String("debtor");
    if (p.contains(QLatin1String("time_zones"))) {
        for (const QJsonValue& z : p.value(QLatin1String("time_zones")).toArray())
            point.timeZones << r.zone(z.toString(), w + QStringLiteral(".time_zones"));
    } else if (point.kind == ContactKind::Phone && !point.value.isEmpty()) {
        point.timeZones = phoneTimeZones(point.value);
    }
}

void readHistory(ScenarioReader& r, const QJsonArray& items, GateFacts& facts)
{
    for (int i = 0; i < items.size() && !r.failed(); ++i) {
        const QJsonObject h = items.at(i).toObject();
        const QString w = QStringLiteral("history[%1]").arg(i);
        HistoryItem item;
        item.at = r.instant(h, "at", w, true);
        if (const auto c = r.code<Channel>(r.text(h, "channel", w, true), w + QStringLiteral(".channel")))
            item.channel = *c;
        const QString direction = r.text(h, "direction", w);
        if (!direction.isEmpty())
            if (const auto d = r.code<Direction>(direction, w + QStringLiteral(".direction")))
                item.direction = *d;
        const QString outcome = r.text(h, "outcome", w);
        if (!outcome.isEmpty())
            if (const auto o = outcomeOf(r, outcome, w + QStringLiteral(".outcome")))
                item.outcome = *o;
        // A right-party contact on the telephone is a conversation unless the record says otherwise.
        item.conversation = r.flag(h, "conversation", w, isRightPartyOutcome(item.outcome));
        item.contactPoint = r.text(h, "contact_point", w);
        const QString debt = r.text(h, "debt", w);
        if (!debt.isEmpty() && debt != QLatin1String("same") && debt != QLatin1String("other"))
            r.fail(w + QStringLiteral(".debt"), QStringLiteral("must be \"same\" or \"other\""));
        item.sameDebt = debt != QLatin1String("other");
        item.toThirdParty = r.flag(h, "to_third_party", w, false);
        facts.history.push_back(item);
    }
}

} // namespace

QString isoInstant(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

Result<GateScenario> parseGateScenario(const QByteArray& json)
{
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the scenario is not a JSON object: %1").arg(parse.errorString()));
    const QJsonObject o = doc.object();
    ScenarioReader r;
    GateScenario scenario;
    GateFacts& facts = scenario.facts;
    const QString packId = r.text(o, "pack", {}, true);
    facts.at = r.instant(o, "at", {}, true);
    if (const auto c = r.code<Channel>(r.text(o, "channel", {}, true), QStringLiteral("channel")))
        facts.channel = *c;
    facts.visitStaff = r.whole(o, "visit_staff", {}, 0, 10);
    readDebtor(r, o.value(QLatin1String("debtor")).toObject(), facts);
    readPoint(r, o.value(QLatin1String("contact_point")).toObject(), facts);
    readHistory(r, o.value(QLatin1String("history")).toArray(), facts);
    if (r.failed())
        return r.error();
    const auto tightening = tighteningFromJson(o.value(QLatin1String("creditor")).toObject());
    if (!tightening)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("creditor %1").arg(tightening.error().detail));
    const QTimeZone zone =
        facts.addressTimeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(facts.addressTimeZone.toUtf8());
    auto pack = rulePackInForce(packId, facts.at.toTimeZone(zone).date());
    if (!pack)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("pack: %1").arg(pack.error().detail));
    auto tightened = tightenPack(pack.value(), tightening.value());
    if (!tightened)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("creditor: %1").arg(tightened.error().detail));
    scenario.pack = std::move(tightened.value());
    return scenario;
}

QJsonObject gateDecisionJson(const GateDecision& decision, const RulePack& pack)
{
    QJsonObject out{
        {QStringLiteral("decision"), verdictCode(decision.verdict)},
        {QStringLiteral("rule"), decision.ruleId.isEmpty() ? QJsonValue() : QJsonValue(decision.ruleId)},
        {QStringLiteral("reason"), decision.reason},
        {QStringLiteral("reopens_at"),
         decision.reopensAt ? QJsonValue(isoInstant(*decision.reopensAt)) : QJsonValue()},
        {QStringLiteral("pack"), pack.pack},
        {QStringLiteral("pack_version"), pack.version},
        {QStringLiteral("debtor_time_zone"), decision.debtorTimeZone}};
    if (!decision.citation.isEmpty())
        out.insert(QStringLiteral("citation"), decision.citation);
    if (decision.verdict == GateVerdict::Blocked)
        out.insert(QStringLiteral("overridable"), decision.overridable);
    if (decision.allowedUntil)
        out.insert(QStringLiteral("allowed_until"), isoInstant(*decision.allowedUntil));
    return out;
}

} // namespace collector
