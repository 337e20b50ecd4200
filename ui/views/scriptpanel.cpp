#include "views/scriptpanel.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace collector::ui {

namespace {

QString actionText(ScriptAction action)
{
    switch (action) {
    case ScriptAction::PlanPanel:
        return ScriptPanel::tr("Next: build a repayment plan with the debtor.");
    case ScriptAction::DisputeCapture:
        return ScriptPanel::tr("Next: log the dispute; collection on this debt stops.");
    case ScriptAction::Affordability:
        return ScriptPanel::tr("Next: go through the debtor's income and outgoings.");
    case ScriptAction::StopAndLog:
        return ScriptPanel::tr("Next: end the call and log it as a third party.");
    case ScriptAction::None:
        break;
    }
    return {};
}

} // namespace

ScriptPanel::ScriptPanel(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_text->setFont(big);
    m_checkpoint = new QCheckBox(this);
    m_options = new QWidget(this);
    m_optionsLayout = new QVBoxLayout(m_options);
    m_optionsLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_checkpoint);
    layout->addWidget(m_options);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(m_checkpoint, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_run)
            m_run->tick(m_run->current().checkpoint);
    });
}

void ScriptPanel::start(const Script& script, const QMap<QString, QString>& values)
{
    m_script = &script;
    m_run = std::make_unique<ScriptRun>(script, values);
    m_title->setText(
        tr("<b>Script</b> %1 · version %2").arg(script.id.toHtmlEscaped(), script.version.toHtmlEscaped()));
    m_status->clear();
    render();
}

void ScriptPanel::render()
{
    while (QLayoutItem* item = m_optionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_run)
        return;
    const ScriptStep& step = m_run->current();
    m_text->setText(m_run->text());
    m_checkpoint->blockSignals(true);
    m_checkpoint->setVisible(!step.checkpoint.isEmpty());
    m_checkpoint->setText(tr("%1 (Space)").arg(step.checkpointLabel));
    m_checkpoint->setChecked(m_run->ticked().contains(step.checkpoint));
    m_checkpoint->blockSignals(false);
    if (m_run->finished()) {
        m_status->setText(actionText(m_run->action()).isEmpty()
                              ? tr("The script has ended: log the contact (Ctrl+Return).")
                              : actionText(m_run->action()));
        return;
    }
    if (step.options.empty()) {
        auto* go = new QPushButton(tr("Continue (Enter)"), m_options);
        connect(go, &QPushButton::clicked, this, [this] { choose(-1); });
        m_optionsLayout->addWidget(go);
        go->show(); // now, not at the next event loop turn
        return;
    }
    for (std::size_t i = 0; i < step.options.size(); ++i) {
        auto* answer =
            new QPushButton(QStringLiteral("%1  %2").arg(i + 1).arg(step.options[i].label), m_options);
        answer->setStyleSheet(QStringLiteral("text-align:left; padding:4px"));
        connect(answer, &QPushButton::clicked, this, [this, i] { choose(static_cast<int>(i)); });
        m_optionsLayout->addWidget(answer);
        answer->show();
    }
}

void ScriptPanel::setValues(const QMap<QString, QString>& values)
{
    if (!m_run)
        return;
    m_run->setValues(values);
    m_text->setText(m_run->text());
}

void ScriptPanel::tickCurrent()
{
    if (m_run && !m_run->current().checkpoint.isEmpty())
        m_checkpoint->setChecked(true);
}

bool ScriptPanel::choose(int index)
{
    if (!m_run)
        return false;
    const auto went = m_run->choose(index);
    if (!went) {
        // Which checkpoint holds the call, in the collector's words.
        const ScriptStep& step = m_run->current();
        m_status->setText(step.checkpoint.isEmpty() || m_run->ticked().contains(step.checkpoint)
                              ? tr("Tick what this step needs before going on.")
                              : tr("Tick \"%1\" before going on.").arg(step.checkpointLabel));
        return false;
    }
    m_status->clear();
    render();
    if (m_run->finished())
        Q_EMIT finished(m_run->outcome(), m_run->action());
    return true;
}

void ScriptPanel::keyPressEvent(QKeyEvent* event)
{
    if (!m_run) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (key == Qt::Key_Space) {
        tickCurrent();
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (event->modifiers() == Qt::NoModifier && m_run->current().options.empty()) {
            choose(-1);
            return;
        }
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && event->modifiers() == Qt::NoModifier) {
        choose(key - Qt::Key_1);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace collector::ui
