#include "queue/queue.h"

#include "compliance/collectorfacts.h"
#include "compliance/leasebook.h"
#include "compliance/storefacts.h"
#include "domain/promises.h"
#include "queue/queuesnapshot.h"
#include "store/database.h"
#include "store/domainwriter.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "users/users.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <map>

namespace collector {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr int kPromiseHistoryDays = 180;
constexpr int kRecentRightPartyDays = 30;
constexpr qint64 kGateHistoryMs = 31 * kDayMs; // what the collector-wide gate facts read (collectorfacts.cpp)

// Where an account stood in the snapshot after the last build: a row is written only when this changes.
struct StoredRank
{
    int group = 99;
    qint64 key = 0;
    double score = 0;
    int dpd = 0;
    QByteArray promise;
    QByteArray verdict;
    QByteArray rule;
    QByteArray reason;
    qint64 reopensMs = 0;
    qint64 untilMs = 0;
    qint64 validUntilMs = 0; // the place holds for queues asked before this instant

    bool operator==(const StoredRank&) const = default;
};

// The gate's facts that many accounts share (the debtor's zone, hours, flags, pack and the number's zones and
// consent), with the answer for a call when nothing else (history, stops, leases) is in play.
struct GateProfile
{
    GateFacts facts;
    QString packId;
    QString tightening;
    QTimeZone zone;
    QDate today; // in the debtor's zone
    qint64 nextMidnightMs = 0;
    const RulePack* pack = nullptr;
    qint64 reachMs = 0;     // how far back a call can change the answer under that pack
    qint64 hoursTurnMs = 0; // when the pack's hours (and the debtor's own) next open or close; 0: never
    std::optional<GateDecision> plain;
};

// What the queue knows of one account before it orders them: its snapshot row.
struct Candidate
{
    QueueEntry entry;
    GateProfile* profile = nullptr; // shared; its plain answer is filled in once, when first asked
    qint64 placedAtMs = 0;
    QDate firstDue;
    qint64 paidMinor = 0;
    qint64 lastOutboundMs = 0;
    qint64 lastRightPartyMs = 0;
    qint64 callbackDueMs = 0;
    QByteArray debtorId;
    QByteArray phoneKey;
    QByteArray stops;       // kind,starts_on,ends_on,cleared_ms;…
    QByteArray recentCalls; // at_ms,channel,direction,outcome,right_party,same_debt,number,holder;…
    qint64 recentSinceMs = 0;
    QByteArray promiseList; // id,amount,made_on,due_on,grace_days,instalment;…
    QByteArray paymentList; // id,amount,effective_on;…
    std::vector<PromiseTerms> promises;
    std::vector<bool> instalment; // per promise: part of a plan
    std::vector<DatedPayment> payments;
    StoredRank stored;
    qint64 validUntilMs = 0; // set by classify: when this account's place may next move
};

// The snapshot's columns, in the order loadSnapshot reads them.
constexpr const char* kSnapshotColumns =
    "SELECT account_id, reference, stage, currency, placed_at_ms, first_due, balance_minor, paid_minor, "
    "last_outbound_ms, last_right_party_ms, last_outcome, callback_due_ms, debtor_id, "
    "time_zone, contact_not_before, contact_not_after, contact_hours_agreed, no_channels, vulnerable, "
    "rule_pack, rule_tightening, phone_id, phone_zones, phone_consent, phone_key, stops, recent_calls, "
    "recent_since_ms, promises, payments, rank_group, rank_key, rank_score, dpd, promise_state, "
    "gate_verdict, "
    "gate_rule, gate_reason, gate_reopens_ms, gate_until_ms, rank_until_ms FROM queue_account ";
constexpr int kFirstProfileColumn = 13; // time_zone … phone_consent
constexpr int kLastProfileColumn = 23;
constexpr int kPhoneIdColumn = 21; // among them, but not part of a profile

// Promises due since this day count for the queue at `at` (the promise reasons look back half a year, and a
// plan's instalment a month more).
QDate promisesSinceFor(const QDateTime& at)
{
    return at.date().addDays(-kPromiseHistoryDays - 31);
}

// How far back history can change a call's answer under `pack`: its longest counting period (a daily cap
// counts one local day), a day more for the zones, never more than the facts readers load.
qint64 historyReachMs(const RulePack& pack)
{
    int days = 0;
    for (const Rule& rule : pack.rules) {
        if (rule.kind == RuleKind::DailyCap)
            days = std::max(days, 1);
        else if (rule.kind == RuleKind::AttemptsInDays || rule.kind == RuleKind::QuietAfterConversation)
            days = std::max(days, rule.days);
    }
    return std::min(kGateHistoryMs, (days + 1) * kDayMs);
}

// When the hours a call may be made in (the pack's windows and the debtor's stated hours) next open or close
// for these facts: the gate asked with those rules alone says when they reopen, or until when they allow.
qint64 hoursTurn(const RulePack& pack, const GateFacts& facts)
{
    RulePack hours = pack;
    std::erase_if(hours.rules, [](const Rule& rule) {
        return rule.kind != RuleKind::ContactWindow && rule.kind != RuleKind::StatedPreferences;
    });
    const GateDecision d = evaluateContact(hours, facts);
    const std::optional<QDateTime>& turn = d.verdict == GateVerdict::Blocked ? d.reopensAt : d.allowedUntil;
    return turn ? turn->toMSecsSinceEpoch() : 0;
}

// The profiles of one build, each made once from the first row that has it.
class GateProfiles
{
public:
    GateProfiles(Database& db, const QDateTime& at)
        : m_packs(db)
        , m_at(at)
    {}

