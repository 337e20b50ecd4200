// Fuzzes the compliance readers: gate scenarios (collectorctl compliance check's stdin), rule packs and
// contact scripts. Any scenario that parses must also evaluate, and the decision must be coherent: a block
// with a reopening time reopens after the instant asked about.
#include "compliance/gate.h"
#include "compliance/rulepack.h"
#include "compliance/scenario.h"
#include "script/script.h"

#include <cstddef>
#include <cstdint>

using namespace collector;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)parseRulePacks(bytes);
    // A script that parses must run from its start without crashing, whatever is chosen.
    if (auto script = parseScript(bytes)) {
        ScriptRun run(script.value(), {});
        for (int i = 0; i < 64 && !run.finished(); ++i) {
            (void)run.text();
            run.tick(run.current().checkpoint);
            for (const QString& r : run.current().required)
                run.tick(r);
            (void)run.choose(static_cast<int>(i % 3) - 1);
            (void)run.choose(0);
        }
    }
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
