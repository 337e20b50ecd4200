#include "compliance/rulepack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace collector {

namespace {

// Reads one pack file, remembering where the first problem is ("versions[1].rules[3].max").
class PackReader
{
public:
    bool failed() const { return !m_problem.isEmpty(); }
    Error error() const
    {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("rule pack %1: %2").arg(m_where, m_problem));
    }

    void fail(const QString& where, const QString& problem)
    {
        if (m_problem.isEmpty()) {
            m_where = where;
            m_problem = problem;
        }
    }

    QString text(const QJsonObject& o, const char* key, const QString& where, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || (required && v.toString().isEmpty())) {
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("must be a non-empty string"));
            return {};
        }
        return v.toString();
    }

    int number(const QJsonObject& o, const char* key, const QString& where, int min, int max, int fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1.0);
        // Range first: casting a double outside int's range is undefined behaviour.
        if (!v.isDouble() || d < min || d > max || d != static_cast<double>(static_cast<int>(d))) {
            fail(where + QLatin1Char('.') + QLatin1String(key),
                 QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return static_cast<int>(d);
    }

    QTime time(const QJsonObject& o, const char* key, const QString& where)
    {
        const QString s = text(o, key, where, true);
        const QTime t = QTime::fromString(s, QStringLiteral("HH:mm"));
        if (!failed() && !t.isValid())
            fail(where + QLatin1Char('.') + QLatin1String(key),
                 QStringLiteral("must be a time like \"08:00\""));
        return t;
    }

    template <typename E>
    E code(const QJsonObject& o, const char* key, const QString& where, E fallback,
           std::initializer_list<std::pair<const char*, E>> names)
    {
        const QString s = text(o, key, where, false);
        if (s.isEmpty())
            return fallback;
        QStringList known;
        for (const auto& [name, value] : names) {
            if (s == QLatin1String(name))
                return value;
            known << QString::fromLatin1(name);
        }
        fail(where + QLatin1Char('.') + QLatin1String(key),
             QStringLiteral("must be one of %1").arg(known.join(QStringLiteral(", "))));
        return fallback;
    }

    std::vector<Channel> channels(const QJsonObject& o, const char* key, const QString& where)
    {
        std::vector<Channel> out;
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("must be a list of channels"));
            return out;
        }
        for (const QJsonValue& item : v.toArray()) {
            const auto channel = parseCode<Channel>(item.toString());
            if (!channel) {
                fail(where + QLatin1Char('.') + QLatin1String(key),
                     QStringLiteral("'%1' is not a channel (call, sms, email, letter, visit, chat)")
                         .arg(item.toString()));
                return out;
            }
            out.push_back(*channel);
        }
        return out;
    }

    Rule rule(const QJsonObject& o, const QString& where);
    RulePack version(const QJsonObject& o, const QString& pack, const QString& title, const QString& where);

private:
    QString m_where;
    QString m_problem;
};

