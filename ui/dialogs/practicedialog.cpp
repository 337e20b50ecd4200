#include "dialogs/practicedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace collector::ui {

PracticeDialog::PracticeDialog(const Script& script, QMap<QString, QString> values, QWidget* parent)
    : QDialog(parent)
    , m_script(script)
    , m_values(std::move(values))
{
    setWindowTitle(tr("Practice call (demo data)"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout();
    m_persona = new QComboBox(this);
    m_persona->addItem(tr("Cooperative debtor"), static_cast<int>(Persona::Cooperative));
    m_persona->addItem(tr("Evasive debtor"), static_cast<int>(Persona::Evasive));
    m_persona->addItem(tr("Disputing debtor"), static_cast<int>(Persona::Disputing));
    m_persona->addItem(tr("Distressed debtor"), static_cast<int>(Persona::Distressed));
    top->addRow(tr("&Practise with"), m_persona);
    layout->addLayout(top);
    m_youSay = new QLabel(this);
    m_youSay->setWordWrap(true);
    m_debtorSays = new QLabel(this);
    m_debtorSays->setWordWrap(true);
    m_debtorSays->setStyleSheet(QStringLiteral("background: #eef3fb; padding: 6px;"));
    layout->addWidget(m_youSay);
    layout->addWidget(m_debtorSays);
    m_options = new QListWidget(this);
    m_options->setFocusPolicy(Qt::NoFocus); // keys 1-9 choose; the dialog keeps the focus
    layout->addWidget(m_options, 1);
    m_checkpoint = new QCheckBox(this);
    m_checkpoint->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_checkpoint);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* restart = buttons->addButton(tr("&Start again"), QDialogButtonBox::ResetRole);
    restart->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restart, &QPushButton::clicked, this,
            [this] { start(static_cast<Persona>(m_persona->currentData().toInt())); });
    connect(m_persona, &QComboBox::currentIndexChanged, this,
            [this] { start(static_cast<Persona>(m_persona->currentData().toInt())); });
    connect(m_checkpoint, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_session)
            m_session->tick(m_session->run().current().checkpoint);
    });
    resize(640, 520);
    start(Persona::Cooperative);
}

void PracticeDialog::start(Persona persona)
{
    const int index = m_persona->findData(static_cast<int>(persona));
    if (index != m_persona->currentIndex()) {
        m_persona->setCurrentIndex(index); // starts through the signal
        return;
    }
    m_session = std::make_unique<PracticeSession>(m_script, m_values, persona);
    m_result.clear();
    m_status->clear();
    render();
}

void PracticeDialog::render()
{
    const ScriptRun& run = m_session->run();
    m_options->clear();
    m_options->setVisible(!run.finished());
    if (run.finished()) {
        const PracticeScore s = m_session->score();
        m_result = tr("Answers heard right: %1 of %2. Checkpoints kept the first time: %3 of %4. Slips: %5.")
                       .arg(s.answersHeard)
                       .arg(s.answers)
                       .arg(s.checkpointsKept)
                       .arg(s.checkpoints)
                       .arg(s.slips);
        if (s.outcome != s.expected)
            m_result += QLatin1Char(' ') +
                        tr("The call ended elsewhere than this debtor's answers lead: listen again.");
        m_youSay->setText(tr("<b>The call has ended.</b>"));
        m_debtorSays->clear();
        m_checkpoint->hide();
        m_status->setText(m_result);
        Q_EMIT finishedWithScore(m_session->persona(), s);
        return;
    }
    m_youSay->setText(tr("<b>You say:</b> %1").arg(run.text().toHtmlEscaped()));
    const QString says = m_session->debtorSays();
    m_debtorSays->setText(says.isEmpty() ? QString() : tr("<b>Debtor:</b> %1").arg(says.toHtmlEscaped()));
    m_debtorSays->setVisible(!says.isEmpty());
    int key = 1;
    for (const ScriptOption& option : run.current().options)
        m_options->addItem(QStringLiteral("%1  %2").arg(key++).arg(option.label));
    const bool checkpoint = !run.current().checkpoint.isEmpty();
    m_checkpoint->setVisible(checkpoint);
    m_checkpoint->blockSignals(true);
    m_checkpoint->setChecked(checkpoint && run.ticked().contains(run.current().checkpoint));
    m_checkpoint->blockSignals(false);
    m_checkpoint->setText(tr("%1 (Space)").arg(run.current().checkpointLabel));
    if (run.current().options.empty())
        m_status->setText(tr("Enter goes on."));
}

void PracticeDialog::goOn()
{
    const int option = m_options->count() > 0 ? m_options->currentRow() : -1;
    if (m_options->count() > 0 && option < 0)
        return;
    if (auto done = m_session->choose(option); !done) {
        m_status->setText(tr("Not yet: %1").arg(done.error().detail));
        return;
    }
    m_status->clear();
    render();
}

void PracticeDialog::keyPressEvent(QKeyEvent* event)
{
    if (!m_session || m_session->run().finished()) {
        QDialog::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && key - Qt::Key_1 < m_options->count()) {
        m_options->setCurrentRow(key - Qt::Key_1);
        goOn();
        return;
    }
    if (key == Qt::Key_Space && m_checkpoint->isVisible()) {
        m_checkpoint->toggle();
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_options->count() == 0) {
        goOn();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace collector::ui