    Result<GateProfile*> of(const Statement& s)
    {
        QByteArray key;
        key.reserve(128);
        for (int column = kFirstProfileColumn; column <= kLastProfileColumn; ++column)
            if (column != kPhoneIdColumn) // the number's own id: every account has its own
                key.append(s.bytes(column)).append('\x1f');
        if (const auto known = m_byKey.constFind(key); known != m_byKey.cend())
            return known.value();
        auto profile = std::make_unique<GateProfile>();
        GateFacts& f = profile->facts;
        readDebtorColumns(s, kFirstProfileColumn, f, profile->packId, profile->tightening);
        const QByteArray zoneId = f.addressTimeZone.toUtf8();
        profile->zone = QTimeZone(zoneId).isValid() ? QTimeZone(zoneId) : QTimeZone::utc();
        profile->today = m_at.toTimeZone(profile->zone).date();
        profile->nextMidnightMs =
            QDateTime(profile->today.addDays(1), QTime(0, 0), profile->zone).toMSecsSinceEpoch();
        f.at = m_at;
        f.channel = Channel::Call;
        f.point.kind = ContactKind::Phone;
        f.point.timeZones = s.text(kLastProfileColumn - 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        f.point.consent = s.int64(kLastProfileColumn) != 0;
        auto pack = m_packs.packFor(f, profile->packId, profile->tightening);
        if (!pack)
            return pack.error();
        profile->pack = pack.value();
        profile->reachMs = historyReachMs(*pack.value());
        profile->hoursTurnMs = hoursTurn(*pack.value(), f);
        GateProfile* made = profile.get();
        m_byKey.insert(key, made);
        m_owned.push_back(std::move(profile));
        return made;
    }

private:
    GateFactsReader m_packs;
    QDateTime m_at;
    QHash<QByteArray, GateProfile*> m_byKey;
    std::vector<std::unique_ptr<GateProfile>> m_owned;
};

QByteArray copyOf(const Statement& s, int column)
{
    const QByteArrayView bytes = s.bytes(column);
    return bytes.isEmpty() ? QByteArray() : bytes.toByteArray();
}

// Binds a snapshot filter's parameters: ?1 the collector or account, ?2 (when it has one) the instant.
void bindWhere(Statement& q, const char* where, const QByteArray& key, const QDateTime& at)
{
    q.bind(1, key);
    if (QByteArrayView(where).contains("?2"))
        q.bind(2, at.toMSecsSinceEpoch());
}

// Reads snapshot rows (`where` picks them, see bindWhere).
Status loadSnapshot(Database& db, const char* where, const QByteArray& key, const QDateTime& at,
                    GateProfiles& profiles, std::vector<Candidate>& out)
{
    const QByteArray count = "SELECT count(*) FROM queue_account " + QByteArray(where);
    auto n = db.prepare(count.constData());
    if (!n)
        return n.error();
    bindWhere(n.value(), where, key, at);
    if (auto row = n.value().step(); row && row.value())
        out.reserve(static_cast<std::size_t>(n.value().int64(0)));
    const QByteArray sql = QByteArray(kSnapshotColumns) + where;
    auto q = db.prepare(sql.constData());
    if (!q)
        return q.error();
    bindWhere(q.value(), where, key, at);
    QHash<QByteArray, Currency> currencies;
    Status failed;
    Status read = q.value().forEachRow([&](const Statement& s) {
        if (!failed)
            return;
        auto profile = profiles.of(s);
        if (!profile) {
            failed = profile.error();
            return;
        }
        Candidate& c = out.emplace_back();
        c.profile = profile.value();
        QueueEntry& e = c.entry;
        e.accountId = Id::fromBytes(s.blob(0));
        e.reference = s.text(1);
        e.stage = parseCode<Stage>(s.text(2)).value_or(Stage::Early);
        const QByteArray currency = s.bytes(3).toByteArray();
        auto known = currencies.find(currency);
        if (known == currencies.end())
            known = currencies.insert(currency,
                                      Currency::fromCode(QString::fromLatin1(currency)).value_or(Currency()));
        e.currency = known.value();
        c.placedAtMs = s.int64(4);
        c.firstDue = s.isNull(5) ? QDate() : parseDateText(s.text(5));
        e.balanceMinor = s.int64(6);
        c.paidMinor = s.int64(7);
        c.lastOutboundMs = s.int64(8);
        c.lastRightPartyMs = s.int64(9);
        e.lastOutcome = s.text(10);
        c.callbackDueMs = s.int64(11);
        c.debtorId = s.blob(12);
        if (!s.isNull(kPhoneIdColumn))
            e.phoneId = Id::fromBytes(s.blob(kPhoneIdColumn));
        c.phoneKey = copyOf(s, 24);
        c.stops = copyOf(s, 25);
        c.recentCalls = copyOf(s, 26);
        c.recentSinceMs = s.int64(27);
        c.promiseList = copyOf(s, 28);
        c.paymentList = copyOf(s, 29);
        c.stored = {static_cast<int>(s.int64(30)),
                    s.int64(31),
                    s.real(32),
                    static_cast<int>(s.int64(33)),
                    copyOf(s, 34),
                    copyOf(s, 35),
                    copyOf(s, 36),
                    copyOf(s, 37),
                    s.int64(38),
                    s.int64(39),
                    s.int64(40)};
    });
    return read ? failed : read;
}

// The parts of `text` between `separator`s (this Qt's QByteArrayView has no split of its own).
std::vector<QByteArrayView> fields(QByteArrayView text, char separator)
{
    std::vector<QByteArrayView> out;
    if (text.isEmpty())
        return out;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == separator) {
            out.push_back(text.sliced(from, i - from));
            from = i + 1;
        }
    return out;
}

QDate isoDate(QByteArrayView text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

// The promises due since `since` and the payments since then, from the snapshot's lists (evaluatePromises
// allocates them).
void readPromises(Candidate& c, const QDate& since)
{
    if (c.promiseList.isEmpty())
        return;
    for (QByteArrayView item : fields(c.promiseList, ';')) {
        const std::vector<QByteArrayView> f = fields(item, ',');
        if (f.size() != 5)
            continue;
        const QDate dueOn = isoDate(f[2]);
        if (!dueOn.isValid() || dueOn < since)
            continue;
        c.promises.push_back(
            {Id(), Money(f[0].toLongLong(), c.entry.currency), isoDate(f[1]), dueOn, f[3].toInt()});
        c.instalment.push_back(f[4] == "1");
    }
    // The check reads them by due date, the latest due last.
    std::vector<std::size_t> order(c.promises.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return c.promises[a].dueOn < c.promises[b].dueOn; });
    std::vector<PromiseTerms> promises;
    std::vector<bool> instalment;
    for (std::size_t i : order) {
        promises.push_back(c.promises[i]);
        instalment.push_back(c.instalment[i]);
    }
    c.promises = std::move(promises);
    c.instalment = std::move(instalment);
    if (c.promises.empty())
        return;
    for (QByteArrayView item : fields(c.paymentList, ';')) {
        const std::vector<QByteArrayView> f = fields(item, ',');
        if (f.size() != 2)
            continue;
        const QDate on = isoDate(f[1]);
        if (on.isValid() && on >= since)
            c.payments.push_back({Id(), Money(f[0].toLongLong(), c.entry.currency), on});
    }
}

// The stop events that name this account or none, from the snapshot's list.
std::vector<StopFact> readStops(const Candidate& c)
{
    std::vector<StopFact> stops;
    for (QByteArrayView item : fields(c.stops, ';')) {
        const std::vector<QByteArrayView> f = fields(item, ',');
        if (f.size() != 4)
            continue;
        const auto kind = parseCode<StopKind>(QString::fromLatin1(f[0]));
        if (!kind)
            continue;
        StopFact stop;
        stop.kind = *kind;
        stop.from = QDateTime(isoDate(f[1]), QTime(0, 0), c.profile->zone).toUTC();
        if (!f[2].isEmpty())
            stop.until = QDateTime(isoDate(f[2]).addDays(1), QTime(0, 0), c.profile->zone).toUTC();
        if (!f[3].isEmpty()) {
            const QDateTime cleared = QDateTime::fromMSecsSinceEpoch(f[3].toLongLong(), QTimeZone::utc());
            stop.until = stop.until ? std::min(*stop.until, cleared) : cleared;
        }
        stops.push_back(stop);
    }
    return stops;
}

// Whether the debtor was called within `reachMs` before `at` (only the first field of each call is read).
bool calledWithin(const Candidate& c, qint64 atMs, qint64 reachMs)
{
    for (QByteArrayView item : fields(c.recentCalls, ';')) {
        const qsizetype comma = item.indexOf(',');
        const qint64 ms = item.first(comma < 0 ? item.size() : comma).toLongLong();
        if (ms >= atMs - reachMs && ms <= atMs)
            return true;
    }
    return false;
}

// The debtor's calls the gate reads: the last 31 days up to `at`, in time order, as the facts readers return
// them (a number is named by its key, as the phone is).
std::vector<HistoryItem> readCalls(const Candidate& c, qint64 atMs)
{
    std::vector<HistoryItem> calls;
    for (QByteArrayView item : fields(c.recentCalls, ';')) {
        const std::vector<QByteArrayView> f = fields(item, ',');
        if (f.size() != 8)
            continue;
        const qint64 ms = f[0].toLongLong();
        if (ms < atMs - kGateHistoryMs || ms > atMs)
            continue;
        HistoryItem h;
        h.at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        h.channel = parseCode<Channel>(QString::fromLatin1(f[1])).value_or(Channel::Call);
        h.direction = parseCode<Direction>(QString::fromLatin1(f[2])).value_or(Direction::Outbound);
        h.outcome = parseCode<Outcome>(QString::fromUtf8(f[3])).value_or(Outcome::NoAnswer);
        h.conversation = h.channel == Channel::Call && f[4] == "1";
        h.sameDebt = f[5] == "1";
        h.contactPoint = QString::fromLatin1(f[6]);
        h.toThirdParty = f[7] != "debtor";
        calls.push_back(std::move(h));
    }
    std::stable_sort(calls.begin(), calls.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    return calls;
}

// Asks the gate about a call to each candidate's first own number, from the snapshot alone. An account whose
// debtor has no stop, no lease and no call within reach of the pack's rules gets its profile's answer (worked
// out once: a large queue shares a few dozen); the others are evaluated with their own stops and calls.
Status askGate(Database& db, const QDateTime& at, std::vector<Candidate>& candidates)
{
    auto leases = LeaseBook::load(db);
    if (!leases)
        return leases.error();
    const qint64 atMs = at.toMSecsSinceEpoch();
    for (Candidate& c : candidates) {
        if (c.entry.phoneId.isNull())
            continue;
        GateProfile* profile = c.profile;
        GateFacts facts;
        const bool own =
            !c.stops.isEmpty() || !leases.value().empty() || calledWithin(c, atMs, profile->reachMs);
        if (!own) {
            if (!profile->plain)
                profile->plain = evaluateContact(*profile->pack, profile->facts);
            c.entry.gate = *profile->plain;
            continue;
        }
        facts = profile->facts;
        facts.point.value = QString::fromLatin1(c.phoneKey);
        facts.stops = readStops(c);
        facts.history = readCalls(c, atMs);
        leases.value().attach(facts, c.debtorId, c.entry.accountId.toBytes(), c.entry.phoneId.toBytes());
        c.entry.gate = evaluateContact(*profile->pack, facts);
    }
    return {};
}

// Collects an account's reasons: their points always (they make the score), their sentences only when the
// queue is asked to explain (formatting 100,000 accounts' sentences would cost more than ordering them).
class Reasons
{
public:
    Reasons(QueueEntry& entry, bool explain)
        : m_entry(entry)
        , m_explain(explain)
    {}
    template <typename Text> void add(const char* code, double points, Text text)
    {
        m_entry.score += points;
        if (m_explain)
            m_entry.reasons.push_back({QString::fromLatin1(code), text(), points});
    }

private:
    QueueEntry& m_entry;
    bool m_explain;
};

QString money(qint64 minor, const Currency& currency)
{
    return Money(minor, currency).toDecimalString() + QLatin1Char(' ') + currency.code;
}

QString localTime(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Places one account: its group first (what is due now), else its score with every part named.
void classify(Candidate& c, const Strategy& strategy, const QDateTime& at, bool explain)
{
    QueueEntry& e = c.entry;
    e.score = 0;
    e.reasons.clear();
    Reasons reasons(e, explain);
    const QDate today = c.profile->today;
    const qint64 nowMs = at.toMSecsSinceEpoch();
    const Segment* segment = strategy.segmentFor(e.stage);
    e.segment = segment->id;
    e.channels = segment->channels;
    const qint64 credit = e.balanceMinor < 0 ? -e.balanceMinor : 0;
    const qint64 towardsDues = c.paidMinor - credit;
    const DueAmount due{c.firstDue, std::max<qint64>(0, e.balanceMinor) + towardsDues};
    e.daysPastDue = c.firstDue.isValid() ? daysPastDue({&due, 1}, towardsDues, today) : 0;

    qint64 dueToday = 0;
    bool brokenYesterday = false;
    bool missedInstalment = false;
    const auto outcomes = c.promises.empty()
                              ? Result<std::vector<PromiseOutcome>>(std::vector<PromiseOutcome>())
                              : evaluatePromises(c.promises, c.payments, today);
    for (std::size_t i = 0; outcomes && i < outcomes.value().size(); ++i) {
        const PromiseTerms& p = c.promises[i];
        const PromiseStatus status = outcomes.value()[i].status;
        e.promise = status; // promises come by due date: the last one seen is the latest due
        const QDate lastDay = p.windowEnd();
        if (status == PromiseStatus::Pending && p.dueOn == today)
            dueToday += p.amount.minor() - outcomes.value()[i].paidMinor;
        if (status == PromiseStatus::Kept && lastDay < today)
            reasons.add("kept_promise", strategy.score.keptPromisePoints, [&] {
                return QCoreApplication::translate("Queue", "A promise due %1 was kept.")
                    .arg(p.dueOn.toString(Qt::ISODate));
            });
        if (status != PromiseStatus::Broken && status != PromiseStatus::PartiallyKept)
            continue;
        reasons.add("broken_promise", strategy.score.brokenPromisePoints, [&] {
            return QCoreApplication::translate("Queue", "A promise due %1 was broken.")
                .arg(p.dueOn.toString(Qt::ISODate));
        });
        if (lastDay == today.addDays(-1) && !c.instalment[i])
            brokenYesterday = true;
        if (c.instalment[i] && lastDay < today && lastDay >= today.addDays(-7))
            missedInstalment = true;
    }

    e.sortKey = 0;
    if (c.callbackDueMs > 0 && c.callbackDueMs <= nowMs + strategy.callbackLeadMinutes * 60'000LL) {
        e.group = QueueGroup::CallbackDue;
        e.sortKey = c.callbackDueMs;
        reasons.add("callback_due", 0, [&] {
            return QCoreApplication::translate("Queue", "The debtor asked to be called back at %1.")
                .arg(localTime(c.callbackDueMs, c.profile->zone));
        });
    } else if (dueToday > 0) {
        e.group = QueueGroup::PromiseDueToday;
        e.sortKey = -dueToday;
        reasons.add("promise_due_today", 0, [&] {
            return QCoreApplication::translate("Queue", "A promise of %1 is due today.")
                .arg(money(dueToday, e.currency));
        });
    } else if (brokenYesterday) {
        e.group = QueueGroup::PromiseBrokenYesterday;
        reasons.add("promise_broken_yesterday", 0,
                    [] { return QCoreApplication::translate("Queue", "A promise was broken yesterday."); });
    } else if (c.placedAtMs > 0 && c.placedAtMs >= nowMs - strategy.newPlacementDays * kDayMs &&
               c.lastOutboundMs == 0) {
        e.group = QueueGroup::NewPlacement;
        e.sortKey = -c.placedAtMs;
        reasons.add("new_placement", 0,
                    [] { return QCoreApplication::translate("Queue", "New placement, not contacted yet."); });
    } else if (missedInstalment) {
        e.group = QueueGroup::MissedInstalment;
        reasons.add("missed_instalment", 0,
                    [] { return QCoreApplication::translate("Queue", "A plan instalment was missed."); });
    } else {
        e.group = QueueGroup::Scored;
    }

    // The score orders the scored group and breaks ties elsewhere; each part is a reason.
    const ScoreWeights& w = strategy.score;
    const double balancePoints = std::min(
        w.maxBalancePoints, w.per1000Balance * static_cast<double>(std::max<qint64>(0, e.balanceMinor)) /
                                (1000.0 * std::pow(10.0, e.currency.minorDigits)));
    reasons.add("balance", balancePoints, [&] {
        return QCoreApplication::translate("Queue", "Balance %1.").arg(money(e.balanceMinor, e.currency));
    });
    reasons.add("dpd", std::min(w.maxDpdPoints, w.perDpdDay * e.daysPastDue),
                [&] { return QCoreApplication::translate("Queue", "%1 days past due.").arg(e.daysPastDue); });
    if (const auto stage = w.stagePoints.find(e.stage); stage != w.stagePoints.end())
        reasons.add("stage", stage->second,
                    [&] { return QCoreApplication::translate("Queue", "Stage %1.").arg(codeOf(e.stage)); });
    if (c.lastRightPartyMs >= nowMs - kRecentRightPartyDays * kDayMs && c.lastRightPartyMs > 0)
        reasons.add("recent_right_party", w.recentRightPartyPoints, [] {
            return QCoreApplication::translate("Queue", "Reached the debtor in the last 30 days.");
        });
    if (c.lastOutboundMs > nowMs - segment->cadenceDays * kDayMs && c.lastOutboundMs > 0)
        reasons.add("contacted_recently", w.contactedWithinCadencePoints, [&] {
            return QCoreApplication::translate("Queue", "Contacted %1; the %2 cadence is every %3 day(s).")
                .arg(localTime(c.lastOutboundMs, c.profile->zone), segment->id)
                .arg(segment->cadenceDays);
        });
    if (segment->legalReferralAfterDpd > 0 && e.daysPastDue >= segment->legalReferralAfterDpd)
        reasons.add("legal_referral", 0, [&] {
            return QCoreApplication::translate("Queue", "%1 days past due: consider legal referral.")
                .arg(e.daysPastDue);
        });

    // Accounts the gate blocks right now are not hidden: they wait, with the rule and the time contact
    // reopens (none: until what blocks it is cleared).
    if (!e.phoneId.isNull() && e.gate.verdict == GateVerdict::Blocked) {
        e.group = QueueGroup::NotNow;
        e.sortKey =
            e.gate.reopensAt ? e.gate.reopensAt->toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        if (explain)
            e.reasons.insert(
                e.reasons.begin(),
                {QStringLiteral("not_now"),
                 QCoreApplication::translate("Queue", "Not now: %1 (%2).").arg(e.gate.reason, e.gate.ruleId),
                 0});
    }

    // Until when all of the above holds: the debtor's next midnight (days past due, promises), and every
    // turning point of a time test above: a callback coming due, a placement no longer new, a right-party
    // contact or a cadence running out, the gate's window closing or reopening.
    qint64 until = c.profile->nextMidnightMs;
    const auto turn = [&](qint64 ms) {
        if (ms > nowMs)
            until = std::min(until, ms);
    };
    if (c.callbackDueMs > 0)
        turn(c.callbackDueMs - strategy.callbackLeadMinutes * 60'000LL);
    if (c.placedAtMs > 0)
        turn(c.placedAtMs + strategy.newPlacementDays * kDayMs + 1);
    if (c.lastRightPartyMs > 0)
        turn(c.lastRightPartyMs + kRecentRightPartyDays * kDayMs + 1);
    if (c.lastOutboundMs > 0)
        turn(c.lastOutboundMs + segment->cadenceDays * kDayMs);
    if (!e.phoneId.isNull()) {
        if (e.gate.reopensAt)
            turn(e.gate.reopensAt->toMSecsSinceEpoch());
        if (e.gate.allowedUntil)
            turn(e.gate.allowedUntil->toMSecsSinceEpoch());
        // While blocked, which rule blocks first can change before contact reopens: when the hours open or
        // close over a quiet period, a cap or a missing consent (the others turn at midnight).
        if (e.gate.verdict == GateVerdict::Blocked && c.profile->hoursTurnMs > 0)
            turn(c.profile->hoursTurnMs);
    }
    c.validUntilMs = until;
}

StoredRank rankOf(const Candidate& c)
{
    const QueueEntry& e = c.entry;
    const auto ms = [](const std::optional<QDateTime>& t) { return t ? t->toMSecsSinceEpoch() : 0; };
    return {static_cast<int>(e.group),
            e.sortKey,
            e.score,
            e.daysPastDue,
            e.promise ? codeOf(*e.promise).toUtf8() : QByteArray(),
            e.phoneId.isNull() ? QByteArray() : verdictCode(e.gate.verdict).toUtf8(),
            e.gate.ruleId.toUtf8(),
            e.gate.reason.toUtf8(),
            ms(e.gate.reopensAt),
            ms(e.gate.allowedUntil),
            c.validUntilMs};
}

QString strategyKey(const Strategy& strategy)
{
    return strategy.id + QLatin1Char('@') + strategy.version;
}

// Rewrites the queue's indexes around `write` in one transaction: they are dropped, the rows written, and
// each index built again from its own definition (sorted once instead of updated row by row). For 100,000
// places this is 1.7 s against 8 s in transactions of a few thousand rows (queue_bench, this machine).
Status writeWithIndexesRebuilt(Database& db, const std::function<Status()>& write)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    std::vector<std::pair<QString, QString>> indexes;
    {
        auto defined = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = 'queue_account' AND sql IS NOT NULL");
        if (!defined)
            return defined.error();
        if (auto read = defined.value().forEachRow(
                [&](const Statement& s) { indexes.emplace_back(s.text(0), s.text(1)); });
            !read)
            return read;
    }
    for (const auto& index : indexes)
        if (auto dropped = db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.first).toUtf8().constData());
            !dropped)
            return dropped;
    if (auto written = write(); !written)
        return written;
    for (const auto& index : indexes)
        if (auto built = db.exec(index.second.toUtf8().constData()); !built)
            return built;
    return tx.value().commit();
}

// Writes the places that moved since the last ranking (most do not between two rankings of a day) and when
// the collector's queue was ranked.
Status storeRanks(Database& db, const Strategy& strategy, const Id& collectorId, const QDateTime& at,
                  const std::vector<Candidate>& candidates, const QueueWriteTuning& tuning)
{
    auto update = db.prepare(
        "UPDATE queue_account SET rank_group = ?1, rank_key = ?2, rank_score = ?3, rank_order = -?3, "
        "section = ?1 = ?14, dpd = ?4, promise_state = "
        "?5, gate_verdict = ?6, gate_rule = ?7, gate_reason = ?8, gate_reopens_ms = ?9, gate_until_ms = ?10, "
        "rank_until_ms = ?13 WHERE collector_id = ?11 AND account_id = ?12");
    if (!update)
        return update.error();
    const QByteArray collector = collectorId.toBytes();
    // In the table's key order: a transaction then writes the rows' pages one after another.
    std::vector<std::pair<const Candidate*, StoredRank>> moved;
    for (const Candidate& c : candidates)
        if (StoredRank rank = rankOf(c); rank != c.stored)
            moved.emplace_back(&c, std::move(rank));
    std::sort(moved.begin(), moved.end(), [](const auto& a, const auto& b) {
        return a.first->entry.accountId < b.first->entry.accountId; // bytewise, as SQLite orders blobs
    });
    const auto writeOne = [&](const Candidate& c, const StoredRank& rank) {
        update.value().reset();
        update.value()
            .bind(1, rank.group)
            .bind(2, rank.key)
            .bind(3, rank.score)
            .bind(4, rank.dpd)
            .bind(5, QString::fromUtf8(rank.promise))
            .bind(6, QString::fromUtf8(rank.verdict))
            .bind(7, QString::fromUtf8(rank.rule))
            .bind(8, QString::fromUtf8(rank.reason))
            .bind(9, rank.reopensMs)
            .bind(10, rank.untilMs)
            .bind(11, collector)
            .bind(12, c.entry.accountId.toBytes())
            .bind(13, rank.validUntilMs)
            .bind(14, static_cast<int>(QueueGroup::NotNow));
        return update.value().run();
    };
    const bool own = !db.inTransaction();
    const auto movedCount = static_cast<qint64>(moved.size());
    // Most of the table moving: the indexes are built again rather than updated row by row (QueueWriteTuning
    // says when). Otherwise a few thousand rows per transaction, so a collector logging a call meanwhile
    // waits milliseconds (each row's place is right on its own; the time ranked goes last).
    // (Not while another statement on this connection is reading: dropping an index would be refused.)
    bool rebuild = own && movedCount >= tuning.rebuildIndexesFrom &&
                   movedCount <= tuning.rebuildIndexesAtMost && !db.hasStatementsInProgress();
    if (rebuild) {
        auto tableRows = db.queryInt("SELECT count(*) FROM queue_account");
        if (!tableRows)
            return tableRows.error();
        rebuild = movedCount * 2 >= tableRows.value();
    }
    if (rebuild) {
        if (auto written = writeWithIndexesRebuilt(db,
                                                   [&]() -> Status {
                                                       for (const auto& [c, rank] : moved)
                                                           if (auto done = writeOne(*c, rank); !done)
                                                               return done;
                                                       return {};
                                                   });
            !written)
            return written;
    } else {
        constexpr int kRowsPerTransaction = 4000;
        std::optional<Transaction> tx;
        int written = 0;
        for (const auto& [c, rank] : moved) {
            if (own && !tx) {
                auto begun = Transaction::begin(db);
                if (!begun)
                    return begun.error();
                tx.emplace(std::move(begun.value()));
            }
            if (auto done = writeOne(*c, rank); !done)
                return done;
            if (tx && ++written % kRowsPerTransaction == 0) {
                if (auto done = tx->commit(); !done)
                    return done;
                tx.reset();
            }
        }
        if (tx)
            if (auto done = tx->commit(); !done)
                return done;
    }
    auto ranked =
        db.prepare("INSERT OR REPLACE INTO queue_ranked (collector_id, at_ms, strategy) VALUES (?, ?, ?)");
    if (!ranked)
        return ranked.error();
    return ranked.value()
        .bind(1, collector)
        .bind(2, at.toMSecsSinceEpoch())
        .bind(3, strategyKey(strategy))
        .run();
}

bool before(const QueueEntry& a, const QueueEntry& b)
{
    if (a.group != b.group)
        return a.group < b.group;
    if (a.group == QueueGroup::Scored) {
        if (a.score != b.score)
            return a.score > b.score;
    } else if (a.sortKey != b.sortKey) {
        return a.sortKey < b.sortKey;
    } else if (a.score != b.score) {
        return a.score > b.score;
    }
    if (a.reference != b.reference)
        return a.reference < b.reference;
    return a.accountId < b.accountId; // bytewise, as SQLite orders blobs
}

} // namespace

