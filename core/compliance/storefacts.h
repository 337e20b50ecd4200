// The gate's facts read from the store for one contact someone is about to make: the creditor's pack (as
// tightened), the debtor's zones, hours, channels and stop events, the point's flags, and the last month of
// every collector's attempts on the debtor (enough for daily caps and seven-day periods).
#pragma once

#include "common/result.h"
#include "compliance/gatefacts.h"
#include "compliance/leasebook.h"
#include "compliance/rulepack.h"
#include "domain/id.h"
#include "store/statement.h"

#include <QJsonObject>
#include <map>
#include <optional>

class QTimeZone;

namespace collector {

class Database;

struct ContactTarget
{
    Id accountId;
    Id contactPointId; // nil for a letter or visit without a stored point
    Channel channel = Channel::Call;
    QDateTime at;
    int visitStaff = 0;
};

struct StoredGateInput
{
    RulePack pack;
    GateFacts facts;
};

// Reads facts for many contacts in a row: statements prepared once, packs resolved once per day and creditor.
class GateFactsReader
{
public:
    explicit GateFactsReader(Database& db);
    ~GateFactsReader();
    GateFactsReader(const GateFactsReader&) = delete;
    GateFactsReader& operator=(const GateFactsReader&) = delete;

    Result<StoredGateInput> read(const ContactTarget& target);

    // The pack for these facts: the creditor's (`packId`, or the one of the debtor's address zone when
    // empty), in force on the debtor's day at `facts.at`, tightened by the creditor. Resolved once per key
    // and kept by the reader (the pointer lives as long as it does).
    Result<const RulePack*> packFor(const GateFacts& facts, QString packId, const QString& tightening);

private:
    Result<const RulePack*> pack(const QString& packId, const QDate& day, const QString& tightening);

    Database& m_db;
    std::map<const char*, Statement> m_statements;
    std::map<QString, RulePack> m_packs;
    std::optional<LeaseBook> m_leases; // read at the first contact
};

// The columns each fact is read from, shared by the reader above and the collector-wide reader
// (collectorfacts.h), so both read a row the same way. `first` is the first column of the group.
// Debtor: time_zone, contact_not_before, contact_not_after, contact_hours_agreed, no_channels, vulnerable,
// rule_pack, rule_tightening.
void readDebtorColumns(const Statement& s, int first, GateFacts& facts, QString& packId, QString& tightening);
// A stop from its stored fields: kind, first day, last day (invalid: open), when a clearing lifted it;
// nothing for an unknown kind. A stop's days are the debtor's (`zone`).
std::optional<StopFact> stopFact(const QString& kindCode, const QDate& startsOn, const QDate& endsOn,
                                 std::optional<qint64> clearedAtMs, const QTimeZone& zone);
// A call or message from its stored fields (the number is named by `pointValue`; holder "debtor" or another).
HistoryItem historyItem(qint64 atMs, const QString& channel, const QString& direction, const QString& outcome,
                        bool rightParty, const QString& pointValue, const QString& holder);
// Stop: kind, starts_on, ends_on, cleared at (ms or NULL); nothing for an unknown kind.
std::optional<StopFact> readStopColumns(const Statement& s, int first, const QTimeZone& zone);
// Point: kind, value, time_zone, consent, do_not_contact, holder.
ContactPointFacts readPointColumns(const Statement& s, int first);
// Attempt: at_ms, channel, direction, outcome, right_party, (the caller's column), point value, holder.
HistoryItem readHistoryColumns(const Statement& s, int first);

// One contact's facts (a reader used once).
Result<StoredGateInput> gateInputFromStore(Database& db, const ContactTarget& target);

// The pack of the jurisdiction a zone lies in ("America/Chicago" -> "us"); empty when none is bundled.
QString rulePackForTimeZone(const QString& zoneId);

// A creditor's tightening as stored ({"not_before":"09:00","caps":{"us.regf.7in7":5}}).
Result<PackTightening> parseTightening(const QString& json);
Result<PackTightening> tighteningFromJson(const QJsonObject& object);

} // namespace collector
