#include "syncpanel.h"

#include "domain/contactmask.h"
#include "domain/nationalid.h"
#include "domain/phone.h"
#include "store/database.h"
#include "synccontroller.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace collector::ui {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

// What a conflicting value looks like before it is revealed.
QString masked(const SyncConflict& c, const QJsonValue& value)
{
    const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    if (c.field == QLatin1String("full_name"))
        return maskPersonName(text);
    if (c.field == QLatin1String("national_id"))
        return maskNationalId(text);
    if (text.contains(QLatin1Char('@')))
        return maskEmail(text);
    if (text.startsWith(QLatin1Char('+')))
        return maskPhone(text);
    return QString(text.size(), QLatin1Char('*'));
}

QString recordKindText(const QString& kind)
{
    static const std::pair<const char*, const char*> kKinds[] = {
        {"account", QT_TRANSLATE_NOOP("SyncPanel", "Account")},
        {"debtor", QT_TRANSLATE_NOOP("SyncPanel", "Debtor")},
        {"contact_point", QT_TRANSLATE_NOOP("SyncPanel", "Contact point")},
        {"contact_attempt", QT_TRANSLATE_NOOP("SyncPanel", "Contact")},
        {"ledger_entry", QT_TRANSLATE_NOOP("SyncPanel", "Payment or charge")},
        {"promise", QT_TRANSLATE_NOOP("SyncPanel", "Promise")},
        {"plan", QT_TRANSLATE_NOOP("SyncPanel", "Repayment plan")},
        {"plan_instalment", QT_TRANSLATE_NOOP("SyncPanel", "Plan instalment")},
        {"visit", QT_TRANSLATE_NOOP("SyncPanel", "Visit")},
        {"note", QT_TRANSLATE_NOOP("SyncPanel", "Note")},
        {"stop_event", QT_TRANSLATE_NOOP("SyncPanel", "Stop event")},
        {"callback", QT_TRANSLATE_NOOP("SyncPanel", "Callback")},
        {"compliance_override", QT_TRANSLATE_NOOP("SyncPanel", "Compliance override")},
        {"audit_entry", QT_TRANSLATE_NOOP("SyncPanel", "Audit entry")},
        {"contact_lease", QT_TRANSLATE_NOOP("SyncPanel", "Contact budget")},
    };
    for (const auto& [code, label] : kKinds)
        if (kind == QLatin1String(code))
            return SyncPanel::tr(label);
    return kind; // reference data (teams, users, creditors) keeps its table name
}

QString roleText(const QString& code)
{
    if (code == QLatin1String("admin"))
        return SyncPanel::tr("administrator");
    if (code == QLatin1String("lead"))
        return SyncPanel::tr("team lead");
    return SyncPanel::tr("collector");
}

QString fieldLabel(const SyncConflict& c)
{
    if (c.kind == QLatin1String("contact_point"))
        return SyncPanel::tr("Contact point: value");
    if (c.field == QLatin1String("full_name"))
        return SyncPanel::tr("Debtor: name");
    if (c.field == QLatin1String("national_id"))
        return SyncPanel::tr("Debtor: id number");
    return SyncPanel::tr("Debtor: %1").arg(c.field);
}

} // namespace

