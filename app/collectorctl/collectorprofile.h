// The start shared by the commands about one collector (queue, target, field): open the profile the options
// name (--profile, --passphrase-file) and find --collector in it, or say what went wrong and how to leave.
#pragma once

#include "domain/id.h"
#include "profile/profile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <optional>

namespace collector::cli {

struct CollectorProfile
{
    std::optional<Profile> profile; // empty on failure, which is already reported
    Id collector;
    int exitCode = 0; // the exit code to leave with when `profile` is empty
};

CollectorProfile openForCollector(const QCommandLineParser& parser, const QCommandLineOption& collectorOption,
                                  const QString& usage);

} // namespace collector::cli
