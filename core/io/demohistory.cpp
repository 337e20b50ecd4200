// The demo's collection history for one account: the placement on the ledger, contact attempts with a
// realistic outcome mix, promises kept and broken, payments, plans, visits, notes and stop events.
#include "io/demobuilder.h"

#include <QDateTime>

namespace collector::demo {

namespace {

// Call outcomes as a contact centre sees them: most calls reach nobody.
constexpr Outcome kCallOutcomes[] = {Outcome::NoAnswer,     Outcome::Busy,       Outcome::Voicemail,
                                     Outcome::WrongNumber,  Outcome::ThirdParty, Outcome::RightParty,
                                     Outcome::PromiseToPay, Outcome::Refusal,    Outcome::CallbackRequested,
                                     Outcome::Hardship,     Outcome::Dispute,    Outcome::AlreadyPaid};
constexpr double kCallWeights[] = {0.44, 0.08, 0.10, 0.03, 0.06, 0.10, 0.08, 0.04, 0.03, 0.025, 0.005, 0.01};
constexpr Reaction kReactions[] = {Reaction::Cooperative, Reaction::Neutral, Reaction::Evasive,
                                   Reaction::Hostile, Reaction::Distressed};
constexpr double kReactionWeights[] = {0.35, 0.35, 0.15, 0.08, 0.07};

const char* const kChannels[] = {"bank_transfer", "alipay", "wechat_pay", "card", "cash"};

} // namespace

qint64 Builder::localInstantMs(const AccountContext& ctx, QDate day, int minuteOfDay)
{
    auto zone = m_zones.find(ctx.city);
    if (zone == m_zones.end())
        zone = m_zones.emplace(ctx.city, QTimeZone(QByteArray(ctx.city->timeZone))).first;
    return QDateTime(day, QTime(minuteOfDay / 60, minuteOfDay % 60), zone->second).toMSecsSinceEpoch();
}

Status Builder::writeLedgerPlacement(AccountContext& ctx, qint64 principal, qint64 interest, qint64 fees)
{
    const qint64 at = localInstantMs(ctx, ctx.placedOn, 8 * 60);
    const struct
    {
        Component component;
        qint64 amount;
    } parts[] = {{Component::Principal, principal}, {Component::Interest, interest}, {Component::Fees, fees}};
    for (const auto& part : parts) {
        if (part.amount <= 0)
            continue;
        LedgerRecord record{ctx.account.id,
                            {nextId(),
                             LedgerKind::Placement,
                             part.component,
                             Money(part.amount, ctx.account.currency),
                             ctx.placedOn,
                             at,
                             {}},
                            {},
                            {},
                            QStringLiteral("placement"),
                            {}};
        if (auto done = m_writer.write(record); !done)
            return done;
        ++m_summary.ledgerEntries;
    }
    ctx.owedMinor = principal + interest + fees;
    return {};
}

Status Builder::writePayment(AccountContext& ctx, qint64 amount, QDate paidOn)
{
    // Payments never clear the whole balance here: the demo book stays a book of open debts.
    amount = std::min(amount, ctx.owedMinor - 100);
    if (amount <= 0 || paidOn > m_options.asOf)
        return {};
    const Id id = nextId();
    LedgerRecord record{ctx.account.id,
                        {id,
                         LedgerKind::Payment,
                         Component::Principal,
                         Money(amount, ctx.account.currency),
                         paidOn,
                         localInstantMs(ctx, paidOn, static_cast<int>(m_rng.between(8 * 60, 22 * 60))),
                         {}},
                        QString::fromLatin1(m_rng.pick(std::span<const char* const>(kChannels))),
                        QStringLiteral("PAY") + id.toString().right(12).toUpper(),
                        QStringLiteral("demo"),
                        {}};
    if (auto done = m_writer.write(record); !done)
        return done;
    ++m_summary.ledgerEntries;
    ctx.owedMinor -= amount;
    return {};
}

Status Builder::writePromise(AccountContext& ctx, QDate madeOn, qint64 madeAtMs, const Id& collector)
{
    if (ctx.owedMinor <= 200)
        return {};
    const qint64 amount = std::max<qint64>(100, ctx.owedMinor * m_rng.between(10, 40) / 100 / 100 * 100);
    PromiseRecord promise;
    promise.id = nextId();
    promise.accountId = ctx.account.id;
    promise.debtorId = ctx.debtorId;
    promise.amount = Money(amount, ctx.account.currency);
    promise.madeOn = madeOn;
    promise.dueOn = madeOn.addDays(m_rng.between(3, 14));
    promise.graceDays = ctx.creditor->record.promiseGraceDays;
    promise.createdAtMs = madeAtMs;
    promise.collectorId = collector;
    if (auto done = m_writer.write(promise); !done)
        return done;
    ++m_summary.promises;
    // Kept, partly kept or broken, in the proportions a collections book shows; the payment decides.
    const double fate = m_rng.unit();
    const QDate paidOn = madeOn.addDays(m_rng.between(0, madeOn.daysTo(promise.dueOn) + promise.graceDays));
    if (fate < 0.55)
        return writePayment(ctx, amount, paidOn);
    if (fate < 0.70)
        return writePayment(ctx, amount * m_rng.between(30, 70) / 100, paidOn);
    return {};
}

Status Builder::writeAttempts(AccountContext& ctx)
{
    const int historyDays = static_cast<int>(ctx.placedOn.daysTo(m_options.asOf));
    const int attempts = static_cast<int>(m_rng.between(0, std::min(historyDays / 4 + 2, 18)));
    std::vector<int> days;
    for (int i = 0; i < attempts; ++i)
        days.push_back(static_cast<int>(m_rng.between(0, std::max(0, historyDays - 1))));
    std::sort(days.begin(), days.end());
    for (int offset : days) {
        const QDate day = ctx.placedOn.addDays(offset);
        ContactAttempt a;
        a.id = nextId();
        a.accountId = ctx.account.id;
        a.debtorId = ctx.debtorId;
        a.collectorId = collectorOf(ctx);
        // Inside the 08:00-21:00 windows every rule pack allows, in the debtor's own time.
        a.atMs = localInstantMs(ctx, day, static_cast<int>(m_rng.between(9 * 60, 20 * 60 + 30)));
        a.direction = m_rng.chance(0.06) ? Direction::Inbound : Direction::Outbound;
        const double channel = m_rng.unit();
        if (channel < 0.20 || (channel < 0.25 && ctx.emailId.isNull())) {
            a.channel = Channel::Sms;
            a.contactPointId = ctx.phones.front();
            a.outcome = m_rng.chance(0.95) ? Outcome::Delivered : Outcome::Bounced;
        } else if (channel < 0.25) {
            a.channel = Channel::Email;
            a.contactPointId = ctx.emailId;
            a.outcome = m_rng.chance(0.93) ? Outcome::Delivered : Outcome::Bounced;
        } else {
            a.channel = Channel::Call;
            a.contactPointId = ctx.phones[static_cast<std::size_t>(
                m_rng.between(0, static_cast<qint64>(ctx.phones.size()) - 1))];
            a.outcome = kCallOutcomes[m_rng.weighted(kCallWeights)];
            if (a.direction == Direction::Inbound && !isRightPartyOutcome(a.outcome))
                a.outcome = Outcome::RightParty; // a debtor calling in is on the line
        }
        a.rightParty = isRightPartyOutcome(a.outcome);
        if (a.channel == Channel::Call && a.outcome != Outcome::NoAnswer && a.outcome != Outcome::Busy)
            a.durationSeconds =
                static_cast<int>(a.rightParty ? m_rng.between(60, 720) : m_rng.between(10, 90));
        if (a.rightParty)
            a.reaction = kReactions[m_rng.weighted(kReactionWeights)];
        if (auto done = m_writer.write(a); !done)
            return done;
        ++m_summary.attempts;
        if (a.outcome == Outcome::PromiseToPay)
            if (auto done = writePromise(ctx, day, a.atMs, a.collectorId); !done)
                return done;
    }
    // Some debtors pay without being asked.
    if (historyDays > 0 && m_rng.chance(0.10))
        return writePayment(ctx, ctx.owedMinor * m_rng.between(5, 30) / 100,
                            ctx.placedOn.addDays(m_rng.between(0, historyDays - 1)));
    return {};
}

Status Builder::writePlan(AccountContext& ctx)
{
    const int count = static_cast<int>(m_rng.between(3, 12));
    if (ctx.owedMinor < count * 1000)
        return {};
    const QDate agreedOn = m_options.asOf.addDays(-m_rng.between(0, 150));
    if (agreedOn < ctx.placedOn)
        return {};
    PlanRecord plan;
    plan.id = nextId();
    plan.accountId = ctx.account.id;
    plan.method = PlanMethod::InterestFreeSplit;
    plan.currency = ctx.account.currency;
    plan.principalMinor = ctx.owedMinor;
    plan.totalMinor = ctx.owedMinor;
    plan.instalmentCount = count;
    plan.createdAtMs = localInstantMs(ctx, agreedOn, 15 * 60);
    plan.collectorId = collectorOf(ctx);
    if (auto done = m_writer.write(plan); !done)
        return done;
    ++m_summary.plans;
    // Equal parts in whole minor units; the residue goes on the last instalment.
    const qint64 part = plan.totalMinor / count;
    for (int n = 1; n <= count; ++n) {
        const qint64 amount = n < count ? part : plan.totalMinor - part * (count - 1);
        const QDate due = agreedOn.addMonths(n);
        if (auto done = m_writer.write(PlanInstalment{plan.id, n, due, amount, amount, 0, 0}); !done)
            return done;
        PromiseRecord promise{nextId(),
                              ctx.account.id,
                              ctx.debtorId,
                              Money(amount, ctx.account.currency),
                              agreedOn,
                              due,
                              ctx.creditor->record.promiseGraceDays,
                              plan.createdAtMs,
                              plan.collectorId,
                              plan.id,
                              n};
        if (auto done = m_writer.write(promise); !done)
            return done;
        ++m_summary.promises;
        if (due <= m_options.asOf && m_rng.chance(0.75))
            if (auto done = writePayment(ctx, amount, due.addDays(-m_rng.between(0, 3))); !done)
                return done;
    }
    return {};
}

Status Builder::writeVisits(AccountContext& ctx)
{
    static const VisitMet kMet[] = {VisitMet::Debtor, VisitMet::Family, VisitMet::Neighbour,
                                    VisitMet::Colleague, VisitMet::Nobody};
    static const double kMetWeights[] = {0.35, 0.2, 0.1, 0.05, 0.3};
    const int visits = static_cast<int>(m_rng.between(1, 2));
    for (int i = 0; i < visits; ++i) {
        Visit v;
        v.id = nextId();
        v.accountId = ctx.account.id;
        v.debtorId = ctx.debtorId;
        v.atMs = localInstantMs(ctx, m_options.asOf.addDays(-m_rng.between(1, 60)),
                                static_cast<int>(m_rng.between(10 * 60, 18 * 60)));
        v.type = m_rng.chance(0.6) ? VisitType::FriendlyReminder
                                   : (m_rng.chance(0.7) ? VisitType::Firm : VisitType::LegalNoticeDelivery);
        v.met = kMet[m_rng.weighted(kMetWeights)];
        v.collectorId = collectorOf(ctx);
        // Two people at the door, as the CN guidance asks: a colleague from the same team.
        for (const Id& colleague : ctx.team->collectors)
            if (colleague != v.collectorId) {
                v.companionId = colleague;
                break;
            }
        v.outcome = v.met == VisitMet::Debtor
                        ? (m_rng.chance(0.4) ? Outcome::PromiseToPay : Outcome::RightParty)
                        : (v.met == VisitMet::Nobody ? Outcome::NoAnswer : Outcome::ThirdParty);
        if (v.met == VisitMet::Debtor)
            v.reaction = kReactions[m_rng.weighted(kReactionWeights)];
        v.district = QString::fromUtf8(ctx.city->districts[m_rng.between(0, 3)]);
        if (auto done = m_writer.write(v); !done)
            return done;
        ++m_summary.visits;
    }
    return {};
}

Status Builder::writeNote(AccountContext& ctx)
{
    static const char* const kChinese[] = {"债务人表示月底发工资后还款", "家属称债务人外出务工",
                                           "已核实工作单位", "债务人要求只在工作日联系",
                                           "地址已变更，待核实"};
    static const char* const kEnglish[] = {
        "Debtor says payday is the 15th", "Spouse answered, will pass on message", "Employer verified",
        "Asked to be called after 6pm only", "Moved; new address to be verified"};
    const auto i = static_cast<std::size_t>(m_rng.between(0, 4));
    Note note{nextId(), ctx.account.id,
              localInstantMs(ctx,
                             m_options.asOf.addDays(-m_rng.between(0, ctx.placedOn.daysTo(m_options.asOf))),
                             16 * 60),
              collectorOf(ctx), QString::fromUtf8(ctx.chinese ? kChinese[i] : kEnglish[i])};
    if (auto done = m_writer.write(note); !done)
        return done;
    ++m_summary.notes;
    return {};
}

Status Builder::writeStopEvent(AccountContext& ctx)
{
    static const StopKind kKinds[] = {StopKind::Dispute, StopKind::Complaint, StopKind::CeaseCommunication,
                                      StopKind::Bankruptcy, StopKind::Deceased};
    static const double kWeights[] = {0.45, 0.25, 0.15, 0.10, 0.05};
    StopEvent stop;
    stop.id = nextId();
    stop.debtorId = ctx.debtorId;
    stop.kind = kKinds[m_rng.weighted(kWeights)];
    stop.accountId = stop.kind == StopKind::Dispute ? ctx.account.id : Id();
    stop.startsOn = m_options.asOf.addDays(-m_rng.between(0, ctx.placedOn.daysTo(m_options.asOf)));
    stop.atMs = localInstantMs(ctx, stop.startsOn, 11 * 60);
    stop.recordedBy = collectorOf(ctx);
    if (auto done = m_writer.write(stop); !done)
        return done;
    ++m_summary.stopEvents;
    // A third of disputes are resolved and cleared by the team lead.
    if (stop.kind == StopKind::Dispute && stop.startsOn < m_options.asOf && m_rng.chance(0.33)) {
        const QDate clearedOn = stop.startsOn.addDays(
            m_rng.between(1, std::max<qint64>(1, stop.startsOn.daysTo(m_options.asOf))));
        StopEvent cleared{nextId(),
                          ctx.debtorId,
                          ctx.account.id,
                          StopKind::Cleared,
                          localInstantMs(ctx, clearedOn, 14 * 60),
                          clearedOn,
                          {},
                          stop.id,
                          ctx.team->lead,
                          QStringLiteral("dispute resolved")};
        if (auto done = m_writer.write(cleared); !done)
            return done;
        ++m_summary.stopEvents;
    }
    return {};
}

} // namespace collector::demo
