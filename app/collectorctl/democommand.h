// collectorctl demo: fill an empty profile with the deterministic demo portfolio.
#pragma once

#include <QStringList>

namespace collector::cli {

int runDemo(const QStringList& args);

} // namespace collector::cli
