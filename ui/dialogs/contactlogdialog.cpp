#include "dialogs/contactlogdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace collector::ui {

namespace {

struct OutcomeKey
{
    Outcome outcome;
    Qt::Key key;
    const char* keyText;
};

// The order collectors learn: what happened on the line first, then what the debtor said.
constexpr OutcomeKey kOutcomes[] = {
    {Outcome::NoAnswer, Qt::Key_1, "1"},          {Outcome::Busy, Qt::Key_2, "2"},
    {Outcome::Voicemail, Qt::Key_3, "3"},         {Outcome::WrongNumber, Qt::Key_4, "4"},
    {Outcome::ThirdParty, Qt::Key_5, "5"},        {Outcome::RightParty, Qt::Key_6, "6"},
    {Outcome::PromiseToPay, Qt::Key_7, "7"},      {Outcome::Refusal, Qt::Key_8, "8"},
    {Outcome::Dispute, Qt::Key_9, "9"},           {Outcome::Hardship, Qt::Key_0, "0"},
    {Outcome::CallbackRequested, Qt::Key_C, "C"}, {Outcome::AlreadyPaid, Qt::Key_P, "P"},
    {Outcome::DeceasedReported, Qt::Key_D, "D"},
};

} // namespace

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NoAnswer:
        return ContactLogDialog::tr("No answer");
    case Outcome::Busy:
        return ContactLogDialog::tr("Busy");
    case Outcome::Voicemail:
        return ContactLogDialog::tr("Voicemail");
    case Outcome::WrongNumber:
        return ContactLogDialog::tr("Wrong number");
    case Outcome::ThirdParty:
        return ContactLogDialog::tr("Third party answered");
    case Outcome::RightParty:
        return ContactLogDialog::tr("Spoke with the debtor");
    case Outcome::PromiseToPay:
        return ContactLogDialog::tr("Promise to pay");
    case Outcome::Refusal:
        return ContactLogDialog::tr("Refused to pay");
    case Outcome::Dispute:
        return ContactLogDialog::tr("Disputes the debt");
    case Outcome::Hardship:
        return ContactLogDialog::tr("Hardship");
    case Outcome::CallbackRequested:
        return ContactLogDialog::tr("Callback requested");
    case Outcome::AlreadyPaid:
        return ContactLogDialog::tr("Says already paid");
    case Outcome::DeceasedReported:
        return ContactLogDialog::tr("Reported deceased");
    case Outcome::Delivered:
        return ContactLogDialog::tr("Delivered");
    case Outcome::Bounced:
        return ContactLogDialog::tr("Not delivered");
    }
    return {};
}

