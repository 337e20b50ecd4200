// The contact-script engine: branching, checkpoints that hold the call until ticked, placeholders, the
// outcome and hand-over a script reaches, the bundled scripts for every stage and language, and malformed
// scripts refused with the step and field named.
#include "script/practice.h"
#include "script/script.h"

#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {

QMap<QString, QString> values()
{
    return {{QStringLiteral("debtor.name"), QStringLiteral("张伟")},
            {QStringLiteral("balance"), QStringLiteral("3,560.70 CNY")},
            {QStringLiteral("dpd"), QStringLiteral("48")},
            {QStringLiteral("creditor"), QStringLiteral("恒信消费金融")},
            {QStringLiteral("next_due"), QStringLiteral("2026-12-01")},
            {QStringLiteral("collector.name"), QStringLiteral("李")}};
}

int optionWithOutcome(const ScriptStep& step, Outcome outcome)
{
    for (std::size_t i = 0; i < step.options.size(); ++i)
        if (step.options[i].outcome == outcome)
            return static_cast<int>(i);
    return -1;
}

int optionWithAction(const ScriptStep& step, ScriptAction action)
{
    for (std::size_t i = 0; i < step.options.size(); ++i)
        if (step.options[i].action == action)
            return static_cast<int>(i);
    return -1;
}

} // namespace

TEST_CASE("Bundled scripts: every stage in English and Chinese, chosen by stage and language", "[script]")
{
    CHECK(bundledScripts().size() == 6);
    for (Stage stage : {Stage::Early, Stage::Middle, Stage::Late}) {
        const Script* zh = scriptFor(stage, QStringLiteral("zh_CN"));
        const Script* en = scriptFor(stage, QStringLiteral("en"));
        REQUIRE(zh != nullptr);
        REQUIRE(en != nullptr);
        CHECK(zh->language == QLatin1String("zh_CN"));
        CHECK(en->language == QLatin1String("en"));
        CHECK(zh->stage == stage);
    }
    // A language without scripts falls back to English.
    CHECK(scriptFor(Stage::Early, QStringLiteral("fr"))->language == QLatin1String("en"));
}

TEST_CASE("A script holds the debt back until the identity checkpoint is ticked", "[script]")
{
    ScriptRun run(*scriptFor(Stage::Early, QStringLiteral("zh_CN")), values());
    CHECK(run.text().contains(QStringLiteral("张伟")));
    CHECK_FALSE(run.text().contains(QLatin1String("{{")));
    // Greeting: the debtor answers.
    REQUIRE(run.choose(0));
    CHECK(run.current().id == QLatin1String("identify"));
    // The debt may not be mentioned before identity is verified.
    auto held = run.choose();
    REQUIRE_FALSE(held);
    CHECK(held.error().detail.contains(QLatin1String("identity_verified")));
    run.tick(QStringLiteral("identity_verified"));
    REQUIRE(run.choose());
    CHECK(run.current().id == QLatin1String("disclose"));
    CHECK(run.text().contains(QStringLiteral("48")));
    CHECK(run.text().contains(QStringLiteral("3,560.70 CNY")));
    CHECK_FALSE(run.choose()); // the disclosure checkpoint
    run.tick(QStringLiteral("disclosure_given"));
    REQUIRE(run.choose());
    CHECK(run.current().id == QLatin1String("ask"));
    // Can't pay: hands over to the plan panel.
    REQUIRE(run.choose(optionWithAction(run.current(), ScriptAction::PlanPanel)));
    CHECK(run.action() == ScriptAction::PlanPanel);
    CHECK(run.finished());
    CHECK(run.path() == QStringList{QStringLiteral("greet"), QStringLiteral("identify"),
                                    QStringLiteral("disclose"), QStringLiteral("ask"),
                                    QStringLiteral("plan")});
}

TEST_CASE("Script outcomes pre-fill the log: promise, dispute, wrong person", "[script]")
{
    const Script& script = *scriptFor(Stage::Late, QStringLiteral("en"));
    {
        ScriptRun run(script, values());
        REQUIRE(run.choose(0));
        run.tick(QStringLiteral("identity_verified"));
        REQUIRE(run.choose());
        run.tick(QStringLiteral("disclosure_given"));
        REQUIRE(run.choose());
        REQUIRE(run.choose(optionWithOutcome(run.current(), Outcome::PromiseToPay)));
        CHECK_FALSE(run.choose()); // the promise must be read back and agreed
        run.tick(QStringLiteral("promise_confirmed"));
        REQUIRE(run.choose());
        CHECK(run.finished());
        CHECK(run.outcome() == Outcome::PromiseToPay);
    }
    {
        ScriptRun run(script, values());
        REQUIRE(run.choose(0));
        run.tick(QStringLiteral("identity_verified"));
        REQUIRE(run.choose());
        run.tick(QStringLiteral("disclosure_given"));
        REQUIRE(run.choose());
        REQUIRE(run.choose(optionWithOutcome(run.current(), Outcome::Dispute)));
        CHECK(run.action() == ScriptAction::DisputeCapture);
        CHECK(run.outcome() == Outcome::Dispute);
        CHECK(run.finished());
    }
    {
        ScriptRun run(script, values());
        REQUIRE(run.choose(optionWithOutcome(run.current(), Outcome::ThirdParty)));
        // The third party hears no debt: no amount, no days past due in the text.
        CHECK_FALSE(run.text().contains(QLatin1String("3,560.70")));
        REQUIRE(run.choose(0));
        CHECK(run.action() == ScriptAction::StopAndLog);
        CHECK(run.outcome() == Outcome::ThirdParty);
        CHECK(run.finished());
        CHECK_FALSE(run.choose(0));
    }
}