namespace {
// The highest days past due of each bucket but the last (which has none).
constexpr int kBucketUpper[kDpdBucketCount - 1] = {0, 30, 60, 90, 180, 360};
} // namespace

int dpdBucket(int daysPastDue)
{
    for (int bucket = 0; bucket < kDpdBucketCount - 1; ++bucket)
        if (daysPastDue <= kBucketUpper[bucket])
            return bucket;
    return kDpdBucketCount - 1;
}

std::pair<int, int> dpdBucketRange(int bucket)
{
    const int low = bucket == 0 ? std::numeric_limits<int>::min() : kBucketUpper[bucket - 1] + 1;
    const int high = bucket == kDpdBucketCount - 1 ? std::numeric_limits<int>::max() : kBucketUpper[bucket];
    return {low, high};
}

QString dpdBucketLabel(int bucket)
{
    switch (bucket) {
    case 0:
        return QCoreApplication::translate("Queue", "current");
    case 1:
        return QStringLiteral("1–30");
    case 2:
        return QStringLiteral("31–60");
    case 3:
        return QStringLiteral("61–90");
    case 4:
        return QStringLiteral("91–180");
    case 5:
        return QStringLiteral("181–360");
    default:
        return QStringLiteral("360+");
    }
}

QString queueGroupCode(QueueGroup group)
{
    switch (group) {
    case QueueGroup::CallbackDue:
        return QStringLiteral("callback_due");
    case QueueGroup::PromiseDueToday:
        return QStringLiteral("promise_due_today");
    case QueueGroup::PromiseBrokenYesterday:
        return QStringLiteral("promise_broken_yesterday");
    case QueueGroup::NewPlacement:
        return QStringLiteral("new_placement");
    case QueueGroup::MissedInstalment:
        return QStringLiteral("missed_instalment");
    case QueueGroup::Scored:
        return QStringLiteral("scored");
    case QueueGroup::NotNow:
        return QStringLiteral("not_now");
    }
    return {};
}

