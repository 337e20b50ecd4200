#include "fieldcommand.h"

#include "clioptions.h"
#include "clioutput.h"
#include "collectorprofile.h"
#include "compliance/scenario.h"
#include "exitcodes.h"
#include "field/dayplan.h"
#include "field/fieldprep.h"
#include "jsonio.h"
#include "passphraseinput.h"
#include "queue/queue.h"
#include "workspace/accountview.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace collector::cli {

namespace {

const char* kFieldUsage = "Usage: collectorctl field plan|prepare --profile DIR --collector LOGIN --day DATE "
                          "[--accounts REF,REF...]\n"
                          "       [--max N] [--start HH:MM] [--days N] [--json] [--passphrase-file F]\n";

QJsonObject visitJson(const PlannedVisit& v, int position)
{
    const QTimeZone zone(v.timeZone.toUtf8());
    return {
        {QStringLiteral("position"), position},
        {QStringLiteral("account"), v.accountId.toString()},
        {QStringLiteral("reference"), v.reference},
        {QStringLiteral("planned_at"), isoInstant(v.plannedAt)},
        {QStringLiteral("local_time"),
         v.plannedAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("time_zone"), v.timeZone},
        {QStringLiteral("visit_hours"),
         QStringLiteral("%1-%2").arg(v.windowFrom.toString(QStringLiteral("HH:mm")),
                                     v.windowTo.toString(QStringLiteral("HH:mm")))},
        {QStringLiteral("type"), codeOf(v.type)},
        {QStringLiteral("minutes"), v.minutes},
        {QStringLiteral("travel_minutes"), v.travelMinutes},
        {QStringLiteral("staff"), v.staff},
        {QStringLiteral("district"), v.district},
        {QStringLiteral("address"), v.maskedAddress},
        {QStringLiteral("balance"), Money(v.balanceMinor, v.currency).toDecimalString()},
        {QStringLiteral("currency"), v.currency.code},
        {QStringLiteral("days_past_due"), v.daysPastDue}};
}

QJsonObject planJson(const FieldDayPlan& plan)
{
    QJsonArray visits;
    int position = 0;
    for (const PlannedVisit& v : plan.visits)
        visits.append(visitJson(v, ++position));
    QJsonArray unplanned;
    for (const UnplannedVisit& u : plan.unplanned)
        unplanned.append(QJsonObject{{QStringLiteral("account"), u.accountId.toString()},
                                     {QStringLiteral("reference"), u.reference},
                                     {QStringLiteral("reason"), u.reason}});
    const auto withoutPoint =
        std::count_if(plan.visits.begin(), plan.visits.end(), [](const PlannedVisit& v) { return !v.where; });
    return {{QStringLiteral("day"), plan.day.toString(Qt::ISODate)},
            {QStringLiteral("without_point"), static_cast<int>(withoutPoint)},
            {QStringLiteral("km"), std::round(plan.km * 10.0) / 10.0},
            {QStringLiteral("shortest"), plan.exact},
            {QStringLiteral("staff"), plan.staff},
            {QStringLiteral("visits"), visits},
            {QStringLiteral("unplanned"), unplanned}};
}

} // namespace

