// Runs syncs on the sync thread with its own store connection, opened on first use and closed with the
// worker.
#pragma once

#include "store/database.h"
#include "sync/syncengine.h"

#include <QDate>
#include <QObject>
#include <functional>
#include <optional>

namespace collector::ui {

class SyncWorker final : public QObject
{
    Q_OBJECT
public:
    using Opener = std::function<Result<Database>()>;
    explicit SyncWorker(Opener opener);

    // finished's failure when an automatic sync was skipped: the workstation works offline on leased
    // contact budgets, and only a sync the user asks for returns them.
    static constexpr int kSkippedOffline = -1;

public Q_SLOTS:
    void run(bool automatic);
    // Going offline: sync, then lease contact budgets for `days` days (sync/contactbudget), for the given
    // accounts (16-byte ids; none: the user's own).
    void lease(int days, const QByteArrayList& accounts);

Q_SIGNALS:
    void progressed(const QString& phase, qint64 done, qint64 total);
    // failure is a SyncFailure (or kSkippedOffline).
    void finished(int failure, const QString& message, qint64 pushed, qint64 pulled, qint64 refused);
    void leased(int failure, const QString& message, int granted, qint64 calls, const QDate& until);
    // After every run: the leases this workstation holds (0: it works online).
    void budgetsChanged(int held, const QDate& until);

private:
    bool open();
    void reportBudgets();

    Opener m_opener;
    std::optional<Database> m_db;
};

} // namespace collector::ui
