#include "dialogs/overridedialog.h"

#include "compliance/override.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace collector::ui {

OverrideDialog::OverrideDialog(const GateDecision& decision, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Override a block"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(tr("<p><b>%1</b></p><p>Rule %2: %3</p>")
                                .arg(decision.reason.toHtmlEscaped(), decision.ruleId.toHtmlEscaped(),
                                     decision.citation.toHtmlEscaped()),
                            this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto* consequence = new QLabel(tr("The override lets this one contact through for %n minute(s). It is "
                                      "recorded with your name and your reason, and auditors can read it.",
                                      nullptr, static_cast<int>(kOverrideValidMs / 60'000)),
                                   this);
    consequence->setWordWrap(true);
    layout->addWidget(consequence);
    auto* prompt = new QLabel(tr("&Why is this contact needed now?"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(80);
    prompt->setBuddy(m_reason);
    layout->addWidget(prompt);
    layout->addWidget(m_reason);
    m_count = new QLabel(this);
    layout->addWidget(m_count);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Override (Ctrl+Return)"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideDialog::reasonChanged);
    // The text box would take Ctrl+Return as a line break; here it grants the override, as in the log.
    m_reason->installEventFilter(this);
    reasonChanged();
    resize(520, sizeHint().height());
    m_reason->setFocus();
}

QString OverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void OverrideDialog::setReason(const QString& text)
{
    m_reason->setPlainText(text);
}

bool OverrideDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_reason && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OverrideDialog::reasonChanged()
{
    // The same minimum core enforces, shown as it is typed rather than as a refusal afterwards.
    const int missing = kOverrideReasonMinimum - static_cast<int>(reason().size());
    m_count->setText(missing > 0 ? tr("%n more character(s) needed.", nullptr, missing) : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing <= 0);
}

} // namespace collector::ui
