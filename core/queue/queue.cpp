#include "queue/queue.h"

#include "compliance/collectorfacts.h"
#include "domain/promises.h"
#include "store/database.h"
#include "store/domainwriter.h"
#include "users/users.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace collector {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr int kPromiseHistoryDays = 180;
constexpr int kRecentRightPartyDays = 30;

// What the queue knows of one account before it orders them.
struct Candidate
{
    QueueEntry entry;
    QTimeZone zone;
    qint64 placedAtMs = 0;
    QDate firstDue;
    qint64 paidMinor = 0;
    qint64 lastOutboundMs = 0;
    qint64 lastRightPartyMs = 0;
    qint64 callbackDueMs = 0;
    std::vector<PromiseTerms> promises;
    std::vector<bool> instalment; // per promise: part of a plan
    std::vector<DatedPayment> payments;
};

const QTimeZone& zoneOf(QHash<QString, QTimeZone>& zones, const QString& id)
{
    auto it = zones.find(id);
    if (it == zones.end())
        it = zones.insert(id, QTimeZone(id.toUtf8()).isValid() ? QTimeZone(id.toUtf8()) : QTimeZone::utc());
    return it.value();
}

// Runs `sql` with the collector bound to the first parameter (and more by `bindRest`), row by row.
template <typename Row, typename Bind>
Status eachRow(Database& db, const char* sql, const Id& collector, Bind bindRest, Row row)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    q.value().bind(1, collector.toBytes());
    bindRest(q.value());
    return q.value().forEachRow(row);
}

constexpr auto kNoMoreParams = [](Statement&) {};

// Every query below starts from the collector's accounts (CROSS JOIN fixes that order in SQLite): left to
// itself the planner may start from a date index and walk the whole store's promises or ledger instead.
Status loadAccounts(Database& db, const Id& collector, QHash<QString, QTimeZone>& zones,
                    std::map<QByteArray, Candidate>& out)
{
    return eachRow(
        db,
        "SELECT a.id, a.creditor_reference, a.stage, a.currency, d.time_zone, coalesce(pl.placed_at_ms, 0) "
        "FROM account a JOIN account_party p ON p.account_id = a.id AND p.role = 'debtor' "
        "JOIN debtor d ON d.id = p.debtor_id LEFT JOIN placement pl ON pl.id = a.placement_id "
        "WHERE a.assigned_collector_id = ? AND a.status = 'active'",
        collector, kNoMoreParams, [&](const Statement& s) {
            Candidate c;
            c.entry.accountId = Id::fromBytes(s.blob(0));
            c.entry.reference = s.text(1);
            c.entry.stage = parseCode<Stage>(s.text(2)).value_or(Stage::Early);
            c.entry.currency = Currency::fromCode(s.text(3)).value_or(Currency());
            c.zone = zoneOf(zones, s.text(4));
            c.placedAtMs = s.int64(5);
            out.emplace(s.blob(0), std::move(c));
        });
}

// The first due date of each account, grouped in one pass rather than looked up account by account.
Status loadFirstDues(Database& db, const Id& collector, std::map<QByteArray, Candidate>& out)
{
    return eachRow(
        db,
        "SELECT u.account_id, min(u.due_on) FROM account a CROSS JOIN account_due u ON a.id = u.account_id "
        "WHERE a.assigned_collector_id = ? AND a.status = 'active' GROUP BY u.account_id",
        collector, kNoMoreParams, [&](const Statement& s) {
            if (auto it = out.find(s.blob(0)); it != out.end())
                it->second.firstDue = parseDateText(s.text(1));
        });
}

Status loadBalances(Database& db, const Id& collector, std::map<QByteArray, Candidate>& out)
{
    // The ledger's net sum, leaving out reversals and what they cancel: the balance a position computes
    // (charges less payments and write-offs), without allocating payments across components.
    return eachRow(
        db,
        "SELECT e.account_id, sum(CASE WHEN e.kind IN ('payment', 'write_off') THEN -e.amount_minor "
        "ELSE e.amount_minor END), sum(CASE WHEN e.kind = 'payment' THEN e.amount_minor ELSE 0 END) "
        "FROM account a CROSS JOIN ledger_entry e ON a.id = e.account_id "
        "WHERE a.assigned_collector_id = ? AND a.status = 'active' AND e.kind <> 'reversal' "
        "AND e.id NOT IN (SELECT reverses_id FROM ledger_entry WHERE kind = 'reversal' AND reverses_id IS "
        "NOT NULL) "
        "GROUP BY e.account_id",
        collector, kNoMoreParams, [&](const Statement& s) {
            if (auto it = out.find(s.blob(0)); it != out.end()) {
                it->second.entry.balanceMinor = s.int64(1);
                it->second.paidMinor = s.int64(2);
            }
        });
}

