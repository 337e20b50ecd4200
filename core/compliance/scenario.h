// The gate's question and answer as JSON, for `collectorctl compliance check` and the scenario tables in the
// tests. Field names follow the contract; every problem names its field ("history[2].at").
#pragma once

#include "common/result.h"
#include "compliance/gate.h"
#include "compliance/gatefacts.h"
#include "compliance/rulepack.h"

#include <QJsonObject>

namespace collector {

struct GateScenario
{
    RulePack pack; // the version in force at the scenario's instant, tightened for the creditor if asked
    GateFacts facts;
};

Result<GateScenario> parseGateScenario(const QByteArray& json);

QJsonObject gateDecisionJson(const GateDecision& decision, const RulePack& pack);

// "2026-03-09T13:30:00Z": an instant must carry Z or an offset; a bare local time is ambiguous.
QString isoInstant(const QDateTime& at);

} // namespace collector