SyncPanel::SyncPanel(Database& db, SyncController* controller, Auditor audit, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_controller(controller)
    , m_audit(std::move(audit))
{
    setWindowTitle(tr("Sync"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    auto* status = new QWidget(m_tabs);
    auto* statusLayout = new QVBoxLayout(status);
    auto* form = new QFormLayout;
    m_hubValue = new QLabel(status);
    m_lastSync = new QLabel(status);
    m_pending = new QLabel(status);
    m_budgets = new QLabel(status);
    m_budgets->setObjectName(QStringLiteral("contactBudgets"));
    m_budgets->setWordWrap(true);
    m_state = new QLabel(status);
    m_state->setWordWrap(true);
    form->addRow(tr("Hub:"), m_hubValue);
    form->addRow(tr("Last sync:"), m_lastSync);
    form->addRow(tr("Waiting to send:"), m_pending);
    form->addRow(tr("Contact budgets:"), m_budgets);
    form->addRow(tr("State:"), m_state);
    statusLayout->addLayout(form);
    m_progress = new QProgressBar(status);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    statusLayout->addWidget(m_progress);
    m_syncNow = new QPushButton(tr("Sync &now"), status);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->syncNow();
        refresh();
    });
    statusLayout->addWidget(m_syncNow, 0, Qt::AlignLeft);

    m_enrolBox = new QGroupBox(tr("Enrol this workstation with the team's hub"), status);
    auto* enrolForm = new QFormLayout(m_enrolBox);
    m_hub = new QLineEdit(m_enrolBox);
    m_hub->setPlaceholderText(QStringLiteral("https://hub.example:8443"));
    m_caFile = new QLineEdit(m_enrolBox);
    auto* browse = new QPushButton(tr("&Browse…"), m_enrolBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("The hub's CA certificate"), QString(),
                                                          tr("Certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    m_code = new QLineEdit(m_enrolBox);
    m_code->setPlaceholderText(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX"));
    enrolForm->addRow(tr("Hub &address:"), m_hub);
    auto* caLabel = new QLabel(tr("&CA certificate:"), m_enrolBox);
    caLabel->setBuddy(m_caFile);
    enrolForm->addRow(caLabel, caRow);
    enrolForm->addRow(tr("Enrolment c&ode:"), m_code);
    m_enrolError = new QLabel(m_enrolBox);
    m_enrolError->setWordWrap(true);
    m_enrolError->setStyleSheet(QStringLiteral("color: #b00020"));
    enrolForm->addRow(m_enrolError);
    auto* enrolButton = new QPushButton(tr("&Enrol"), m_enrolBox);
    connect(enrolButton, &QPushButton::clicked, this, &SyncPanel::enrol);
    enrolForm->addRow(enrolButton);
    statusLayout->addWidget(m_enrolBox);
    statusLayout->addStretch();
    m_tabs->addTab(status, tr("&Status"));

    m_refused = makeTable({tr("When"), tr("Record"), tr("Answer"), tr("Reason")}, m_tabs);
    m_tabs->addTab(m_refused, tr("&Refused by the hub"));

    auto* inbox = new QWidget(m_tabs);
    auto* inboxLayout = new QVBoxLayout(inbox);
    m_conflictNote = new QLabel(inbox);
    m_conflictNote->setWordWrap(true);
    inboxLayout->addWidget(m_conflictNote);
    m_conflicts = makeTable({tr("When"), tr("Field"), tr("Kept (newest)"), tr("Other value")}, inbox);
    inboxLayout->addWidget(m_conflicts);
    auto* inboxButtons = new QHBoxLayout;
    const std::pair<QString, std::function<void()>> actions[] = {
        {tr("&Load"), [this] { loadConflicts(); }},
        {tr("Re&veal values"), [this] { revealConflicts(); }},
        {tr("&Keep the kept value"), [this] { settleSelected(false); }},
        {tr("&Use the other value"), [this] { settleSelected(true); }},
    };
    for (const auto& [label, action] : actions) {
        auto* button = new QPushButton(label, inbox);
        connect(button, &QPushButton::clicked, this, action);
        inboxButtons->addWidget(button);
    }
    inboxButtons->addStretch();
    inboxLayout->addLayout(inboxButtons);
    m_tabs->addTab(inbox, tr("&Conflicts"));

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    if (m_controller)
        connect(m_controller, &SyncController::stateChanged, this, &SyncPanel::refresh);
    refresh();
    resize(720, 480);
}

void SyncPanel::refresh()
{
    // While a sync runs, every page it applies reports progress: only the state line and the bar follow it;
    // the store is read again (and the refused list refilled) once, when the sync ends.
    if (m_controller && m_controller->isRunning()) {
        m_progress->setVisible(true);
        m_syncNow->setEnabled(false);
        m_state->setText(m_controller->stateText());
        return;
    }
    auto status = readSyncStatus(m_db);
    if (!status) {
        m_state->setText(tr("The sync state cannot be read: %1").arg(status.error().detail));
        return;
    }
    const SyncStatus& s = status.value();
    m_enrolBox->setVisible(!s.enrolled);
    m_syncNow->setEnabled(s.enrolled && m_controller && !m_controller->isRunning());
    m_hubValue->setText(s.enrolled ? tr("%1 (signed in as %2)").arg(s.hub, roleText(s.role))
                                   : tr("not enrolled"));
    m_lastSync->setText(s.lastSuccess.isValid() ? QLocale().toString(s.lastSuccess, QLocale::ShortFormat)
                                                : tr("never"));
    m_pending->setText(tr("%n change(s)", nullptr, static_cast<int>(s.pendingOps)));
    m_budgets->setText(s.heldLeases > 0
                           ? tr("%n lease(s) held until %1: working offline; the next sync returns them",
                                nullptr, s.heldLeases)
                                 .arg(QLocale().toString(s.leasesUntil, QLocale::ShortFormat))
                           : tr("none held (Sync ▸ Work offline leases them before you go)"));
    const bool running = m_controller && m_controller->isRunning();
    m_progress->setVisible(running);
    m_state->setText(m_controller ? m_controller->stateText()
                                  : (s.lastError.isEmpty() ? tr("idle") : s.lastError));

    auto stmt =
        m_db.prepare("SELECT at_ms, kind, status, reason FROM sync_rejection ORDER BY at_ms DESC LIMIT 500");
    if (!stmt)
        return;
    m_refused->setRowCount(0);
    (void)stmt.value().forEachRow([this](Statement& row) {
        const int r = m_refused->rowCount();
        m_refused->insertRow(r);
        m_refused->setItem(r, 0,
                           new QTableWidgetItem(QLocale().toString(
                               QDateTime::fromMSecsSinceEpoch(row.int64(0)), QLocale::ShortFormat)));
        m_refused->setItem(r, 1, new QTableWidgetItem(recordKindText(row.text(1))));
        m_refused->setItem(r, 2,
                           new QTableWidgetItem(row.text(2) == QLatin1String("quarantined")
                                                    ? tr("held for an administrator")
                                                    : tr("refused")));
        m_refused->setItem(r, 3, new QTableWidgetItem(row.text(3)));
    });
    m_refused->resizeColumnsToContents();
    m_tabs->setTabText(1, tr("&Refused by the hub (%1)").arg(m_refused->rowCount()));
    const bool lead = s.role == QLatin1String("lead") || s.role == QLatin1String("admin");
    m_tabs->setTabEnabled(2, lead);
    if (m_conflictRows.empty())
        m_conflictNote->setText(lead ? tr("Load the team's open conflicts from the hub.")
                                     : tr("The conflict inbox is the team lead's."));
}

void SyncPanel::enrol()
{
    const QUrl hub(m_hub->text().trimmed());
    if (hub.scheme() != QLatin1String("https") || hub.host().isEmpty()) {
        m_enrolError->setText(tr("The hub address must start with https:// and name a host."));
        return;
    }
    QFile ca(m_caFile->text().trimmed());
    if (!ca.open(QIODevice::ReadOnly)) {
        m_enrolError->setText(
            tr("The CA certificate cannot be read: choose the file your administrator gave you."));
        return;
    }
    if (m_code->text().trimmed().size() < 16) {
        m_enrolError->setText(
            tr("Type the enrolment code your administrator gave you (20 letters and digits)."));
        return;
    }
    m_enrolError->setText(tr("Enrolling…"));
    const SyncReport report = enrolWorkstation(m_db, hub, ca.read(1024 * 1024), m_code->text().trimmed(),
                                               QSysInfo::machineHostName());
    if (!report.ok()) {
        m_enrolError->setText(report.message);
        return;
    }
    m_enrolError->clear();
    m_code->clear();
    if (m_controller)
        m_controller->syncNow();
    refresh();
}

void SyncPanel::loadConflicts()
{
    const ConflictList list = fetchConflicts(m_db);
    if (!list.status.ok()) {
        m_conflictNote->setText(list.status.message);
        return;
    }
    m_conflictRows = list.conflicts;
    m_revealed = false;
    m_conflictNote->setText(tr("%n open conflict(s). Values are masked; revealing them is recorded.", nullptr,
                               static_cast<int>(m_conflictRows.size())));
    fillConflicts();
}

void SyncPanel::fillConflicts()
{
    m_conflicts->setRowCount(0);
    for (const SyncConflict& c : m_conflictRows) {
        const int r = m_conflicts->rowCount();
        m_conflicts->insertRow(r);
        const auto shown = [&](const QJsonValue& v) -> QString {
            return m_revealed ? (v.isDouble() ? QString::number(v.toDouble()) : v.toString()) : masked(c, v);
        };
        m_conflicts->setItem(
            r, 0, new QTableWidgetItem(QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat)));
        m_conflicts->setItem(r, 1, new QTableWidgetItem(fieldLabel(c)));
        m_conflicts->setItem(r, 2, new QTableWidgetItem(shown(c.kept)));
        m_conflicts->setItem(r, 3, new QTableWidgetItem(shown(c.other)));
    }
    if (!m_conflictRows.empty() && m_conflicts->currentRow() < 0)
        m_conflicts->selectRow(0);
}

void SyncPanel::revealConflicts()
{
    if (m_conflictRows.empty() || m_revealed)
        return;
    QJsonArray which;
    for (const SyncConflict& c : m_conflictRows)
        which.append(QJsonObject{{QStringLiteral("kind"), c.kind},
                                 {QStringLiteral("id"), c.key},
                                 {QStringLiteral("field"), c.field}});
    // The values stay masked unless the reveal is on record.
    if (!m_audit ||
        !m_audit(QStringLiteral("conflict_values_revealed"), {{QStringLiteral("records"), which}}))
        return;
    m_revealed = true;
    fillConflicts();
}

void SyncPanel::settleSelected(bool useOther)
{
    const int row = m_conflicts->currentRow();
    if (row < 0 || row >= static_cast<int>(m_conflictRows.size()))
        return;
    const SyncConflict conflict = m_conflictRows[static_cast<size_t>(row)];
    const SyncReport report = resolveConflict(m_db, conflict, useOther);
    if (!report.ok()) {
        m_conflictNote->setText(report.message);
        return;
    }
    if (m_audit)
        m_audit(QStringLiteral("conflict_resolved"),
                {{QStringLiteral("kind"), conflict.kind},
                 {QStringLiteral("id"), conflict.key},
                 {QStringLiteral("field"), conflict.field},
                 {QStringLiteral("choice"), useOther ? QStringLiteral("other") : QStringLiteral("kept")}});
    m_conflictRows.erase(m_conflictRows.begin() + row);
    m_conflictNote->setText(useOther
                                ? tr("The other value is saved here and goes to the hub with the next sync.")
                                : tr("The kept value stays; the conflict is closed."));
    fillConflicts();
    if (m_controller)
        m_controller->syncNow();
}

} // namespace collector::ui
