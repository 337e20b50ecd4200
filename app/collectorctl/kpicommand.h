#pragma once

#include <QStringList>

namespace collector::cli {

// collectorctl kpi: the team lead's measures for a period, as the dashboard shows them (core/kpi).
int runKpi(const QStringList& args);
// collectorctl target: a collector's monthly collection target.
int runTarget(const QStringList& args);

} // namespace collector::cli
