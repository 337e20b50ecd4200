#include "field/visitdialog.h"

#include "dialogs/contactlogdialog.h"
#include "domain/contactmask.h"
#include "domain/nationalid.h"
#include "field/fieldprint.h"
#include "field/visitphoto.h"
#include "store/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace collector::ui {

namespace {

template <typename E> void addChoices(QComboBox* box, std::initializer_list<std::pair<E, QString>> choices)
{
    for (const auto& [value, text] : choices)
        box->addItem(text, static_cast<int>(value));
}

template <typename E> E chosen(const QComboBox* box)
{
    return static_cast<E>(box->currentData().toInt());
}

} // namespace

VisitDialog::VisitDialog(Database& db, QString deviceId, const UserRecord& collector, const Id& accountId,
                         const Id& addressId, const QDateTime& now, Audit audit, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_deviceId(std::move(deviceId))
    , m_collector(collector)
    , m_account(accountId)
    , m_audit(std::move(audit))
{
    setObjectName(QStringLiteral("visitDialog"));
    setWindowTitle(tr("Record visit"));
    // What the form shows comes from the account as the workspace reads it: its currency, the debtor's zone,
    // the addresses (masked), and for the receipt the reference, the lender and the payer's masked name.
    auto view = loadAccountView(db, accountId, now.date());
    if (view)
        m_view = std::move(view.value());
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_address = new QComboBox(this);
    for (const ContactPointView& point : m_view.contactPoints)
        if (point.kind == ContactKind::Address)
            m_address->addItem(maskContactValue(ContactKind::Address, point.value), point.id.toBytes());
    if (!addressId.isNull())
        m_address->setCurrentIndex(std::max(0, m_address->findData(addressId.toBytes())));
    form->addRow(tr("&Address:"), m_address);

    m_at = new QDateTimeEdit(this);
    m_at->setTimeSpec(Qt::UTC); // holds the debtor's wall-clock time; visitTime() places it in their zone
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    setVisitTime(now);
    form->addRow(tr("&When (the debtor's time):"), m_at);

    m_type = new QComboBox(this);
    for (VisitType type : {VisitType::FriendlyReminder, VisitType::Firm, VisitType::LegalNoticeDelivery})
        m_type->addItem(visitTypeLabel(type), static_cast<int>(type));
    form->addRow(tr("Visit &type:"), m_type);
    m_met = new QComboBox(this);
    addChoices<VisitMet>(m_met, {{VisitMet::Debtor, tr("The debtor")},
                                 {VisitMet::Family, tr("Family")},
                                 {VisitMet::Neighbour, tr("A neighbour")},
                                 {VisitMet::Colleague, tr("A colleague at work")},
                                 {VisitMet::Nobody, tr("Nobody")}});
    form->addRow(tr("&Met:"), m_met);
    m_companion = new QComboBox(this);
    m_companion->addItem(tr("Nobody: alone"), QByteArray());
    if (auto users = listUsers(db))
        for (const UserRecord& user : users.value())
            if (user.teamId == collector.teamId && user.id != collector.id && user.role != UserRole::Admin)
                m_companion->addItem(QStringLiteral("%1 (%2)").arg(user.displayName, user.login),
                                     user.id.toBytes());
    if (m_companion->count() > 1)
        m_companion->setCurrentIndex(1);
    form->addRow(tr("&Companion:"), m_companion);
    m_recording = new QComboBox(this);
    addChoices<VisitRecording>(m_recording, {{VisitRecording::None, tr("Nothing recorded")},
                                             {VisitRecording::Consented, tr("Asked first: they agreed")},
                                             {VisitRecording::Refused, tr("Asked first: they refused")}});
    form->addRow(tr("&Recording:"), m_recording);

    m_outcome = new QComboBox(this);
    for (Outcome o : {Outcome::NoAnswer, Outcome::RightParty, Outcome::PromiseToPay, Outcome::Refusal,
                      Outcome::Dispute, Outcome::Hardship, Outcome::CallbackRequested, Outcome::AlreadyPaid,
                      Outcome::ThirdParty, Outcome::DeceasedReported, Outcome::WrongNumber})
        m_outcome->addItem(o == Outcome::WrongNumber ? tr("Wrong address (moved)") : outcomeLabel(o),
                           static_cast<int>(o));
    form->addRow(tr("&Outcome:"), m_outcome);
    m_reaction = new QComboBox(this);
    m_reaction->addItem(tr("Not noted"), -1);
    addChoices<Reaction>(m_reaction, {{Reaction::Cooperative, tr("Cooperative")},
                                      {Reaction::Neutral, tr("Neutral")},
                                      {Reaction::Evasive, tr("Evasive")},
                                      {Reaction::Hostile, tr("Hostile")},
                                      {Reaction::Distressed, tr("Distressed")}});
    form->addRow(tr("Reac&tion:"), m_reaction);
    m_promiseAmount = new QLineEdit(this);
    m_promiseAmount->setPlaceholderText(m_view.currency.code);
    m_promiseDue = new QDateEdit(now.date().addDays(7), this);
    m_promiseDue->setCalendarPopup(true);
    form->addRow(tr("Promise &amount:"), m_promiseAmount);
    form->addRow(tr("Promised &for:"), m_promiseDue);
    m_callbackAt = new QDateTimeEdit(m_at->dateTime().addDays(1), this);
    m_callbackAt->setTimeSpec(Qt::UTC); // the debtor's wall-clock time, like m_at
    m_callbackAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(tr("Call &back at:"), m_callbackAt);
    m_paid = new QCheckBox(tr("A payment was &received"), this);
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(m_view.currency.code);
    m_method = new QComboBox(this);
    addChoices<FieldPaymentMethod>(m_method,
                                   {{FieldPaymentMethod::Cash, tr("Cash")},
                                    {FieldPaymentMethod::Transfer, tr("Transfer seen at the door")}});
    form->addRow(m_paid);
    form->addRow(tr("Amount &received:"), m_amount);
    form->addRow(tr("Paid &in:"), m_method);
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(60);
    form->addRow(tr("&Note:"), m_note);

    m_gate = new QLabel(this);
    m_gate->setObjectName(QStringLiteral("visitGate"));
    m_gate->setWordWrap(true);
    layout->addWidget(m_gate);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("visitResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("&Save visit"), QDialogButtonBox::ActionRole);
    m_saveButton->setToolTip(tr("Ctrl+Return"));
    m_receiptButton = buttons->addButton(tr("Rece&ipt (PDF)…"), QDialogButtonBox::ActionRole);
    m_photoButton = buttons->addButton(tr("Attach &photo…"), QDialogButtonBox::ActionRole);
    m_receiptButton->setEnabled(false);
    m_photoButton->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &VisitDialog::save);
    connect(m_receiptButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Receipt"),
                                                          m_recorded->receiptNumber + QStringLiteral(".pdf"),
                                                          tr("PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto done = saveReceipt(path); !done)
            m_result->setText(tr("The receipt was not written: %1").arg(done.error().detail));
    });
    connect(m_photoButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Photo of the delivered notice"),
                                                          QString(), tr("Photos (*.jpg *.jpeg *.png)"));
        if (path.isEmpty())
            return;
        if (auto done = attachPhoto(path); !done)
            m_result->setText(tr("The photo was not attached: %1").arg(done.error().detail));
    });
    for (QComboBox* box : {m_address, m_companion, m_met})
        connect(box, &QComboBox::currentIndexChanged, this, &VisitDialog::refreshGate);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &VisitDialog::refreshGate);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &VisitDialog::outcomeChanged);
    connect(m_paid, &QCheckBox::toggled, this, &VisitDialog::outcomeChanged);
    outcomeChanged();
    refreshGate();
}

