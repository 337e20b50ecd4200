// collectorctl queue: a collector's queue at an instant, with the reasons for every place, as a table or
// JSON.
#pragma once

#include <QStringList>

namespace collector::cli {

int runQueue(const QStringList& args);

} // namespace collector::cli