Result<Id> findCollector(Database& db, const QString& loginOrId)
{
    QString key = loginOrId;
    // Ids are also taken as 32 hex digits, the way SQLite's hex() prints them.
    if (key.size() == 32)
        if (const Id hex = Id::fromBytes(QByteArray::fromHex(key.toLatin1())); !hex.isNull())
            key = hex.toString();
    auto user = findUser(db, key);
    if (!user)
        return user.error();
    if (!user.value() || user.value()->role != UserRole::Collector)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("no collector has that login or id: check the spelling against the team list"));
    return user.value()->id;
}

namespace {

// Candidates with the profiles they point to.
struct Ranked
{
    std::unique_ptr<GateProfiles> profiles;
    std::vector<Candidate> candidates;
};

// Brings the snapshot up to date, then reads and ranks every candidate `where` picks (reasons' sentences only
// when `explain`).
Result<Ranked> rankCandidates(Database& db, const Strategy& strategy, const char* where,
                              const QByteArray& key, const QDateTime& at, bool explain)
{
    // Rows keep the calls since some instant; a queue asked for an earlier moment needs them from earlier.
    const qint64 callsSince = at.toMSecsSinceEpoch() - kGateHistoryMs;
    // (Rarely: only when a queue is asked for a moment before the rows were last read; the index answers.)
    bool readFromLater = false;
    {
        // Finished before the snapshot is written: a statement left stepping holds a read snapshot, and the
        // write after it fails at once (SQLITE_BUSY_SNAPSHOT) when another connection wrote meanwhile.
        auto newest = db.prepare("SELECT coalesce(max(recent_since_ms), 0) > ? FROM queue_account");
        if (!newest)
            return newest.error();
        newest.value().bind(1, callsSince);
        if (auto row = newest.value().step(); !row)
            return row.error();
        readFromLater = newest.value().int64(0) != 0;
    }
    if (readFromLater) {
        const QByteArray older = "INSERT OR IGNORE INTO queue_dirty SELECT account_id FROM queue_account " +
                                 QByteArray(where) + " AND recent_since_ms > ?3";
        auto mark = db.prepare(older.constData());
        if (!mark)
            return mark.error();
        bindWhere(mark.value(), where, key, at);
        if (auto marked = mark.value().bind(3, callsSince).run(); !marked)
            return marked.error();
    }
    const QDate promisesSince = promisesSinceFor(at);
    if (auto fresh = refreshQueueSnapshot(db, callsSince, promisesSince); !fresh)
        return fresh.error();
    Ranked ranked{std::make_unique<GateProfiles>(db, at), {}};
    std::vector<Candidate>& candidates = ranked.candidates;
    if (auto ok = loadSnapshot(db, where, key, at, *ranked.profiles, candidates); !ok)
        return ok.error();
    for (Candidate& c : candidates)
        readPromises(c, promisesSince);
    if (auto ok = askGate(db, at, candidates); !ok)
        return ok.error();
    for (Candidate& c : candidates)
        classify(c, strategy, at, explain);
    return ranked;
}

} // namespace

