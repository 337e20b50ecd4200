// The gate's facts read from the store for one contact someone is about to make: the creditor's pack (as
// tightened), the debtor's zones, hours, channels and stop events, the point's flags, and the last month of
// every collector's attempts on the debtor (enough for daily caps and seven-day periods).
#pragma once

#include "common/result.h"
#include "compliance/gatefacts.h"
#include "compliance/rulepack.h"
#include "domain/id.h"
#include "store/statement.h"

#include <QJsonObject>
#include <map>

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

private:
    Result<RulePack> pack(const QString& packId, const QDate& day, const QString& tightening);

    Database& m_db;
    std::map<const char*, Statement> m_statements;
    std::map<QString, RulePack> m_packs;
};

// One contact's facts (a reader used once).
Result<StoredGateInput> gateInputFromStore(Database& db, const ContactTarget& target);

// The pack of the jurisdiction a zone lies in ("America/Chicago" -> "us"); empty when none is bundled.
QString rulePackForTimeZone(const QString& zoneId);

// A creditor's tightening as stored ({"not_before":"09:00","caps":{"us.regf.7in7":5}}).
Result<PackTightening> parseTightening(const QString& json);
Result<PackTightening> tighteningFromJson(const QJsonObject& object);

} // namespace collector
