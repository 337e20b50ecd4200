#include "compliancecommand.h"

#include "clioutput.h"
#include "compliance/gate.h"
#include "compliance/scenario.h"
#include "exitcodes.h"
#include "jsonio.h"

#include <QJsonArray>

namespace collector::cli {

namespace {

const char* kComplianceUsage = "Usage: collectorctl compliance check < scenario.json\n"
                               "       collectorctl compliance packs\n";

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
        return answerError({QStringLiteral("invalid_scenario"), detail, detail.section(QLatin1Char(' '), 0, 0)});
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

} // namespace

int runCompliance(const QStringList& args)
{
    if (args.value(0) == QLatin1String("check") && args.size() == 1)
        return runCheck();
    if (args.value(0) == QLatin1String("packs") && args.size() == 1)
        return runPacks();
    return reportUsage(QStringLiteral("compliance needs 'check' (scenario on stdin) or 'packs'"),
                       QString::fromLatin1(kComplianceUsage));
}

} // namespace collector::cli
