// Rule packs: the law of one jurisdiction as data (resources/rules/*.json), versioned with the date each
// version comes into force, every rule citing the text it comes from. The gate reads them; nothing about a
// jurisdiction is written in code.
#pragma once

#include "common/result.h"
#include "domain/kinds.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>
#include <map>
#include <optional>
#include <vector>

namespace collector {

enum class RuleKind
{
    StopEvents,             // active stop events block (or warn), per kind
    DoNotContact,           // a point marked do-not-contact
    Consent,                // channels that need the point's consent
    StatedPreferences,      // times and channels the debtor asked for
    ContactWindow,          // local hours, in every zone the debtor may be in
    DailyCap,               // at most N (connected | unanswered) calls a local day, per debtor / point / debt
    AttemptsInDays,         // more than N calls within D consecutive days (Regulation F 7-in-7)
    QuietAfterConversation, // no call within D days after a conversation, its day being day 1
    ThirdParty,             // contact points of people other than the debtor
    VisitStaff,             // visits need at least N staff
    OptOutNotice,           // electronic messages must carry an opt-out
    Vulnerability,          // a debtor flagged vulnerable
};

enum class StopEffect
{
    Block,
    Warn
};

struct StopRule
{
    StopEffect effect = StopEffect::Block;
    bool overridable = false;
    std::vector<Channel>
        exemptChannels;  // channels only warned about (a letter confirming collection stopped)
    int defaultDays = 0; // when the event carries no end (UK breathing space: 60)
};

enum class CapCount
{
    Connected,  // calls that reached a person
    Unanswered, // calls that did not
    Outbound    // every call placed
};
enum class CapScope
{
    Debtor,       // across every debt and number of the debtor
    Debt,         // this debt
    ContactPoint, // this number
};
enum class ThirdPartyMode
{
    LocationOnly,         // allowed with a warning: location information only, never the debt
    DebtorOnly,           // blocked
    DebtorOnlyUnlessLost, // blocked, unless the debtor cannot be reached (then location only)
};

struct Rule
{
    QString id; // "us.regf.7in7"
    RuleKind kind = RuleKind::ContactWindow;
    QString citation;
    bool overridable = false;
    std::vector<Channel> channels; // empty: every channel
    QTime notBefore;
    QTime notAfter;
    bool allowAgreedTimes = false;
    int max = 0;
    int days = 0;
    CapCount count = CapCount::Outbound;
    CapScope scope = CapScope::Debt;
    ThirdPartyMode thirdParty = ThirdPartyMode::LocationOnly;
    int lostAfterFailures = 3;
    int minStaff = 0;
    std::map<StopKind, StopRule> stops;

    bool appliesTo(Channel channel) const;
};

struct RuleSource
{
    QString id;
    QString title;
    QString url;
};

struct RulePack
{
    QString pack; // "cn", "us", "uk"
    QString title;
    QString version;
    QDate effectiveFrom;
    int retentionYears = 0;
    QString retentionCitation;
    // Where a field visit is recorded as having taken place: the district only (the default: a visit's place
    // is part of a location track, sensitive personal information in several laws), or the address's point.
    bool visitPointAllowed = false;
    QString visitLocationCitation;
    std::vector<RuleSource> sources;
    std::vector<Rule> rules;

    const Rule* rule(const QString& id) const;
};

// Every version of every pack in a file, oldest first. A malformed pack is an error naming the field.
Result<std::vector<RulePack>> parseRulePacks(const QByteArray& json);

// The packs built into the program (resources/rules), every version.
const std::vector<RulePack>& bundledRulePacks();

// The version of `pack` in force on `date`; an error when none is (a date before the first version).
Result<RulePack> rulePackInForce(const QString& pack, const QDate& date);

// A creditor's stricter settings laid over a pack: a shorter window, lower caps, more days. Anything that
// would loosen the law is refused with the rule it would weaken.
struct PackTightening
{
    std::optional<QTime> notBefore;
    std::optional<QTime> notAfter;
    std::map<QString, int> maxByRule;  // rule id -> lower max
    std::map<QString, int> daysByRule; // rule id -> more days
};
Result<RulePack> tightenPack(const RulePack& pack, const PackTightening& tightening);

} // namespace collector
