// Background sync for the open profile: every few minutes and on demand, on its own thread and connection.
// A failure backs off (1, 2, 4 … 30 minutes) and leaves one line saying what is wrong; a success resets it.
#pragma once

#include "sync/hubclient.h"
#include "syncworker.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace collector::ui {

class SyncController final : public QObject
{
    Q_OBJECT
public:
    SyncController(SyncWorker::Opener opener, QObject* parent = nullptr);
    ~SyncController() override;

    // First sync after `firstDelayMs`, then every intervalMinutes.
    void start(int intervalMinutes, int firstDelayMs = 3000);
    // A sync the user asked for: it also returns leased contact budgets.
    void syncNow();
    // Syncs, then leases contact budgets for `days` days (for `accounts`, 16-byte ids; none: the user's own);
    // until the next sync the workstation works offline and syncs only when asked.
    void goOffline(int days, const QByteArrayList& accounts = {});
    bool isRunning() const { return m_running; }
    int heldBudgets() const { return m_heldBudgets; }
    QDate budgetsUntil() const { return m_budgetsUntil; }
    SyncFailure lastFailure() const { return m_lastFailure; }
    const QString& lastMessage() const { return m_lastMessage; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QDateTime nextAttempt() const { return m_nextAttempt; }
    // The status bar's one line (translated).
    QString stateText() const;

Q_SIGNALS:
    void runSync(bool automatic);
    void runLease(int days, const QByteArrayList& accounts);
    void leaseFinished(int failure, const QString& message, int granted, qint64 calls, const QDate& until);
    void stateChanged();
    void progressed(const QString& phase, qint64 done, qint64 total);

private:
    void onFinished(int failure, const QString& message, qint64 pushed, qint64 pulled, qint64 refused);
    void schedule(qint64 delayMs);
    void begin();

    QThread m_thread;
    SyncWorker* m_worker = nullptr;
    QTimer m_timer;
    int m_intervalMinutes = 5;
    int m_failures = 0;
    bool m_running = false;
    SyncFailure m_lastFailure = SyncFailure::None;
    QString m_lastMessage;
    QDateTime m_lastSuccess;
    QDateTime m_nextAttempt;
    QString m_progressText;
    int m_heldBudgets = 0;
    QDate m_budgetsUntil;
};

} // namespace collector::ui
