// What the gate needs to know about one contact someone is about to make: who, through which point, when, on
// which channel, and everything that happened before (every collector's attempts, from the synced history).
#pragma once

#include "domain/kinds.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>
#include <vector>

namespace collector {

struct StopFact
{
    StopKind kind = StopKind::Dispute;
    QDateTime from;
    std::optional<QDateTime> until; // exclusive; none: until cleared (or the pack's default length)
};

struct ContactPreferences
{
    std::optional<QTime> notBefore; // the debtor's own hours, in the address zone
    std::optional<QTime> notAfter;
    std::vector<Channel> noChannels; // channels the debtor asked us not to use
    bool agreed = false;             // the hours were agreed with the debtor and replace the statutory window
};

struct ContactPointFacts
{
    ContactKind kind = ContactKind::Phone;
    QString value; // E.164 or address; compared, never logged
    bool doNotContact = false;
    bool consent = true;
    bool thirdParty = false; // belongs to a relative, colleague or reference, not the debtor
    QStringList timeZones;   // where the number rings (from the number's area), if known
};

struct HistoryItem
{
    QDateTime at;
    Channel channel = Channel::Call;
    Direction direction = Direction::Outbound;
    Outcome outcome = Outcome::NoAnswer;
    bool conversation = false; // a telephone conversation about the debt took place
    QString contactPoint;
    bool sameDebt = true; // about the debt being worked (other debts of the debtor count for per-debtor caps)
    bool toThirdParty = false;
};

// Part of a cap's allowance leased by a workstation for some of the debtor's local days (hub contact
// budgets): the gate counts other workstations' leases as calls already made, and a workstation working on
// leased budgets spends only from its own. Only leases on the scope this contact falls in (the debtor, the
// debt or the number) are in the facts.
struct LeaseFact
{
    QString ruleId;
    bool mine = false;
    QDate firstDay; // the debtor's local days the lease covers, both included
    QDate lastDay;
    int tokens = 0; // calls leased
    int base = 0;   // calls the rule counted on these days (or their periods) when the lease was taken
};

struct GateFacts
{
    QDateTime at;
    Channel channel = Channel::Call;
    QString addressTimeZone;
    ContactPreferences preferences;
    std::vector<StopFact> stops;
    bool vulnerable = false;
    bool debtorUnreachable = false; // the debtor's own numbers are known to be invalid
    int visitStaff = 0;             // for visits: how many staff go (0: not said)
    ContactPointFacts point;
    std::vector<HistoryItem> history;
    std::vector<LeaseFact> leases;
    // This workstation works on leased budgets (it took leases and has not synced since): a capped contact
    // needs a lease of its own.
    bool budgeted = false;
};

// Whether a call reached a person (anyone: the debtor, a wrong party, a third party).
bool callConnected(Outcome outcome);

} // namespace collector
