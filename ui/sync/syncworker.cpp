#include "syncworker.h"

namespace collector::ui {

SyncWorker::SyncWorker(Opener opener)
    : m_opener(std::move(opener))
{}

void SyncWorker::run()
{
    if (!m_db) {
        auto opened = m_opener();
        if (!opened) {
            Q_EMIT finished(static_cast<int>(SyncFailure::Local),
                            syncFailureText(SyncFailure::Local, opened.error().detail), 0, 0, 0);
            return;
        }
        m_db.emplace(std::move(opened.value()));
    }
    const SyncReport report =
        syncNow(*m_db, {}, [this](const SyncProgress& p) { Q_EMIT progressed(p.phase, p.done, p.total); });
    Q_EMIT finished(static_cast<int>(report.failure), report.message, report.pushed, report.pulled,
                    report.refused);
}

} // namespace collector::ui
