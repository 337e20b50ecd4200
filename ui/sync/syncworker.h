// Runs syncs on the sync thread with its own store connection, opened on first use and closed with the
// worker.
#pragma once

#include "store/database.h"
#include "sync/syncengine.h"

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

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progressed(const QString& phase, qint64 done, qint64 total);
    // failure is a SyncFailure; pending is what is left in the outbox.
    void finished(int failure, const QString& message, qint64 pushed, qint64 pulled, qint64 refused);

private:
    Opener m_opener;
    std::optional<Database> m_db;
};

} // namespace collector::ui
