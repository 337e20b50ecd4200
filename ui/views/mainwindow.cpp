#include "views/mainwindow.h"

#include "audit/profileaudit.h"
#include "charts/assignmentdialog.h"
#include "charts/dashboardwindow.h"
#include "compliance/accountgates.h"
#include "compliance/override.h"
#include "compliance/storefacts.h"
#include "dialogs/contactlogdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/overridedialog.h"
#include "dialogs/practicedialog.h"
#include "dialogs/settingsdialog.h"
#include "domain/nationalid.h"
#include "field/fielddaywindow.h"
#include "field/visitdialog.h"
#include "io/demogenerator.h"
#include "plan/plandialog.h"
#include "profile/profile.h"
#include "profile/workstationsettings.h"
#include "queue/queue.h"
#include "script/script.h"
#include "session/inactivityfilter.h"
#include "store/migrations.h"
#include "sync/synccontroller.h"
#include "sync/syncpanel.h"
#include "users/access.h"
#include "views/accounthistory.h"
#include "views/accountworkspace.h"
#include "views/queuemodel.h"
#include "views/scriptpanel.h"
#include "views/workregion.h"
#include "widgets/unlockform.h"
#include "workspace/contactlog.h"
#include "workspace/timeline.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace collector::ui {

namespace {
constexpr qint64 kMinuteMs = 60'000;
// Contact windows open and close on the minute; the gate is asked again this often while an account is open.
constexpr int kGateRefreshMs = 30'000;
// How often the workstation syncs by itself; F5 syncs at once.
constexpr int kSyncIntervalMinutes = 5;
} // namespace

MainWindow::MainWindow(std::shared_ptr<Profile> profile, const Clock& clock, int failedUnlocks,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_profile(std::move(profile))
    , m_profileDir(m_profile->directory())
    , m_idle(clock, 10 * kMinuteMs)
{
    setWindowTitle(tr("Collector Workstation"));
    m_inactivity = new InactivityFilter(m_idle, this);
    connect(&m_idle, &IdleTimer::idleLimitReached, this, [this] { lockFor(QStringLiteral("idle")); });

    m_queue =
        new WorkRegion(tr("Queue (Ctrl+1)"), tr("Your queue is empty"),
                       tr("Accounts assigned to you appear here, ordered by what needs you first, once a "
                          "placement is imported into this profile or the hub assigns work."),
                       this);
    m_workspace =
        new WorkRegion(tr("Account (Ctrl+2)"), tr("No account open"),
                       tr("Open an account from the queue to see the debtor, balances, promises, plans "
                          "and the full history."),
                       this);
    m_script =
        new WorkRegion(tr("Contact script (Ctrl+3)"), tr("No conversation in progress"),
                       tr("The script for the open account guides the call step by step: identification, "
                          "disclosures, and the questions to ask."),
                       this);
    m_accountWorkspace = new AccountWorkspace(this);
    connect(m_accountWorkspace, &AccountWorkspace::revealRequested, this, &MainWindow::revealInWorkspace);
    m_scriptPanel = new ScriptPanel(this);
    connect(m_scriptPanel, &ScriptPanel::finished, this,
            [this](std::optional<Outcome> outcome, ScriptAction action) {
                m_scriptOutcome = outcome;
                // "Can't pay in full" and hardship hand over to the plan panel and its budget.
                if (action == ScriptAction::PlanPanel || action == ScriptAction::Affordability)
                    QTimer::singleShot(0, this, &MainWindow::openPlanPanel);
            });
    m_queueModel = new QueueModel(this);
    m_queuePage = buildQueuePage();
    m_gateTimer = new QTimer(this);
    m_gateTimer->setInterval(kGateRefreshMs);
    connect(m_gateTimer, &QTimer::timeout, this, &MainWindow::refreshAccount);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_queue);
    m_splitter->addWidget(m_workspace);
    m_splitter->addWidget(m_script);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_splitter);
    m_lockPage = buildLockPage();
    m_pages->addWidget(m_lockPage);
    setCentralWidget(m_pages);

    buildMenus();
    buildStatusBar();
    applyProfileSettings();
    loadSignedInUser();
    startSync();
    refreshStatus();
    auditUnlock(failedUnlocks);
    // A collector's day starts with their queue; a lead chooses whose queue to look at.
    if (m_user && m_user->role == UserRole::Collector)
        openQueueFor(m_user->login);
    m_idle.start();
    updateLockLabel();
}

MainWindow::~MainWindow()
{
    waitForQueueRanking();
    stopSync();
}

void MainWindow::startSync()
{
    stopSync();
    // The sync thread opens its own connection; a weak reference, so a lock is never held up by it.
    m_sync = new SyncController(storeOpener(), this);
    connect(m_sync, &SyncController::stateChanged, this, &MainWindow::refreshSyncLabel);
    connect(m_sync, &SyncController::leaseFinished, this, &MainWindow::showLeaseOutcome);
    m_sync->start(kSyncIntervalMinutes);
}

