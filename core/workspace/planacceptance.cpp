#include "workspace/planacceptance.h"

#include "audit/auditlog.h"
#include "domain/records.h"
#include "store/database.h"
#include "store/domainwriter.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "workspace/accountfacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace collector {

namespace {

constexpr qint64 kDefaultMinInstalmentMinor = 5000;
constexpr int kDefaultMaxTerm = 36;

Error refuse(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

// The last instalment date of a plan on this account still ahead of `today`, if any.
Result<QDate> runningPlanUntil(Database& db, const Id& accountId, const QDate& today)
{
    auto q = db.prepare("SELECT max(i.due_on) FROM plan p JOIN plan_instalment i ON i.plan_id = p.id "
                        "WHERE p.account_id = ? AND i.due_on >= ?");
    if (!q)
        return q.error();
    q.value().bind(1, accountId.toBytes()).bind(2, today.toString(Qt::ISODate));
    auto row = q.value().step();
    if (!row)
        return row.error();
    if (!row.value() || q.value().isNull(0))
        return QDate();
    return QDate::fromString(q.value().text(0), Qt::ISODate);
}

} // namespace

Guardrails defaultGuardrails()
{
    Guardrails rails;
    rails.minInstalmentMinor = kDefaultMinInstalmentMinor;
    rails.maxTermInstalments = kDefaultMaxTerm;
    rails.maxDiscountPercentCollector = 10;
    rails.maxDiscountPercentLead = 30;
    rails.maxDiscountPercentAdmin = 50;
    return rails;
}

Result<Guardrails> parseGuardrails(const QJsonObject& json, const Currency& currency)
{
    Guardrails rails = defaultGuardrails();
    if (json.contains(QLatin1String("min_instalment"))) {
        auto amount = Money::parse(json.value(QLatin1String("min_instalment")).toString(), currency);
        if (!amount || amount.value().minor() < 0)
            return refuse(QCoreApplication::translate(
                "Validation", "plan rules: min_instalment must be an amount like \"50.00\""));
        rails.minInstalmentMinor = amount.value().minor();
    }
    auto whole = [&](const QJsonValue& v, int& into, const char* name) -> Status {
        if (v.isUndefined())
            return {};
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 1000 || d != static_cast<double>(static_cast<int>(d)))
            return refuse(QCoreApplication::translate("Validation",
                                                      "plan rules: %1 must be a whole number from 0 to 1000")
                              .arg(QLatin1String(name)));
        into = static_cast<int>(d);
        return {};
    };
    if (auto ok = whole(json.value(QLatin1String("max_term")), rails.maxTermInstalments, "max_term"); !ok)
        return ok.error();
    const QJsonObject discount = json.value(QLatin1String("max_discount_percent")).toObject();
    for (auto [key, into] : {std::pair{"collector", &rails.maxDiscountPercentCollector},
                             std::pair{"lead", &rails.maxDiscountPercentLead},
                             std::pair{"admin", &rails.maxDiscountPercentAdmin}}) {
        if (auto ok = whole(discount.value(QLatin1String(key)), *into, "max_discount_percent"); !ok)
            return ok.error();
        if (*into > 100)
            return refuse(
                QCoreApplication::translate("Validation", "plan rules: a discount is at most 100 %"));
    }
    return rails;
}

Result<Guardrails> guardrailsForAccount(Database& db, const Id& accountId)
{
    auto q =
        db.prepare("SELECT c.plan_rules, a.currency FROM account a JOIN creditor c ON c.id = a.creditor_id "
                   "WHERE a.id = ?");
    if (!q)
        return q.error();
    if (auto ok = q.value().bind(1, accountId.toBytes()).stepToRow(QStringLiteral("no such account")); !ok)
        return ok.error();
    auto currency = Currency::fromCode(q.value().text(1));
    if (!currency)
        return currency.error();
    if (q.value().isNull(0))
        return defaultGuardrails();
    const QJsonDocument doc = QJsonDocument::fromJson(q.value().text(0).toUtf8());
    if (!doc.isObject())
        return refuse(QCoreApplication::translate(
            "Validation", "the creditor's plan rules are not a JSON object; ask an admin to fix them"));
    return parseGuardrails(doc.object(), currency.value());
}

QJsonObject termsJson(const PlanTerms& t)
{
    auto money = [&](qint64 minor) { return Money(minor, t.currency).toDecimalString(); };
    QJsonObject o{{QStringLiteral("currency"), t.currency.code},
                  {QStringLiteral("principal"), money(t.principalMinor)},
                  {QStringLiteral("annual_rate_percent"), QString::number(t.annualRate * 100.0, 'g', 12)},
                  {QStringLiteral("method"), codeOf(t.method)},
                  {QStringLiteral("term"), t.term},
                  {QStringLiteral("frequency"), codeOf(t.frequency)},
                  {QStringLiteral("start_date"), t.startDate.toString(Qt::ISODate)},
                  {QStringLiteral("day_count"), codeOf(t.dayCount)},
                  {QStringLiteral("rounding"), codeOf(t.rounding)}};
    if (t.frequency == Frequency::EveryNDays)
        o.insert(QStringLiteral("every_n_days"), t.everyNDays);
    if (t.firstDueDate.isValid())
        o.insert(QStringLiteral("first_due_date"), t.firstDueDate.toString(Qt::ISODate));
    if (t.downPaymentMinor > 0)
        o.insert(QStringLiteral("down_payment"), money(t.downPaymentMinor));
    if (t.settlementAmountMinor > 0)
        o.insert(QStringLiteral("settlement_amount"), money(t.settlementAmountMinor));
    if (t.instalmentMultipleMinor > 0)
        o.insert(QStringLiteral("instalment_multiple"), money(t.instalmentMultipleMinor));
    return o;
}

