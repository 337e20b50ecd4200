// collectorctl's profile maintenance commands: init, passwd, rekey, backup, verify.
#pragma once

#include <QStringList>

namespace collector::cli {

// Each takes the arguments after the command name and returns the process exit code.
int runInit(const QStringList& args);
int runPasswd(const QStringList& args);
int runRekey(const QStringList& args);
int runBackup(const QStringList& args);
int runVerify(const QStringList& args);

} // namespace collector::cli
