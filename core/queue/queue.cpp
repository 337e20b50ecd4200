#include "queue/queue.h"

#include "compliance/collectorfacts.h"
#include "compliance/leasebook.h"
#include "compliance/storefacts.h"
#include "domain/promises.h"
#include "queue/queuesnapshot.h"
#include "queue/queuewrite.h"
#include "store/database.h"
#include "store/domainwriter.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "users/users.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QTimeZone>
#include <QVariant>
#include <QtEndian>
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

// What a queue row shows of the gate's answer: nothing that moves with the day while the answer stands (an
// allowed call's closing time and sentence are not shown for a row, and are left out).
struct GatePlace
{
    QByteArray verdict; // empty: no number to ask about
    QByteArray rule;
    QByteArray reason; // blocked only
    qint64 reopensMs = 0;

    bool operator==(const GatePlace&) const = default;
};

GatePlace gatePlaceOf(const GateDecision& d)
{
    const bool blocked = d.verdict == GateVerdict::Blocked;
    return {verdictCode(d.verdict).toUtf8(), d.ruleId.toUtf8(), blocked ? d.reason.toUtf8() : QByteArray(),
            blocked && d.reopensAt ? d.reopensAt->toMSecsSinceEpoch() : 0};
}

// Where an account stood in the snapshot after the last build: a row is written only when this changes.
struct StoredRank
{
    int group = 99;
    qint64 key = 0;
    double score = 0;
    qint64 dpdOrder = kOwesNothingPastDue; // the day days past due count from, negated
    int dpdBucket = 0;
    QByteArray promise;
    GatePlace gate;
    qint64 gateProfile = 0;  // the debtor's gate profile (0: no number to ask about)
    bool gateOwn = false;    // the answer is the account's own, not the profile's
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
    qint64 id = 0;                      // stable across builds: derived from the facts it is made of
    bool used = false;                  // an account with a number has it (so it is kept, with its turn)
    std::map<qint64, qint64> midnights; // julian day -> when it starts in the zone (asked for day crossings)

    // When the plain answer may next change: its window closing or reopening, the hours turning, midnight.
    qint64 turnMs(qint64 nowMs) const
    {
        qint64 turn = nextMidnightMs;
        const auto consider = [&](qint64 ms) {
            if (ms > nowMs)
                turn = std::min(turn, ms);
        };
        consider(hoursTurnMs);
        if (plain && plain->reopensAt)
            consider(plain->reopensAt->toMSecsSinceEpoch());
        if (plain && plain->allowedUntil)
            consider(plain->allowedUntil->toMSecsSinceEpoch());
        return turn;
    }
    // When `day` starts in the debtor's zone.
    qint64 midnightOf(const QDate& day)
    {
        const auto [at, made] = midnights.try_emplace(day.toJulianDay(), 0);
        if (made)
            at->second = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
        return at->second;
    }
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
    bool plainGate = false;                // set by askGate: the gate's answer is its profile's
    qint64 dpdOrder = kOwesNothingPastDue; // set by classify
    qint64 validUntilMs = 0;               // set by classify: when this account's place may next move
};

// The snapshot's columns, in the order loadSnapshot reads them.
constexpr const char* kSnapshotColumns =
    "SELECT account_id, reference, stage, currency, placed_at_ms, first_due, balance_minor, paid_minor, "
    "last_outbound_ms, last_right_party_ms, last_outcome, callback_due_ms, debtor_id, "
    "time_zone, contact_not_before, contact_not_after, contact_hours_agreed, no_channels, vulnerable, "
    "rule_pack, rule_tightening, phone_id, phone_zones, phone_consent, phone_key, stops, recent_calls, "
    "recent_since_ms, promises, payments, rank_group, rank_key, rank_score, dpd_order, dpd_bucket, "
    "promise_state, gate_verdict, gate_rule, gate_reason, gate_reopens_ms, gate_profile, gate_own, "
    "rank_until_ms FROM queue_account ";
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

