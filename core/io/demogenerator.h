// The demo portfolio: a realistic, deterministic book of debts with months of collection history, written
// into an empty profile. Same options and seed, same portfolio, byte for byte.
#pragma once

#include "common/result.h"

#include <QDate>
#include <functional>

namespace collector {

class Database;

struct DemoOptions
{
    int accounts = 5000;
    quint64 seed = 1;
    QDate asOf;                  // "today" of the portfolio; history lies before it
    int accountsPerChunk = 2000; // one transaction each, so progress shows and memory stays flat
};

struct DemoSummary
{
    qint64 accounts = 0;
    qint64 debtors = 0;
    qint64 contactPoints = 0;
    qint64 ledgerEntries = 0;
    qint64 attempts = 0;
    qint64 promises = 0;
    qint64 plans = 0;
    qint64 visits = 0;
    qint64 notes = 0;
    qint64 stopEvents = 0;
    qint64 collectors = 0;
    qint64 teams = 0;
};

using DemoProgress = std::function<void(qint64 done, qint64 total)>;

// Refuses a store that already holds accounts: demo data never mixes with real work.
Result<DemoSummary> generateDemoPortfolio(Database& db, const DemoOptions& options,
                                          const DemoProgress& progress = {});

// Whether the profile's portfolio was invented by the demo generator (practice calls need one).
Result<bool> isDemoProfile(Database& db);

} // namespace collector
