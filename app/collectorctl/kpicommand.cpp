#include "kpicommand.h"

#include "clioptions.h"
#include "clioutput.h"
#include "collectorprofile.h"
#include "exitcodes.h"
#include "jsonio.h"
#include "kpi/measures.h"
#include "kpi/targets.h"
#include "passphraseinput.h"
#include "queue/queue.h"
#include "store/database.h"
#include "users/users.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <cmath>

namespace collector::cli {

namespace {

const char* kKpiUsage =
    "Usage: collectorctl kpi --profile DIR --from YYYY-MM-DD --to YYYY-MM-DD [--team NAME] "
    "[--collector LOGIN] [--json] [--passphrase-file F]\n";

QJsonValue rounded(std::optional<double> value)
{
    return value ? QJsonValue(std::round(*value * 1e6) / 1e6) : QJsonValue();
}

QJsonObject rateJson(const KpiRate& rate)
{
    return {{QStringLiteral("numerator"), rate.numerator},
            {QStringLiteral("denominator"), rate.denominator},
            {QStringLiteral("value"), rounded(rate.value())}};
}

QJsonObject amountsJson(const std::map<QString, qint64>& byCurrency)
{
    QJsonObject out;
    for (const auto& [code, minor] : byCurrency) {
        const auto currency = Currency::fromCode(code);
        out.insert(code,
                   currency ? Money(minor, currency.value()).toDecimalString() : QString::number(minor));
    }
    return out;
}

QJsonObject measuresJson(const KpiMeasures& m)
{
    QJsonObject handling;
    for (const auto& [outcome, h] : m.handling)
        handling.insert(
            codeOf(outcome),
            QJsonObject{{QStringLiteral("calls"), h.count},
                        {QStringLiteral("average_seconds"),
                         rounded(h.count > 0 ? std::optional<double>(double(h.totalSeconds) / double(h.count))
                                             : std::nullopt)}});
    QJsonArray roll;
    for (const auto& row : m.roll) {
        QJsonArray cells;
        for (qint64 n : row)
            cells.append(n);
        roll.append(cells);
    }
    return {{QStringLiteral("collected"), amountsJson(m.collectedMinor)},
            {QStringLiteral("target"), amountsJson(m.targetMinor)},
            {QStringLiteral("attempts"), m.attempts},
            {QStringLiteral("connects"), m.connects},
            {QStringLiteral("right_party_contacts"), m.rightPartyOutbound},
            {QStringLiteral("rpc_per_attempt"), rateJson(m.rpcPerAttempt)},
            {QStringLiteral("rpc_per_connect"), rateJson(m.rpcPerConnect)},
            {QStringLiteral("promise_rate"), rateJson(m.promiseRate)},
            {QStringLiteral("promise_kept_rate"), rateJson(m.promiseKept)},
            {QStringLiteral("broken_promise_follow_up_rate"), rateJson(m.brokenFollowedUp)},
            {QStringLiteral("cure_rate"), rateJson(m.cure)},
            {QStringLiteral("active_minutes"), m.activeMinutes},
            {QStringLiteral("contacts_per_hour"), rounded(m.contactsPerHour())},
            {QStringLiteral("handling_by_outcome"), handling},
            {QStringLiteral("visits"), m.visits},
            {QStringLiteral("visit_yield"), amountsJson(m.visitYieldMinor)},
            {QStringLiteral("compliance"), QJsonObject{{QStringLiteral("blocks"), m.blocks},
                                                       {QStringLiteral("overrides"), m.overrides},
                                                       {QStringLiteral("stop_events"), m.stopEvents},
                                                       {QStringLiteral("complaints"), m.complaints}}},
            {QStringLiteral("roll_matrix"), roll}};
}

QString percent(const KpiRate& rate)
{
    return rate.value() ? QStringLiteral("%1 %").arg(*rate.value() * 100, 0, 'f', 1) +
                              QStringLiteral(" (%1/%2)").arg(rate.numerator).arg(rate.denominator)
                        : QStringLiteral("-");
}

Result<Id> findTeam(Database& db, const QString& name)
{
    auto q = db.prepare("SELECT id FROM team WHERE name = ?");
    if (!q)
        return q.error();
    q.value().bind(1, name);
    auto row = q.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("no team named \"%1\": `collectorctl users list` shows the teams").arg(name));
    return Id::fromBytes(q.value().blob(0));
}

const char* kTargetUsage =
    "Usage: collectorctl target --profile DIR --collector LOGIN --month YYYY-MM --amount AMOUNT "
    "[--currency CNY] [--passphrase-file F]\n"
    "  Sets a collector's collection target for a month, as this workstation's user (a lead "
    "or an admin).\n";

} // namespace

