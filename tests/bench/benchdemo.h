// The portfolio a benchmark runs on: a fresh profile (test-only fast key derivation) in a temporary folder,
// filled by the demo generator as of 2026-11-23 with the number of accounts the command line asks for.
#pragma once

#include "crypto/passphrasekdf.h"
#include "io/demogenerator.h"
#include "profile/profile.h"

#include <QTemporaryDir>
#include <cstdio>
#include <optional>

namespace collector::bench {

// Empty after printing why (a bad count, or a store that could not be written); `exitCode` says how to leave.
inline std::optional<Profile> demoProfile(QTemporaryDir& dir, int argc, char* argv[], int defaultAccounts,
                                          const char* name, int& exitCode)
{
    QByteArray pass("bench passphrase");
    auto profile = Profile::create(dir.filePath(QStringLiteral("p")), SecureBytes::takeFrom(pass),
                                   KdfLimits::fastForTestsOnly());
    exitCode = 1;
    if (!profile) {
        std::fprintf(stderr, "cannot create the profile\n");
        return std::nullopt;
    }
    DemoOptions demo;
    demo.accounts = argc > 1 ? QByteArray(argv[1]).toInt() : defaultAccounts;
    if (demo.accounts <= 0) {
        std::fprintf(stderr, "usage: %s [ACCOUNTS]\n", name);
        exitCode = 2;
        return std::nullopt;
    }
    demo.asOf = QDate(2026, 11, 23);
    if (!generateDemoPortfolio(profile.value().database(), demo)) {
        std::fprintf(stderr, "cannot write the demo portfolio\n");
        return std::nullopt;
    }
    exitCode = 0;
    return std::move(profile.value());
}

} // namespace collector::bench
