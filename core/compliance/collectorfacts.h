// The gate's facts for every active account of one collector, read with a handful of set queries instead of
// four per account: what lets the queue ask the gate for 100,000 accounts at once. The rows are read by the
// same column readers as GateFactsReader's, so one contact's answer is the same either way (tested).
#pragma once

#include "compliance/gate.h"
#include "compliance/storefacts.h"

#include <QByteArray>
#include <QHash>
#include <memory>

namespace collector {

class CollectorGateFacts
{
public:
    // Facts as of `at` (a month of history before it).
    static Result<std::unique_ptr<CollectorGateFacts>> load(Database& db, const Id& collectorId,
                                                            const QDateTime& at);

    // The debtor's own first number that may be called (nil when none): the one the queue asks about.
    Id firstPhone(const Id& accountId) const;

    // The gate's answer for a call to `pointId` on `accountId` at the loaded instant.
    Result<GateDecision> evaluateCall(const Id& accountId, const Id& pointId);

private:
    explicit CollectorGateFacts(Database& db)
        : m_packs(db)
    {}

    struct Debtor
    {
        GateFacts base;                                          // zone, preferences, vulnerability
        std::vector<std::pair<QByteArray, StopFact>> stops;      // with the account they name (empty: all)
        std::vector<std::pair<QByteArray, HistoryItem>> history; // with the account each attempt was about
        QByteArray firstPhone;
    };
    struct Account
    {
        QByteArray debtorId;
        QString packId;
        QString tightening;
    };

    QDateTime m_at;
    GateFactsReader m_packs;
    QHash<QByteArray, Account> m_accounts;
    QHash<QByteArray, Debtor> m_debtors;
    QHash<QByteArray, ContactPointFacts> m_points;
    LeaseBook m_leases;
    QHash<QString, GateDecision> m_memo; // answers that depend on no history and no stop (see evaluateCall)
};

} // namespace collector