// A profile's id from its facts' bytes: the same in every build and process (a hash of the process's seed
// would not be), 63 bits so it is a positive SQLite integer.
qint64 profileId(const QByteArray& key)
{
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    const auto id = static_cast<qint64>(qFromBigEndian<quint64>(digest.constData()) >> 1);
    return id == 0 ? 1 : id;
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
        profile->id = profileId(key);
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

public:
    const std::vector<std::unique_ptr<GateProfile>>& all() const { return m_owned; }
};

// The first column of the one row `sql` gives with `values` bound in order (?1, ?2 …); the statement is
// finished before it returns, so it holds no read snapshot on the connection.
Result<qint64> boundInt(Database& db, const char* sql, std::initializer_list<QVariant> values)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    int index = 0;
    for (const QVariant& v : values) {
        ++index;
        if (v.typeId() == QMetaType::QByteArray)
            q.value().bind(index, v.toByteArray());
        else
            q.value().bind(index, v.toLongLong());
    }
    auto row = q.value().step();
    if (!row)
        return row.error();
    return row.value() ? q.value().int64(0) : 0;
}

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
        out.reserve(out.size() + static_cast<std::size_t>(n.value().int64(0)));
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
                    s.int64(33),
                    static_cast<int>(s.int64(34)),
                    copyOf(s, 35),
                    {copyOf(s, 36), copyOf(s, 37), copyOf(s, 38), s.int64(39)},
                    s.int64(40),
                    s.int64(41) != 0,
                    s.int64(42)};
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
        const auto stop = stopFact(
            QString::fromLatin1(f[0]), isoDate(f[1]), f[2].isEmpty() ? QDate() : isoDate(f[2]),
            f[3].isEmpty() ? std::nullopt : std::optional<qint64>(f[3].toLongLong()), c.profile->zone);
        if (stop)
            stops.push_back(*stop);
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
        HistoryItem h =
            historyItem(ms, QString::fromLatin1(f[1]), QString::fromLatin1(f[2]), QString::fromUtf8(f[3]),
                        f[4] == "1", QString::fromLatin1(f[6]), QString::fromLatin1(f[7]));
        h.sameDebt = f[5] == "1";
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
        // The profile's own answer is worked out even when no account takes it: it is kept with its turn,
        // when the answers of the profile's accounts are worked out again.
        profile->used = true;
        if (!profile->plain)
            profile->plain = evaluateContact(*profile->pack, profile->facts);
        GateFacts facts;
        const bool own =
            !c.stops.isEmpty() || !leases.value().empty() || calledWithin(c, atMs, profile->reachMs);
        if (!own) {
            c.entry.gate = *profile->plain;
            c.plainGate = true;
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

// The first day after `today` on which a promise's state or what the queue makes of it can change: the day
// it was made, the day it falls due and the next (due today), the day after its window (kept or broken), the
// day after that (no longer "broken yesterday"), a week on (no longer a missed instalment); invalid when
// none.
QDate nextPromiseTurn(const Candidate& c, const QDate& today)
{
    QDate next;
    const auto consider = [&](const QDate& day) {
        if (day > today && (!next.isValid() || day < next))
            next = day;
    };
    for (const PromiseTerms& p : c.promises) {
        consider(p.madeOn);
        consider(p.dueOn);
        consider(p.dueOn.addDays(1));
        consider(p.windowEnd().addDays(1));
        consider(p.windowEnd().addDays(2));
        consider(p.windowEnd().addDays(8));
    }
    return next;
}

// The first UTC day on which a promise or a payment the account's row lists falls out of what the queue reads
// (promisesSinceFor), so the promise's reasons leave with it; invalid when the row lists none.
QDate promiseHorizonTurn(const Candidate& c, const QDate& utcToday)
{
    QDate oldest;
    for (const PromiseTerms& p : c.promises)
        if (!oldest.isValid() || p.dueOn < oldest)
            oldest = p.dueOn;
    for (const DatedPayment& paid : c.payments)
        if (!oldest.isValid() || paid.paidOn < oldest)
            oldest = paid.paidOn;
    if (!oldest.isValid())
        return {};
    // Read while oldest >= utcToday - (kPromiseHistoryDays + 31): left out from the day after.
    const QDate gone = oldest.addDays(kPromiseHistoryDays + 31 + 1);
    return gone > utcToday ? gone : QDate();
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
    // Owing something past due once the first due day has gone by (daysPastDue's rule): the days count
    // from that day, whichever day the queue is asked on.
    const bool owing = c.firstDue.isValid() && e.balanceMinor > 0;
    c.dpdOrder = dpdOrderOf(owing ? c.firstDue : QDate());

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
    reasons.add("dpd", w.dpdPoints(e.daysPastDue),
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

    // Until when all of the above holds: every turning point of a time test above (a callback coming due, a
    // placement no longer new, a right-party contact or a cadence running out), the day the days past due
    // reach the strategy's next step or the next reporting bucket, the next day a promise's state can change
    // on. The gate's answer turns with the debtor's profile (queue_gate_profile), not row by row.
    qint64 until = std::numeric_limits<qint64>::max();
    const auto turn = [&](qint64 ms) {
        if (ms > nowMs)
            until = std::min(until, ms);
    };
    if (const QDate day = nextPromiseTurn(c, today); day.isValid())
        turn(c.profile->midnightOf(day));
    if (const QDate day = promiseHorizonTurn(c, at.date()); day.isValid())
        turn(QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    if (owing) {
        const auto [low, high] = dpdBucketRange(dpdBucket(e.daysPastDue));
        int next = high == std::numeric_limits<int>::max() ? 0 : high + 1;
        if (const int step = w.nextDpdStep(e.daysPastDue); step > 0 && (next == 0 || step < next))
            next = step;
        // Days past due reach `next` on the first due day plus that many days (at least tomorrow).
        if (next > 0)
            turn(c.profile->midnightOf(std::max(today.addDays(1), c.firstDue.addDays(next))));
    }
    if (c.callbackDueMs > 0)
        turn(c.callbackDueMs - strategy.callbackLeadMinutes * 60'000LL);
    if (c.placedAtMs > 0)
        turn(c.placedAtMs + strategy.newPlacementDays * kDayMs + 1);
    if (c.lastRightPartyMs > 0)
        turn(c.lastRightPartyMs + kRecentRightPartyDays * kDayMs + 1);
    if (c.lastOutboundMs > 0)
        turn(c.lastOutboundMs + segment->cadenceDays * kDayMs);
    // An answer of the account's own turns when it reopens (a quiet period or a rolling cap running out);
    // its other turns are its profile's (a window opening or closing, a midnight for the daily caps), when
    // the own answers of the profile's accounts are worked out again (rankAndStore).
    if (!e.phoneId.isNull() && !c.plainGate && e.gate.reopensAt)
        turn(e.gate.reopensAt->toMSecsSinceEpoch());
    c.validUntilMs = until;
}

StoredRank rankOf(const Candidate& c)
{
    const QueueEntry& e = c.entry;
    return {static_cast<int>(e.group),
            e.sortKey,
            e.score,
            c.dpdOrder,
            dpdBucket(e.daysPastDue),
            e.promise ? codeOf(*e.promise).toUtf8() : QByteArray(),
            e.phoneId.isNull() ? GatePlace() : gatePlaceOf(e.gate),
            e.phoneId.isNull() ? 0 : c.profile->id,
            !e.phoneId.isNull() && !c.plainGate,
            c.validUntilMs};
}

QString strategyKey(const Strategy& strategy)
{
    return strategy.id + QLatin1Char('@') + strategy.version;
}

// Keeps the gate answers of the profiles this build used (their rows name them) with when each turns, forgets
// the profiles no row names any more, and notes when and by which strategy the collector's queue was ranked.
// Written in the transaction that writes the last places: a build that stops half-way leaves its
// profiles and its time unwritten, and the next build (finding no time) works every place out again.
Status finishRanking(Database& db, const Strategy& strategy, const QByteArray& collector, const QDateTime& at,
                     const GateProfiles& profiles, const std::vector<qint64>& gone)
{
    auto keep = db.prepare(
        "INSERT OR REPLACE INTO queue_gate_profile (collector_id, profile, turn_ms, verdict, rule, reason, "
        "reopens_ms) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!keep)
        return keep.error();
    const qint64 nowMs = at.toMSecsSinceEpoch();
    for (const auto& profile : profiles.all()) {
        if (!profile->used || !profile->plain)
            continue; // no account with a number has it
        const GatePlace place = gatePlaceOf(*profile->plain);
        keep.value().reset();
        if (auto kept = keep.value()
                            .bind(1, collector)
                            .bind(2, profile->id)
                            .bind(3, profile->turnMs(nowMs))
                            .bind(4, QString::fromUtf8(place.verdict))
                            .bind(5, QString::fromUtf8(place.rule))
                            .bind(6, QString::fromUtf8(place.reason))
                            .bind(7, place.reopensMs)
                            .run();
            !kept)
            return kept;
    }
    auto forget = db.prepare("DELETE FROM queue_gate_profile WHERE collector_id = ? AND profile = ?");
    if (!forget)
        return forget.error();
    for (qint64 id : gone) {
        forget.value().reset();
        if (auto forgot = forget.value().bind(1, collector).bind(2, id).run(); !forgot)
            return forgot;
    }
    auto ranked =
        db.prepare("INSERT OR REPLACE INTO queue_ranked (collector_id, at_ms, strategy) VALUES (?, ?, ?)");
    if (!ranked)
        return ranked.error();
    return ranked.value().bind(1, collector).bind(2, nowMs).bind(3, strategyKey(strategy)).run();
}

// The columns of a place that differ between two of its rankings (PlaceColumns bits).
unsigned changedColumns(const StoredRank& was, const StoredRank& is)
{
    unsigned mask = 0;
    if (was.group != is.group)
        mask |= kPlaceGroup;
    if (was.key != is.key)
        mask |= kPlaceKey;
    if (was.score != is.score)
        mask |= kPlaceScore;
    if (was.dpdOrder != is.dpdOrder)
        mask |= kPlaceDpd;
    if (was.dpdBucket != is.dpdBucket)
        mask |= kPlaceBucket;
    if (was.promise != is.promise)
        mask |= kPlacePromise;
    if (was.gate != is.gate)
        mask |= kPlaceGate;
    if (was.gateProfile != is.gateProfile || was.gateOwn != is.gateOwn)
        mask |= kPlaceProfile;
    if (was.validUntilMs != is.validUntilMs)
        mask |= kPlaceUntil;
    return mask;
}

struct MovedPlace
{
    const Candidate* candidate;
    StoredRank rank;
    unsigned columns; // what moved (PlaceColumns)
};

// The indexes worth building again rather than updating row by row: those that a large share of the table's
// rows change (QueueWriteTuning says how large). None when another statement on this connection is reading
// (dropping an index would be refused) or when the store's write lock would be held too long.
Result<std::vector<QueueIndex>> indexesToRebuild(Database& db, const std::vector<MovedPlace>& moved,
                                                 const QueueWriteTuning& tuning)
{
    std::vector<QueueIndex> chosen;
    auto tableRows = rebuildableTableRows(db, static_cast<qint64>(moved.size()), tuning);
    if (!tableRows)
        return tableRows.error();
    if (!tableRows.value())
        return chosen;
    std::map<unsigned, qint64> rowsPerMask;
    for (const MovedPlace& m : moved)
        ++rowsPerMask[m.columns];
    auto indexes = queueAccountIndexes(db);
    if (!indexes)
        return indexes.error();
    for (QueueIndex& index : indexes.value()) {
        qint64 touched = 0;
        for (const auto& [mask, rows] : rowsPerMask)
            if (mask & index.columns)
                touched += rows;
        if (worthRebuilding(tuning, touched, *tableRows.value()))
            chosen.push_back(std::move(index));
    }
    return chosen;
}

// Writes the places that moved since the last ranking (most do not between two rankings of a day), each with
// the columns that moved only, then the profiles' answers and when the collector's queue was ranked.
Status storeRanks(Database& db, const Strategy& strategy, const Id& collectorId, const QDateTime& at,
                  const std::vector<Candidate>& candidates, const GateProfiles& profiles,
                  const std::vector<qint64>& goneProfiles, const QueueWriteTuning& tuning, int& written,
                  QStringList& rebuiltIndexes)
{
    const QByteArray collector = collectorId.toBytes();
    // In the table's key order: a transaction then writes the rows' pages one after another.
    std::vector<MovedPlace> moved;
    for (const Candidate& c : candidates) {
        StoredRank rank = rankOf(c);
        if (rank == c.stored)
            continue;
        // An answer of its own that has come to equal its profile's (its calls aged out of the rules' reach)
        // is not a move by itself: the row is worked out at its profile's turns a little longer, and the flag
        // is brought up to date when something else about the place moves.
        if (!rank.gateOwn && c.stored.gateOwn) {
            StoredRank own = rank;
            own.gateOwn = true;
            if (own == c.stored)
                continue;
        }
        const unsigned columns = changedColumns(c.stored, rank);
        moved.push_back({&c, std::move(rank), columns});
    }
    // Bytewise, as SQLite orders blobs.
    std::sort(moved.begin(), moved.end(), [](const MovedPlace& a, const MovedPlace& b) {
        return a.candidate->entry.accountId < b.candidate->entry.accountId;
    });
    written = static_cast<int>(moved.size());
    // One statement per set of moved columns (a handful in a ranking), prepared when first needed.
    std::map<unsigned, Statement> updates;
    const auto writeOne = [&](const MovedPlace& m) -> Status {
        auto known = updates.find(m.columns);
        if (known == updates.end()) {
            auto prepared = db.prepare(placeUpdateSql(m.columns).constData());
            if (!prepared)
                return prepared.error();
            known = updates.emplace(m.columns, std::move(prepared.value())).first;
        }
        Statement& update = known->second;
        const StoredRank& rank = m.rank;
        update.reset();
        update.bind(kParamCollector, collector).bind(kParamAccount, m.candidate->entry.accountId.toBytes());
        if (m.columns & kPlaceGroup)
            update.bind(kParamGroup, rank.group)
                .bind(kParamNotNowGroup, static_cast<int>(QueueGroup::NotNow));
        if (m.columns & kPlaceKey)
            update.bind(kParamKey, rank.key);
        if (m.columns & kPlaceScore)
            update.bind(kParamScore, rank.score);
        if (m.columns & kPlaceDpd)
            update.bind(kParamDpdOrder, rank.dpdOrder);
        if (m.columns & kPlaceBucket)
            update.bind(kParamDpdBucket, rank.dpdBucket);
        if (m.columns & kPlacePromise)
            update.bind(kParamPromise, QString::fromUtf8(rank.promise));
        if (m.columns & kPlaceGate)
            update.bind(kParamVerdict, QString::fromUtf8(rank.gate.verdict))
                .bind(kParamRule, QString::fromUtf8(rank.gate.rule))
                .bind(kParamReason, QString::fromUtf8(rank.gate.reason))
                .bind(kParamReopens, rank.gate.reopensMs);
        if (m.columns & kPlaceProfile)
            update.bind(kParamProfile, rank.gateProfile).bind(kParamOwn, rank.gateOwn ? 1 : 0);
        if (m.columns & kPlaceUntil)
            update.bind(kParamUntil, rank.validUntilMs);
        return update.run();
    };
    const auto writeAll = [&](std::size_t from, std::size_t to) -> Status {
        for (std::size_t i = from; i < to; ++i)
            if (auto done = writeOne(moved[i]); !done)
                return done;
        return {};
    };
    const auto finish = [&] { return finishRanking(db, strategy, collector, at, profiles, goneProfiles); };
    // Much of an index moving: it is built again rather than updated row by row (QueueWriteTuning says when),
    // in one transaction with the writes. Otherwise a few thousand rows per transaction, so a collector
    // logging a call meanwhile waits milliseconds (each row's place is right on its own; the time ranked goes
    // last).
    auto rebuild = indexesToRebuild(db, moved, tuning);
    if (!rebuild)
        return rebuild.error();
    for (const QueueIndex& index : rebuild.value())
        rebuiltIndexes << index.name;
    if (!rebuild.value().empty())
        return writeWithIndexesRebuilt(db, rebuild.value(), [&]() -> Status {
            if (auto done = writeAll(0, moved.size()); !done)
                return done;
            return finish();
        });
    if (db.inTransaction()) {
        if (auto done = writeAll(0, moved.size()); !done)
            return done;
        return finish();
    }
    constexpr std::size_t kRowsPerTransaction = 4000;
    for (std::size_t from = 0;; from += kRowsPerTransaction) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        // Places written over several transactions: the time ranked is forgotten in the first, so a build
        // that stops half-way is followed by one that works every place out again.
        if (from == 0 && moved.size() > kRowsPerTransaction) {
            auto forget = db.prepare("DELETE FROM queue_ranked WHERE collector_id = ?");
            if (!forget)
                return forget.error();
            if (auto forgot = forget.value().bind(1, collector).run(); !forgot)
                return forgot;
        }
        const std::size_t to = std::min(moved.size(), from + kRowsPerTransaction);
        if (auto done = writeAll(from, to); !done)
            return done;
        if (to == moved.size()) {
            if (auto done = finish(); !done)
                return done;
            return tx.value().commit();
        }
        if (auto done = tx.value().commit(); !done)
            return done;
    }
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
    int written = 0;            // places stored (the rest held)
    QStringList rebuiltIndexes; // built again around the writes rather than updated row by row
};

// Brings the snapshot up to date for a queue asked at `at`: rows keep the calls since some instant, and the
// rows `where` picks that were read for a later moment are read again from earlier.
Status freshenSnapshot(Database& db, const char* where, const QByteArray& key, const QDateTime& at,
                       const QueueWriteTuning& tuning)
{
    const qint64 callsSince = at.toMSecsSinceEpoch() - kGateHistoryMs;
    // (Rarely: only when a queue is asked for a moment before the rows were last read; the index answers.)
    // (Finished before the snapshot is written: a statement left stepping holds a read snapshot, and the
    // write after it fails at once, SQLITE_BUSY_SNAPSHOT, when another connection wrote meanwhile.)
    auto readFromLater =
        boundInt(db, "SELECT coalesce(max(recent_since_ms), 0) > ? FROM queue_account", {callsSince});
    if (!readFromLater)
        return readFromLater.error();
    if (readFromLater.value() != 0) {
        const QByteArray older = "INSERT OR IGNORE INTO queue_dirty SELECT account_id FROM queue_account " +
                                 QByteArray(where) + " AND recent_since_ms > ?3";
        auto mark = db.prepare(older.constData());
        if (!mark)
            return mark.error();
        bindWhere(mark.value(), where, key, at);
        if (auto marked = mark.value().bind(3, callsSince).run(); !marked)
            return marked;
    }
    return refreshQueueSnapshot(db, callsSince, promisesSinceFor(at), tuning);
}

// Reads and ranks the candidates each of `wheres` picks (none picks a row another does), the reasons'
// sentences only when `explain`.
Result<Ranked> rankRows(Database& db, const Strategy& strategy, const std::vector<QByteArray>& wheres,
                        const QByteArray& key, const QDateTime& at, bool explain,
                        std::unique_ptr<GateProfiles> profiles)
{
    Ranked ranked;
    ranked.profiles = std::move(profiles);
    std::vector<Candidate>& candidates = ranked.candidates;
    for (const QByteArray& where : wheres)
        if (auto ok = loadSnapshot(db, where.constData(), key, at, *ranked.profiles, candidates); !ok)
            return ok.error();
    const QDate promisesSince = promisesSinceFor(at);
    for (Candidate& c : candidates)
        readPromises(c, promisesSince);
    if (auto ok = askGate(db, at, candidates); !ok)
        return ok.error();
    for (Candidate& c : candidates)
        classify(c, strategy, at, explain);
    return ranked;
}

// Brings the snapshot up to date, then reads and ranks every candidate `where` picks.
Result<Ranked> rankCandidates(Database& db, const Strategy& strategy, const char* where,
                              const QByteArray& key, const QDateTime& at, bool explain)
{
    if (auto fresh = freshenSnapshot(db, where, key, at, QueueWriteTuning()); !fresh)
        return fresh.error();
    return rankRows(db, strategy, {QByteArray(where)}, key, at, explain,
                    std::make_unique<GateProfiles>(db, at));
}

// The profiles kept for the collector whose turn came by `at`: each one's answer is worked out again from
// one of its rows; where what its rows show is unchanged (an allowed window's next day) only the profile's
// turn moves (finishRanking), otherwise its rows are `changed` and ranked again. A profile no row names
// any more is `gone`.
struct TurnedProfiles
{
    std::vector<qint64> turned;  // that still have accounts: their own answers are worked out again
    std::vector<qint64> changed; // of those, the ones whose answer changed: all their accounts are too
    std::vector<qint64> gone;
};

// The rows of turned profiles that are not due of themselves (?1 the collector, ?2 the instant): those whose
// answer is their own, and all of a profile whose answer changed.
QByteArray rowsOfTurned(const TurnedProfiles& turned)
{
    const auto list = [](const std::vector<qint64>& ids) {
        QByteArray text;
        for (qint64 id : ids)
            text += (text.isEmpty() ? "" : ",") + QByteArray::number(id);
        return text;
    };
    QByteArray which = "gate_own = 1";
    if (!turned.changed.empty())
        which = "(gate_own = 1 OR gate_profile IN (" + list(turned.changed) + "))";
    return "INDEXED BY queue_account_by_profile WHERE collector_id = ?1 AND gate_profile IN (" +
           list(turned.turned) + ") AND " + which + " AND rank_until_ms > ?2";
}

Result<TurnedProfiles> turnedProfiles(Database& db, GateProfiles& profiles, const QByteArray& collector,
                                      const QDateTime& at)
{
    std::vector<std::pair<qint64, GatePlace>> due;
    {
        auto kept = db.prepare("SELECT profile, verdict, rule, reason, reopens_ms FROM queue_gate_profile "
                               "WHERE collector_id = ? AND turn_ms <= ?");
        if (!kept)
            return kept.error();
        kept.value().bind(1, collector).bind(2, at.toMSecsSinceEpoch());
        if (auto read = kept.value().forEachRow([&](const Statement& s) {
                due.emplace_back(s.int64(0), GatePlace{copyOf(s, 1), copyOf(s, 2), copyOf(s, 3), s.int64(4)});
            });
            !read)
            return read.error();
    }
    TurnedProfiles turned;
    if (due.empty())
        return turned;
    auto row = db.prepare(
        QByteArray(QByteArray(kSnapshotColumns) + "WHERE collector_id = ? AND gate_profile = ? LIMIT 1")
            .constData());
    if (!row)
        return row.error();
    for (const auto& [id, shown] : due) {
        row.value().reset();
        row.value().bind(1, collector).bind(2, id);
        auto found = row.value().step();
        if (!found)
            return found.error();
        if (!found.value()) {
            turned.gone.push_back(id);
            continue;
        }
        auto profile = profiles.of(row.value());
        if (!profile)
            return profile.error();
        GateProfile& p = *profile.value();
        p.used = true;
        if (!p.plain)
            p.plain = evaluateContact(*p.pack, p.facts);
        turned.turned.push_back(id);
        if (p.id != id || gatePlaceOf(*p.plain) != shown)
            turned.changed.push_back(id);
    }
    row.value().reset();
    return turned;
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
    if (auto fresh = freshenSnapshot(db, "WHERE collector_id = ?1", key, at, tuning); !fresh)
        return fresh.error();
    auto profiles = std::make_unique<GateProfiles>(db, at);
    std::vector<QByteArray> wheres;
    TurnedProfiles turned;
    if (due) {
        auto found = turnedProfiles(db, *profiles, key, at);
        if (!found)
            return found.error();
        turned = std::move(found.value());
        wheres.push_back("INDEXED BY queue_account_expiring WHERE collector_id = ?1 AND rank_until_ms <= ?2");
        if (!turned.turned.empty())
            wheres.push_back(rowsOfTurned(turned));
    } else {
        wheres.push_back("WHERE collector_id = ?1");
        // Every place is worked out again: the profiles kept are replaced by the ones this build uses.
        auto kept = db.prepare("SELECT profile FROM queue_gate_profile WHERE collector_id = ?");
        if (!kept)
            return kept.error();
        kept.value().bind(1, key);
        if (auto read =
                kept.value().forEachRow([&](const Statement& s) { turned.gone.push_back(s.int64(0)); });
            !read)
            return read.error();
    }
    auto candidates = rankRows(db, strategy, wheres, key, at, false, std::move(profiles));
    if (!candidates)
        return candidates.error();
    // A profile this build used is kept again, whatever was found of it before.
    std::erase_if(turned.gone, [&](qint64 id) {
        for (const auto& p : candidates.value().profiles->all())
            if (p->id == id && p->used)
                return true;
        return false;
    });
    if (auto stored = storeRanks(db, strategy, collectorId, at, candidates.value().candidates,
                                 *candidates.value().profiles, turned.gone, tuning,
                                 candidates.value().written, candidates.value().rebuiltIndexes);
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
    ranking.written = ranked.value().written;
    ranking.rebuiltIndexes = ranked.value().rebuiltIndexes;
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
    const QDateTime when = at.toUTC();
    auto hold = storedRanksHold(db, strategy, collectorId, when);
    if (!hold)
        return hold.error();
    auto marked = queueSnapshotBacklog(db);
    if (!marked)
        return marked.error();
    const QByteArray collector = collectorId.toBytes();
    if (!hold.value()) {
        auto all = boundInt(db, "SELECT count(*) FROM queue_account WHERE collector_id = ?", {collector});
        if (!all)
            return all.error();
        return static_cast<int>(all.value() + marked.value());
    }
    GateProfiles profiles(db, when);
    auto turned = turnedProfiles(db, profiles, collector, when);
    if (!turned)
        return turned.error();
    QByteArray sql = "SELECT (SELECT count(*) FROM queue_account INDEXED BY queue_account_expiring "
                     "WHERE collector_id = ?1 AND rank_until_ms <= ?2)";
    if (!turned.value().turned.empty())
        sql += " + (SELECT count(*) FROM queue_account " + rowsOfTurned(turned.value()) + ")";
    auto due = boundInt(db, sql.constData(), {collector, when.toMSecsSinceEpoch()});
    if (!due)
        return due.error();
    return static_cast<int>(due.value() + marked.value());
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
