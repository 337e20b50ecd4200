// collectorctl sync: enrol the workstation with a hub, sync now, show the sync state.
#pragma once

#include <QStringList>

namespace collector::cli {

int runSync(const QStringList& args);

} // namespace collector::cli
