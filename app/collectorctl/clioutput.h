// How collectorctl reports: results on stdout, one actionable sentence per failure on stderr.
#pragma once

#include "common/error.h"

#include <QString>

namespace collector::cli {

void printLine(const QString& line);
// Prints the failure and returns its exit code.
int reportFailure(const Error& error);
int reportUsage(const QString& problem, const QString& usage);

} // namespace collector::cli