int runTarget(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption collectorOption(
        QStringLiteral("collector"), QStringLiteral("The collector's login."), QStringLiteral("LOGIN"));
    const QCommandLineOption monthOption(QStringLiteral("month"), QStringLiteral("The month."),
                                         QStringLiteral("YYYY-MM"));
    const QCommandLineOption amountOption(QStringLiteral("amount"), QStringLiteral("The target."),
                                          QStringLiteral("AMOUNT"));
    const QCommandLineOption currencyOption(QStringLiteral("currency"), QStringLiteral("Its currency."),
                                            QStringLiteral("CODE"), QStringLiteral("CNY"));
    parser.addOptions({profileOption(), passphraseFileOption(), collectorOption, monthOption, amountOption,
                       currencyOption});
    const QString usage = QString::fromLatin1(kTargetUsage);
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args))
        return reportUsage(parser.errorText(), usage);
    if (parser.value(profileOption()).isEmpty() || parser.value(collectorOption).isEmpty())
        return reportUsage(QStringLiteral("--profile and --collector are required"), usage);
    const QDate month = QDate::fromString(parser.value(monthOption) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid())
        return reportUsage(QStringLiteral("--month must be a month like 2026-11"), usage);
    const auto currency = Currency::fromCode(parser.value(currencyOption));
    if (!currency)
        return reportUsage(QStringLiteral("--currency must be an ISO 4217 code like CNY"), usage);
    const auto amount = Money::parse(parser.value(amountOption), currency.value());
    if (!amount)
        return reportUsage(QStringLiteral("--amount must be a decimal amount like 50000.00"), usage);
    CollectorProfile opened = openForCollector(parser, collectorOption, usage);
    if (!opened.profile)
        return opened.exitCode;
    Database& db = opened.profile->database();
    const Id collectorId = opened.collector;
    auto actor = deviceUser(db);
    if (!actor)
        return reportFailure(actor.error());
    if (!actor.value())
        return reportFailure(
            makeError(ErrorCode::InvalidArgument,
                      QStringLiteral("nobody is signed in on this workstation; assign it to a lead "
                                     "first (users assign-device)")));
    if (auto done = setCollectionTarget(db, opened.profile->profileId(), *actor.value(), collectorId, month,
                                        amount.value(), QDateTime::currentMSecsSinceEpoch());
        !done)
        return reportFailure(done.error());
    printLine(QStringLiteral("Target for %1 in %2: %3 %4.")
                  .arg(parser.value(collectorOption), parser.value(monthOption),
                       amount.value().toDecimalString(), currency.value().code));
    return kExitOk;
}

