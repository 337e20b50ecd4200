#include "compliance/gate.h"

#include "compliance/localwindow.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <algorithm>
#include <functional>
#include <map>

namespace collector {

namespace {

// One rule's answer for one instant.
struct RuleAnswer
{
    GateVerdict verdict = GateVerdict::Allowed;
    QString reason;
    std::optional<QDateTime> reopensAt; // for a block; none: not by waiting
    bool overridable = false;
    std::optional<QDateTime> closesAt; // for a window that allows: when it closes
};

RuleAnswer allowed()
{
    return {};
}

RuleAnswer blocked(const Rule& rule, QString reason, std::optional<QDateTime> reopens)
{
    return {GateVerdict::Blocked, std::move(reason), std::move(reopens), rule.overridable, {}};
}

RuleAnswer warned(QString reason)
{
    return {GateVerdict::Warn, std::move(reason), {}, false, {}};
}

// Evaluates every rule of a pack against the facts at one instant.
class RuleEvaluator
{
public:
    explicit RuleEvaluator(const GateFacts& facts)
        : m_facts(facts)
    {
        for (const QString& id : debtorTimeZones(facts)) {
            const QTimeZone zone(id.toUtf8());
            if (zone.isValid())
                m_zones.push_back(zone);
        }
        m_primary = m_zones.empty() ? QTimeZone::utc() : m_zones.front();
    }

    const QTimeZone& primaryZone() const { return m_primary; }

    RuleAnswer evaluate(const Rule& rule, const QDateTime& at) const
    {
        if (!rule.appliesTo(m_facts.channel))
            return allowed();
        switch (rule.kind) {
        case RuleKind::StopEvents:
            return stopEvents(rule, at);
        case RuleKind::DoNotContact:
            if (m_facts.point.doNotContact)
                return blocked(
                    rule,
                    QCoreApplication::translate("Compliance", "This contact point is marked do-not-contact."),
                    std::nullopt);
            return allowed();
        case RuleKind::Consent:
            if (!m_facts.point.consent)
                return blocked(
                    rule,
                    QCoreApplication::translate(
                        "Compliance",
                        "There is no consent on record to use this channel for this contact point."),
                    std::nullopt);
            return allowed();
        case RuleKind::StatedPreferences:
            return preferences(rule, at);
        case RuleKind::ContactWindow:
            return window(rule, at);
        case RuleKind::DailyCap:
            return dailyCap(rule, at);
        case RuleKind::AttemptsInDays:
            return attemptsInDays(rule, at);
        case RuleKind::QuietAfterConversation:
            return quietAfterConversation(rule, at);
        case RuleKind::ThirdParty:
            return thirdParty(rule);
        case RuleKind::VisitStaff:
            return visitStaff(rule);
        case RuleKind::OptOutNotice:
            return warned(QCoreApplication::translate("Compliance",
                                                      "Include the opt-out instruction in this message."));
        case RuleKind::Vulnerability:
            if (m_facts.vulnerable)
                return warned(QCoreApplication::translate(
                    "Compliance", "The debtor is flagged as vulnerable: follow the vulnerable-customer "
                                  "procedure and offer forbearance."));
            return allowed();
        }
        return allowed();
    }

    QString localText(const QDateTime& at) const
    {
        return at.toTimeZone(m_primary).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }

private:
    RuleAnswer stopEvents(const Rule& rule, const QDateTime& at) const;
    RuleAnswer preferences(const Rule& rule, const QDateTime& at) const;
    RuleAnswer window(const Rule& rule, const QDateTime& at) const;
    RuleAnswer dailyCap(const Rule& rule, const QDateTime& at) const;
    RuleAnswer attemptsInDays(const Rule& rule, const QDateTime& at) const;
    RuleAnswer quietAfterConversation(const Rule& rule, const QDateTime& at) const;
    RuleAnswer thirdParty(const Rule& rule) const;
    RuleAnswer visitStaff(const Rule& rule) const;

