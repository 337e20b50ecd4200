// Internal to the demo generator: the state shared by building the organisation and each account's history.
#pragma once

#include "domain/records.h"
#include "io/demodata.h"
#include "io/demogenerator.h"
#include "io/demorandom.h"
#include "store/domainwriter.h"

#include <QTimeZone>
#include <map>
#include <vector>

namespace collector::demo {

struct TeamInfo;

struct CreditorInfo
{
    Creditor record;
    const CreditorSpec* spec = nullptr;
    Currency currency;
    double weight = 0;
    std::vector<const City*> cities; // the creditor's region, worked out once, not per account
    std::vector<const TeamInfo*> teams;
};

struct TeamInfo
{
    Id id;
    QString region;
    Id lead;
    std::vector<Id> collectors;
};

// What one account's history needs to know about the account.
struct AccountContext
{
    Account account;
    const CreditorInfo* creditor = nullptr;
    const City* city = nullptr;
    const TeamInfo* team = nullptr;
    Id debtorId;
    std::vector<Id> phones; // the debtor's phone contact points, first is the main mobile
    Id emailId;
    QDate dueOn;
    QDate placedOn;
    int dpd = 0;
    qint64 owedMinor = 0; // placed balance still unpaid, kept as payments are generated
    bool chinese = true;
};

class Builder
{
public:
    Builder(Database& db, const DemoOptions& options);

    Status buildOrganisation();
    Status buildAccount();
    const DemoSummary& summary() const { return m_summary; }

private:
    // Organisation and parties (demogenerator.cpp).
    Id nextId() { return m_rng.id(m_idClockMs++); }
    Id placementFor(const CreditorInfo& creditor, QDate placedOn);
    Result<Id> writeDebtor(AccountContext& ctx, PartyRole role);
    Status writeContactPoints(AccountContext& ctx, const Id& debtorId, bool mainDebtor);
    QString chineseName();
    QString englishName();
    QString mobileNumber(const City& city);
    QString landlineNumber(const City& city);
    // History (demohistory.cpp).
    Status writeLedgerPlacement(AccountContext& ctx, qint64 principal, qint64 interest, qint64 fees);
    Status writeAttempts(AccountContext& ctx);
    Status writePromise(AccountContext& ctx, QDate madeOn, qint64 madeAtMs, const Id& collector);
    Status writePayment(AccountContext& ctx, qint64 amount, QDate paidOn);
    Status writePlan(AccountContext& ctx);
    Status writeVisits(AccountContext& ctx);
    Status writeNote(AccountContext& ctx);
    Status writeStopEvent(AccountContext& ctx);
    qint64 localInstantMs(const AccountContext& ctx, QDate day, int minuteOfDay);
    const Id& collectorOf(const AccountContext& ctx) { return ctx.account.assignedCollectorId; }

    Random m_rng;
    DomainWriter m_writer;
    DemoOptions m_options;
    qint64 m_asOfMs = 0;
    qint64 m_idClockMs = 0;
    qint64 m_accountSeq = 0;
    DemoSummary m_summary;
    std::vector<CreditorInfo> m_creditors;
    std::vector<double> m_creditorWeights;
    std::vector<TeamInfo> m_teams;
    std::map<std::pair<std::size_t, int>, Id> m_placements; // (creditor index, month) -> placement
    std::map<const City*, QTimeZone> m_zones;
};

} // namespace collector::demo
