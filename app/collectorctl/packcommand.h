// collectorctl pack: offline packs for field work without a network (key, export, import).
#pragma once

#include <QStringList>

namespace collector::cli {

int runPack(const QStringList& args);

} // namespace collector::cli
