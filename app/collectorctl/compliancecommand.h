// collectorctl compliance check | packs: the contact gate for scripts and auditors. `check` reads a scenario
// on stdin and answers the gate's decision as JSON; `packs` lists the rule packs, versions and sources.
#pragma once

#include <QStringList>

namespace collector::cli {

int runCompliance(const QStringList& args);

} // namespace collector::cli