Status loadAttempts(Database& db, const Id& collector, std::map<QByteArray, Candidate>& out)
{
    return eachRow(db,
                   "SELECT t.account_id, max(CASE WHEN t.direction = 'outbound' THEN t.at_ms END), "
                   "max(CASE WHEN t.right_party = 1 THEN t.at_ms END) FROM account a "
                   "CROSS JOIN contact_attempt t ON a.id = t.account_id WHERE a.assigned_collector_id = ? "
                   "AND a.status = 'active' GROUP BY t.account_id",
                   collector, kNoMoreParams, [&](const Statement& s) {
                       if (auto it = out.find(s.blob(0)); it != out.end()) {
                           it->second.lastOutboundMs = s.isNull(1) ? 0 : s.int64(1);
                           it->second.lastRightPartyMs = s.isNull(2) ? 0 : s.int64(2);
                       }
                   });
}

Status loadLastOutcomes(Database& db, const Id& collector, std::map<QByteArray, Candidate>& out)
{
    // SQLite takes a bare column from the row that holds the max(): the outcome of the last contact.
    return eachRow(db,
                   "SELECT t.account_id, max(t.at_ms), t.outcome FROM account a CROSS JOIN contact_attempt t "
                   "ON a.id = t.account_id WHERE a.assigned_collector_id = ? AND a.status = 'active' "
                   "GROUP BY t.account_id",
                   collector, kNoMoreParams, [&](const Statement& s) {
                       if (auto it = out.find(s.blob(0)); it != out.end())
                           it->second.entry.lastOutcome = s.text(2);
                   });
}

Status loadCallbacks(Database& db, const Id& collector, std::map<QByteArray, Candidate>& out)
{
    return eachRow(
        db,
        "SELECT b.account_id, min(b.due_at_ms) FROM account a CROSS JOIN callback b ON a.id = b.account_id "
        "WHERE a.assigned_collector_id = ? AND a.status = 'active' AND b.done_at_ms IS NULL "
        "GROUP BY b.account_id",
        collector, kNoMoreParams, [&](const Statement& s) {
            if (auto it = out.find(s.blob(0)); it != out.end())
                it->second.callbackDueMs = s.int64(1);
        });
}

// Recent promises, and the payments in force since the oldest of them: evaluatePromises allocates them.
Status loadPromises(Database& db, const Id& collector, const QDate& since,
                    std::map<QByteArray, Candidate>& out)
{
    auto promises = eachRow(
        db,
        "SELECT pr.account_id, pr.id, pr.amount_minor, pr.made_on, pr.due_on, pr.grace_days, pr.plan_id IS "
        "NOT NULL "
        "FROM account a CROSS JOIN promise pr ON a.id = pr.account_id "
        "WHERE a.assigned_collector_id = ? AND a.status = 'active' AND pr.due_on >= ? ORDER BY pr.due_on",
        collector, [&](Statement& q) { q.bind(2, since.toString(Qt::ISODate)); },
        [&](const Statement& s) {
            if (auto it = out.find(s.blob(0)); it != out.end()) {
                Candidate& c = it->second;
                c.promises.push_back({Id::fromBytes(s.blob(1)), Money(s.int64(2), c.entry.currency),
                                      parseDateText(s.text(3)), parseDateText(s.text(4)),
                                      static_cast<int>(s.int64(5))});
                c.instalment.push_back(s.int64(6) != 0);
            }
        });
    if (!promises)
        return promises;
    // Reversed payments are left out with one uncorrelated subquery (reverses_id has no index of its own).
    return eachRow(
        db,
        "SELECT e.account_id, e.id, e.amount_minor, e.effective_on FROM account a "
        "CROSS JOIN ledger_entry e ON a.id = e.account_id WHERE a.assigned_collector_id = ? AND a.status = "
        "'active' "
        "AND e.kind = 'payment' AND e.effective_on >= ? AND e.id NOT IN "
        "(SELECT reverses_id FROM ledger_entry WHERE kind = 'reversal' AND reverses_id IS NOT NULL)",
        collector, [&](Statement& q) { q.bind(2, since.toString(Qt::ISODate)); },
        [&](const Statement& s) {
            if (auto it = out.find(s.blob(0)); it != out.end() && !it->second.promises.empty())
                it->second.payments.push_back({Id::fromBytes(s.blob(1)),
                                               Money(s.int64(2), it->second.entry.currency),
                                               parseDateText(s.text(3))});
        });
}

