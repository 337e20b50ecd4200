#include "compliancecommand.h"

#include "clioptions.h"
#include "clioutput.h"
#include "compliance/gate.h"
#include "compliance/retention.h"
#include "compliance/scenario.h"
#include "exitcodes.h"
#include "jsonio.h"
#include "passphraseinput.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTimeZone>

namespace collector::cli {

namespace {

const char* kComplianceUsage =
    "Usage: collectorctl compliance check < scenario.json\n"
    "       collectorctl compliance packs\n"
    "       collectorctl compliance purge --profile DIR [--as-of YYYY-MM-DD] [--passphrase-file F]\n";

int runCheck()
{
    FieldError error;
    const auto bytes = readStdin(error);
    if (!bytes)
        return answerError(error);
    auto scenario = parseGateScenario(*bytes);
    if (!scenario) {
        // The detail starts with the field it is about ("history[2].at must be ...").
        const QString detail = scenario.error().detail;
        return answerError(
            {QStringLiteral("invalid_scenario"), detail, detail.section(QLatin1Char(' '), 0, 0)});
    }
    const GateDecision decision = evaluateContact(scenario.value().pack, scenario.value().facts);
    answer(gateDecisionJson(decision, scenario.value().pack));
    return kExitOk;
}

int runPacks()
{
    QJsonArray packs;
    for (const RulePack& p : bundledRulePacks()) {
        QJsonArray sources;
        for (const RuleSource& s : p.sources)
            sources.append(QJsonObject{{QStringLiteral("id"), s.id},
                                       {QStringLiteral("title"), s.title},
                                       {QStringLiteral("url"), s.url}});
        QJsonArray rules;
        for (const Rule& r : p.rules)
            rules.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("citation"), r.citation}});
        packs.append(QJsonObject{{QStringLiteral("pack"), p.pack},
                                 {QStringLiteral("title"), p.title},
                                 {QStringLiteral("version"), p.version},
                                 {QStringLiteral("effective_from"), p.effectiveFrom.toString(Qt::ISODate)},
                                 {QStringLiteral("retention_years"), p.retentionYears},
                                 {QStringLiteral("retention_citation"), p.retentionCitation},
                                 {QStringLiteral("sources"), sources},
                                 {QStringLiteral("rules"), rules}});
    }
    answer(QJsonObject{{QStringLiteral("packs"), packs}});
    return kExitOk;
}

// Removes closed accounts whose retention period has passed; one audited entry says how much went.
int runPurge(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("Purge as on this date (default: now)."),
                                  QStringLiteral("DATE"));
    parser.addOptions({profileOption(), passphraseFileOption(), asOf});
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args) ||
        parser.value(profileOption()).isEmpty())
        return reportUsage(QStringLiteral("purge needs --profile DIR"),
                           QString::fromLatin1(kComplianceUsage));
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(asOf)) {
        const QDate day = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!day.isValid())
            return reportUsage(QStringLiteral("--as-of must be a date like 2026-11-23"),
                               QString::fromLatin1(kComplianceUsage));
        now = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    }
    auto profile =
        openProfileWithPassphrase(parser.value(profileOption()), parser.value(passphraseFileOption()));
    if (!profile)
        return reportFailure(profile.error());
    auto summary = purgeExpiredRecords(profile.value().database(), profile.value().profileId(),
                                       QStringLiteral("collectorctl"), now);
    if (!summary)
        return reportFailure(summary.error());
    printLine(QStringLiteral("Purged %1 closed accounts past retention, %2 debtors, %3 rows in all.")
                  .arg(summary.value().accounts)
                  .arg(summary.value().debtors)
                  .arg(summary.value().rows));
    return kExitOk;
}

} // namespace

int runCompliance(const QStringList& args)
{
    if (args.value(0) == QLatin1String("check") && args.size() == 1)
        return runCheck();
    if (args.value(0) == QLatin1String("packs") && args.size() == 1)
        return runPacks();
    if (args.value(0) == QLatin1String("purge"))
        return runPurge(args.mid(1));
    return reportUsage(QStringLiteral("compliance needs 'check' (scenario on stdin) or 'packs'"),
                       QString::fromLatin1(kComplianceUsage));
}

} // namespace collector::cli