std::function<Result<Database>()> MainWindow::storeOpener() const
{
    // A second connection for a worker thread, through a weak reference: once the workstation locks, none
    // opens.
    const std::weak_ptr<Profile> weak = m_profile;
    return [weak]() -> Result<Database> {
        if (const auto profile = weak.lock())
            return profile->openConnection();
        return makeError(ErrorCode::ProfileMissing, QStringLiteral("the workstation is locked"));
    };
}

void MainWindow::workOffline(int days)
{
    if (m_sync && !isLocked())
        m_sync->goOffline(days);
}

void MainWindow::showLeaseOutcome(int failure, const QString& message, int granted, qint64 calls,
                                  const QDate& until)
{
    const bool ok = static_cast<SyncFailure>(failure) == SyncFailure::None;
    if (ok)
        audit(QStringLiteral("contact_budgets_leased"),
              {{QStringLiteral("leases"), granted},
               {QStringLiteral("calls"), calls},
               {QStringLiteral("until"), until.toString(Qt::ISODate)}});
    const QString text =
        !ok ? tr("Could not lease contact budgets: %1").arg(message)
        : granted == 0
            ? tr("The hub had no contact allowance left to lease for your accounts: while offline, no call "
                 "under a contact limit can be made.")
            : tr("Leased %n contact budget(s), %1 calls in all, until %2. Calls are now limited to these "
                 "budgets; Sync now (F5) returns what is left.",
                 nullptr, granted)
                  .arg(calls)
                  .arg(QLocale().toString(until, QLocale::ShortFormat));
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Work offline"),
                                text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("leaseOutcome"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::stopSync()
{
    delete m_sync;
    m_sync = nullptr;
}

void MainWindow::refreshSyncLabel()
{
    if (!m_sync || !m_profile) {
        m_syncLabel->setText(tr("Sync: paused while locked"));
        return;
    }
    const qint64 pending = m_profile->database().queryInt("SELECT count(*) FROM sync_outbox").value_or(0);
    m_syncLabel->setText(
        pending > 0 ? tr("%1 · %n to send", nullptr, static_cast<int>(pending)).arg(m_sync->stateText())
                    : m_sync->stateText());
}

SyncPanel* MainWindow::openSyncPanel()
{
    if (isLocked())
        return nullptr;
    if (!m_syncPanel) {
        m_syncPanel = new SyncPanel(
            m_profile->database(), m_sync,
            [this](const QString& action, const QJsonObject& detail) {
                return auditAbout(action, QStringLiteral("sync"), QString(), detail);
            },
            this);
        m_syncPanel->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_syncPanel->show();
    m_syncPanel->raise();
    return m_syncPanel;
}

QWidget* MainWindow::buildLockPage()
{
    auto* page = new QWidget(this);
    auto* outer = new QVBoxLayout(page);
    outer->addStretch(1);
    auto* title = new QLabel(tr("<h2>Workstation locked</h2>"), page);
    title->setAlignment(Qt::AlignHCenter);
    outer->addWidget(title);
    m_lockForm = new UnlockForm(UnlockForm::Mode::Relock, page);
    m_lockForm->setFixedWidth(560);
    outer->addWidget(m_lockForm, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    connect(m_lockForm, &UnlockForm::unlocked, this, &MainWindow::unlockWith);
    return page;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_importPlacementsAction = file->addAction(tr("Import &placements…"), this,
                                               [this] { openImport(ImportDialog::Kind::Placements); });
    m_importPaymentsAction =
        file->addAction(tr("Import pa&yments…"), this, [this] { openImport(ImportDialog::Kind::Payments); });
    file->addSeparator();
    m_settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_lockAction =
        file->addAction(tr("&Lock workstation"), this, [this] { lockFor(QStringLiteral("manual")); });
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    m_goToAccountAction = account->addAction(tr("&Go to account…"), this, &MainWindow::goToAccount);
    m_goToAccountAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_logContactAction = account->addAction(tr("&Log contact…"), this, &MainWindow::logContactForSelection);
    m_logContactAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_planAction = account->addAction(tr("Repayment &plan…"), this, &MainWindow::openPlanPanel);
    m_planAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_practiceAction = account->addAction(tr("Practi&se a call…"), this, &MainWindow::openPractice);
    m_practiceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    account->addSeparator();
    m_openQueueAction = account->addAction(tr("Open &queue for…"), this, &MainWindow::chooseQueue);
    m_openQueueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_nextAccountAction =
        account->addAction(tr("&Next account in queue"), this, &MainWindow::openNextAccount);
    m_nextAccountAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const std::pair<QString, WorkRegion*> regions[] = {
        {tr("&Queue"), m_queue}, {tr("&Account"), m_workspace}, {tr("Contact &script"), m_script}};
    int key = Qt::Key_1;
    for (const auto& [name, region] : regions) {
        QAction* action =
            view->addAction(name, region, [region] { region->setFocus(Qt::ShortcutFocusReason); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(key++)));
    }

    QMenu* sync = menuBar()->addMenu(tr("S&ync"));
    m_syncNowAction = sync->addAction(tr("Sync &now"), this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncPanelAction = sync->addAction(tr("Sync &panel…"), this, &MainWindow::openSyncPanel);
    m_syncPanelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    sync->addSeparator();
    m_workOfflineAction = sync->addAction(tr("Work &offline…"), this, [this] {
        bool ok = false;
        const int days = QInputDialog::getInt(
            this, tr("Work offline"),
            tr("Lease contact budgets for how many days without network?\nCalls are then limited to "
               "what the budgets allow until you sync again."),
            1, 1, 7, 1, &ok);
        if (ok)
            workOffline(days);
    });

    QMenu* team = menuBar()->addMenu(tr("&Team"));
    m_dashboardAction = team->addAction(tr("&Dashboard…"), this, &MainWindow::openDashboard);
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_assignAction = team->addAction(tr("&Assign work…"), this, &MainWindow::openAssignment);
    m_assignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    QMenu* field = menuBar()->addMenu(tr("F&ield"));
    m_fieldDayAction = field->addAction(tr("Plan &field day…"), this, &MainWindow::openFieldDay);
    m_fieldDayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_recordVisitAction = field->addAction(tr("Record &visit…"), this, [this] { openVisitForm(); });
    m_recordVisitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Collector Workstation"), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    m_userLabel = new QLabel(this);
    m_syncLabel = new QLabel(this);
    m_debtorTimeLabel = new QLabel(this);
    m_contactLabel = new QLabel(this);
    m_storeLabel = new QLabel(this);
    m_portfolioLabel = new QLabel(this);
    for (QLabel* label :
         {m_userLabel, m_syncLabel, m_debtorTimeLabel, m_contactLabel, m_portfolioLabel, m_storeLabel}) {
        label->setFrameStyle(QFrame::StyledPanel | QFrame::Sunken);
        label->setContentsMargins(6, 0, 6, 0);
    }
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_syncLabel);
    statusBar()->addWidget(m_debtorTimeLabel);
    statusBar()->addWidget(m_contactLabel);
    m_lockLabel = new QLabel(this);
    m_lockLabel->setFrameStyle(QFrame::StyledPanel | QFrame::Sunken);
    m_lockLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_lockLabel);
    statusBar()->addPermanentWidget(m_portfolioLabel);
    m_lockLabelTimer = new QTimer(this);
    m_lockLabelTimer->setInterval(15'000);
    connect(m_lockLabelTimer, &QTimer::timeout, this, &MainWindow::updateLockLabel);
    m_lockLabelTimer->start();
    statusBar()->addPermanentWidget(m_storeLabel);
    auto* lockButton = new QToolButton(this);
    lockButton->setDefaultAction(m_lockAction);
    lockButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    statusBar()->addPermanentWidget(lockButton);
}

void MainWindow::refreshStatus()
{
    // The sync service, the debtor's clock and the contact gate arrive with their features; until then the
    // status bar states plainly that there is none, rather than showing a made-up state.
    refreshSyncLabel();
    if (!m_profile || m_accountWorkspace->account().accountId.isNull()) {
        m_debtorTimeLabel->setText(tr("Debtor time: no account open"));
        m_contactLabel->setText(tr("Contact: no account open"));
    }
    if (m_profile) {
        // Counting is an index walk: milliseconds even for a million accounts, and only at unlock.
        const qint64 accounts = m_profile->database().queryInt("SELECT count(*) FROM account").value_or(0);
        m_portfolioLabel->setText(tr("Portfolio: %n account(s)", nullptr, static_cast<int>(accounts)));
        // Accounts exist but no queue is open: say why rather than "empty".
        if (accounts > 0 && !m_user)
            m_queue->setEmptyText(
                tr("%n account(s) in this profile", nullptr, static_cast<int>(accounts)),
                tr("Nobody is signed in on this workstation yet. An administrator assigns it to its user "
                   "with: collectorctl users assign-device --login LOGIN"));
        else if (accounts > 0 && m_user->role != UserRole::Collector)
            m_queue->setEmptyText(tr("%n account(s) in this profile", nullptr, static_cast<int>(accounts)),
                                  tr("Open the queue of a collector in your team with Ctrl+Shift+Q."));
        m_storeLabel->setText(tr("Encrypted store · SQLCipher %1 · schema %2 · locks after %n min idle",
                                 nullptr, static_cast<int>(m_idle.idleLimitMs() / kMinuteMs))
                                  .arg(m_profile->database().cipherVersion().section(QLatin1Char(' '), 0, 0))
                                  .arg(latestSchemaVersion()));
    } else {
        m_portfolioLabel->setText(QString());
        m_storeLabel->setText(tr("Locked — the store is closed"));
    }
}

void MainWindow::updateLockLabel()
{
    if (isLocked() || !m_idle.isRunning()) {
        m_lockLabel->clear();
        return;
    }
    // Whole minutes, rounded up: "locks in 1 min" until the last second.
    const int minutes = static_cast<int>((m_idle.msUntilLock() + kMinuteMs - 1) / kMinuteMs);
    m_lockLabel->setText(tr("Locks in %n min", nullptr, minutes));
}

void MainWindow::applyProfileSettings()
{
    auto minutes = idleLockMinutes(m_profile->database());
    m_idle.setIdleLimitMs((minutes ? minutes.value() : 10) * kMinuteMs);
}

bool MainWindow::isLocked() const
{
    return m_profile == nullptr;
}

void MainWindow::lock()
{
    lockFor(QStringLiteral("manual"));
}

void MainWindow::audit(const QString& action, const QJsonObject& detail)
{
    if (!m_profile)
        return;
    // A store that cannot take an audit entry is failing; say so where the collector looks.
    if (auto done = recordAudit(*m_profile, actorLogin(), action, detail); !done)
        statusBar()->showMessage(errorAdvice(done.error().code));
}

void MainWindow::loadSignedInUser()
{
    auto user = deviceUser(m_profile->database());
    m_user = user ? user.value() : std::nullopt;
    if (!m_user) {
        m_userLabel->setText(tr("Nobody signed in"));
        return;
    }
    const QString role = m_user->role == UserRole::Admin  ? tr("Admin")
                         : m_user->role == UserRole::Lead ? tr("Team lead")
                                                          : tr("Collector");
    m_userLabel->setText(tr("%1 · %2").arg(m_user->login, role));
}

QString MainWindow::actorLogin() const
{
    return m_user ? m_user->login : QStringLiteral("workstation");
}

QString MainWindow::whyNotYours(const Id& accountId)
{
    auto assignment = loadAssignment(m_profile->database(), accountId);
    if (!assignment)
        return errorAdvice(assignment.error().code);
    if (!m_user)
        return tr("Nobody is signed in on this workstation. An administrator assigns it to its user with: "
                  "collectorctl users assign-device --login LOGIN");
    if (!mayOpenAccount(*m_user, assignment.value().collectorId, assignment.value().teamId))
        return tr("This account is assigned outside your work. Ask your team lead to reassign it if you "
                  "need to work it.");
    return {};
}

void MainWindow::auditUnlock(int failedUnlocks)
{
    if (failedUnlocks > 0)
        audit(QStringLiteral("unlock_failed"), {{QStringLiteral("attempts"), failedUnlocks}});
    audit(QStringLiteral("unlock"));
}

std::vector<QAction*> MainWindow::workActions() const
{
    return {m_settingsAction,    m_lockAction,       m_importPlacementsAction, m_importPaymentsAction,
            m_goToAccountAction, m_logContactAction, m_openQueueAction,        m_nextAccountAction,
            m_planAction,        m_practiceAction,   m_syncNowAction,          m_syncPanelAction,
            m_workOfflineAction, m_dashboardAction,  m_assignAction,           m_fieldDayAction,
            m_recordVisitAction};
}

void MainWindow::lockFor(const QString& reason)
{
    if (isLocked())
        return;
    audit(QStringLiteral("lock"), {{QStringLiteral("reason"), reason}});
    m_idle.stop();
    // The plan panel holds the profile open: it goes first, so the store really closes (a plan not yet
    // accepted is not kept; an accepted one is already stored).
    delete m_planDialog;
    delete m_syncPanel;
    for (const QPointer<QWidget>& window : m_storeWindows)
        delete window.data();
    m_storeWindows.clear();
    // The sync thread's connection closes before the keys go.
    stopSync();
    // Closing the profile wipes its keys; the work widgets stay, hidden behind the lock page.
    waitForQueueRanking();
    m_queueModel->setQueue(nullptr, {}, {}); // its pages are read from the store
    m_queueModel->setProperty("collector", QString());
    m_profile.reset();
    m_lockForm->setProfileDir(m_profileDir);
    m_lockForm->setNotice(tr("Your work is kept as you left it. Enter the passphrase to continue."));
    m_pages->setCurrentWidget(m_lockPage);
    for (QAction* action : workActions())
        action->setEnabled(false);
    // Revealed personal data is masked again: a reveal lasts while the workstation is in use, not past a
    // lock.
    m_gateTimer->stop();
    m_accountWorkspace->conceal();
    m_scriptPanel->setValues(scriptValues());
    refreshStatus();
    updateLockLabel();
    m_lockForm->focusPassphrase();
    Q_EMIT lockedChanged(true);
}

void MainWindow::unlockWith(std::shared_ptr<Profile> profile)
{
    m_profile = std::move(profile);
    loadSignedInUser();
    startSync();
    auditUnlock(m_lockForm->takeFailedAttempts());
    applyProfileSettings();
    m_pages->setCurrentWidget(m_splitter);
    for (QAction* action : workActions())
        action->setEnabled(true);
    refreshAccount();
    refreshStatus();
    m_idle.start();
    updateLockLabel();
    Q_EMIT lockedChanged(false);
}

void MainWindow::openSettings()
{
    if (isLocked())
        return;
    SettingsDialog dialog(static_cast<int>(m_idle.idleLimitMs() / kMinuteMs), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto saved = setIdleLockMinutes(m_profile->database(), dialog.idleLockMinutes(), m_clock.nowMs());
        !saved) {
        QMessageBox::warning(this, tr("Settings not saved"), errorAdvice(saved.error().code));
        return;
    }
    audit(QStringLiteral("settings_changed"),
          {{QStringLiteral("idle_lock_minutes"), dialog.idleLockMinutes()}});
    applyProfileSettings();
    m_idle.touch();
    refreshStatus();
}

void MainWindow::openImport(ImportDialog::Kind kind)
{
    if (isLocked())
        return;
    ImportDialog dialog(kind, m_profile, this);
    dialog.exec();
    if (const auto& summary = dialog.summary())
        audit(QStringLiteral("import"),
              {{QStringLiteral("kind"), kind == ImportDialog::Kind::Placements ? QStringLiteral("placements")
                                                                               : QStringLiteral("payments")},
               {QStringLiteral("rows"), summary->rows},
               {QStringLiteral("added"), summary->created},
               {QStringLiteral("updated"), summary->updated},
               {QStringLiteral("rejected"), static_cast<int>(summary->rejected.size())}});
    refreshStatus(); // the portfolio may have grown
}

bool MainWindow::auditAbout(const QString& action, const QString& subjectKind, const QString& subjectId,
                            const QJsonObject& detail)
{
    if (!m_profile)
        return false;
    if (auto done = recordAudit(*m_profile, actorLogin(), action, detail, subjectKind, subjectId); !done) {
        statusBar()->showMessage(errorAdvice(done.error().code));
        return false;
    }
    return true;
}

void MainWindow::goToAccount()
{
    if (isLocked())
        return;
    bool ok = false;
    const QString reference = QInputDialog::getText(
        this, tr("Go to account"), tr("The lender's account reference:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || reference.trimmed().isEmpty())
        return;
    auto found = findAccountByReference(m_profile->database(), reference);
    if (!found || !found.value()) {
        QMessageBox::information(
            this, tr("Go to account"),
            tr("No account has the reference you typed. Check it against the lender's file "
               "and try again."));
        return;
    }
    if (const QString why = whyNotYours(*found.value()); !why.isEmpty()) {
        QMessageBox::information(this, tr("Go to account"), why);
        return;
    }
    beginAccount(*found.value());
}

bool MainWindow::openAccount(const QString& reference)
{
    if (isLocked())
        return false;
    auto found = findAccountByReference(m_profile->database(), reference);
    if (!found || !found.value())
        return false;
    return beginAccount(*found.value());
}

bool MainWindow::beginAccount(const Id& accountId)
{
    if (const QString why = whyNotYours(accountId); !why.isEmpty()) {
        statusBar()->showMessage(why, 10'000);
        return false;
    }
    if (!showAccount(accountId))
        return false;
    auditAbout(QStringLiteral("account_opened"), QStringLiteral("account"), accountId.toString(), {});
    startScript();
    return true;
}

bool MainWindow::showAccount(const Id& accountId)
{
    Database& db = m_profile->database();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
    auto view = loadAccountView(db, accountId, now.date());
    if (!view) {
        QMessageBox::warning(this, tr("Account not opened"), errorAdvice(view.error().code));
        return false;
    }
    auto gates = gatesForAccount(db, view.value(), now);
    if (!gates) {
        QMessageBox::warning(this, tr("Account not opened"), errorAdvice(gates.error().code));
        return false;
    }
    const int keep =
        m_accountWorkspace->account().accountId == accountId ? m_accountWorkspace->currentPoint() : 0;
    m_accountWorkspace->showAccount(view.value(), gates.value(), now);
    m_accountWorkspace->selectPoint(keep);
    auto timeline = loadTimeline(db, view.value());
    if (!timeline)
        statusBar()->showMessage(errorAdvice(timeline.error().code));
    m_accountWorkspace->history()->show(view.value(), timeline ? std::move(timeline.value())
                                                               : std::vector<TimelineEvent>());
    m_workspace->setContent(m_accountWorkspace);
    showContactStatus(gates.value(), now);
    return true;
}

void MainWindow::logContactForSelection()
{
    const AccountView& view = m_accountWorkspace->account();
    const int row = m_accountWorkspace->currentPoint();
    if (isLocked() || view.accountId.isNull() || row < 0 ||
        static_cast<std::size_t>(row) >= view.contactPoints.size()) {
        statusBar()->showMessage(tr("Open an account and choose a contact point first."), 5000);
        return;
    }
    Database& db = m_profile->database();
    const ContactPointView point = view.contactPoints[static_cast<std::size_t>(row)];
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
    const Channel channel = channelFor(point.kind);
    auto input = gateInputFromStore(db, {view.accountId, point.id, channel, now, 0});
    if (!input) {
        QMessageBox::warning(this, tr("Contact not logged"), errorAdvice(input.error().code));
        return;
    }
    const GateDecision gate = evaluateContact(input.value().pack, input.value().facts);
    const bool covered =
        gate.verdict == GateVerdict::Blocked &&
        overrideCovers(db, view.accountId, point.id, channel, gate.ruleId, now.toMSecsSinceEpoch())
            .value_or(false);
    bool inboundOnly = false;
    bool overridden = covered;
    if (gate.verdict == GateVerdict::Blocked && !covered) {
        // The law decides, and the collector sees why and until when.
        QMessageBox box(QMessageBox::Warning, tr("Contact not allowed now"), gate.reason, QMessageBox::Cancel,
                        this);
        QString info = tr("Rule %1: %2").arg(gate.ruleId, gate.citation);
        QPushButton* overrideButton = nullptr;
        if (gate.overridable && m_user && mayOverride(*m_user))
            overrideButton = box.addButton(tr("Override…"), QMessageBox::ActionRole);
        else if (gate.overridable)
            info += QLatin1Char('\n') +
                    tr("A team lead may lift this block for one contact, with a written reason.");
        else
            info += QLatin1Char('\n') + tr("Nobody may override this rule.");
        box.setInformativeText(info);
        QPushButton* inbound = box.addButton(tr("Log the debtor's call to us"), QMessageBox::AcceptRole);
        box.exec();
        if (overrideButton && box.clickedButton() == overrideButton) {
            if (!overrideBlock(gate, input.value().pack.version, point.id, channel))
                return;
            overridden = true;
        } else if (box.clickedButton() == inbound) {
            inboundOnly = true;
        } else {
            return;
        }
    }
    ContactLogDialog dialog(view.currency, gate.debtorTimeZone, now,
                            gate.verdict == GateVerdict::Warn ? gate.reason : QString(), inboundOnly, this);
    if (m_scriptOutcome)
        dialog.selectOutcome(*m_scriptOutcome);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ContactLogEntry entry;
    entry.accountId = view.accountId;
    entry.contactPointId = point.id;
    entry.channel = channel;
    entry.direction = dialog.direction();
    entry.outcome = dialog.outcome();
    entry.reaction = dialog.reaction();
    entry.note = dialog.note();
    entry.atMs = m_clock.nowMs();
    entry.actor = actorLogin();
    if (m_user)
        entry.collectorId = m_user->id;
    entry.promiseAmount = dialog.promiseAmount();
    entry.promiseDue = dialog.promiseDue();
    entry.callbackAt = dialog.callbackAt();
    auto logged = logContact(db, m_profile->profileId(), entry, gate, overridden);
    if (!logged) {
        QMessageBox::warning(this, tr("Contact not logged"), logged.error().detail);
        return;
    }
    statusBar()->showMessage(tr("Contact logged."), 5000);
    showAccount(view.accountId); // stop events, flags and the gate may have changed
    startScript();               // the next call starts from the greeting
    rebuildQueue();              // the account moves down its queue
}

bool MainWindow::overrideBlock(const GateDecision& gate, const QString& packVersion, const Id& pointId,
                               Channel channel)
{
    OverrideDialog dialog(gate, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    OverrideRequest request;
    request.accountId = m_accountWorkspace->account().accountId;
    request.contactPointId = pointId;
    request.channel = channel;
    request.lead = m_user->login;
    request.role = m_user->role;
    request.reason = dialog.reason();
    request.atMs = m_clock.nowMs();
    auto granted = recordOverride(m_profile->database(), m_profile->profileId(), gate, packVersion, request);
    if (!granted) {
        QMessageBox::warning(this, tr("Override not recorded"), granted.error().detail);
        return false;
    }
    statusBar()->showMessage(tr("Override recorded: one contact allowed for the next %n minute(s).", nullptr,
                                static_cast<int>(kOverrideValidMs / 60'000)),
                             10'000);
    return true;
}

AssignmentDialog* MainWindow::openAssignment()
{
    if (isLocked())
        return nullptr;
    if (!m_user || m_user->role == UserRole::Collector) {
        statusBar()->showMessage(tr("Work is assigned by a team lead or an administrator."), 8000);
        return nullptr;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc()).date();
    auto* dialog = new AssignmentDialog(m_profile->database(), m_profile->profileId(), *m_user, today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_storeWindows.emplace_back(dialog);
    dialog->show();
    return dialog;
}

DashboardWindow* MainWindow::openDashboard()
{
    if (isLocked())
        return nullptr;
    if (!m_user) {
        statusBar()->showMessage(tr("The dashboard needs a signed-in user: an administrator assigns this "
                                    "workstation with collectorctl users assign-device."),
                                 8000);
        return nullptr;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc()).date();
    auto* dashboard = new DashboardWindow(
        m_profile->database(), *m_user, today,
        [this](const QString& action, const QJsonObject& detail) {
            return auditAbout(action, QStringLiteral("dashboard"), QString(), detail);
        },
        this, storeOpener());
    dashboard->setAttribute(Qt::WA_DeleteOnClose);
    connect(dashboard, &DashboardWindow::openAccountRequested, this, [this](const QString& reference) {
        if (openAccount(reference)) {
            raise();
            activateWindow();
        }
    });
    m_storeWindows.emplace_back(dashboard);
    dashboard->show();
    return dashboard;
}

FieldDayWindow* MainWindow::openFieldDay()
{
    if (isLocked())
        return nullptr;
    if (!m_user) {
        statusBar()->showMessage(tr("A field day is planned for the signed-in collector: an administrator "
                                    "assigns this workstation with collectorctl users assign-device."),
                                 8000);
        return nullptr;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc()).date();
    auto* window = new FieldDayWindow(
        m_profile->database(), *m_user, today, m_sync,
        [this](const QString& action, const QJsonObject& detail) {
            return auditAbout(action, QStringLiteral("field_day"), QString(), detail);
        },
        this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &FieldDayWindow::openAccountRequested, this, [this](const Id& accountId) {
        if (beginAccount(accountId)) {
            raise();
            activateWindow();
        }
    });
    connect(window, &FieldDayWindow::recordVisitRequested, this,
            [this](const Id& accountId, const Id& addressId) { openVisitForm(accountId, addressId); });
    m_storeWindows.emplace_back(window);
    window->show();
    return window;
}

VisitDialog* MainWindow::openVisitForm(const Id& accountId, const Id& addressId)
{
    const Id account = accountId.isNull() ? m_accountWorkspace->account().accountId : accountId;
    if (isLocked() || account.isNull() || !m_user) {
        statusBar()->showMessage(tr("Open an account first (and sign in: visits are recorded by a user)."),
                                 5000);
        return nullptr;
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
    auto* dialog = new VisitDialog(
        m_profile->database(), m_profile->profileId(), *m_user, account, addressId, now,
        [this, account](const QString& action, const QJsonObject& detail) {
            return auditAbout(action, QStringLiteral("account"), account.toString(), detail);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Modal to the window: the main window's keys (Ctrl+Return logs a call there) wait until the visit is
    // done.
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this, account] {
        if (!isLocked() && m_accountWorkspace->account().accountId == account)
            showAccount(account);
    });
    m_storeWindows.emplace_back(dialog);
    dialog->show();
    return dialog;
}

PracticeDialog* MainWindow::openPractice()
{
    const AccountView& view = m_accountWorkspace->account();
    if (isLocked() || view.accountId.isNull()) {
        statusBar()->showMessage(tr("Open an account first."), 5000);
        return nullptr;
    }
    // Never on real people: only a profile the demo generator filled.
    if (!isDemoProfile(m_profile->database()).value_or(false)) {
        QMessageBox::information(
            this, tr("Practice call"),
            tr("Practice calls run on a demo profile only, never on real accounts. Create one "
               "with: collectorctl demo --profile DIR"));
        return nullptr;
    }
    const Script* script = scriptFor(view.stage, view.language);
    if (!script)
        return nullptr;
    auto* dialog = new PracticeDialog(*script, scriptValues(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &PracticeDialog::finishedWithScore, this, [this](Persona persona, const PracticeScore& s) {
            audit(QStringLiteral("practice_call"), {{QStringLiteral("persona"), codeOf(persona)},
                                                    {QStringLiteral("answers"), s.answers},
                                                    {QStringLiteral("answers_heard"), s.answersHeard},
                                                    {QStringLiteral("checkpoints"), s.checkpoints},
                                                    {QStringLiteral("checkpoints_kept"), s.checkpointsKept},
                                                    {QStringLiteral("slips"), s.slips}});
        });
    dialog->open();
    return dialog;
}

PlanDialog* MainWindow::openPlanPanel()
{
    const AccountView& view = m_accountWorkspace->account();
    if (isLocked() || view.accountId.isNull() || !m_user) {
        statusBar()->showMessage(tr("Open an account first."), 5000);
        return nullptr;
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
    // The balance as of today, from the ledger (the workspace's view may be a few minutes old).
    auto fresh = loadAccountView(m_profile->database(), view.accountId, now.date());
    if (!fresh) {
        QMessageBox::warning(this, tr("Plan panel"), errorAdvice(fresh.error().code));
        return nullptr;
    }
    auto* dialog = new PlanDialog(m_profile, fresh.value(), *m_user, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, id = view.accountId] {
        if (!isLocked() && m_accountWorkspace->account().accountId == id) {
            showAccount(id); // promises from an accepted plan
            rebuildQueue();
        }
    });
    m_planDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::refreshAccount()
{
    const AccountView& view = m_accountWorkspace->account();
    if (isLocked() || view.accountId.isNull())
        return;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
    auto gates = gatesForAccount(m_profile->database(), view, now);
    if (!gates)
        return;
    m_accountWorkspace->updateGates(gates.value(), now);
    showContactStatus(gates.value(), now);
}

void MainWindow::showContactStatus(const std::vector<GateDecision>& gates, const QDateTime& now)
{
    const AccountView& view = m_accountWorkspace->account();
    const QTimeZone zone(view.timeZone.toUtf8());
    m_debtorTimeLabel->setText(
        zone.isValid()
            ? tr("Debtor time: %1 (%2)")
                  .arg(QLocale().toString(now.toTimeZone(zone), QStringLiteral("ddd HH:mm")), view.timeZone)
            : tr("Debtor time: unknown zone"));
    const GateDecision* headline = headlineGate(view, gates);
    m_contactLabel->setText(headline ? tr("Contact: %1").arg(AccountWorkspace::gateSummary(*headline))
                                     : tr("Contact: no contact point on record"));
    m_gateTimer->start();
}

void MainWindow::revealInWorkspace(const QString& field, int point)
{
    const AccountView& view = m_accountWorkspace->account();
    QJsonObject detail{{QStringLiteral("field"), field}};
    if (point >= 0 && static_cast<std::size_t>(point) < view.contactPoints.size())
        detail.insert(QStringLiteral("contact_point"),
                      view.contactPoints[static_cast<std::size_t>(point)].id.toString());
    // Audited first: if the entry cannot be written, the value stays masked.
    if (auditAbout(QStringLiteral("reveal"), QStringLiteral("debtor"), view.debtorId.toString(), detail)) {
        m_accountWorkspace->revealField(field, point);
        m_scriptPanel->setValues(scriptValues());
    }
}

QMap<QString, QString> MainWindow::scriptValues() const
{
    const AccountView& view = m_accountWorkspace->account();
    // The name the collector reads out is masked like the card until it is revealed there.
    const bool nameShown = m_accountWorkspace->isRevealed(QStringLiteral("name"), -1);
    QMap<QString, QString> values{
        {QStringLiteral("debtor.name"), nameShown ? view.debtorName : maskPersonName(view.debtorName)},
        {QStringLiteral("balance"), Money(view.position.balanceMinor(), view.currency).toDecimalString() +
                                        QLatin1Char(' ') + view.currency.code},
        {QStringLiteral("dpd"), QString::number(view.daysPastDue)},
        {QStringLiteral("creditor"), view.creditorName}};
    // Unknown values stay out: the script shows a dash rather than an empty gap.
    if (view.nextDue.isValid())
        values.insert(QStringLiteral("next_due"), view.nextDue.toString(Qt::ISODate));
    return values;
}

void MainWindow::startScript()
{
    const AccountView& view = m_accountWorkspace->account();
    m_scriptOutcome.reset();
    const Script* script = scriptFor(view.stage, view.language);
    if (!script)
        return;
    m_scriptPanel->start(*script, scriptValues());
    m_script->setContent(m_scriptPanel);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Collector Workstation"),
                       tr("<h3>Collector Workstation %1</h3>"
                          "<p>Debt-collection work, encrypted on this computer.</p>"
                          "<p>Qt %2 · SQLCipher %3</p>")
                           .arg(QStringLiteral(COLLECTOR_VERSION), QString::fromLatin1(qVersion()),
                                m_profile ? m_profile->database().cipherVersion() : tr("(locked)")));
}

} // namespace collector::ui