ContactLogDialog::ContactLogDialog(const Currency& currency, const QString& debtorZone, const QDateTime& now,
                                   const QString& warning, bool inboundOnly, QWidget* parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_zone(debtorZone.toUtf8())
{
    setWindowTitle(tr("Log contact"));
    auto* layout = new QVBoxLayout(this);
    if (!warning.isEmpty()) {
        auto* warn = new QLabel(warning, this);
        warn->setWordWrap(true);
        warn->setStyleSheet(QStringLiteral("color:#8a5a00"));
        layout->addWidget(warn);
    }
    m_outcomes = new QListWidget(this);
    for (const OutcomeKey& k : kOutcomes) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(QLatin1String(k.keyText), outcomeLabel(k.outcome)));
        item->setData(Qt::UserRole, static_cast<int>(k.outcome));
        m_outcomes->addItem(item);
    }
    m_outcomes->setCurrentRow(0);
    layout->addWidget(new QLabel(tr("Outcome (press its key):"), this));
    layout->addWidget(m_outcomes);

    auto* form = new QFormLayout();
    m_inbound = new QCheckBox(tr("The debtor called us"), this);
    m_inbound->setChecked(inboundOnly);
    m_inbound->setEnabled(!inboundOnly);
    form->addRow(QString(), m_inbound);
    m_reaction = new QComboBox(this);
    m_reaction->addItem(tr("(not noted)"));
    for (const auto& [reaction, label] :
         {std::pair{Reaction::Cooperative, tr("Cooperative")}, std::pair{Reaction::Neutral, tr("Neutral")},
          std::pair{Reaction::Evasive, tr("Evasive")}, std::pair{Reaction::Hostile, tr("Hostile")},
          std::pair{Reaction::Distressed, tr("Distressed")}})
        m_reaction->addItem(label, static_cast<int>(reaction));
    form->addRow(tr("&Reaction:"), m_reaction);

    m_promiseBox = new QWidget(this);
    auto* promise = new QFormLayout(m_promiseBox);
    promise->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(m_promiseBox);
    m_amount->setPlaceholderText(tr("amount in %1").arg(currency.code));
    m_due = new QDateEdit(now.toTimeZone(QTimeZone(debtorZone.toUtf8())).date().addDays(7), m_promiseBox);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    promise->addRow(tr("&Amount:"), m_amount);
    promise->addRow(tr("Pay &by:"), m_due);
    form->addRow(m_promiseBox);

    m_callbackBox = new QWidget(this);
    auto* callback = new QFormLayout(m_callbackBox);
    callback->setContentsMargins(0, 0, 0, 0);
    const QTimeZone zone(debtorZone.toUtf8());
    // The edit shows the debtor's wall-clock time; callbackAt() reads it back in their zone (Qt 6.4's edit
    // has no zone of its own).
    const QDateTime local = now.toTimeZone(zone).addSecs(3600);
    m_callback = new QDateTimeEdit(QDateTime(local.date(), QTime(local.time().hour(), 0)), m_callbackBox);
    m_callback->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    callback->addRow(tr("Call back at (debtor time):"), m_callback);
    form->addRow(m_callbackBox);

    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(70);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b3261e"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save (Ctrl+Return)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactLogDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_outcomes, &QListWidget::currentRowChanged, this, &ContactLogDialog::outcomeChanged);
    outcomeChanged();
    m_outcomes->setFocus();
}

void ContactLogDialog::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        tryAccept();
        return;
    }
    // Outcome keys work while the list has the focus (the note takes letters as text).
    if (m_outcomes->hasFocus() && event->modifiers() == Qt::NoModifier)
        for (const OutcomeKey& k : kOutcomes)
            if (event->key() == k.key) {
                selectOutcome(k.outcome);
                return;
            }
    QDialog::keyPressEvent(event);
}

void ContactLogDialog::selectOutcome(Outcome outcome)
{
    for (int row = 0; row < m_outcomes->count(); ++row)
        if (m_outcomes->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(outcome))
            m_outcomes->setCurrentRow(row);
}

void ContactLogDialog::setPromise(const QString& amount, const QDate& due)
{
    m_amount->setText(amount);
    m_due->setDate(due);
}

void ContactLogDialog::outcomeChanged()
{
    m_promiseBox->setVisible(outcome() == Outcome::PromiseToPay);
    m_callbackBox->setVisible(outcome() == Outcome::CallbackRequested);
    m_error->hide();
}

void ContactLogDialog::tryAccept()
{
    if (outcome() == Outcome::PromiseToPay && !promiseAmount()) {
        m_error->setText(tr("Enter the promised amount, like 1,250.00."));
        m_error->show();
        m_amount->setFocus();
        return;
    }
    accept();
}

Outcome ContactLogDialog::outcome() const
{
    const QListWidgetItem* item = m_outcomes->currentItem();
    return item ? static_cast<Outcome>(item->data(Qt::UserRole).toInt()) : Outcome::NoAnswer;
}

Direction ContactLogDialog::direction() const
{
    return m_inbound->isChecked() ? Direction::Inbound : Direction::Outbound;
}

std::optional<Reaction> ContactLogDialog::reaction() const
{
    if (m_reaction->currentIndex() <= 0)
        return std::nullopt;
    return static_cast<Reaction>(m_reaction->currentData().toInt());
}

QString ContactLogDialog::note() const
{
    return m_note->toPlainText();
}

std::optional<Money> ContactLogDialog::promiseAmount() const
{
    auto money = Money::parse(m_amount->text(), m_currency);
    if (!money || money.value().minor() <= 0)
        return std::nullopt;
    return money.value();
}

QDate ContactLogDialog::promiseDue() const
{
    return m_due->date();
}

QDateTime ContactLogDialog::callbackAt() const
{
    const QDateTime wall = m_callback->dateTime();
    return QDateTime(wall.date(), wall.time(), m_zone).toUTC();
}

} // namespace collector::ui
