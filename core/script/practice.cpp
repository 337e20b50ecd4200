#include "script/practice.h"

#include <QCoreApplication>

namespace collector {

COLLECTOR_DEFINE_CODE_TABLE(Persona, {E::Cooperative, "cooperative"}, {E::Evasive, "evasive"},
                            {E::Disputing, "disputing"}, {E::Distressed, "distressed"})

namespace {

bool isRightParty(const ScriptOption& o)
{
    return o.outcome != Outcome::ThirdParty && o.outcome != Outcome::WrongNumber &&
           o.action != ScriptAction::StopAndLog;
}

// How well an answer fits the persona (higher is better); the persona picks the best fitting one.
int fit(Persona persona, const ScriptOption& o)
{
    if (!isRightParty(o))
        return -10; // every persona is the debtor, and answers as such
    const std::optional<Outcome> out = o.outcome;
    switch (persona) {
    case Persona::Cooperative:
        return out == Outcome::PromiseToPay          ? 5
               : out == Outcome::RightParty          ? 3
               : o.action == ScriptAction::PlanPanel ? 2
                                                     : 0;
    case Persona::Evasive:
        return out == Outcome::CallbackRequested ? 5 : out == Outcome::Refusal ? 4 : 0;
    case Persona::Disputing:
        return (out == Outcome::Dispute || o.action == ScriptAction::DisputeCapture) ? 5
               : out == Outcome::Refusal                                             ? 2
                                                                                     : 0;
    case Persona::Distressed:
        return (out == Outcome::Hardship || o.action == ScriptAction::Affordability) ? 5
               : o.action == ScriptAction::PlanPanel                                 ? 3
                                                                                     : 0;
    }
    return 0;
}

// The answer the persona gives among `options` (the first of the best fitting); -1 when there are none.
int bestAnswer(Persona persona, const std::vector<ScriptOption>& options)
{
    int best = -1;
    for (std::size_t i = 0; i < options.size(); ++i)
        if (best < 0 || fit(persona, options[i]) > fit(persona, options[static_cast<std::size_t>(best)]))
            best = static_cast<int>(i);
    return best;
}

// What the persona says for an answer.
QString line(Persona persona, const ScriptOption& o)
{
    if (o.outcome == Outcome::PromiseToPay)
        return QCoreApplication::translate("Practice", "Yes, I can pay that on Friday.");
    if (o.outcome == Outcome::CallbackRequested)
        return QCoreApplication::translate("Practice", "I'm busy right now. Call me back next week.");
    if (o.outcome == Outcome::Refusal)
        return QCoreApplication::translate("Practice", "I'm not paying anything.");
    if (o.outcome == Outcome::Dispute || o.action == ScriptAction::DisputeCapture)
        return QCoreApplication::translate("Practice", "I don't owe this. I never had an account with them.");
    if (o.outcome == Outcome::Hardship || o.action == ScriptAction::Affordability)
        return QCoreApplication::translate("Practice",
                                           "I lost my job last month... I can't pay anything right now.");
    if (o.action == ScriptAction::PlanPanel)
        return QCoreApplication::translate("Practice", "I can't pay it all at once.");
    switch (persona) {
    case Persona::Cooperative:
        return QCoreApplication::translate("Practice", "Yes, speaking.");
    case Persona::Evasive:
        return QCoreApplication::translate("Practice", "Who wants to know? ... Fine, it's me.");
    case Persona::Disputing:
        return QCoreApplication::translate("Practice", "Yes. What is this about?");
    case Persona::Distressed:
        return QCoreApplication::translate("Practice", "Yes... who is this? Is something wrong?");
    }
    return {};
}

} // namespace

PracticeSession::PracticeSession(const Script& script, QMap<QString, QString> values, Persona persona)
    : m_run(script, std::move(values))
    , m_persona(persona)
{
    // Where the persona's answers lead: follow them to the end once.
    ScriptRun dry(script, {});
    for (int guard = 0; guard < 100 && !dry.finished(); ++guard) {
        if (!dry.current().checkpoint.isEmpty())
            dry.tick(dry.current().checkpoint);
        const int best = bestAnswer(persona, dry.current().options);
        // A statement goes on; a step whose next one needs more ticks is ticked ahead (it is a dry run).
        if (const ScriptStep* next = script.step(
                best >= 0 ? dry.current().options[static_cast<std::size_t>(best)].next : dry.current().next))
            for (const QString& needed : next->required)
                dry.tick(needed);
        if (!dry.choose(best))
            break;
    }
    m_score.expected = dry.outcome();
}

int PracticeSession::personaAnswer() const
{
    return bestAnswer(m_persona, m_run.current().options);
}

QString PracticeSession::debtorSays() const
{
    if (m_run.finished())
        return {};
    const ScriptStep& step = m_run.current();
    if (!step.options.empty())
        return line(m_persona, step.options[static_cast<std::size_t>(personaAnswer())]);
    if (step.checkpoint.contains(QLatin1String("identity")))
        return m_persona == Persona::Evasive
                   ? QCoreApplication::translate("Practice",
                                                 "Why do you need that? ... All right: 12 March 1985.")
                   : QCoreApplication::translate("Practice", "It's 12 March 1985.");
    return {};
}

void PracticeSession::tick(const QString& checkpoint)
{
    m_run.tick(checkpoint);
}

Status PracticeSession::choose(int option)
{
    const ScriptStep& step = m_run.current();
    const int answer = step.options.empty() ? -1 : personaAnswer();
    const QString checkpoint = step.checkpoint;
    auto done = m_run.choose(option);
    if (!done) {
        ++m_score.slips;
        if (!checkpoint.isEmpty() && !m_slipped.contains(checkpoint))
            m_slipped << checkpoint;
        return done;
    }
    if (!checkpoint.isEmpty()) {
        ++m_score.checkpoints;
        if (!m_slipped.contains(checkpoint))
            ++m_score.checkpointsKept;
    }
    if (answer >= 0) {
        ++m_score.answers;
        if (option == answer)
            ++m_score.answersHeard;
    }
    m_score.outcome = m_run.outcome();
    return {};
}

PracticeScore PracticeSession::score() const
{
    return m_score;
}

} // namespace collector