QTimeZone VisitDialog::debtorZone() const
{
    const QTimeZone zone(m_view.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDateTime VisitDialog::inDebtorZone(const QDateTime& wallClock) const
{
    return QDateTime(wallClock.date(), wallClock.time(), debtorZone()).toUTC();
}

void VisitDialog::setVisitTime(const QDateTime& at)
{
    const QDateTime local = at.toTimeZone(debtorZone());
    m_at->setDateTime(QDateTime(local.date(), local.time(), QTimeZone::utc()));
}

QDateTime VisitDialog::visitTime() const
{
    return inDebtorZone(m_at->dateTime());
}

void VisitDialog::keyPressEvent(QKeyEvent* event)
{
    // Ctrl+Return saves from any field (the fields pass it on); a plain Return is not a save.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        save();
        return;
    }
    QDialog::keyPressEvent(event);
}

void VisitDialog::outcomeChanged()
{
    const auto outcome = chosen<Outcome>(m_outcome);
    m_promiseAmount->setEnabled(outcome == Outcome::PromiseToPay);
    m_promiseDue->setEnabled(outcome == Outcome::PromiseToPay);
    m_callbackAt->setEnabled(outcome == Outcome::CallbackRequested);
    m_amount->setEnabled(m_paid->isChecked());
    m_method->setEnabled(m_paid->isChecked());
}

void VisitDialog::refreshGate()
{
    const Id address = Id::fromBytes(m_address->currentData().toByteArray());
    const int staff = m_companion->currentData().toByteArray().isEmpty() ? 1 : 2;
    auto gate = visitGate(m_db, m_account, address, visitTime().toMSecsSinceEpoch(), staff);
    if (!gate) {
        m_gate->setText(tr("The compliance rules could not be read: %1").arg(gate.error().detail));
        return;
    }
    const GateDecision& d = gate.value();
    if (d.verdict == GateVerdict::Blocked) {
        const QString reopens =
            d.reopensAt
                ? tr(" Allowed again at %1.")
                      .arg(d.reopensAt->toTimeZone(debtorZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : QString();
        m_gate->setText(
            tr("<b>Not allowed now</b> (%1): %2%3").arg(d.ruleId, d.reason.toHtmlEscaped(), reopens));
    } else {
        m_gate->setText(d.verdict == GateVerdict::Warn
                            ? tr("Allowed, with a warning (%1): %2").arg(d.ruleId, d.reason.toHtmlEscaped())
                            : tr("Allowed: a visit may be made now."));
    }
}

VisitEntry VisitDialog::entry() const
{
    VisitEntry v;
    v.contact.accountId = m_account;
    v.contact.contactPointId = Id::fromBytes(m_address->currentData().toByteArray());
    v.contact.atMs = visitTime().toMSecsSinceEpoch();
    v.contact.collectorId = m_collector.id;
    v.contact.actor = m_collector.login;
    v.contact.outcome = chosen<Outcome>(m_outcome);
    if (m_reaction->currentData().toInt() >= 0)
        v.contact.reaction = chosen<Reaction>(m_reaction);
    v.contact.note = m_note->toPlainText();
    if (v.contact.outcome == Outcome::PromiseToPay) {
        if (auto amount = Money::parse(m_promiseAmount->text().trimmed(), m_view.currency))
            v.contact.promiseAmount = amount.value();
        v.contact.promiseDue = m_promiseDue->date();
    }
    if (v.contact.outcome == Outcome::CallbackRequested)
        v.contact.callbackAt = inDebtorZone(m_callbackAt->dateTime());
    v.type = chosen<VisitType>(m_type);
    v.met = chosen<VisitMet>(m_met);
    v.companionId = Id::fromBytes(m_companion->currentData().toByteArray());
    v.recording = chosen<VisitRecording>(m_recording);
    if (m_paid->isChecked()) {
        auto amount = Money::parse(m_amount->text().trimmed(), m_view.currency);
        v.payment = FieldPayment{amount ? amount.value() : Money(0, m_view.currency),
                                 chosen<FieldPaymentMethod>(m_method)};
    }
    return v;
}

bool VisitDialog::save()
{
    if (m_recorded) {
        m_result->setText(tr("This visit is saved. Close the form to record another."));
        return false;
    }
    auto recorded = recordVisit(m_db, m_deviceId, entry());
    if (!recorded) {
        m_result->setText(tr("Not saved: %1").arg(recorded.error().detail));
        refreshGate();
        return false;
    }
    m_recorded = recorded.value();
    m_result->setText(
        m_recorded->receiptNumber.isEmpty()
            ? tr("Visit saved.")
            : tr("Visit saved. Receipt %1: print it for the debtor.").arg(m_recorded->receiptNumber));
    m_saveButton->setEnabled(false);
    m_receiptButton->setEnabled(!m_recorded->receiptNumber.isEmpty());
    m_photoButton->setEnabled(true);
    return true;
}

Status VisitDialog::saveReceipt(const QString& path)
{
    if (!m_recorded || m_recorded->receiptNumber.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("no payment was recorded on this visit"));
    ReceiptPaper paper;
    paper.number = m_recorded->receiptNumber;
    paper.at = visitTime();
    paper.timeZone = m_view.timeZone;
    const VisitEntry filled = entry();
    paper.amount = filled.payment ? filled.payment->amount : Money(0, m_view.currency);
    paper.cash = chosen<FieldPaymentMethod>(m_method) == FieldPaymentMethod::Cash;
    paper.collector = m_collector.login;
    if (!m_companion->currentData().toByteArray().isEmpty())
        paper.companion = m_companion->currentText();
    paper.reference = m_view.reference;
    paper.creditor = m_view.creditorName;
    paper.payerMasked = maskPersonName(m_view.debtorName);
    if (auto done = writePdf(path, receiptHtml(paper), tr("Receipt %1").arg(paper.number)); !done)
        return done;
    if (m_audit &&
        !m_audit(QStringLiteral("export"), {{QStringLiteral("what"), QStringLiteral("field_receipt")},
                                            {QStringLiteral("receipt"), paper.number}}))
        return makeError(ErrorCode::Io, tr("the receipt was written but the audit trail was not"));
    return {};
}

Status VisitDialog::attachPhoto(const QString& path)
{
    if (!m_recorded)
        return makeError(ErrorCode::InvalidArgument, tr("save the visit first"));
    QFile file(path);
    if (file.size() > kLargestVisitPhotoBytes)
        return makeError(ErrorCode::InvalidArgument, tr("the photo is larger than 8 MiB"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be read").arg(path));
    auto added = addVisitPhoto(m_db, m_deviceId, m_collector.login, m_recorded->visitId, file.readAll(),
                               QDateTime::currentMSecsSinceEpoch());
    if (!added)
        return added.error();
    m_result->setText(m_result->text() + QLatin1Char(' ') + tr("Photo attached."));
    return {};
}

} // namespace collector::ui
