// collectorctl import placements|payments FILE and collectorctl export KIND: lender files in and out.
#pragma once

#include <QStringList>

namespace collector::cli {

int runImport(const QStringList& args);
int runExport(const QStringList& args);

} // namespace collector::cli
