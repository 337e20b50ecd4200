#include "syncworker.h"

#include "sync/contactbudget.h"

namespace collector::ui {

SyncWorker::SyncWorker(Opener opener)
    : m_opener(std::move(opener))
{}

bool SyncWorker::open()
{
    if (m_db)
        return true;
    auto opened = m_opener();
    if (!opened) {
        Q_EMIT finished(static_cast<int>(SyncFailure::Local),
                        syncFailureText(SyncFailure::Local, opened.error().detail), 0, 0, 0);
        return false;
    }
    m_db.emplace(std::move(opened.value()));
    return true;
}

void SyncWorker::reportBudgets()
{
    auto held = heldLeases(*m_db);
    if (held)
        Q_EMIT budgetsChanged(held.value().count, held.value().until);
}

void SyncWorker::run(bool automatic)
{
    if (!open())
        return;
    if (automatic) {
        if (auto held = heldLeases(*m_db); held && held.value().count > 0) {
            Q_EMIT budgetsChanged(held.value().count, held.value().until);
            Q_EMIT finished(kSkippedOffline, {}, 0, 0, 0);
            return;
        }
    }
    const SyncReport report =
        syncNow(*m_db, {}, [this](const SyncProgress& p) { Q_EMIT progressed(p.phase, p.done, p.total); });
    reportBudgets();
    Q_EMIT finished(static_cast<int>(report.failure), report.message, report.pushed, report.pulled,
                    report.refused);
}

void SyncWorker::lease(int days, const QByteArrayList& accounts)
{
    if (!open())
        return;
    std::vector<Id> ids;
    for (const QByteArray& id : accounts)
        ids.push_back(Id::fromBytes(id));
    const LeaseReport report = takeLeases(*m_db, days, QDateTime::currentDateTimeUtc(), ids);
    reportBudgets();
    Q_EMIT leased(static_cast<int>(report.sync.failure), report.sync.message, report.granted, report.tokens,
                  report.until);
}

} // namespace collector::ui