namespace {

// Whether the places stored for the collector may be kept where their time has not come: they were ranked
// by this strategy at or before `at`, and no contact budget is leased (leases arrive by sync, which the
// snapshot's marks do not follow).
Result<bool> storedRanksHold(Database& db, const Strategy& strategy, const Id& collectorId,
                             const QDateTime& at)
{
    auto leases = db.queryInt("SELECT count(*) FROM contact_lease WHERE state = 'held'");
    if (!leases)
        return leases.error();
    if (leases.value() > 0)
        return false;
    auto ranked = db.prepare("SELECT at_ms, strategy FROM queue_ranked WHERE collector_id = ?");
    if (!ranked)
        return ranked.error();
    ranked.value().bind(1, collectorId.toBytes());
    auto row = ranked.value().step();
    if (!row)
        return row.error();
    return row.value() && ranked.value().int64(0) <= at.toMSecsSinceEpoch() &&
           ranked.value().text(1) == strategyKey(strategy);
}

// Ranks the collector's queue at `at` and stores what moved (within the caller's transaction when there is
// one). With `onlyDue`, only the accounts whose place may have moved since the last ranking are read (those
// the snapshot refreshed, and those whose time came); otherwise all of them.
Result<Ranked> rankAndStore(Database& db, const Strategy& strategy, const Id& collectorId,
                            const QDateTime& at, bool onlyDue, const QueueWriteTuning& tuning = {})
{
    // The snapshot is refreshed in a transaction of its own, the candidates read in one statement and the
    // places written afterwards (storeRanks): no write lock is held while places are worked out.
    bool due = false;
    if (onlyDue) {
        auto hold = storedRanksHold(db, strategy, collectorId, at);
        if (!hold)
            return hold.error();
        due = hold.value();
    }
    const QByteArray key = collectorId.toBytes();
    auto candidates =
        due ? rankCandidates(
                  db, strategy,
                  "INDEXED BY queue_account_expiring WHERE collector_id = ?1 AND rank_until_ms <= ?2", key,
                  at, false)
            : rankCandidates(db, strategy, "WHERE collector_id = ?1", key, at, false);
    if (!candidates)
        return candidates.error();
    if (auto stored = storeRanks(db, strategy, collectorId, at, candidates.value().candidates, tuning);
        !stored)
        return stored.error();
    return candidates;
}

} // namespace

