#include "kpi/measures.h"

#include "compliance/gatefacts.h"
#include "queue/queue.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace collector {

namespace {

constexpr int kStages = 4; // early, middle, late, anything else
constexpr int kCells = kStages * kKpiBuckets;
constexpr qint64 kLastCallMinutes = 5;

int stageIndex(const QString& stage)
{
    if (stage == QLatin1String("early"))
        return 0;
    if (stage == QLatin1String("middle"))
        return 1;
    if (stage == QLatin1String("late"))
        return 2;
    return 3;
}

bool inPeriod(const QDate& day, const KpiQuery& q)
{
    return day >= q.from && day <= q.to;
}

// A rate per stage × DPD-bucket cell, for the mix adjustment.
using CellRates = std::array<KpiRate, kCells>;

struct CollectorCells
{
    CellRates rpc;
    CellRates kept;
    CellRates cure;
};

struct AccountState
{
    const KpiAccount* account = nullptr;
    int cell = 0;
    int dpdAtStart = 0;
    int dpdAtEnd = 0;
};

// Adds to the team's totals and to the collector's own measures (when the collector is in the question).
class Ledger
{
public:
    explicit Ledger(const KpiQuery& query)
        : m_query(query)
    {}

    bool counts(const Id& collector) const
    {
        return m_query.collectorId.isNull() || collector == m_query.collectorId;
    }

    template <typename Fn> void add(const Id& collector, Fn&& fn)
    {
        if (!counts(collector))
            return;
        fn(m_total);
        if (!collector.isNull())
            fn(m_byCollector[collector.toBytes()]);
    }
    template <typename Fn> void addCells(const Id& collector, Fn&& fn)
    {
        if (!counts(collector))
            return;
        fn(m_teamCells);
        if (!collector.isNull())
            fn(m_collectorCells[collector.toBytes()]);
    }

    // Records the account behind a count when the question drills into this measure.
    void note(KpiDrillMeasure measure, const Id& collector, const Id& account, bool inNumerator,
              int rollFrom = -1, int rollTo = -1)
    {
        const std::optional<KpiDrill>& drill = m_query.drill;
        if (!drill || drill->measure != measure || !counts(collector) ||
            (!drill->collectorId.isNull() && collector != drill->collectorId) ||
            (drill->numeratorOnly && !inNumerator) ||
            (measure == KpiDrillMeasure::Roll && (rollFrom != drill->rollFrom || rollTo != drill->rollTo)))
            return;
        m_drilled.insert(account.toBytes());
    }
    std::vector<Id> drilled() const
    {
        std::vector<Id> out;
        for (const QByteArray& id : m_drilled)
            out.push_back(Id::fromBytes(id));
        std::sort(out.begin(), out.end(), [](const Id& a, const Id& b) { return a.toBytes() < b.toBytes(); });
        return out;
    }

    KpiMeasures& total() { return m_total; }
    QHash<QByteArray, KpiMeasures>& byCollector() { return m_byCollector; }
    const CollectorCells& teamCells() const { return m_teamCells; }
    const QHash<QByteArray, CollectorCells>& collectorCells() const { return m_collectorCells; }

private:
    const KpiQuery& m_query;
    KpiMeasures m_total;
    QHash<QByteArray, KpiMeasures> m_byCollector;
    CollectorCells m_teamCells;
    QHash<QByteArray, CollectorCells> m_collectorCells;
    QSet<QByteArray> m_drilled;
};

std::optional<double> adjust(const CellRates& team, const CellRates& own)
{
    qint64 weightTotal = 0;
    for (const KpiRate& cell : team)
        weightTotal += cell.denominator;
    if (weightTotal == 0)
        return std::nullopt;
    bool any = false;
    double sum = 0;
    for (int i = 0; i < kCells; ++i) {
        if (team[i].denominator == 0)
            continue;
        const double weight = double(team[i].denominator) / double(weightTotal);
        const std::optional<double> rate = own[i].value() ? own[i].value() : team[i].value();
        any = any || own[i].denominator > 0;
        sum += weight * *rate;
    }
    return any ? std::optional<double>(sum) : std::nullopt;
}

} // namespace

int kpiDaysPastDue(const KpiAccount& account, const QDate& day)
{
    if (!account.firstDue.isValid())
        return 0;
    qint64 balance = 0;
    qint64 paid = 0;
    for (const KpiLedgerEntry& e : account.ledger)
        if (e.effectiveOn <= day) {
            balance += e.balanceEffectMinor;
            paid += e.paymentMinor;
        }
    // The queue's rule: the whole debt falls due on the first due date; what was paid beyond the balance is
    // credit and covers nothing.
    const qint64 credit = balance < 0 ? -balance : 0;
    const qint64 towardsDues = paid - credit;
    const DueAmount due{account.firstDue, std::max<qint64>(0, balance) + towardsDues};
    return daysPastDue({&due, 1}, towardsDues, day);
}