int runKpi(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("First day."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Last day."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption teamOption(QStringLiteral("team"), QStringLiteral("The team's name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption collectorOption(QStringLiteral("collector"),
                                             QStringLiteral("A collector's login."), QStringLiteral("LOGIN"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Answer as JSON."));
    parser.addOptions({profileOption(), passphraseFileOption(), fromOption, toOption, teamOption,
                       collectorOption, jsonOption});
    const QString usage = QString::fromLatin1(kKpiUsage);
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args))
        return reportUsage(parser.errorText(), usage);
    if (parser.value(profileOption()).isEmpty())
        return reportUsage(QStringLiteral("--profile is required"), usage);
    KpiQuery query;
    query.from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    query.to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    if (!query.from.isValid() || !query.to.isValid())
        return reportUsage(QStringLiteral("--from and --to must be dates like 2026-11-01"), usage);
    if (query.to < query.from)
        return reportUsage(QStringLiteral("--to is before --from: give the first day, then the last"), usage);
    if (query.from.daysTo(query.to) > 366)
        return reportUsage(QStringLiteral("a period is at most a year and a day: ask for one year at a time"),
                           usage);
    auto profile =
        openProfileWithPassphrase(parser.value(profileOption()), parser.value(passphraseFileOption()));
    if (!profile)
        return reportFailure(profile.error());
    Database& db = profile.value().database();
    Id team;
    if (parser.isSet(teamOption)) {
        auto found = findTeam(db, parser.value(teamOption));
        if (!found)
            return reportUsage(found.error().detail, usage);
        team = found.value();
    }
    if (parser.isSet(collectorOption)) {
        auto found = findCollector(db, parser.value(collectorOption));
        if (!found)
            return reportUsage(found.error().detail, usage);
        query.collectorId = found.value();
    }
    auto facts = loadKpiFacts(db, team, query.from, query.to);
    if (!facts)
        return reportFailure(facts.error());
    const KpiReport report = computeKpis(facts.value(), query);

    if (parser.isSet(jsonOption)) {
        QJsonArray collectors;
        for (const KpiCollectorRow& row : report.collectors)
            collectors.append(QJsonObject{
                {QStringLiteral("login"), row.login},
                {QStringLiteral("measures"), measuresJson(row.measures)},
                {QStringLiteral("mix_adjusted"),
                 QJsonObject{{QStringLiteral("rpc_per_attempt"), rounded(row.adjusted.rpcPerAttempt)},
                             {QStringLiteral("promise_kept_rate"), rounded(row.adjusted.promiseKept)},
                             {QStringLiteral("cure_rate"), rounded(row.adjusted.cure)}}}});
        QJsonArray vintages;
        for (const KpiVintage& v : report.vintages) {
            const auto currency = Currency::fromCode(v.currency);
            vintages.append(QJsonObject{
                {QStringLiteral("month"), v.month},
                {QStringLiteral("currency"), v.currency},
                {QStringLiteral("accounts"), v.accounts},
                {QStringLiteral("placed"),
                 currency ? Money(v.placedMinor, currency.value()).toDecimalString() : QString()},
                {QStringLiteral("collected"),
                 currency ? Money(v.collectedMinor, currency.value()).toDecimalString() : QString()},
                {QStringLiteral("liquidation_rate"), rounded(v.rate().value())}});
        }
        answer(QJsonObject{{QStringLiteral("from"), query.from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), query.to.toString(Qt::ISODate)},
                           {QStringLiteral("team"), parser.value(teamOption)},
                           {QStringLiteral("collector"), parser.value(collectorOption)},
                           {QStringLiteral("total"), measuresJson(report.total)},
                           {QStringLiteral("collectors"), collectors},
                           {QStringLiteral("vintages"), vintages}});
        return kExitOk;
    }
    const KpiMeasures& m = report.total;
    QStringList collected;
    for (const auto& [code, amount] : amountsJson(m.collectedMinor).toVariantMap().toStdMap())
        collected << amount.toString() + QLatin1Char(' ') + code;
    printLine(
        QStringLiteral("%1 to %2").arg(query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate)));
    printLine(QStringLiteral("Collected:             %1")
                  .arg(collected.isEmpty() ? QStringLiteral("0") : collected.join(QStringLiteral(", "))));
    printLine(QStringLiteral("Calls:                 %1 (%2 connected)").arg(m.attempts).arg(m.connects));
    printLine(QStringLiteral("Right party per call:  %1").arg(percent(m.rpcPerAttempt)));
    printLine(QStringLiteral("Promise rate:          %1").arg(percent(m.promiseRate)));
    printLine(QStringLiteral("Promises kept:         %1").arg(percent(m.promiseKept)));
    printLine(QStringLiteral("Broken, followed up:   %1").arg(percent(m.brokenFollowedUp)));
    printLine(QStringLiteral("Cured:                 %1").arg(percent(m.cure)));
    printLine(QStringLiteral("Visits:                %1").arg(m.visits));
    printLine(QStringLiteral("Blocks / overrides / stop events / complaints: %1 / %2 / %3 / %4")
                  .arg(m.blocks)
                  .arg(m.overrides)
                  .arg(m.stopEvents)
                  .arg(m.complaints));
    for (const KpiCollectorRow& row : report.collectors)
        printLine(QStringLiteral("  %1  calls %2  right party %3  kept %4")
                      .arg(row.login, -12)
                      .arg(row.measures.attempts, 6)
                      .arg(percent(row.measures.rpcPerAttempt), -22)
                      .arg(percent(row.measures.promiseKept)));
    return kExitOk;
}

} // namespace collector::cli
