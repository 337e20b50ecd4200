// The contact gate: before anyone calls, texts, writes or visits, a pure function of the rule pack and the
// facts answers allowed / warn / blocked, names the rule that decided, says why in a sentence a collector
// understands, and says when contact reopens. The workstation and `collectorctl compliance check` both ask
// it.
#pragma once

#include "compliance/gatefacts.h"
#include "compliance/rulepack.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace collector {

enum class GateVerdict
{
    Allowed,
    Warn,
    Blocked
};

struct GateDecision
{
    GateVerdict verdict = GateVerdict::Allowed;
    QString ruleId;   // empty when allowed without a warning
    QString citation; // the rule's source
    QString reason;   // translated, names no personal data
    // Blocked: the first instant every rule allows this contact again; none while a stop event or a flag on
    // the point stands (it reopens when that is cleared).
    std::optional<QDateTime> reopensAt;
    // Allowed or warned: when the contact window closes (the status bar's "until").
    std::optional<QDateTime> allowedUntil;
    // Blocked: whether a lead may override (every rule that blocks allows it).
    bool overridable = false;
    QString debtorTimeZone; // the zone the reason's times are written in
};

GateDecision evaluateContact(const RulePack& pack, const GateFacts& facts);

// How many calls `rule` counts (its scope; for daily caps connected or unanswered calls only) on the debtor's
// local days [from, to] before facts.at: what a contact-budget lease states as already on record.
int countedCalls(const Rule& rule, const GateFacts& facts, const QDate& from, const QDate& to);
// The debtor's local date at `at`, in the first of their zones (UTC when none is known).
QDate debtorLocalDay(const GateFacts& facts, const QDateTime& at);

// The zones the debtor may be in: the address zone first, then the contact point's.
QStringList debtorTimeZones(const GateFacts& facts);

QString verdictCode(GateVerdict verdict); // "allowed", "warn", "blocked"

} // namespace collector