int runField(const QStringList& args)
{
    const QString usage = QString::fromLatin1(kFieldUsage);
    if (args.isEmpty() || (args.first() != QLatin1String("plan") && args.first() != QLatin1String("prepare")))
        return reportUsage(QStringLiteral("field needs plan or prepare"), usage);
    const bool prepare = args.first() == QLatin1String("prepare");
    QCommandLineParser parser;
    const QCommandLineOption collectorOption(
        QStringLiteral("collector"), QStringLiteral("The collector's login."), QStringLiteral("LOGIN"));
    const QCommandLineOption dayOption(QStringLiteral("day"), QStringLiteral("The day, YYYY-MM-DD."),
                                       QStringLiteral("DATE"));
    const QCommandLineOption accountsOption(
        QStringLiteral("accounts"), QStringLiteral("The accounts, by reference (default: the queue)."),
        QStringLiteral("REFS"));
    const QCommandLineOption maxOption(QStringLiteral("max"), QStringLiteral("At most N visits."),
                                       QStringLiteral("N"));
    const QCommandLineOption startOption(QStringLiteral("start"), QStringLiteral("When the day starts."),
                                         QStringLiteral("HH:MM"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days offline (prepare)."),
                                        QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Answer as JSON."));
    parser.addOptions({profileOption(), passphraseFileOption(), collectorOption, dayOption, accountsOption,
                       maxOption, startOption, daysOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args.mid(1)))
        return reportUsage(parser.errorText(), usage);
    if (parser.value(profileOption()).isEmpty() || parser.value(collectorOption).isEmpty() ||
        parser.value(dayOption).isEmpty())
        return reportUsage(QStringLiteral("--profile, --collector and --day are required"), usage);
    FieldDayRequest request;
    request.day = QDate::fromString(parser.value(dayOption), Qt::ISODate);
    if (!request.day.isValid())
        return reportUsage(QStringLiteral("--day must be a date like 2026-11-23"), usage);
    bool ok = true;
    if (parser.isSet(maxOption))
        request.maxVisits = parser.value(maxOption).toInt(&ok);
    if (!ok || request.maxVisits < 1 || request.maxVisits > 30)
        return reportUsage(QStringLiteral("--max must be a whole number from 1 to 30"), usage);
    if (parser.isSet(startOption)) {
        request.startAt = QTime::fromString(parser.value(startOption), QStringLiteral("HH:mm"));
        if (!request.startAt.isValid())
            return reportUsage(QStringLiteral("--start must be a time like 09:00"), usage);
    }
    const int days = parser.isSet(daysOption) ? parser.value(daysOption).toInt(&ok) : 1;
    if (!ok || days < 1 || days > 7)
        return reportUsage(QStringLiteral("--days must be a whole number from 1 to 7"), usage);
    CollectorProfile opened = openForCollector(parser, collectorOption, usage);
    if (!opened.profile)
        return opened.exitCode;
    Database& db = opened.profile->database();
    const Id collectorId = opened.collector;
    request.collectorId = collectorId;
    for (const QString& reference :
         parser.value(accountsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto found = findAccountByReference(db, reference.trimmed());
        if (!found)
            return reportFailure(found.error());
        if (!found.value())
            return reportUsage(QStringLiteral("no account with reference '%1'").arg(reference.trimmed()),
                               usage);
        request.accounts.push_back(*found.value());
    }
    auto plan = planFieldDay(db, request);
    if (!plan)
        return reportFailure(plan.error());

    QJsonObject out = planJson(plan.value());
    int exit = kExitOk;
    if (prepare) {
        const PreparedFieldDay prepared = prepareFieldDay(db, plan.value(), days);
        QJsonArray gaps;
        for (const FieldGap& gap : prepared.gaps)
            gaps.append(QJsonObject{{QStringLiteral("reference"), gap.reference},
                                    {QStringLiteral("missing"), QJsonArray::fromStringList(gap.missing)}});
        out.insert(QStringLiteral("ready"), prepared.ready());
        out.insert(QStringLiteral("sync"),
                   prepared.leases.sync.ok() ? QStringLiteral("ok") : prepared.leases.sync.message);
        out.insert(QStringLiteral("leases"), prepared.leases.granted);
        out.insert(QStringLiteral("gaps"), gaps);
        if (!prepared.ready())
            exit = kExitInternal;
    }
    if (parser.isSet(jsonOption)) {
        answer(out);
        return exit;
    }
    int position = 0;
    for (const PlannedVisit& v : plan.value().visits) {
        const QJsonObject row = visitJson(v, ++position);
        printLine(QStringLiteral("%1  %2  %3  %4  %5  %6 staff  %7")
                      .arg(position, 2)
                      .arg(row.value(QStringLiteral("local_time")).toString(), v.reference.leftJustified(16),
                           v.district.leftJustified(8), row.value(QStringLiteral("visit_hours")).toString())
                      .arg(v.staff)
                      .arg(v.maskedAddress));
    }
    for (const UnplannedVisit& u : plan.value().unplanned)
        printLine(QStringLiteral("not planned: %1  %2").arg(u.reference, u.reason));
    const int withoutPoint = out.value(QStringLiteral("without_point")).toInt();
    printLine(QStringLiteral("%1 visits, %2 km%3%4")
                  .arg(plan.value().visits.size())
                  .arg(plan.value().km, 0, 'f', 1)
                  .arg(plan.value().exact ? QStringLiteral(" (the shortest route)") : QString())
                  .arg(withoutPoint > 0
                           ? QStringLiteral("; %1 without a map point: order and times are estimates")
                                 .arg(withoutPoint)
                           : QString()));
    if (prepare)
        printLine(out.value(QStringLiteral("ready")).toBool()
                      ? QStringLiteral("ready for the field")
                      : QStringLiteral("not ready: sync %1; missing %2")
                            .arg(out.value(QStringLiteral("sync")).toString(),
                                 QString::fromUtf8(QJsonDocument(out.value(QStringLiteral("gaps")).toArray())
                                                       .toJson(QJsonDocument::Compact))));
    return exit;
}

} // namespace collector::cli
