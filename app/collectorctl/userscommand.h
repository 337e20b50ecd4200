// collectorctl users: who is on record, who this workstation belongs to, and role changes (admin only).
#pragma once

#include <QStringList>

namespace collector::cli {

int runUsers(const QStringList& args);

} // namespace collector::cli
