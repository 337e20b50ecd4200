// collectorctl audit verify|list: checking and reading the profile's audit trail.
#pragma once

#include <QStringList>

namespace collector::cli {

int runAudit(const QStringList& args);

} // namespace collector::cli
