#include "queue/strategy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace collector {

namespace {

Error strategyError(const QString& where, const QString& problem)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("strategy %1: %2").arg(where, problem));
}

} // namespace

double ScoreWeights::dpdPoints(int daysPastDue) const
{
    double points = 0;
    for (const DpdStep& step : dpdSteps)
        if (daysPastDue >= step.fromDpd)
            points = step.points;
    return points;
}

int ScoreWeights::nextDpdStep(int daysPastDue) const
{
    for (const DpdStep& step : dpdSteps)
        if (step.fromDpd > daysPastDue)
            return step.fromDpd;
    return 0;
}

const Segment* Strategy::segmentFor(Stage stage) const
{
    for (const Segment& s : segments)
        if (s.stage == stage)
            return &s;
    return nullptr;
}

Result<Strategy> parseStrategy(const QByteArray& json)
{
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return strategyError(QStringLiteral("file"),
                             QStringLiteral("is not a JSON object: %1").arg(parse.errorString()));
    const QJsonObject root = doc.object();
    Strategy s;
    s.id = root.value(QLatin1String("strategy")).toString();
    s.version = root.value(QLatin1String("version")).toString();
    if (s.id.isEmpty() || s.version.isEmpty())
        return strategyError(QStringLiteral("header"), QStringLiteral("needs \"strategy\" and \"version\""));
    s.newPlacementDays = root.value(QLatin1String("new_placement_days")).toInt(3);
    s.callbackLeadMinutes = root.value(QLatin1String("callback_lead_minutes")).toInt(15);
    const QJsonArray segments = root.value(QLatin1String("segments")).toArray();
    for (int i = 0; i < segments.size(); ++i) {
        const QJsonObject o = segments.at(i).toObject();
        const QString where = QStringLiteral("segments[%1]").arg(i);
        Segment seg;
        seg.id = o.value(QLatin1String("id")).toString();
        const auto stage = parseCode<Stage>(o.value(QLatin1String("stage")).toString());
        if (seg.id.isEmpty() || !stage)
            return strategyError(where, QStringLiteral("needs an id and a stage (early, middle, late)"));
        seg.stage = *stage;
        for (const QJsonValue& c : o.value(QLatin1String("channels")).toArray()) {
            const auto channel = parseCode<Channel>(c.toString());
            if (!channel)
                return strategyError(where + QStringLiteral(".channels"),
                                     QStringLiteral("'%1' is not a channel").arg(c.toString()));
            seg.channels.push_back(*channel);
        }
        seg.cadenceDays = o.value(QLatin1String("cadence_days")).toInt(2);
        seg.legalReferralAfterDpd = o.value(QLatin1String("legal_referral_after_dpd")).toInt(0);
        if (seg.channels.empty() || seg.cadenceDays < 0 || seg.cadenceDays > 365)
            return strategyError(where, QStringLiteral("needs channels and a cadence of 0 to 365 days"));
        s.segments.push_back(seg);
    }
    for (Stage stage : {Stage::Early, Stage::Middle, Stage::Late})
        if (!s.segmentFor(stage))
            return strategyError(QStringLiteral("segments"),
                                 QStringLiteral("has no segment for stage %1").arg(codeOf(stage)));
    const QJsonObject w = root.value(QLatin1String("score")).toObject();
    ScoreWeights& sw = s.score;
    sw.per1000Balance = w.value(QLatin1String("per_1000_balance")).toDouble();
    sw.maxBalancePoints = w.value(QLatin1String("max_balance_points")).toDouble();
    if (w.contains(QLatin1String("per_dpd_day")))
        return strategyError(
            QStringLiteral("score.per_dpd_day"),
            QStringLiteral("points per day are no longer read: state \"dpd_points\" as steps, "
                           "[{\"from_dpd\": 31, \"points\": 6}, …]"));
    const QJsonArray steps = w.value(QLatin1String("dpd_points")).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject o = steps.at(i).toObject();
        const QString where = QStringLiteral("score.dpd_points[%1]").arg(i);
        const QJsonValue from = o.value(QLatin1String("from_dpd"));
        const QJsonValue points = o.value(QLatin1String("points"));
        if (!from.isDouble() || !points.isDouble() || from.toDouble() != std::floor(from.toDouble()) ||
            from.toDouble() < 1 || from.toDouble() > 100000)
            return strategyError(where, QStringLiteral("needs \"from_dpd\" (a whole number of days, 1 to "
                                                       "100000) and \"points\" (a number)"));
        DpdStep step{from.toInt(), points.toDouble()};
        if (!sw.dpdSteps.empty() && step.fromDpd <= sw.dpdSteps.back().fromDpd)
            return strategyError(where,
                                 QStringLiteral("starts at %1 days, not after the step before it (%2): "
                                                "list the steps in ascending order")
                                     .arg(step.fromDpd)
                                     .arg(sw.dpdSteps.back().fromDpd));
        sw.dpdSteps.push_back(step);
    }
    const QJsonObject stagePoints = w.value(QLatin1String("stage_points")).toObject();
    for (auto it = stagePoints.begin(); it != stagePoints.end(); ++it) {
        const auto stage = parseCode<Stage>(it.key());
        if (!stage)
            return strategyError(QStringLiteral("score.stage_points"),
                                 QStringLiteral("'%1' is not a stage").arg(it.key()));
        sw.stagePoints[*stage] = it.value().toDouble();
    }
    sw.recentRightPartyPoints = w.value(QLatin1String("recent_right_party_points")).toDouble();
    sw.keptPromisePoints = w.value(QLatin1String("kept_promise_points")).toDouble();
    sw.brokenPromisePoints = w.value(QLatin1String("broken_promise_points")).toDouble();
    sw.contactedWithinCadencePoints = w.value(QLatin1String("contacted_within_cadence_points")).toDouble();
    return s;
}

const Strategy& defaultStrategy()
{
    static const Strategy strategy = [] {
        QFile file(QStringLiteral(":/strategies/default.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the default strategy is missing from the program's resources");
        auto parsed = parseStrategy(file.readAll());
        if (!parsed)
            qFatal("the default strategy is invalid: %s", qPrintable(parsed.error().detail));
        return parsed.value();
    }();
    return strategy;
}

} // namespace collector
