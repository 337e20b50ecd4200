#include "synccontroller.h"

#include <algorithm>

namespace collector::ui {

namespace {
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kLongestBackoffMs = 30 * kMinuteMs;
} // namespace

SyncController::SyncController(SyncWorker::Opener opener, QObject* parent)
    : QObject(parent)
{
    m_worker = new SyncWorker(std::move(opener));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncController::runSync, m_worker, &SyncWorker::run);
    connect(this, &SyncController::runLease, m_worker, &SyncWorker::lease);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &SyncWorker::budgetsChanged, this, [this](int held, const QDate& until) {
        m_heldBudgets = held;
        m_budgetsUntil = until;
    });
    connect(m_worker, &SyncWorker::leased, this,
            [this](int failure, const QString& message, int granted, qint64 calls, const QDate& until) {
                m_running = false;
                m_lastFailure = static_cast<SyncFailure>(failure);
                m_lastMessage = message;
                if (m_lastFailure == SyncFailure::None)
                    m_lastSuccess = QDateTime::currentDateTime();
                if (m_heldBudgets > 0)
                    m_nextAttempt = QDateTime();
                else
                    schedule(m_lastFailure == SyncFailure::None ? m_intervalMinutes * kMinuteMs : kMinuteMs);
                Q_EMIT leaseFinished(failure, message, granted, calls, until);
                Q_EMIT stateChanged();
            });
    connect(m_worker, &SyncWorker::progressed, this, [this](const QString& phase, qint64 done, qint64 total) {
        m_progressText = phase == QLatin1String("push") ? tr("sending %1 of %2").arg(done).arg(total)
                                                        : tr("receiving, %1 so far").arg(done);
        Q_EMIT progressed(phase, done, total);
        Q_EMIT stateChanged();
    });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_running)
            return;
        begin();
        Q_EMIT runSync(true);
    });
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
}

SyncController::~SyncController()
{
    m_timer.stop();
    // A sync under way finishes its current request (the client's timeout bounds it); its connection closes
    // with the worker, before the profile's keys go.
    m_thread.quit();
    m_thread.wait();
}

void SyncController::start(int intervalMinutes, int firstDelayMs)
{
    m_intervalMinutes = std::max(1, intervalMinutes);
    schedule(firstDelayMs);
}

void SyncController::schedule(qint64 delayMs)
{
    m_nextAttempt = QDateTime::currentDateTime().addMSecs(delayMs);
    m_timer.start(std::chrono::milliseconds(delayMs));
}

void SyncController::begin()
{
    m_timer.stop();
    m_running = true;
    m_progressText.clear();
    Q_EMIT stateChanged();
}

void SyncController::syncNow()
{
    if (m_running)
        return;
    begin();
    Q_EMIT runSync(false);
}

void SyncController::goOffline(int days, const QByteArrayList& accounts)
{
    if (m_running)
        return;
    begin();
    Q_EMIT runLease(days, accounts);
}

void SyncController::onFinished(int failure, const QString& message, qint64, qint64, qint64)
{
    m_running = false;
    if (failure == SyncWorker::kSkippedOffline) {
        // Working offline on budgets: the next sync is the one the user starts.
        m_nextAttempt = QDateTime();
        Q_EMIT stateChanged();
        return;
    }
    m_lastFailure = static_cast<SyncFailure>(failure);
    m_lastMessage = message;
    if (m_lastFailure == SyncFailure::None) {
        m_failures = 0;
        m_lastSuccess = QDateTime::currentDateTime();
        schedule(m_intervalMinutes * kMinuteMs);
    } else if (m_lastFailure == SyncFailure::Unauthorized || m_lastFailure == SyncFailure::Revoked) {
        // Nothing changes by retrying until someone enrols the workstation; the panel's Sync now still works.
        m_nextAttempt = QDateTime();
    } else {
        ++m_failures;
        schedule(std::min(kLongestBackoffMs, kMinuteMs << std::min(m_failures - 1, 5)));
    }
    Q_EMIT stateChanged();
}

QString SyncController::stateText() const
{
    if (m_running)
        return m_progressText.isEmpty() ? tr("Sync: syncing…") : tr("Sync: %1").arg(m_progressText);
    if (m_heldBudgets > 0)
        return tr("Offline on contact budgets until %1 — F5 syncs and returns them")
            .arg(QLocale().toString(m_budgetsUntil, QLocale::ShortFormat));
    switch (m_lastFailure) {
    case SyncFailure::None:
        return m_lastSuccess.isValid()
                   ? tr("Sync: up to date at %1")
                         .arg(QLocale().toString(m_lastSuccess.time(), QLocale::ShortFormat))
                   : tr("Sync: starting");
    case SyncFailure::Unauthorized:
        return tr("Sync: not enrolled — open Sync ▸ Sync panel");
    case SyncFailure::Revoked:
        return tr("Sync: this workstation was revoked");
    default:
        break;
    }
    const qint64 minutes =
        std::max<qint64>(1, (QDateTime::currentDateTime().msecsTo(m_nextAttempt) + 59'999) / kMinuteMs);
    return tr("Sync: %1 — retry in %n min", nullptr, static_cast<int>(minutes))
        .arg(syncFailureShort(m_lastFailure));
}

} // namespace collector::ui