void addReason(QueueEntry& e, const QString& code, const QString& text, double points = 0)
{
    e.reasons.push_back({code, text, points});
    e.score += points;
}

QString money(qint64 minor, const Currency& currency)
{
    return Money(minor, currency).toDecimalString() + QLatin1Char(' ') + currency.code;
}

// Places one account: its group first (what is due now), else its score with every part named.
void classify(Candidate& c, const Strategy& strategy, const QDateTime& at)
{
    QueueEntry& e = c.entry;
    const QDate today = at.toTimeZone(c.zone).date();
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
    const auto outcomes = evaluatePromises(c.promises, c.payments, today);
    for (std::size_t i = 0; outcomes && i < outcomes.value().size(); ++i) {
        const PromiseTerms& p = c.promises[i];
        const PromiseStatus status = outcomes.value()[i].status;
        e.promise = status; // promises come by due date: the last one seen is the latest due
        const QDate lastDay = p.windowEnd();
        if (status == PromiseStatus::Pending && p.dueOn == today)
            dueToday += p.amount.minor() - outcomes.value()[i].paidMinor;
        if (status == PromiseStatus::Kept && lastDay < today)
            addReason(e, QStringLiteral("kept_promise"),
                      QCoreApplication::translate("Queue", "A promise due %1 was kept.")
                          .arg(p.dueOn.toString(Qt::ISODate)),
                      strategy.score.keptPromisePoints);
        if (status != PromiseStatus::Broken && status != PromiseStatus::PartiallyKept)
            continue;
        addReason(e, QStringLiteral("broken_promise"),
                  QCoreApplication::translate("Queue", "A promise due %1 was broken.")
                      .arg(p.dueOn.toString(Qt::ISODate)),
                  strategy.score.brokenPromisePoints);
        if (lastDay == today.addDays(-1) && !c.instalment[i])
            brokenYesterday = true;
        if (c.instalment[i] && lastDay < today && lastDay >= today.addDays(-7))
            missedInstalment = true;
    }

    if (c.callbackDueMs > 0 && c.callbackDueMs <= nowMs + strategy.callbackLeadMinutes * 60'000LL) {
        e.group = QueueGroup::CallbackDue;
        e.sortKey = c.callbackDueMs;
        addReason(e, QStringLiteral("callback_due"),
                  QCoreApplication::translate("Queue", "The debtor asked to be called back at %1.")
                      .arg(QDateTime::fromMSecsSinceEpoch(c.callbackDueMs, c.zone)
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    } else if (dueToday > 0) {
        e.group = QueueGroup::PromiseDueToday;
        e.sortKey = -dueToday;
        addReason(e, QStringLiteral("promise_due_today"),
                  QCoreApplication::translate("Queue", "A promise of %1 is due today.")
                      .arg(money(dueToday, e.currency)));
    } else if (brokenYesterday) {
        e.group = QueueGroup::PromiseBrokenYesterday;
        addReason(e, QStringLiteral("promise_broken_yesterday"),
                  QCoreApplication::translate("Queue", "A promise was broken yesterday."));
    } else if (c.placedAtMs > 0 && c.placedAtMs >= nowMs - strategy.newPlacementDays * kDayMs &&
               c.lastOutboundMs == 0) {
        e.group = QueueGroup::NewPlacement;
        e.sortKey = -c.placedAtMs;
        addReason(e, QStringLiteral("new_placement"),
                  QCoreApplication::translate("Queue", "New placement, not contacted yet."));
    } else if (missedInstalment) {
        e.group = QueueGroup::MissedInstalment;
        addReason(e, QStringLiteral("missed_instalment"),
                  QCoreApplication::translate("Queue", "A plan instalment was missed."));
    } else {
        e.group = QueueGroup::Scored;
    }

    // The score orders the scored group and breaks ties elsewhere; each part is a reason.
    const ScoreWeights& w = strategy.score;
    const double balancePoints = std::min(
        w.maxBalancePoints, w.per1000Balance * static_cast<double>(std::max<qint64>(0, e.balanceMinor)) /
                                (1000.0 * std::pow(10.0, e.currency.minorDigits)));
    addReason(e, QStringLiteral("balance"),
              QCoreApplication::translate("Queue", "Balance %1.").arg(money(e.balanceMinor, e.currency)),
              balancePoints);
    addReason(e, QStringLiteral("dpd"),
              QCoreApplication::translate("Queue", "%1 days past due.").arg(e.daysPastDue),
              std::min(w.maxDpdPoints, w.perDpdDay * e.daysPastDue));
    if (const auto stage = w.stagePoints.find(e.stage); stage != w.stagePoints.end())
        addReason(e, QStringLiteral("stage"),
                  QCoreApplication::translate("Queue", "Stage %1.").arg(codeOf(e.stage)), stage->second);
    if (c.lastRightPartyMs >= nowMs - kRecentRightPartyDays * kDayMs && c.lastRightPartyMs > 0)
        addReason(e, QStringLiteral("recent_right_party"),
                  QCoreApplication::translate("Queue", "Reached the debtor in the last 30 days."),
                  w.recentRightPartyPoints);
    if (c.lastOutboundMs > nowMs - segment->cadenceDays * kDayMs && c.lastOutboundMs > 0)
        addReason(e, QStringLiteral("contacted_recently"),
                  QCoreApplication::translate("Queue", "Contacted %1; the %2 cadence is every %3 day(s).")
                      .arg(QDateTime::fromMSecsSinceEpoch(c.lastOutboundMs, c.zone)
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           segment->id)
                      .arg(segment->cadenceDays),
                  w.contactedWithinCadencePoints);
    if (segment->legalReferralAfterDpd > 0 && e.daysPastDue >= segment->legalReferralAfterDpd)
        addReason(e, QStringLiteral("legal_referral"),
                  QCoreApplication::translate("Queue", "%1 days past due: consider legal referral.")
                      .arg(e.daysPastDue));
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
    return a.reference < b.reference;
}

} // namespace

int dpdBucket(int daysPastDue)
{
    constexpr int kUpper[] = {0, 30, 60, 90, 180, 360};
    for (int bucket = 0; bucket < static_cast<int>(std::size(kUpper)); ++bucket)
        if (daysPastDue <= kUpper[bucket])
            return bucket;
    return kDpdBucketCount - 1;
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

Result<std::vector<QueueEntry>> buildQueue(Database& db, const Strategy& strategy,
                                           const QueueOptions& options)
{
    const QDateTime at = options.at.toUTC();
    QHash<QString, QTimeZone> zones;
    std::map<QByteArray, Candidate> candidates;
    if (auto ok = loadAccounts(db, options.collectorId, zones, candidates); !ok)
        return ok.error();
    if (auto ok = loadFirstDues(db, options.collectorId, candidates); !ok)
        return ok.error();
    if (auto ok = loadBalances(db, options.collectorId, candidates); !ok)
        return ok.error();
    if (auto ok = loadAttempts(db, options.collectorId, candidates); !ok)
        return ok.error();
    if (auto ok = loadLastOutcomes(db, options.collectorId, candidates); !ok)
        return ok.error();
    if (auto ok = loadCallbacks(db, options.collectorId, candidates); !ok)
        return ok.error();
    if (auto ok =
            loadPromises(db, options.collectorId, at.date().addDays(-kPromiseHistoryDays - 31), candidates);
        !ok)
        return ok.error();

    std::vector<QueueEntry> queue;
    queue.reserve(candidates.size());
    // Every account's gate facts in a few set queries, not four queries an account.
    auto gates = CollectorGateFacts::load(db, options.collectorId, at);
    if (!gates)
        return gates.error();
    for (auto& [key, c] : candidates) {
        classify(c, strategy, at);
        QueueEntry& e = c.entry;
        e.phoneId = gates.value()->firstPhone(e.accountId);
        if (!e.phoneId.isNull()) {
            auto decision = gates.value()->evaluateCall(e.accountId, e.phoneId);
            if (!decision)
                return decision.error();
            e.gate = std::move(decision.value());
            if (e.gate.verdict == GateVerdict::Blocked) {
                // Not hidden: it waits, with the rule and the time it reopens (none: until cleared).
                e.reasons.insert(e.reasons.begin(), {QStringLiteral("not_now"),
                                                     QCoreApplication::translate("Queue", "Not now: %1 (%2).")
                                                         .arg(e.gate.reason, e.gate.ruleId),
                                                     0});
                e.group = QueueGroup::NotNow;
                e.sortKey = e.gate.reopensAt ? e.gate.reopensAt->toMSecsSinceEpoch()
                                             : std::numeric_limits<qint64>::max();
            }
        }
        queue.push_back(std::move(e));
    }
    std::sort(queue.begin(), queue.end(), before);
    if (options.limit > 0 && queue.size() > static_cast<std::size_t>(options.limit))
        queue.resize(static_cast<std::size_t>(options.limit));
    return queue;
}

} // namespace collector