Result<QueueRanking> rankQueue(Database& db, const Strategy& strategy, const Id& collectorId,
                               const QDateTime& at, const QueueWriteTuning& tuning)
{
    auto ranked = rankAndStore(db, strategy, collectorId, at.toUTC(), true, tuning);
    if (!ranked)
        return ranked.error();
    QueueRanking ranking;
    ranking.at = at.toUTC();
    ranking.reranked = static_cast<int>(ranked.value().candidates.size());
    // Counted on the order index (the rows themselves are wide): all, and those in "not now".
    auto counts = db.prepare(
        "SELECT count(*), coalesce(sum(section), 0) FROM queue_account INDEXED BY queue_account_order "
        "WHERE collector_id = ?");
    if (!counts)
        return counts.error();
    counts.value().bind(1, collectorId.toBytes());
    if (auto row = counts.value().step(); !row)
        return row.error();
    ranking.accounts = static_cast<int>(counts.value().int64(0));
    ranking.notNow = static_cast<int>(counts.value().int64(1));
    return ranking;
}

Result<int> queuePlacesDue(Database& db, const Strategy& strategy, const Id& collectorId, const QDateTime& at)
{
    auto hold = storedRanksHold(db, strategy, collectorId, at.toUTC());
    if (!hold)
        return hold.error();
    auto marked = queueSnapshotBacklog(db);
    if (!marked)
        return marked.error();
    auto due = db.prepare(
        hold.value() ? "SELECT count(*) FROM queue_account WHERE collector_id = ? AND "
                       "rank_until_ms <= ?"
                     : "SELECT count(*) FROM queue_account WHERE collector_id = ? AND ? IS NOT NULL");
    if (!due)
        return due.error();
    due.value().bind(1, collectorId.toBytes()).bind(2, at.toMSecsSinceEpoch());
    if (auto row = due.value().step(); !row)
        return row.error();
    return static_cast<int>(due.value().int64(0) + marked.value());
}