    // Outbound calls about this debtor before `at`, on the channels the rule counts.
    template <typename Keep> int countCalls(const Rule& rule, const QDateTime& at, Keep keep) const
    {
        int n = 0;
        for (const HistoryItem& h : m_facts.history)
            if (h.at < at && h.direction == Direction::Outbound && rule.appliesTo(h.channel) && keep(h))
                ++n;
        return n;
    }
    // Whether the rule counts this call: its scope, and for daily caps connected or unanswered calls only.
    bool counts(const Rule& rule, const HistoryItem& h) const
    {
        if (!inScope(rule, h))
            return false;
        switch (rule.count) {
        case CapCount::Connected:
            return callConnected(h.outcome);
        case CapCount::Unanswered:
            return !callConnected(h.outcome);
        case CapCount::Outbound:
            return true;
        }
        return true;
    }

public:
    // Calls the rule counts on the debtor's local days [from, to], made before `at`.
    int countedOn(const Rule& rule, const QDateTime& at, const QDate& from, const QDate& to) const
    {
        return countCalls(rule, at, [&](const HistoryItem& h) {
            const QDate day = localDate(h.at, m_primary);
            return day >= from && day <= to && counts(rule, h);
        });
    }

private:
    // Calls other workstations hold as leases under the rule on days that share a period of `span` days with
    // `day`: until they sync, they may have been made.
    int leasedElsewhere(const Rule& rule, const QDate& day, int span) const
    {
        int n = 0;
        for (const LeaseFact& lease : m_facts.leases)
            if (!lease.mine && lease.ruleId == rule.id && lease.firstDay <= day.addDays(span - 1) &&
                lease.lastDay >= day.addDays(-(span - 1)))
                n += lease.tokens;
        return n;
    }
    const LeaseFact* ownLease(const Rule& rule, const QDate& day) const
    {
        for (const LeaseFact& lease : m_facts.leases)
            if (lease.mine && lease.ruleId == rule.id && lease.firstDay <= day && lease.lastDay >= day)
                return &lease;
        return nullptr;
    }
    // The lease checks shared by every cap: `counted` is what the rule counts now over the lease's days (or
    // periods), `span` the days of one period.
    std::optional<RuleAnswer> budget(const Rule& rule, const QDate& day, int span,
                                     const std::function<int(const LeaseFact&)>& counted, int onRecord) const;

    bool inScope(const Rule& rule, const HistoryItem& h) const
    {
        switch (rule.scope) {
        case CapScope::Debtor:
            return true;
        case CapScope::Debt:
            return h.sameDebt;
        case CapScope::ContactPoint:
            return h.contactPoint == m_facts.point.value;
        }
        return true;
    }

