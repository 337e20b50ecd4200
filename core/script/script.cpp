#include "script/script.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace collector {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^}]*?)\\s*\\}\\}"));
    return pattern;
}

Error scriptError(const QString& where, const QString& problem)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("script %1: %2").arg(where, problem));
}

std::optional<ScriptAction> actionOf(const QString& code)
{
    if (code.isEmpty())
        return ScriptAction::None;
    if (code == QLatin1String("plan_panel"))
        return ScriptAction::PlanPanel;
    if (code == QLatin1String("dispute_capture"))
        return ScriptAction::DisputeCapture;
    if (code == QLatin1String("affordability"))
        return ScriptAction::Affordability;
    if (code == QLatin1String("stop_and_log"))
        return ScriptAction::StopAndLog;
    return std::nullopt;
}

Result<std::optional<Outcome>> outcomeOf(const QJsonObject& o, const QString& where)
{
    const QString code = o.value(QLatin1String("outcome")).toString();
    if (code.isEmpty())
        return std::optional<Outcome>();
    const auto outcome = parseCode<Outcome>(code);
    if (!outcome)
        return scriptError(where + QStringLiteral(".outcome"),
                           QStringLiteral("'%1' is not an outcome").arg(code));
    return std::optional<Outcome>(*outcome);
}

Status checkPlaceholders(const QString& text, const QString& where)
{
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!scriptPlaceholders().contains(name))
            return scriptError(where, QStringLiteral("{{%1}} is not a placeholder (use %2)")
                                          .arg(name, scriptPlaceholders().join(QStringLiteral(", "))));
    }
    return {};
}

Result<ScriptStep> readStep(const QString& id, const QJsonObject& o)
{
    const QString where = QStringLiteral("steps.%1").arg(id);
    ScriptStep step;
    step.id = id;
    step.text = o.value(QLatin1String("text")).toString();
    if (step.text.trimmed().isEmpty())
        return scriptError(where + QStringLiteral(".text"), QStringLiteral("is required"));
    if (auto ok = checkPlaceholders(step.text, where + QStringLiteral(".text")); !ok)
        return ok.error();
    const QJsonObject checkpoint = o.value(QLatin1String("checkpoint")).toObject();
    step.checkpoint = checkpoint.value(QLatin1String("id")).toString();
    step.checkpointLabel = checkpoint.value(QLatin1String("label")).toString();
    if (!checkpoint.isEmpty() && (step.checkpoint.isEmpty() || step.checkpointLabel.isEmpty()))
        return scriptError(where + QStringLiteral(".checkpoint"), QStringLiteral("needs an id and a label"));
    for (const QJsonValue& r : o.value(QLatin1String("requires")).toArray())
        step.required << r.toString();
    step.next = o.value(QLatin1String("next")).toString();
    step.end = o.value(QLatin1String("end")).toBool(false);
    auto outcome = outcomeOf(o, where);
    if (!outcome)
        return outcome.error();
    step.outcome = outcome.value();
    const QJsonArray options = o.value(QLatin1String("options")).toArray();
    for (int i = 0; i < options.size(); ++i) {
        const QJsonObject opt = options.at(i).toObject();
        const QString at = where + QStringLiteral(".options[%1]").arg(i);
        ScriptOption option;
        option.label = opt.value(QLatin1String("label")).toString();
        if (option.label.isEmpty())
            return scriptError(at + QStringLiteral(".label"), QStringLiteral("is required"));
        option.next = opt.value(QLatin1String("next")).toString();
        auto optionOutcome = outcomeOf(opt, at);
        if (!optionOutcome)
            return optionOutcome.error();
        option.outcome = optionOutcome.value();
        const auto action = actionOf(opt.value(QLatin1String("action")).toString());
        if (!action)
            return scriptError(
                at + QStringLiteral(".action"),
                QStringLiteral("must be plan_panel, dispute_capture, affordability or stop_and_log"));
        option.action = *action;
        if (option.next.isEmpty() && option.action == ScriptAction::None && !option.outcome)
            return scriptError(at,
                               QStringLiteral("leads nowhere: give it a next step, an action or an outcome"));
        step.options.push_back(option);
    }
    if (!step.end && step.next.isEmpty() && step.options.empty())
        return scriptError(where,
                           QStringLiteral("is a dead end: give it options, a next step, or \"end\": true"));
    return step;
}

// Every link must land on a step; every requirement must be a checkpoint some step asks for.
Status checkLinks(const Script& script)
{
    QSet<QString> checkpoints;
    for (const ScriptStep& s : script.steps)
        if (!s.checkpoint.isEmpty())
            checkpoints.insert(s.checkpoint);
    if (!script.step(script.start))
        return scriptError(QStringLiteral("start"), QStringLiteral("'%1' is not a step").arg(script.start));
    for (const ScriptStep& s : script.steps) {
        const QString where = QStringLiteral("steps.%1").arg(s.id);
        if (!s.next.isEmpty() && !script.step(s.next))
            return scriptError(where + QStringLiteral(".next"),
                               QStringLiteral("'%1' is not a step").arg(s.next));
        for (const ScriptOption& o : s.options)
            if (!o.next.isEmpty() && !script.step(o.next))
                return scriptError(where + QStringLiteral(".options"),
                                   QStringLiteral("'%1' is not a step").arg(o.next));
        for (const QString& r : s.required)
            if (!checkpoints.contains(r))
                return scriptError(where + QStringLiteral(".requires"),
                                   QStringLiteral("'%1' is not a checkpoint of this script").arg(r));
    }
    return {};
}