KpiReport computeKpis(const KpiFacts& facts, const KpiQuery& q)
{
    const QDate start = q.from.addDays(-1);
    Ledger ledger(q);
    QHash<QByteArray, AccountState> accounts;
    for (const KpiAccount& a : facts.accounts) {
        if ((!q.creditorId.isNull() && a.creditorId != q.creditorId) ||
            (!q.placementId.isNull() && a.placementId != q.placementId) ||
            (!q.stage.isEmpty() && a.stage != q.stage))
            continue;
        AccountState state;
        state.account = &a;
        state.dpdAtStart = kpiDaysPastDue(a, start);
        state.dpdAtEnd = kpiDaysPastDue(a, q.to);
        state.cell = stageIndex(a.stage) * kKpiBuckets + dpdBucket(state.dpdAtStart);
        accounts.insert(a.id.toBytes(), state);
    }
    const auto find = [&](const Id& id) -> const AccountState* {
        const auto it = accounts.constFind(id.toBytes());
        return it == accounts.cend() ? nullptr : &it.value();
    };

    // What happened to the accounts: collected, cured, rolled; and the vintages.
    std::map<std::pair<QString, QString>, KpiVintage> vintages;
    for (const AccountState& s : std::as_const(accounts)) {
        const KpiAccount& a = *s.account;
        for (const KpiLedgerEntry& e : a.ledger)
            if (e.paymentMinor > 0 && inPeriod(e.effectiveOn, q))
                ledger.note(KpiDrillMeasure::Collected, a.collectorId, a.id, true);
        ledger.note(KpiDrillMeasure::Roll, a.collectorId, a.id, true, dpdBucket(s.dpdAtStart),
                    dpdBucket(s.dpdAtEnd));
        if (s.dpdAtStart > 0)
            ledger.note(KpiDrillMeasure::PastDueAtStart, a.collectorId, a.id, s.dpdAtEnd == 0);
        ledger.add(a.collectorId, [&](KpiMeasures& m) {
            for (const KpiLedgerEntry& e : a.ledger)
                if (e.paymentMinor > 0 && inPeriod(e.effectiveOn, q)) {
                    m.collectedMinor[a.currency] += e.paymentMinor;
                    m.collectedByDay[a.currency][e.effectiveOn] += e.paymentMinor;
                }
            ++m.roll[dpdBucket(s.dpdAtStart)][dpdBucket(s.dpdAtEnd)];
            if (s.dpdAtStart > 0) {
                ++m.cure.denominator;
                m.cure.numerator += s.dpdAtEnd == 0 ? 1 : 0;
            }
        });
        if (s.dpdAtStart > 0)
            ledger.addCells(a.collectorId, [&](CollectorCells& c) {
                ++c.cure[s.cell].denominator;
                c.cure[s.cell].numerator += s.dpdAtEnd == 0 ? 1 : 0;
            });
        // Vintages of accounts placed by the period's end (a later one has no placed balance yet).
        if (ledger.counts(a.collectorId) && a.placedOn.isValid() && a.placedOn <= q.to) {
            KpiVintage& v = vintages[{a.placedOn.toString(QStringLiteral("yyyy-MM")), a.currency}];
            v.month = a.placedOn.toString(QStringLiteral("yyyy-MM"));
            v.currency = a.currency;
            ++v.accounts;
            v.placedMinor += a.placedMinor;
            for (const KpiLedgerEntry& e : a.ledger)
                if (e.paymentMinor > 0 && e.effectiveOn <= q.to)
                    v.collectedMinor += e.paymentMinor;
        }
    }

    // Targets, prorated over the period, the collector's own and the team's sum.
    for (const CollectionTarget& t : facts.targets)
        if (const qint64 share = proratedTarget(t, q.from, q.to); share > 0)
            ledger.add(t.collectorId, [&](KpiMeasures& m) { m.targetMinor[t.currency] += share; });

    // What collectors did: calls, with their outcomes, handling times and active hours.
    std::map<std::pair<QByteArray, QDate>, std::pair<qint64, qint64>> days; // first and last call, ms
    QHash<QByteArray, std::vector<QDate>> outboundDays;                     // by account, for follow-ups
    for (const KpiAttempt& t : facts.attempts) {
        const AccountState* s = find(t.accountId);
        if (!s)
            continue;
        const QDate day = t.at.toUTC().date();
        if (t.direction == Direction::Outbound)
            outboundDays[t.accountId.toBytes()].push_back(day);
        if (!inPeriod(day, q) || t.channel != Channel::Call)
            continue;
        const bool outbound = t.direction == Direction::Outbound;
        ledger.add(t.collectorId, [&](KpiMeasures& m) {
            KpiHandling& h = m.handling[t.outcome];
            ++h.count;
            h.totalSeconds += t.durationSeconds;
            if (t.rightParty)
                ++m.promiseRate.denominator;
            if (!outbound)
                return;
            ++m.attempts;
            m.connects += callConnected(t.outcome) ? 1 : 0;
            m.rightPartyOutbound += t.rightParty ? 1 : 0;
        });
        if (outbound) {
            ledger.note(KpiDrillMeasure::Calls, t.collectorId, t.accountId, t.rightParty);
            ledger.addCells(t.collectorId, [&](CollectorCells& c) {
                ++c.rpc[s->cell].denominator;
                c.rpc[s->cell].numerator += t.rightParty ? 1 : 0;
            });
            if (ledger.counts(t.collectorId) && !t.collectorId.isNull()) {
                auto [it, fresh] = days.try_emplace({t.collectorId.toBytes(), day}, t.at.toMSecsSinceEpoch(),
                                                    t.at.toMSecsSinceEpoch());
                if (!fresh) {
                    it->second.first = std::min(it->second.first, t.at.toMSecsSinceEpoch());
                    it->second.second = std::max(it->second.second, t.at.toMSecsSinceEpoch());
                }
            }
        }
    }
    for (const auto& [key, span] : days) {
        const qint64 minutes = (span.second - span.first) / 60000 + kLastCallMinutes;
        ledger.total().activeMinutes += minutes;
        ledger.byCollector()[key.first].activeMinutes += minutes;
    }

    // Promises: taken, kept, broken and followed up. Each account's promises are judged together against its
    // payments, as the workspace judges them, on the day after the period.
    QHash<QByteArray, std::vector<const KpiPromise*>> promisesByAccount;
    for (const KpiPromise& p : facts.promises)
        if (find(p.accountId))
            promisesByAccount[p.accountId.toBytes()].push_back(&p);
    for (auto it = promisesByAccount.cbegin(); it != promisesByAccount.cend(); ++it) {
        const AccountState& s = *find(Id::fromBytes(it.key()));
        std::vector<PromiseTerms> terms;
        for (const KpiPromise* p : it.value()) {
            terms.push_back(p->terms);
            terms.back().graceDays += q.graceDays;
        }
        const auto currency = Currency::fromCode(s.account->currency);
        if (!currency)
            continue;
        std::vector<DatedPayment> payments;
        for (const KpiLedgerEntry& e : s.account->ledger)
            if (e.paymentMinor > 0)
                payments.push_back({Id::fromParts(0, 0, payments.size() + 1),
                                    Money(e.paymentMinor, currency.value()), e.effectiveOn});
        auto outcomes = evaluatePromises(terms, payments, q.to.addDays(1));
        if (!outcomes)
            continue; // a promise in another currency than its account: not judged here
        const std::vector<QDate>& contacted = outboundDays[it.key()];
        for (std::size_t i = 0; i < terms.size(); ++i) {
            const KpiPromise& p = *it.value()[i];
            const PromiseStatus status = outcomes.value()[i].status;
            const QDate closed = terms[i].windowEnd();
            if (p.planId.isNull() && inPeriod(p.terms.madeOn, q)) {
                ledger.add(p.collectorId, [](KpiMeasures& m) { ++m.promiseRate.numerator; });
                ledger.note(KpiDrillMeasure::PromisesTaken, p.collectorId, p.accountId, true);
            }
            if (!inPeriod(closed, q))
                continue;
            const bool kept = status == PromiseStatus::Kept;
            ledger.note(KpiDrillMeasure::PromisesDue, p.collectorId, p.accountId, kept);
            ledger.add(p.collectorId, [&](KpiMeasures& m) {
                ++m.promiseKept.denominator;
                m.promiseKept.numerator += kept ? 1 : 0;
            });
            ledger.addCells(p.collectorId, [&](CollectorCells& c) {
                ++c.kept[s.cell].denominator;
                c.kept[s.cell].numerator += kept ? 1 : 0;
            });
            if (kept || closed.addDays(q.followUpDays) > q.to)
                continue;
            const bool followed = std::any_of(contacted.begin(), contacted.end(), [&](const QDate& d) {
                return d > closed && d <= closed.addDays(q.followUpDays);
            });
            ledger.note(KpiDrillMeasure::BrokenPromises, p.collectorId, p.accountId, followed);
            ledger.add(p.collectorId, [&](KpiMeasures& m) {
                ++m.brokenFollowedUp.denominator;
                m.brokenFollowedUp.numerator += followed ? 1 : 0;
            });
        }
    }
    for (const KpiPlan& plan : facts.plans)
        if (find(plan.accountId) && inPeriod(plan.createdOn, q)) {
            ledger.add(plan.collectorId, [](KpiMeasures& m) { ++m.promiseRate.numerator; });
            ledger.note(KpiDrillMeasure::PromisesTaken, plan.collectorId, plan.accountId, true);
        }

    // Visits and what was paid after them; each payment counted once per reader of the measure.
    QSet<QString> yieldCounted;
    for (const KpiVisit& v : facts.visits) {
        const AccountState* s = find(v.accountId);
        if (!s || !inPeriod(v.on, q))
            continue;
        ledger.add(v.collectorId, [](KpiMeasures& m) { ++m.visits; });
        ledger.note(KpiDrillMeasure::Visits, v.collectorId, v.accountId, true);
        for (std::size_t i = 0; i < s->account->ledger.size(); ++i) {
            const KpiLedgerEntry& e = s->account->ledger[i];
            if (e.paymentMinor <= 0 || e.effectiveOn < v.on || e.effectiveOn > v.on.addDays(q.visitYieldDays))
                continue;
            const QString key = v.accountId.toString() + QLatin1Char(':') + QString::number(i);
            const QString totalKey = QStringLiteral("*|") + key;
            const QString ownKey = v.collectorId.toString() + QLatin1Char('|') + key;
            if (!ledger.counts(v.collectorId))
                continue;
            if (!yieldCounted.contains(totalKey)) {
                yieldCounted.insert(totalKey);
                ledger.total().visitYieldMinor[s->account->currency] += e.paymentMinor;
            }
            if (!v.collectorId.isNull() && !yieldCounted.contains(ownKey)) {
                yieldCounted.insert(ownKey);
                ledger.byCollector()[v.collectorId.toBytes()].visitYieldMinor[s->account->currency] +=
                    e.paymentMinor;
            }
        }
    }

    // Compliance exceptions, by the holder of the account they concern (the debtor's own: the team's only).
    for (const KpiComplianceEvent& e : facts.compliance) {
        if (!inPeriod(e.on, q))
            continue;
        const AccountState* s = e.accountId.isNull() ? nullptr : find(e.accountId);
        if (!e.accountId.isNull() && !s)
            continue;
        const auto count = [&](KpiMeasures& m) {
            switch (e.kind) {
            case KpiComplianceKind::Block:
                ++m.blocks;
                break;
            case KpiComplianceKind::Override:
                ++m.overrides;
                break;
            case KpiComplianceKind::Complaint:
                ++m.complaints;
                ++m.stopEvents;
                break;
            case KpiComplianceKind::StopEvent:
                ++m.stopEvents;
                break;
            }
        };
        if (s) {
            ledger.add(s->account->collectorId, count);
            ledger.note(KpiDrillMeasure::Compliance, s->account->collectorId, e.accountId, true);
        } else if (q.collectorId.isNull()) {
            count(ledger.total());
        }
    }

    // Totals of the rates kept as counts.
    const auto finish = [](KpiMeasures& m) {
        m.rpcPerAttempt = {m.rightPartyOutbound, m.attempts};
        m.rpcPerConnect = {m.rightPartyOutbound, m.connects};
    };
    KpiReport report;
    report.total = ledger.total();
    finish(report.total);
    QHash<QByteArray, QString> logins;
    for (const auto& [id, login] : facts.collectors)
        logins.insert(id.toBytes(), login);
    for (auto it = ledger.byCollector().begin(); it != ledger.byCollector().end(); ++it) {
        KpiCollectorRow row;
        row.collectorId = Id::fromBytes(it.key());
        row.login = logins.value(it.key(), row.collectorId.toString());
        row.measures = it.value();
        finish(row.measures);
        const CollectorCells own = ledger.collectorCells().value(it.key());
        row.adjusted.rpcPerAttempt = adjust(ledger.teamCells().rpc, own.rpc);
        row.adjusted.promiseKept = adjust(ledger.teamCells().kept, own.kept);
        row.adjusted.cure = adjust(ledger.teamCells().cure, own.cure);
        report.collectors.push_back(std::move(row));
    }
    std::sort(report.collectors.begin(), report.collectors.end(),
              [](const KpiCollectorRow& a, const KpiCollectorRow& b) { return a.login < b.login; });
    for (auto& [key, vintage] : vintages)
        report.vintages.push_back(vintage);
    report.drilledAccounts = ledger.drilled();
    return report;
}

} // namespace collector