Result<Id> acceptPlan(Database& db, const QString& deviceId, const PlanAcceptance& a)
{
    auto schedule = buildSchedule(a.terms);
    if (!schedule)
        return schedule.error();
    auto rails = guardrailsForAccount(db, a.accountId);
    if (!rails)
        return rails.error();
    PlanOffer offer{&a.terms, &schedule.value(), a.balanceOwedMinor, std::nullopt, a.by.role};
    if (a.terms.method == PlanMethod::Settlement)
        offer.settlementAmountMinor = a.terms.settlementAmountMinor;
    const auto failures = checkOffer(offer, rails.value(), a.affordability);
    if (!failures.empty())
        return refuse(QCoreApplication::translate("PlanRules", "The plan breaks the rule %1: %2")
                          .arg(failures.front().rule, failures.front().message));
    auto facts = accountFacts(db, a.accountId);
    if (!facts)
        return facts.error();
    if (facts.value().currency.code != a.terms.currency.code)
        return refuse(QCoreApplication::translate("Validation", "the plan's currency is not the account's"));

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QDate today = QDateTime::fromMSecsSinceEpoch(a.atMs, QTimeZone::utc()).date();
    auto running = runningPlanUntil(db, a.accountId, today);
    if (!running)
        return running.error();
    if (running.value().isValid())
        return refuse(QCoreApplication::translate("PlanRules",
                                                  "The account already has a plan with instalments until %1. "
                                                  "Ask your team lead to end it before agreeing a new one.")
                          .arg(running.value().toString(Qt::ISODate)));
    DomainWriter writer(db);
    PlanRecord plan;
    plan.id = Id::generate(a.atMs);
    plan.accountId = a.accountId;
    plan.method = a.terms.method;
    plan.currency = a.terms.currency;
    plan.principalMinor = a.terms.principalMinor;
    plan.totalMinor = schedule.value().totalPaymentMinor;
    plan.createdAtMs = a.atMs;
    plan.collectorId = a.by.id;
    plan.termsJson = QString::fromUtf8(QJsonDocument(termsJson(a.terms)).toJson(QJsonDocument::Compact));
    for (const ScheduleLine& line : schedule.value().lines)
        plan.instalmentCount += line.paymentMinor > 0 ? 1 : 0;
    if (plan.instalmentCount == 0)
        return refuse(QCoreApplication::translate("Validation", "the plan has nothing to pay"));
    if (auto done = writer.write(plan); !done)
        return done.error();
    // Instalment 0 (a down payment with up-front fees) is numbered 1 in the store, which counts from 1.
    int n = 0;
    for (const ScheduleLine& line : schedule.value().lines) {
        if (line.paymentMinor <= 0)
            continue;
        ++n;
        if (auto done = writer.write(PlanInstalment{plan.id, n, line.dueOn, line.paymentMinor,
                                                    line.principalMinor, line.interestMinor, line.feeMinor});
            !done)
            return done.error();
        PromiseRecord promise;
        promise.id = Id::generate(a.atMs);
        promise.accountId = a.accountId;
        promise.debtorId = facts.value().debtorId;
        promise.amount = Money(line.paymentMinor, a.terms.currency);
        promise.madeOn = today;
        promise.dueOn = line.dueOn;
        promise.graceDays = facts.value().graceDays;
        promise.createdAtMs = a.atMs;
        promise.collectorId = a.by.id;
        promise.planId = plan.id;
        promise.instalmentNo = n;
        if (auto done = writer.write(promise); !done)
            return done.error();
    }
    const QJsonObject detail{{QStringLiteral("plan"), plan.id.toString()},
                             {QStringLiteral("method"), codeOf(plan.method)},
                             {QStringLiteral("instalments"), plan.instalmentCount},
                             {QStringLiteral("total_minor"), QString::number(plan.totalMinor)},
                             {QStringLiteral("currency"), plan.currency.code},
                             {QStringLiteral("waived_minor"), QString::number(schedule.value().waivedMinor)}};
    if (auto done = appendAudit(db, deviceId, a.atMs,
                                {a.by.login, QStringLiteral("plan_accepted"), QStringLiteral("account"),
                                 a.accountId.toString(), detail});
        !done)
        return done.error();
    if (auto done = tx.value().commit(); !done)
        return done.error();
    return plan.id;
}

} // namespace collector