Result<std::vector<QueueEntry>> buildQueue(Database& db, const Strategy& strategy,
                                           const QueueOptions& options)
{
    const QDateTime at = options.at.toUTC();
    auto candidates = rankAndStore(db, strategy, options.collectorId, at, false);
    if (!candidates)
        return candidates.error();
    std::vector<Candidate>& all = candidates.value().candidates;
    std::sort(all.begin(), all.end(),
              [](const Candidate& a, const Candidate& b) { return before(a.entry, b.entry); });
    if (options.limit > 0 && all.size() > static_cast<std::size_t>(options.limit))
        all.resize(static_cast<std::size_t>(options.limit));
    std::vector<QueueEntry> queue;
    queue.reserve(all.size());
    for (Candidate& c : all) {
        classify(c, strategy, at, true); // the sentences, for the entries returned only
        queue.push_back(std::move(c.entry));
    }
    return queue;
}

Result<QueueEntry> explainQueueEntry(Database& db, const Strategy& strategy, const Id& accountId,
                                     const QDateTime& at)
{
    auto candidates =
        rankCandidates(db, strategy, "WHERE account_id = ?", accountId.toBytes(), at.toUTC(), true);
    if (!candidates)
        return candidates.error();
    if (candidates.value().candidates.empty())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("that account is not in any queue: it is not active or not assigned"));
    return std::move(candidates.value().candidates.front().entry);
}

} // namespace collector