    const GateFacts& m_facts;
    std::vector<QTimeZone> m_zones;
    QTimeZone m_primary;
};

QString stopName(StopKind kind)
{
    switch (kind) {
    case StopKind::Dispute:
        return QCoreApplication::translate("Compliance", "a dispute");
    case StopKind::Complaint:
        return QCoreApplication::translate("Compliance", "a complaint");
    case StopKind::CeaseCommunication:
        return QCoreApplication::translate("Compliance", "a request to stop communication");
    case StopKind::Bankruptcy:
        return QCoreApplication::translate("Compliance", "a bankruptcy");
    case StopKind::Deceased:
        return QCoreApplication::translate("Compliance", "a report that the debtor has died");
    case StopKind::BreathingSpace:
        return QCoreApplication::translate("Compliance", "a breathing-space moratorium");
    case StopKind::LegalHold:
        return QCoreApplication::translate("Compliance", "a legal hold");
    case StopKind::Cleared:
        break;
    }
    return {};
}

RuleAnswer RuleEvaluator::stopEvents(const Rule& rule, const QDateTime& at) const
{
    std::optional<RuleAnswer> warning;
    for (const StopFact& stop : m_facts.stops) {
        const auto found = rule.stops.find(stop.kind);
        if (found == rule.stops.end())
            continue;
        const StopRule& how = found->second;
        std::optional<QDateTime> until = stop.until;
        // A default length counts local days, the start day being the first.
        if (!until && how.defaultDays > 0)
            until = startOfLocalDay(localDate(stop.from, m_primary).addDays(how.defaultDays), m_primary);
        if (at < stop.from || (until && at >= *until))
            continue;
        const bool exempt = std::find(how.exemptChannels.begin(), how.exemptChannels.end(),
                                      m_facts.channel) != how.exemptChannels.end();
        if (how.effect == StopEffect::Warn || exempt) {
            if (!warning)
                warning = warned(
                    exempt ? QCoreApplication::translate(
                                 "Compliance", "Collection is stopped by %1: this may only confirm that "
                                               "collection has stopped or name a specific remedy.")
                                 .arg(stopName(stop.kind))
                           : QCoreApplication::translate(
                                 "Compliance", "There is %1 on this account: handle it before collecting.")
                                 .arg(stopName(stop.kind)));
            continue;
        }
        QString reason = until ? QCoreApplication::translate("Compliance", "Collection is stopped by %1.")
                                     .arg(stopName(stop.kind))
                               : QCoreApplication::translate(
                                     "Compliance", "Collection is stopped by %1 until it is cleared.")
                                     .arg(stopName(stop.kind));
        RuleAnswer answer = blocked(rule, reason, until);
        answer.overridable = how.overridable;
        return answer;
    }
    return warning.value_or(allowed());
}

RuleAnswer RuleEvaluator::preferences(const Rule& rule, const QDateTime& at) const
{
    const ContactPreferences& p = m_facts.preferences;
    if (std::find(p.noChannels.begin(), p.noChannels.end(), m_facts.channel) != p.noChannels.end())
        return blocked(rule,
                       QCoreApplication::translate(
                           "Compliance", "The debtor asked not to be contacted through this channel."),
                       std::nullopt);
    // Agreed hours replace the statutory window (the window rule reads them); stated hours narrow it.
    if (p.agreed || !p.notBefore || !p.notAfter || m_facts.channel == Channel::Letter)
        return allowed();
    const QDateTime opens = nextWindowOpening(at, m_primary, *p.notBefore, *p.notAfter);
    if (opens == at)
        return allowed();
    return blocked(
        rule,
        QCoreApplication::translate("Compliance", "The debtor asked to be contacted only between %1 and %2.")
            .arg(p.notBefore->toString(QStringLiteral("HH:mm")),
                 p.notAfter->toString(QStringLiteral("HH:mm"))),
        opens);
}

RuleAnswer RuleEvaluator::window(const Rule& rule, const QDateTime& at) const
{
    if (m_zones.empty())
        return blocked(rule,
                       QCoreApplication::translate("Compliance",
                                                   "The debtor's time zone is not known: record "
                                                   "the address or the number's zone first."),
                       std::nullopt);
    QTime from = rule.notBefore;
    QTime to = rule.notAfter;
    const ContactPreferences& p = m_facts.preferences;
    if (rule.allowAgreedTimes && p.agreed && p.notBefore && p.notAfter) {
        from = *p.notBefore;
        to = *p.notAfter;
    }
    // Every zone the debtor may be in must be inside: step to the latest opening until all agree.
    QDateTime t = at;
    for (int round = 0; round < 8; ++round) {
        QDateTime latest = t;
        for (const QTimeZone& zone : m_zones)
            latest = std::max(latest, nextWindowOpening(t, zone, from, to));
        if (latest == t)
            break;
        t = latest;
    }
    if (t == at) {
        RuleAnswer ok = allowed();
        for (const QTimeZone& zone : m_zones) {
            const QDateTime closes = windowClosing(at, zone, from, to);
            if (!ok.closesAt || closes < *ok.closesAt)
                ok.closesAt = closes;
        }
        return ok;
    }
    const QString hours = QStringLiteral("%1-%2").arg(from.toString(QStringLiteral("HH:mm")),
                                                      to.toString(QStringLiteral("HH:mm")));
    return blocked(
        rule,
        m_zones.size() > 1
            ? QCoreApplication::translate("Compliance",
                                          "Outside the contact hours %1 in one of the debtor's time zones.")
                  .arg(hours)
            : QCoreApplication::translate("Compliance", "Outside the contact hours %1 debtor time.")
                  .arg(hours),
        t);
}

RuleAnswer RuleEvaluator::dailyCap(const Rule& rule, const QDateTime& at) const
{
    if (rule.scope == CapScope::ContactPoint && m_facts.point.kind != ContactKind::Phone)
        return allowed();
    const QDate today = localDate(at, m_primary);
    const int n = countedOn(rule, at, today, today);
    if (n < rule.max) {
        if (auto leased = budget(
                rule, today, 1, [&](const LeaseFact&) { return n; }, n))
            return *leased;
        return allowed();
    }
    const QDateTime tomorrow = startOfLocalDay(today.addDays(1), m_primary);
    const QString what =
        rule.count == CapCount::Connected    ? QCoreApplication::translate("Compliance", "connected calls")
        : rule.count == CapCount::Unanswered ? QCoreApplication::translate("Compliance", "unanswered calls")
                                             : QCoreApplication::translate("Compliance", "calls");
    const QString scope = rule.scope == CapScope::ContactPoint
                              ? QCoreApplication::translate("Compliance", "to this number")
                              : QCoreApplication::translate("Compliance", "to this debtor");
    return blocked(
        rule,
        QCoreApplication::translate("Compliance",
                                    "The daily limit of %1 %2 %3 is reached (every collector's calls count).")
            .arg(rule.max)
            .arg(what, scope),
        tomorrow);
}

std::optional<RuleAnswer> RuleEvaluator::budget(const Rule& rule, const QDate& day, int span,
                                                const std::function<int(const LeaseFact&)>& counted,
                                                int onRecord) const
{
    if (m_facts.budgeted) {
        const LeaseFact* own = ownLease(rule, day);
        if (!own)
            return blocked(rule,
                           QCoreApplication::translate(
                               "Compliance",
                               "This workstation works offline on leased contact budgets and holds "
                               "none under this limit for this debtor today: sync to lease one."),
                           std::nullopt);
        if (counted(*own) >= own->base + own->tokens)
            return blocked(rule,
                           QCoreApplication::translate("Compliance",
                                                       "The offline budget of %n call(s) leased under this "
                                                       "limit is spent: sync to return it and lease again.",
                                                       nullptr, own->tokens),
                           std::nullopt);
    }
    const int elsewhere = leasedElsewhere(rule, day, span);
    if (elsewhere > 0 && onRecord + elsewhere >= rule.max)
        return blocked(
            rule,
            QCoreApplication::translate("Compliance",
                                        "Another workstation working offline holds %n call(s) of this "
                                        "limit as its budget: contact reopens when it syncs.",
                                        nullptr, elsewhere),
            std::nullopt);
    return std::nullopt;
}

RuleAnswer RuleEvaluator::attemptsInDays(const Rule& rule, const QDateTime& at) const
{
    const QDate today = localDate(at, m_primary);
    std::map<QDate, int> perDay;
    countCalls(rule, at, [&](const HistoryItem& h) {
        if (!inScope(rule, h))
            return false;
        const QDate day = localDate(h.at, m_primary);
        if (day > today.addDays(-rule.days) && day <= today)
            ++perDay[day];
        return true;
    });
    // Calls in the `days` consecutive calendar days ending on `last`.
    const auto inPeriodEnding = [&](const QDate& last) {
        int n = 0;
        for (const auto& [day, count] : perDay)
            if (day > last.addDays(-rule.days) && day <= last)
                n += count;
        return n;
    };
    const int n = inPeriodEnding(today);
    if (n < rule.max) {
        // A lease's base counted every call in the periods that meet its first day.
        if (auto leased = budget(
                rule, today, rule.days,
                [&](const LeaseFact& own) {
                    return countedOn(rule, at, own.firstDay.addDays(1 - rule.days), today);
                },
                n))
            return *leased;
        if (n == rule.max - 1)
            return warned(
                QCoreApplication::translate(
                    "Compliance", "This is call %1 of %2 allowed within %3 consecutive days about this debt.")
                    .arg(n + 1)
                    .arg(rule.max)
                    .arg(rule.days));
        return allowed();
    }
    QDate reopens = today.addDays(1);
    while (inPeriodEnding(reopens) >= rule.max)
        reopens = reopens.addDays(1);
    return blocked(rule,
                   QCoreApplication::translate("Compliance",
                                               "%1 calls about this debt within %2 consecutive days already.")
                       .arg(n)
                       .arg(rule.days),
                   startOfLocalDay(reopens, m_primary));
}

RuleAnswer RuleEvaluator::quietAfterConversation(const Rule& rule, const QDateTime& at) const
{
    std::optional<QDate> last;
    for (const HistoryItem& h : m_facts.history)
        if (h.at < at && h.conversation && h.sameDebt && h.channel == Channel::Call) {
            const QDate day = localDate(h.at, m_primary);
            if (!last || day > *last)
                last = day;
        }
    if (!last)
        return allowed();
    // The day of the conversation is day 1 of its period.
    const QDate firstFree = last->addDays(rule.days);
    if (localDate(at, m_primary) >= firstFree)
        return allowed();
    return blocked(
        rule,
        QCoreApplication::translate(
            "Compliance",
            "There was a telephone conversation about this debt on %1, day 1 of %2 days without calls.")
            .arg(last->toString(Qt::ISODate))
            .arg(rule.days),
        startOfLocalDay(firstFree, m_primary));
}

RuleAnswer RuleEvaluator::thirdParty(const Rule& rule) const
{
    if (!m_facts.point.thirdParty)
        return allowed();
    const QString locationOnly = QCoreApplication::translate(
        "Compliance",
        "This number belongs to someone other than the debtor: ask only for the debtor's contact details and "
        "never mention the debt.");
    switch (rule.thirdParty) {
    case ThirdPartyMode::LocationOnly:
        return warned(locationOnly);
    case ThirdPartyMode::DebtorOnly:
        return blocked(
            rule,
            QCoreApplication::translate("Compliance",
                                        "Collect from the debtor only: this number belongs to someone else."),
            std::nullopt);
    case ThirdPartyMode::DebtorOnlyUnlessLost: {
        // Lost contact: the debtor's numbers are invalid, or the latest attempts to them all failed.
        int failures = 0;
        for (auto it = m_facts.history.rbegin(); it != m_facts.history.rend(); ++it) {
            if (it->direction != Direction::Outbound || it->toThirdParty)
                continue;
            if (callConnected(it->outcome))
                break;
            if (++failures >= rule.lostAfterFailures)
                break;
        }
        if (m_facts.debtorUnreachable || failures >= rule.lostAfterFailures)
            return warned(locationOnly);
        return blocked(
            rule,
            QCoreApplication::translate(
                "Compliance",
                "Collect from the debtor only: a third party may be contacted only after %1 failed "
                "attempts to reach the debtor.")
                .arg(rule.lostAfterFailures),
            std::nullopt);
    }
    }
    return allowed();
}

RuleAnswer RuleEvaluator::visitStaff(const Rule& rule) const
{
    if (m_facts.channel != Channel::Visit)
        return allowed();
    if (m_facts.visitStaff == 0)
        return warned(
            QCoreApplication::translate("Compliance", "Visits need at least %1 staff: take a colleague.")
                .arg(rule.minStaff));
    if (m_facts.visitStaff < rule.minStaff)
        return blocked(
            rule,
            QCoreApplication::translate("Compliance", "Visits need at least %1 staff.").arg(rule.minStaff),
            std::nullopt);
    return allowed();
}

struct Verdict
{
    const Rule* rule = nullptr;
    RuleAnswer answer;
};

// The first block in pack order (else the first warning), and the earliest window close.
Verdict decideAt(const RulePack& pack, const RuleEvaluator& evaluator, const QDateTime& at,
                 std::vector<RuleAnswer>* blocks, std::optional<QDateTime>* closesAt)
{
    Verdict first;
    Verdict firstWarning;
    for (const Rule& rule : pack.rules) {
        RuleAnswer answer = evaluator.evaluate(rule, at);
        if (answer.closesAt && closesAt && (!*closesAt || *answer.closesAt < **closesAt))
            *closesAt = answer.closesAt;
        if (answer.verdict == GateVerdict::Blocked) {
            if (blocks)
                blocks->push_back(answer);
            if (!first.rule)
                first = {&rule, answer};
        } else if (answer.verdict == GateVerdict::Warn && !firstWarning.rule) {
            firstWarning = {&rule, answer};
        }
    }
    return first.rule ? first : firstWarning;
}

} // namespace

bool callConnected(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NoAnswer:
    case Outcome::Busy:
    case Outcome::Voicemail:
    case Outcome::Bounced:
    case Outcome::Delivered:
        return false;
    default:
        return true;
    }
}

