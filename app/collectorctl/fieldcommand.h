// collectorctl field plan|prepare: a collector's field day (core/field) as a table or JSON — the visits in
// route order with times, visit hours and staff, what was left out and why — and, with prepare, the sync, the
// leased contact budgets and what the visits would miss offline.
#pragma once

#include <QStringList>

namespace collector::cli {

int runField(const QStringList& args);

} // namespace collector::cli
