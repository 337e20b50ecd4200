// Practice calls: a new collector runs a script against a simulated debtor (cooperative, evasive, disputing,
// distressed) on demo data. The persona answers each question in words; the collector has to hear which
// answer it was and pick it, and tick each checkpoint before going on. The score counts both: answers heard
// right, and checkpoints kept the first time (trying to go on without the tick is a slip).
#pragma once

#include "script/script.h"

#include <optional>

namespace collector {

enum class Persona
{
    Cooperative,
    Evasive,
    Disputing,
    Distressed
};

template <> std::span<const CodeEntry<Persona>> codeTable<Persona>();

struct PracticeScore
{
    int answers = 0;
    int answersHeard = 0; // the collector picked what the persona said
    int checkpoints = 0;
    int checkpointsKept = 0; // ticked before the first attempt to go on
    int slips = 0;           // attempts to go on without a tick
    std::optional<Outcome> outcome;
    std::optional<Outcome> expected; // where this persona's answers lead
};

class PracticeSession
{
public:
    PracticeSession(const Script& script, QMap<QString, QString> values, Persona persona);

    const ScriptRun& run() const { return m_run; }
    Persona persona() const { return m_persona; }
    // What the debtor says at the current step (translated; empty when nothing).
    QString debtorSays() const;
    // The answer the persona gave at a question (-1 at a statement).
    int personaAnswer() const;

    void tick(const QString& checkpoint);
    // Goes on with the collector's pick; a refusal (a checkpoint not ticked) counts as a slip.
    Status choose(int option = -1);
    PracticeScore score() const;

private:
    ScriptRun m_run;
    Persona m_persona;
    PracticeScore m_score;
    QStringList m_slipped; // checkpoints a slip was made on
};

} // namespace collector