Rule PackReader::rule(const QJsonObject& o, const QString& where)
{
    Rule r;
    r.id = text(o, "id", where, true);
    r.citation = text(o, "citation", where, true);
    r.kind = code(o, "kind", where, RuleKind::ContactWindow,
                  {{"stop_events", RuleKind::StopEvents},
                   {"do_not_contact", RuleKind::DoNotContact},
                   {"consent", RuleKind::Consent},
                   {"stated_preferences", RuleKind::StatedPreferences},
                   {"contact_window", RuleKind::ContactWindow},
                   {"daily_cap", RuleKind::DailyCap},
                   {"attempts_in_days", RuleKind::AttemptsInDays},
                   {"quiet_after_conversation", RuleKind::QuietAfterConversation},
                   {"third_party", RuleKind::ThirdParty},
                   {"visit_staff", RuleKind::VisitStaff},
                   {"opt_out_notice", RuleKind::OptOutNotice},
                   {"vulnerability", RuleKind::Vulnerability}});
    if (!o.contains(QLatin1String("kind")))
        fail(where + QStringLiteral(".kind"), QStringLiteral("is required"));
    r.overridable = o.value(QLatin1String("overridable")).toBool(false);
    r.channels = channels(o, "channels", where);
    switch (r.kind) {
    case RuleKind::ContactWindow:
        r.notBefore = time(o, "not_before", where);
        r.notAfter = time(o, "not_after", where);
        r.allowAgreedTimes = o.value(QLatin1String("allow_agreed_times")).toBool(false);
        break;
    case RuleKind::DailyCap:
    case RuleKind::AttemptsInDays:
        r.max = number(o, "max", where, 1, 1000, 0);
        r.days = number(o, "days", where, 1, 366, 1);
        if (r.max == 0)
            fail(where + QStringLiteral(".max"), QStringLiteral("is required"));
        r.count = code(o, "count", where, CapCount::Outbound,
                       {{"connected", CapCount::Connected},
                        {"unanswered", CapCount::Unanswered},
                        {"outbound", CapCount::Outbound}});
        r.scope = code(o, "scope", where, CapScope::Debt,
                       {{"debtor", CapScope::Debtor},
                        {"debt", CapScope::Debt},
                        {"contact_point", CapScope::ContactPoint}});
        break;
    case RuleKind::QuietAfterConversation:
        r.days = number(o, "days", where, 1, 366, 0);
        if (r.days == 0)
            fail(where + QStringLiteral(".days"), QStringLiteral("is required"));
        break;
    case RuleKind::ThirdParty:
        r.thirdParty = code(o, "mode", where, ThirdPartyMode::LocationOnly,
                            {{"location_only", ThirdPartyMode::LocationOnly},
                             {"debtor_only", ThirdPartyMode::DebtorOnly},
                             {"debtor_only_unless_lost", ThirdPartyMode::DebtorOnlyUnlessLost}});
        r.lostAfterFailures = number(o, "lost_after_failures", where, 1, 100, 3);
        break;
    case RuleKind::VisitStaff:
        r.minStaff = number(o, "min_staff", where, 1, 10, 2);
        break;
    case RuleKind::StopEvents: {
        const QJsonObject stops = o.value(QLatin1String("stops")).toObject();
        if (stops.isEmpty())
            fail(where + QStringLiteral(".stops"), QStringLiteral("must name at least one stop event kind"));
        for (auto it = stops.begin(); it != stops.end(); ++it) {
            const QString at = where + QStringLiteral(".stops.") + it.key();
            const auto kind = parseCode<StopKind>(it.key());
            if (!kind || *kind == StopKind::Cleared) {
                fail(at, QStringLiteral("is not a stop event kind"));
                break;
            }
            const QJsonObject s = it.value().toObject();
            StopRule stop;
            stop.effect = code(s, "effect", at, StopEffect::Block,
                               {{"block", StopEffect::Block}, {"warn", StopEffect::Warn}});
            stop.overridable = s.value(QLatin1String("overridable")).toBool(false);
            stop.exemptChannels = channels(s, "exempt_channels", at);
            stop.defaultDays = number(s, "default_days", at, 1, 3650, 0);
            r.stops.emplace(*kind, stop);
        }
        break;
    }
    default:
        break;
    }
    return r;
}

RulePack PackReader::version(const QJsonObject& o, const QString& pack, const QString& title,
                             const QString& where)
{
    RulePack p;
    p.pack = pack;
    p.title = title;
    p.version = text(o, "version", where, true);
    p.effectiveFrom = QDate::fromString(text(o, "effective_from", where, true), Qt::ISODate);
    if (!failed() && !p.effectiveFrom.isValid())
        fail(where + QStringLiteral(".effective_from"), QStringLiteral("must be a date like 2021-11-30"));
    const QJsonObject retention = o.value(QLatin1String("retention")).toObject();
    p.retentionYears = number(retention, "years", where + QStringLiteral(".retention"), 1, 100, 0);
    p.retentionCitation = text(retention, "citation", where + QStringLiteral(".retention"), true);
    if (o.contains(QLatin1String("visit_location"))) {
        const QJsonObject location = o.value(QLatin1String("visit_location")).toObject();
        const QString precision =
            text(location, "precision", where + QStringLiteral(".visit_location"), true);
        if (!failed() && precision != QLatin1String("district") && precision != QLatin1String("point"))
            fail(where + QStringLiteral(".visit_location.precision"),
                 QStringLiteral("must be \"district\" or \"point\""));
        p.visitPointAllowed = precision == QLatin1String("point");
        p.visitLocationCitation = text(location, "citation", where + QStringLiteral(".visit_location"), true);
    }
    for (const QJsonValue& s : o.value(QLatin1String("sources")).toArray()) {
        const QJsonObject so = s.toObject();
        p.sources.push_back({text(so, "id", where + QStringLiteral(".sources"), true),
                             text(so, "title", where + QStringLiteral(".sources"), true),
                             so.value(QLatin1String("url")).toString()});
    }
    if (p.sources.empty())
        fail(where + QStringLiteral(".sources"), QStringLiteral("must cite at least one source"));
    const QJsonArray rules = o.value(QLatin1String("rules")).toArray();
    if (rules.isEmpty())
        fail(where + QStringLiteral(".rules"), QStringLiteral("must hold at least one rule"));
    for (int i = 0; i < rules.size() && !failed(); ++i) {
        Rule r = rule(rules.at(i).toObject(), where + QStringLiteral(".rules[%1]").arg(i));
        if (!failed() && p.rule(r.id))
            fail(where + QStringLiteral(".rules[%1].id").arg(i), QStringLiteral("repeats '%1'").arg(r.id));
        p.rules.push_back(std::move(r));
    }
    return p;
}

Rule* findRule(RulePack& pack, const QString& ruleId)
{
    for (Rule& r : pack.rules)
        if (r.id == ruleId)
            return &r;
    return nullptr;
}

