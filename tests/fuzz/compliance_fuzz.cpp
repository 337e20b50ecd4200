// Fuzzes the compliance readers: gate scenarios (collectorctl compliance check's stdin) and rule packs. Any
// scenario that parses must also evaluate, and the decision must be coherent: a block with a reopening time
// reopens after the instant asked about.
#include "compliance/gate.h"
#include "compliance/rulepack.h"
#include "compliance/scenario.h"

#include <cstddef>
#include <cstdint>

using namespace collector;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)parseRulePacks(bytes);
    auto scenario = parseGateScenario(bytes);
    if (!scenario)
        return 0;
    const GateDecision d = evaluateContact(scenario.value().pack, scenario.value().facts);
    if (d.reopensAt && (d.verdict != GateVerdict::Blocked || *d.reopensAt <= scenario.value().facts.at))
        __builtin_trap();
    if (d.verdict != GateVerdict::Allowed && d.ruleId.isEmpty())
        __builtin_trap();
    return 0;
}
