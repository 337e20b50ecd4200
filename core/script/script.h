// Contact scripts: a call's path as data (resources/scripts/*.json, one per stage and language). Steps carry
// text with placeholders ({{debtor.name}}, {{balance}}, {{dpd}}, {{creditor}}, {{next_due}}), questions whose
// answers branch, checkpoints that must be ticked before the script goes on (identity before the debt is
// mentioned; the disclosure the law asks for), and objection handling that hands over to the plan panel,
// dispute capture or the affordability form. The outcome a script reaches pre-fills the contact log.
#pragma once

#include "common/result.h"
#include "domain/kinds.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace collector {

enum class ScriptAction
{
    None,
    PlanPanel,      // can't pay in full: build a plan
    DisputeCapture, // record the dispute (a stop event)
    Affordability,  // hardship: income and expenditure
    StopAndLog      // wrong person: stop, log third party
};

struct ScriptOption
{
    QString label;
    QString next; // step id; empty on an option that ends the script
    std::optional<Outcome> outcome;
    ScriptAction action = ScriptAction::None;
};

struct ScriptStep
{
    QString id;
    QString text;
    QString checkpoint;                // id of the checkpoint this step asks the collector to tick, if any
    QString checkpointLabel;           // what ticking it confirms
    QStringList required;              // checkpoints that must be ticked before this step is reached
    std::vector<ScriptOption> options; // a question; empty: a statement that goes on to `next`
    QString next;
    bool end = false;
    std::optional<Outcome> outcome; // reached when the script ends here
};

struct Script
{
    QString id;
    QString language; // "en", "zh_CN"
    std::optional<Stage> stage;
    QString version;
    QString start;
    std::vector<ScriptStep> steps;

    const ScriptStep* step(const QString& id) const;
};

// The placeholders a script may use; anything else in {{ }} is an error.
const QStringList& scriptPlaceholders();

// A malformed script is an error naming the step and field, never a half-working call guide.
Result<Script> parseScript(const QByteArray& json);

const std::vector<Script>& bundledScripts();
// The script for an account: its stage and the debtor's language, falling back to English.
const Script* scriptFor(Stage stage, const QString& language);

// One run of a script on a call.
class ScriptRun
{
public:
    ScriptRun(const Script& script, QMap<QString, QString> values);

    const ScriptStep& current() const;
    // The current step's text with the placeholders filled in.
    QString text() const;
    bool finished() const { return m_finished; }
    std::optional<Outcome> outcome() const { return m_outcome; }
    ScriptAction action() const { return m_action; }
    const QStringList& ticked() const { return m_ticked; }
    const QStringList& path() const { return m_path; }

    void tick(const QString& checkpoint);
    // New placeholder values (a revealed name, a changed balance) for the text from now on.
    void setValues(QMap<QString, QString> values) { m_values = std::move(values); }
    // Goes on by the chosen answer (or, for a statement, to the next step). Refused, with the checkpoint
    // named, when the step's own checkpoint or the next step's requirements are not ticked.
    Status choose(int option = -1);

private:
    Status goTo(const QString& stepId);

    const Script& m_script;
    QMap<QString, QString> m_values;
    const ScriptStep* m_current = nullptr;
    QStringList m_ticked;
    QStringList m_path;
    bool m_finished = false;
    std::optional<Outcome> m_outcome;
    ScriptAction m_action = ScriptAction::None;
};

} // namespace collector
