// The workstation's one main window: queue on the left, account workspace in the middle, contact script on
// the right, status bar below. It owns the open profile and the idle lock: locking closes the profile (the
// keys are wiped) and covers the work with the passphrase form, leaving every widget and its state in place.
#pragma once

#include "compliance/gate.h"
#include "dialogs/importdialog.h"
#include "domain/id.h"
#include "domain/kinds.h"
#include "queue/queue.h"
#include "session/idletimer.h"
#include "users/users.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace collector {
class Clock;
class Profile;
} // namespace collector

namespace collector::ui {

class AssignmentDialog;
class DashboardWindow;
class FieldDayWindow;
class VisitDialog;

class AccountWorkspace;
class PlanDialog;
class SyncController;
class SyncPanel;
class PracticeDialog;
class QueueModel;
class ScriptPanel;
class InactivityFilter;
class UnlockForm;
class WorkRegion;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // `failedUnlocks`: wrong passphrases typed before this unlock, recorded in the audit trail.
    MainWindow(std::shared_ptr<Profile> profile, const Clock& clock, int failedUnlocks = 0,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isLocked() const;
    IdleTimer& idleTimer() { return m_idle; }
    UnlockForm* lockForm() const { return m_lockForm; }
    QSplitter* workSplitter() const { return m_splitter; }
    AccountWorkspace* accountWorkspace() const { return m_accountWorkspace; }
    ScriptPanel* scriptPanel() const { return m_scriptPanel; }
    // Opens an account in the workspace (what Account ▸ Go to account does after the lookup).
    bool openAccount(const QString& reference);
    bool showAccount(const Id& accountId);
    // Builds and shows the queue of the collector with this login; false when there is no such collector.
    bool openQueueFor(const QString& login);
    // Opens the next account of the queue after the current one (Ctrl+N).
    void openNextAccount();
    QueueModel* queueModel() const { return m_queueModel; }
    // From how many places to work out again the queue is ranked on a connection of its own (tests lower it).
    void setRankInBackgroundFrom(int places) { m_rankInBackgroundFrom = places; }
    bool isRankingQueue() const { return m_queueRanking; }
    QLabel* lockLabel() const { return m_lockLabel; }
    QTableView* queueView() const { return m_queueView; }
    // Logs a contact on the selected contact point: asks the gate first; a blocked outbound contact cannot be
    // logged as made (the debtor's own call can).
    void logContactForSelection();
    // Opens the plan panel for the open account (Ctrl+R); null when no account is open.
    PlanDialog* openPlanPanel();
    // Opens a practice call on the open account's script (Ctrl+Shift+P); demo profiles only.
    PracticeDialog* openPractice();
    // Team ▸ Dashboard: the measures for the signed-in user's scope (a lead's team, an admin's portfolio, a
    // collector's own work).
    DashboardWindow* openDashboard();
    // Team ▸ Assign work: a lead moves their team's accounts, an admin anyone's.
    AssignmentDialog* openAssignment();
    // Field ▸ Plan field day: the signed-in collector's visits for a day, prepared for working offline.
    FieldDayWindow* openFieldDay();
    // Account ▸ Record visit: the visit form for `accountId` (nil: the open account) at `addressId` (nil: the
    // debtor's first address).
    VisitDialog* openVisitForm(const Id& accountId = Id(), const Id& addressId = Id());
    // Asks the gate again for the open account (the window does this every 30 s and at unlock).
    void refreshAccount();
    // Background sync of the open profile (null while locked) and its panel (Sync ▸ Sync panel).
    SyncController* syncController() const { return m_sync; }
    SyncPanel* openSyncPanel();
    // Sync ▸ Work offline: sync and lease contact budgets for `days` days (the action asks how many).
    void workOffline(int days);
    // Who this workstation belongs to (read at unlock); nothing when no user is assigned yet.
    const std::optional<UserRecord>& signedInUser() const { return m_user; }

    void lock();
    void lockFor(const QString& reason); // "idle" or "manual", for the audit trail

Q_SIGNALS:
    void lockedChanged(bool locked);

private:
    void buildMenus();
    void buildStatusBar();
    QWidget* buildLockPage();
    void unlockWith(std::shared_ptr<Profile> profile);
    void applyProfileSettings();
    void refreshStatus();
    void startSync();
    std::function<Result<Database>()> storeOpener() const;
    void stopSync();
    void refreshSyncLabel();
    void showLeaseOutcome(int failure, const QString& message, int granted, qint64 calls, const QDate& until);
    void openSettings();
    void showAbout();
    void openImport(ImportDialog::Kind kind);
    void audit(const QString& action, const QJsonObject& detail = {});
    bool auditAbout(const QString& action, const QString& subjectKind, const QString& subjectId,
                    const QJsonObject& detail);
    void goToAccount();
    void revealInWorkspace(const QString& field, int point);
    void startScript();
    // Shows an account and starts its script: opening from the queue or by reference, audited once.
    bool beginAccount(const Id& accountId);
    void showContactStatus(const std::vector<GateDecision>& gates, const QDateTime& now);
    void updateLockLabel();
    void chooseQueue();
    void rebuildQueue();
    std::optional<int> nextAccountRow(int row) const;
    void showQueue(const QueueRanking& ranking, const QDateTime& at);
    void waitForQueueRanking();
    void openQueueRow(int row);
    QWidget* buildQueuePage();
    // The actions that need an unlocked profile.
    std::vector<QAction*> workActions() const;
    QMap<QString, QString> scriptValues() const;
    void auditUnlock(int failedUnlocks);
    void loadSignedInUser();
    // The login that audit entries name: the signed-in user, or the workstation while nobody is.
    QString actorLogin() const;
    // A lead's override of the block on this contact: asks for the reason, records it; true when granted.
    bool overrideBlock(const GateDecision& gate, const QString& packVersion, const Id& pointId,
                       Channel channel);
    // Why the signed-in user may not work this account (assigned elsewhere, nobody signed in); empty if
    // they may.
    QString whyNotYours(const Id& accountId);

    const Clock& m_clock;
    std::shared_ptr<Profile> m_profile; // null while locked
    QString m_profileDir;
    IdleTimer m_idle;
    InactivityFilter* m_inactivity = nullptr;

    QStackedWidget* m_pages = nullptr;
    QSplitter* m_splitter = nullptr;
    WorkRegion* m_queue = nullptr;
    WorkRegion* m_workspace = nullptr;
    WorkRegion* m_script = nullptr;
    QWidget* m_lockPage = nullptr;
    UnlockForm* m_lockForm = nullptr;

    std::optional<UserRecord> m_user;
    QLabel* m_userLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    SyncController* m_sync = nullptr;
    QPointer<SyncPanel> m_syncPanel;
    QAction* m_syncNowAction = nullptr;
    QAction* m_syncPanelAction = nullptr;
    QAction* m_workOfflineAction = nullptr;
    QAction* m_dashboardAction = nullptr;
    QAction* m_assignAction = nullptr;
    QAction* m_fieldDayAction = nullptr;
    QAction* m_recordVisitAction = nullptr;
    // Windows that read the open store (dashboard, assignment, field day, visit form): closed at a lock,
    // before the store's keys go.
    std::vector<QPointer<QWidget>> m_storeWindows;
    QLabel* m_debtorTimeLabel = nullptr;
    QLabel* m_contactLabel = nullptr;
    QLabel* m_storeLabel = nullptr;
    QLabel* m_portfolioLabel = nullptr;
    AccountWorkspace* m_accountWorkspace = nullptr;
    ScriptPanel* m_scriptPanel = nullptr;
    QueueModel* m_queueModel = nullptr;
    int m_rankInBackgroundFrom = 20'000; // places to work out again from which the queue ranks in background
    int m_queueRankings = 0; // rankings started on a connection of their own; a newer one supersedes
    bool m_queueRanking = false;
    QLabel* m_lockLabel = nullptr;
    QTimer* m_lockLabelTimer = nullptr;
    QTableView* m_queueView = nullptr;
    QWidget* m_queuePage = nullptr;
    QLabel* m_queueTitle = nullptr;
    QString m_queueCollector; // whose queue is open (login)
    Id m_queueCollectorId;
    QAction* m_openQueueAction = nullptr;
    QAction* m_nextAccountAction = nullptr;
    std::optional<Outcome> m_scriptOutcome; // what the finished script reached, offered to the log
    QTimer* m_gateTimer = nullptr;
    QAction* m_goToAccountAction = nullptr;
    QAction* m_logContactAction = nullptr;
    QAction* m_planAction = nullptr;
    QAction* m_practiceAction = nullptr;
    QPointer<PlanDialog> m_planDialog; // open while the collector works on a plan
    QAction* m_settingsAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_importPlacementsAction = nullptr;
    QAction* m_importPaymentsAction = nullptr;
};

} // namespace collector::ui