std::vector<Script> loadBundled()
{
    std::vector<Script> all;
    for (const char* name :
         {"early_en", "early_zh_CN", "late_en", "late_zh_CN", "middle_en", "middle_zh_CN"}) {
        QFile file(QStringLiteral(":/scripts/%1.json").arg(QLatin1String(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("script %s is missing from the program's resources", name);
        auto script = parseScript(file.readAll());
        if (!script)
            qFatal("bundled script %s is invalid: %s", name, qPrintable(script.error().detail));
        all.push_back(std::move(script.value()));
    }
    return all;
}

} // namespace

const ScriptStep* Script::step(const QString& stepId) const
{
    for (const ScriptStep& s : steps)
        if (s.id == stepId)
            return &s;
    return nullptr;
}

const QStringList& scriptPlaceholders()
{
    static const QStringList names{QStringLiteral("debtor.name"), QStringLiteral("balance"),
                                   QStringLiteral("dpd"),         QStringLiteral("creditor"),
                                   QStringLiteral("next_due"),    QStringLiteral("collector.name")};
    return names;
}

Result<Script> parseScript(const QByteArray& json)
{
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return scriptError(QStringLiteral("file"),
                           QStringLiteral("is not a JSON object: %1").arg(parse.errorString()));
    const QJsonObject root = doc.object();
    Script script;
    script.id = root.value(QLatin1String("script")).toString();
    script.language = root.value(QLatin1String("language")).toString();
    script.version = root.value(QLatin1String("version")).toString();
    script.start = root.value(QLatin1String("start")).toString();
    if (script.id.isEmpty() || script.language.isEmpty() || script.start.isEmpty())
        return scriptError(QStringLiteral("header"),
                           QStringLiteral("needs \"script\", \"language\" and \"start\""));
    const QString stage = root.value(QLatin1String("stage")).toString();
    if (!stage.isEmpty()) {
        script.stage = parseCode<Stage>(stage);
        if (!script.stage)
            return scriptError(QStringLiteral("stage"),
                               QStringLiteral("'%1' is not early, middle or late").arg(stage));
    }
    const QJsonObject steps = root.value(QLatin1String("steps")).toObject();
    if (steps.isEmpty())
        return scriptError(QStringLiteral("steps"), QStringLiteral("must hold at least one step"));
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        auto step = readStep(it.key(), it.value().toObject());
        if (!step)
            return step.error();
        script.steps.push_back(std::move(step.value()));
    }
    if (auto ok = checkLinks(script); !ok)
        return ok.error();
    return script;
}

const std::vector<Script>& bundledScripts()
{
    static const std::vector<Script> scripts = loadBundled();
    return scripts;
}

const Script* scriptFor(Stage stage, const QString& language)
{
    const Script* english = nullptr;
    for (const Script& s : bundledScripts()) {
        if (s.stage != stage)
            continue;
        if (s.language == language)
            return &s;
        if (s.language == QLatin1String("en"))
            english = &s;
    }
    return english;
}

ScriptRun::ScriptRun(const Script& script, QMap<QString, QString> values)
    : m_script(script)
    , m_values(std::move(values))
    , m_current(script.step(script.start))
{
    m_path << script.start;
}

const ScriptStep& ScriptRun::current() const
{
    return *m_current;
}

QString ScriptRun::text() const
{
    QString out = m_current->text;
    auto it = placeholderPattern().globalMatch(m_current->text);
    while (it.hasNext()) {
        const auto match = it.next();
        out.replace(match.captured(0), m_values.value(match.captured(1), QStringLiteral("—")));
    }
    return out;
}

void ScriptRun::tick(const QString& checkpoint)
{
    if (!checkpoint.isEmpty() && !m_ticked.contains(checkpoint))
        m_ticked << checkpoint;
}

Status ScriptRun::goTo(const QString& stepId)
{
    const ScriptStep* next = m_script.step(stepId);
    for (const QString& r : next->required)
        if (!m_ticked.contains(r))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("tick '%1' before going on").arg(r));
    m_current = next;
    m_path << stepId;
    if (next->end) {
        m_finished = true;
        if (next->outcome)
            m_outcome = next->outcome;
    }
    return {};
}

Status ScriptRun::choose(int option)
{
    if (m_finished)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the script has ended"));
    if (!m_current->checkpoint.isEmpty() && !m_ticked.contains(m_current->checkpoint))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("tick '%1' before going on").arg(m_current->checkpoint));
    if (m_current->options.empty()) {
        if (m_current->end)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("the script has ended"));
        return goTo(m_current->next);
    }
    if (option < 0 || static_cast<std::size_t>(option) >= m_current->options.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("choose one of the answers"));
    const ScriptOption& chosen = m_current->options[static_cast<std::size_t>(option)];
    if (chosen.outcome)
        m_outcome = chosen.outcome;
    if (chosen.action != ScriptAction::None)
        m_action = chosen.action;
    if (chosen.next.isEmpty()) {
        m_finished = true;
        return {};
    }
    return goTo(chosen.next);
}

} // namespace collector