TEST_CASE("Malformed scripts are refused with the step and field named", "[script]")
{
    const auto problem = [](const char* json) {
        auto s = parseScript(QByteArray(json));
        return s ? QString() : s.error().detail;
    };
    CHECK(problem("not json").contains(QLatin1String("not a JSON object")));
    CHECK(
        problem(R"({"script":"s","language":"en","start":"a","steps":{}})").contains(QLatin1String("steps")));
    CHECK(problem(R"({"script":"s","language":"en","start":"b","steps":{"a":{"text":"x","end":true}}})")
              .contains(QLatin1String("start")));
    CHECK(problem(R"({"script":"s","language":"en","start":"a","steps":{"a":{"text":"x","next":"zz"}}})")
              .contains(QLatin1String("steps.a.next")));
    CHECK(
        problem(
            R"({"script":"s","language":"en","start":"a","steps":{"a":{"text":"Hi {{debtr.name}}","end":true}}})")
            .contains(QLatin1String("{{debtr.name}}")));
    CHECK(problem(R"({"script":"s","language":"en","start":"a","steps":{"a":{"text":"x"}}})")
              .contains(QLatin1String("dead end")));
    CHECK(
        problem(
            R"({"script":"s","language":"en","start":"a","steps":{"a":{"text":"x","end":true,"outcome":"maybe"}}})")
            .contains(QLatin1String("steps.a.outcome")));
    CHECK(
        problem(
            R"({"script":"s","language":"en","start":"a","steps":{"a":{"text":"x","requires":["nope"],"end":true}}})")
            .contains(QLatin1String("nope")));
    CHECK(
        problem(
            R"({"script":"s","language":"en","start":"a","steps":{"a":{"text":"x","options":[{"label":"l"}]}}})")
            .contains(QLatin1String("leads nowhere")));
    CHECK(
        problem(
            R"({"script":"s","language":"en","stage":"final","start":"a","steps":{"a":{"text":"x","end":true}}})")
            .contains(QLatin1String("stage")));
}

TEST_CASE("Practice calls: each persona answers in words, and the score counts what was heard and kept",
          "[script][practice]")
{
    const Script* script = scriptFor(Stage::Early, QStringLiteral("en"));
    REQUIRE(script != nullptr);
    // A careful collector: ticks every checkpoint first and picks the answer the persona gave.
    const std::pair<Persona, Outcome> personas[] = {{Persona::Cooperative, Outcome::PromiseToPay},
                                                    {Persona::Evasive, Outcome::CallbackRequested},
                                                    {Persona::Disputing, Outcome::Dispute},
                                                    {Persona::Distressed, Outcome::Hardship}};
    for (const auto& [persona, expected] : personas) {
        INFO(codeOf(persona).toStdString());
        PracticeSession session(*script, {}, persona);
        CHECK(session.score().expected == expected);
        CHECK_FALSE(session.debtorSays().isEmpty()); // the greeting is answered
        for (int guard = 0; guard < 20 && !session.run().finished(); ++guard) {
            if (!session.run().current().checkpoint.isEmpty())
                session.tick(session.run().current().checkpoint);
            REQUIRE(session.choose(session.personaAnswer()));
        }
        const PracticeScore score = session.score();
        CHECK(score.outcome == expected);
        CHECK(score.answers == 2); // the greeting and the question
        CHECK(score.answersHeard == 2);
        CHECK(score.checkpoints == (persona == Persona::Cooperative ? 3 : 2)); // a promise is read back
        CHECK(score.checkpointsKept == score.checkpoints);
        CHECK(score.slips == 0);
    }

    // A hurried one: goes on before ticking identity, and hears "I lost my job" as a refusal.
    PracticeSession hurried(*script, {}, Persona::Distressed);
    CHECK(hurried.debtorSays().contains(QLatin1String("who is this")));
    REQUIRE(hurried.choose(0)); // yes, speaking
    CHECK(hurried.debtorSays().contains(QLatin1String("1985")));
    CHECK_FALSE(hurried.choose()); // identity not ticked: a slip
    hurried.tick(QStringLiteral("identity_verified"));
    REQUIRE(hurried.choose());
    hurried.tick(QStringLiteral("disclosure_given"));
    REQUIRE(hurried.choose());
    CHECK(hurried.debtorSays().contains(QLatin1String("lost my job")));
    int refusal = -1;
    for (std::size_t i = 0; i < hurried.run().current().options.size(); ++i)
        if (hurried.run().current().options[i].outcome == Outcome::Refusal)
            refusal = static_cast<int>(i);
    REQUIRE(refusal >= 0);
    REQUIRE(hurried.choose(refusal));
    const PracticeScore score = hurried.score();
    CHECK(score.slips == 1);
    CHECK(score.checkpoints == 2);
    CHECK(score.checkpointsKept == 1);
    CHECK(score.answers == 2);
    CHECK(score.answersHeard == 1);
    CHECK(score.outcome == Outcome::Refusal);
    CHECK(score.expected == Outcome::Hardship);
}