std::vector<RulePack> loadBundled()
{
    std::vector<RulePack> all;
    for (const char* name : {"cn", "uk", "us"}) {
        QFile file(QStringLiteral(":/rules/%1.json").arg(QLatin1String(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("rule pack %s is missing from the program's resources", name);
        auto packs = parseRulePacks(file.readAll());
        if (!packs)
            qFatal("bundled rule pack %s is invalid: %s", name, qPrintable(packs.error().detail));
        for (RulePack& p : packs.value())
            all.push_back(std::move(p));
    }
    return all;
}

} // namespace

bool Rule::appliesTo(Channel channel) const
{
    return channels.empty() || std::find(channels.begin(), channels.end(), channel) != channels.end();
}

const Rule* RulePack::rule(const QString& ruleId) const
{
    for (const Rule& r : rules)
        if (r.id == ruleId)
            return &r;
    return nullptr;
}

Result<std::vector<RulePack>> parseRulePacks(const QByteArray& json)
{
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("rule pack is not a JSON object: %1").arg(parse.errorString()));
    const QJsonObject root = doc.object();
    PackReader reader;
    const QString pack = reader.text(root, "pack", QStringLiteral("pack"), true);
    const QString title = reader.text(root, "title", QStringLiteral("title"), true);
    const QJsonArray versions = root.value(QLatin1String("versions")).toArray();
    if (versions.isEmpty())
        reader.fail(QStringLiteral("versions"), QStringLiteral("must hold at least one version"));
    std::vector<RulePack> out;
    for (int i = 0; i < versions.size() && !reader.failed(); ++i) {
        RulePack p =
            reader.version(versions.at(i).toObject(), pack, title, QStringLiteral("versions[%1]").arg(i));
        if (!reader.failed() && !out.empty() && p.effectiveFrom <= out.back().effectiveFrom)
            reader.fail(QStringLiteral("versions[%1].effective_from").arg(i),
                        QStringLiteral("must be later than the version before it"));
        out.push_back(std::move(p));
    }
    if (reader.failed())
        return reader.error();
    return out;
}

const std::vector<RulePack>& bundledRulePacks()
{
    static const std::vector<RulePack> packs = loadBundled();
    return packs;
}

Result<RulePack> rulePackInForce(const QString& pack, const QDate& date)
{
    const RulePack* found = nullptr;
    bool known = false;
    for (const RulePack& p : bundledRulePacks()) {
        if (p.pack != pack)
            continue;
        known = true;
        if (p.effectiveFrom <= date)
            found = &p;
    }
    if (!known)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("there is no rule pack '%1' (known: cn, uk, us)").arg(pack));
    if (!found)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("no version of rule pack '%1' is in force on %2")
                             .arg(pack, date.toString(Qt::ISODate)));
    return *found;
}

Result<RulePack> tightenPack(const RulePack& pack, const PackTightening& tightening)
{
    RulePack out = pack;
    // The creditor's hours are measured against the pack's widest window: a rule that is narrower already
    // (visits in daytime only) keeps its own hours, and only hours wider than the law's widest are refused.
    const Rule* earliest = nullptr;
    const Rule* latest = nullptr;
    for (const Rule& r : out.rules)
        if (r.kind == RuleKind::ContactWindow) {
            if (!earliest || r.notBefore < earliest->notBefore)
                earliest = &r;
            if (!latest || r.notAfter > latest->notAfter)
                latest = &r;
        }
    if (earliest && tightening.notBefore && *tightening.notBefore < earliest->notBefore)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a creditor may not start contact before %1 (rule %2)")
                             .arg(earliest->notBefore.toString(QStringLiteral("HH:mm")), earliest->id));
    if (latest && tightening.notAfter && *tightening.notAfter > latest->notAfter)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a creditor may not contact after %1 (rule %2)")
                             .arg(latest->notAfter.toString(QStringLiteral("HH:mm")), latest->id));
    for (Rule& r : out.rules) {
        if (r.kind != RuleKind::ContactWindow)
            continue;
        if (tightening.notBefore)
            r.notBefore = std::max(r.notBefore, *tightening.notBefore);
        if (tightening.notAfter)
            r.notAfter = std::min(r.notAfter, *tightening.notAfter);
        if (r.notBefore >= r.notAfter)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the tightened window of rule %1 is empty").arg(r.id));
    }
    for (const auto& [id, max] : tightening.maxByRule) {
        Rule* r = findRule(out, id);
        if (!r || (r->kind != RuleKind::DailyCap && r->kind != RuleKind::AttemptsInDays))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("rule pack %1 has no cap '%2'").arg(pack.pack, id));
        if (max > r->max || max < 1)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("a creditor may lower cap %1 (at most %2), not raise it").arg(id).arg(r->max));
        r->max = max;
    }
    for (const auto& [id, days] : tightening.daysByRule) {
        Rule* r = findRule(out, id);
        if (!r || r->days == 0)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("rule pack %1 has no period '%2'").arg(pack.pack, id));
        if (days < r->days)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("a creditor may lengthen the period of %1 (at least %2 days), not "
                               "shorten it")
                    .arg(id)
                    .arg(r->days));
        r->days = days;
    }
    return out;
}

} // namespace collector