QStringList debtorTimeZones(const GateFacts& facts)
{
    QStringList zones;
    if (!facts.addressTimeZone.isEmpty())
        zones << facts.addressTimeZone;
    for (const QString& z : facts.point.timeZones)
        if (!zones.contains(z))
            zones << z;
    return zones;
}

QString verdictCode(GateVerdict verdict)
{
    switch (verdict) {
    case GateVerdict::Allowed:
        return QStringLiteral("allowed");
    case GateVerdict::Warn:
        return QStringLiteral("warn");
    case GateVerdict::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

int countedCalls(const Rule& rule, const GateFacts& facts, const QDate& from, const QDate& to)
{
    return RuleEvaluator(facts).countedOn(rule, facts.at, from, to);
}

QDate debtorLocalDay(const GateFacts& facts, const QDateTime& at)
{
    return localDate(at, RuleEvaluator(facts).primaryZone());
}

GateDecision evaluateContact(const RulePack& pack, const GateFacts& facts)
{
    const RuleEvaluator evaluator(facts);
    GateDecision decision;
    decision.debtorTimeZone = QString::fromUtf8(evaluator.primaryZone().id());
    std::vector<RuleAnswer> blocks;
    std::optional<QDateTime> closesAt;
    const Verdict verdict = decideAt(pack, evaluator, facts.at, &blocks, &closesAt);
    if (!verdict.rule) {
        decision.allowedUntil = closesAt;
        decision.reason = closesAt ? QCoreApplication::translate("Compliance", "Contact allowed until %1.")
                                         .arg(evaluator.localText(*closesAt))
                                   : QCoreApplication::translate("Compliance", "Contact allowed.");
        return decision;
    }
    decision.verdict = verdict.answer.verdict;
    decision.ruleId = verdict.rule->id;
    decision.citation = verdict.rule->citation;
    decision.reason = verdict.answer.reason;
    if (decision.verdict == GateVerdict::Warn) {
        decision.allowedUntil = closesAt;
        return decision;
    }
    decision.overridable =
        std::all_of(blocks.begin(), blocks.end(), [](const RuleAnswer& a) { return a.overridable; });
    // Contact reopens when every rule allows it at once: wait for the latest reopening among the rules that
    // block, ask them all again, repeat. A rule that only clearing lifts leaves no reopening time.
    QDateTime t = facts.at;
    for (int round = 0; round < 64; ++round) {
        std::optional<QDateTime> next;
        for (const RuleAnswer& a : blocks) {
            if (!a.reopensAt)
                return decision;
            next = next ? std::max(*next, *a.reopensAt) : *a.reopensAt;
        }
        if (!next || *next <= t)
            return decision;
        t = *next;
        blocks.clear();
        decideAt(pack, evaluator, t, &blocks, nullptr);
        if (blocks.empty()) {
            decision.reopensAt = t;
            decision.reason +=
                QLatin1Char(' ') + QCoreApplication::translate("Compliance", "Contact reopens at %1 "
                                                                             "(%2).")
                                       .arg(evaluator.localText(t), decision.debtorTimeZone);
            return decision;
        }
    }
    return decision;
}

} // namespace collector
