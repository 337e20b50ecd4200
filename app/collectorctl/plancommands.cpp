#include "plancommands.h"

#include "exitcodes.h"
#include "jsonio.h"
#include "plan/apr.h"
#include "plan/payoff.h"
#include "plan/schedule.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace collector::cli {

namespace {

// Reads request fields, remembering the first problem with the field it belongs to.
class Fields
{
public:
    explicit Fields(QJsonObject object)
        : m_object(std::move(object))
    {}

    bool ok() const { return !m_error.has_value(); }
    const FieldError& error() const { return *m_error; }
    bool has(const char* name) const { return m_object.contains(QLatin1String(name)); }

    QString text(const char* name, const QString& fallback = {}, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(name, QStringLiteral("is required"));
            return fallback;
        }
        if (!v.isString()) {
            fail(name, QStringLiteral("must be a string"));
            return fallback;
        }
        return v.toString();
    }
    int integer(const char* name, int fallback, int min, int max, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(name, QStringLiteral("is required"));
            return fallback;
        }
        const double d = v.isString() ? v.toString().toDouble() : v.toDouble(-1e300);
        // Range first: casting a double outside the integer range is undefined behaviour.
        if (!std::isfinite(d) || d < min || d > max || d != static_cast<double>(static_cast<long long>(d))) {
            fail(name, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return static_cast<int>(d);
    }
    // A decimal string like "4.9"; numbers are refused so no binary rounding sneaks in.
    double decimal(const char* name, double fallback, bool required = false)
    {
        const QString s = text(name, QString(), required);
        if (s.isEmpty())
            return fallback;
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (!ok || !std::isfinite(d)) {
            fail(name, QStringLiteral("must be a decimal number written as a string, like \"4.9\""));
            return fallback;
        }
        return d;
    }
    qint64 money(const char* name, const Currency& currency, bool required = false)
    {
        const QString s = text(name, QString(), required);
        if (s.isEmpty())
            return 0;
        auto m = Money::parse(s, currency);
        if (!m) {
            fail(name, m.error().detail);
            return 0;
        }
        return m.value().minor();
    }
    QDate date(const char* name, bool required = false)
    {
        const QString s = text(name, QString(), required);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(name, QStringLiteral("must be a date like 2026-11-23"));
        return d;
    }
    template <typename E>
    E code(const char* name, E fallback, std::initializer_list<std::pair<const char*, E>> names)
    {
        const QString s = text(name);
        if (s.isEmpty())
            return fallback;
        QStringList known;
        for (const auto& [n, value] : names) {
            if (s == QLatin1String(n))
                return value;
            known << QString::fromLatin1(n);
        }
        fail(name, QStringLiteral("must be one of %1").arg(known.join(QStringLiteral(", "))));
        return fallback;
    }
    void fail(const char* name, const QString& message)
    {
        if (!m_error)
            m_error =
                FieldError{QStringLiteral("invalid_field"),
                           QString::fromLatin1(name) + QLatin1Char(' ') + message, QString::fromLatin1(name)};
    }
    void fail(const FieldError& e)
    {
        if (!m_error)
            m_error = e;
    }
    const QJsonObject& object() const { return m_object; }

private:
    QJsonObject m_object;
    std::optional<FieldError> m_error;
};

std::vector<DatedFlow> flowsOf(Fields& f, const char* name, const Currency& currency)
{
    std::vector<DatedFlow> out;
    const QJsonValue v = f.object().value(QLatin1String(name));
    if (!v.isArray() || v.toArray().isEmpty()) {
        f.fail(name, QStringLiteral("must be a list of {\"date\", \"amount\"}"));
        return out;
    }
    for (const QJsonValue& item : v.toArray()) {
        Fields entry(item.toObject());
        const QDate date = entry.date("date", true);
        const qint64 amount = entry.money("amount", currency, true);
        if (!entry.ok()) {
            f.fail(name, entry.error().message);
            return out;
        }
        out.push_back({date, static_cast<double>(amount) / std::pow(10.0, currency.minorDigits)});
    }
    return out;
}

QString decimalText(double value, int places)
{
    return QString::number(value, 'f', places);
}

// The plan request shared by `plan` and `payoff`; nullopt (with `error` set) when it does not make sense.
std::optional<PlanTerms> readTerms(Fields& f, FieldError& error)
{
    PlanTerms t;
    auto currency = Currency::fromCode(f.text("currency", QStringLiteral("CNY")));
    if (!currency) {
        error = {QStringLiteral("invalid_field"), QStringLiteral("currency is not a known ISO 4217 code"),
                 QStringLiteral("currency")};
        return std::nullopt;
    }
    t.currency = currency.value();
    t.principalMinor = f.money("principal", t.currency, true);
    t.annualRate = f.decimal("annual_rate_percent", 0, true) / 100.0;
    t.method = f.code("method", PlanMethod::EqualInstalment,
                      {{"annuity", PlanMethod::EqualInstalment},
                       {"equal_principal", PlanMethod::EqualPrincipal},
                       {"flat", PlanMethod::FlatInterest},
                       {"interest_free", PlanMethod::InterestFreeSplit},
                       {"settlement", PlanMethod::Settlement}});
    t.term = f.integer("term", 12, 1, 600, true);
    t.frequency = f.code("frequency", Frequency::Monthly,
                         {{"monthly", Frequency::Monthly},
                          {"semi_monthly", Frequency::SemiMonthly},
                          {"biweekly", Frequency::Biweekly},
                          {"weekly", Frequency::Weekly},
                          {"every_n_days", Frequency::EveryNDays}});
    t.everyNDays = f.integer("every_n_days", 30, 1, 366, t.frequency == Frequency::EveryNDays);
    t.startDate = f.date("start_date", true);
    t.firstDueDate = f.date("first_due_date");
    t.dayCount = f.code("day_count", DayCount::Periodic,
                        {{"30/360", DayCount::Thirty360},
                         {"act/365", DayCount::Act365},
                         {"act/360", DayCount::Act360},
                         {"act/act", DayCount::ActAct},
                         {"periodic", DayCount::Periodic}});
    t.rounding = f.code("rounding", Rounding::HalfEven,
                        {{"half_even", Rounding::HalfEven}, {"half_up", Rounding::HalfUp}});
    t.instalmentMultipleMinor = f.money("instalment_multiple", t.currency);
    t.principalGracePeriods = f.integer("principal_grace_periods", 0, 0, 599);
    t.interestFreePeriods = f.integer("interest_free_periods", 0, 0, 600);
    t.downPaymentMinor = f.money("down_payment", t.currency);
    t.balloonMinor = f.money("balloon", t.currency);
    t.settlementAmountMinor = f.money("settlement_amount", t.currency, t.method == PlanMethod::Settlement);
    if (f.has("deferral")) {
        Fields deferral(f.object().value(QStringLiteral("deferral")).toObject());
        t.deferralPeriods = deferral.integer("periods", 0, 1, 24, true);
        t.deferralInterest = deferral.code("interest", DeferralInterest::Capitalise,
                                           {{"accrue", DeferralInterest::Accrue},
                                            {"capitalise", DeferralInterest::Capitalise},
                                            {"waive", DeferralInterest::Waive}});
        if (!deferral.ok())
            f.fail("deferral", deferral.error().message);
    }
    for (const QJsonValue& item : f.object().value(QStringLiteral("fees")).toArray()) {
        Fields fee(item.toObject());
        const qint64 amount = fee.money("amount", t.currency, true);
        const QJsonValue financed = item.toObject().value(QStringLiteral("financed"));
        if (!fee.ok() || !(financed.isBool() || financed.isUndefined())) {
            f.fail("fees",
                   QStringLiteral("must be a list of {\"amount\": \"12.50\", \"financed\": true|false}"));
            break;
        }
        t.fees.push_back({amount, financed.toBool(false)});
    }
    if (!f.ok()) {
        error = f.error();
        return std::nullopt;
    }
    return t;
}

// Reads stdin and the plan terms in it; on failure `error` says why.
std::optional<std::pair<QJsonObject, PlanTerms>> readPlanRequest(FieldError& error)
{
    auto request = readRequest(error);
    if (!request)
        return std::nullopt;
    Fields f(*request);
    auto terms = readTerms(f, error);
    if (!terms)
        return std::nullopt;
    return std::make_pair(*request, *terms);
}

} // namespace

int runPlan()
{
    FieldError readError;
    const auto request = readPlanRequest(readError);
    if (!request)
        return answerError(readError);
    const PlanTerms& t = request->second;
    auto schedule = buildSchedule(t);
    if (!schedule)
        return answerError({QStringLiteral("invalid_plan"), schedule.error().detail, {}});

    QJsonArray instalments;
    std::vector<DatedFlow> payments;
    auto amount = [&](qint64 minor) { return Money(minor, t.currency).toDecimalString(); };
    for (const ScheduleLine& line : schedule.value().lines) {
        instalments.append(QJsonObject{{QStringLiteral("n"), line.n},
                                       {QStringLiteral("due_date"), line.dueOn.toString(Qt::ISODate)},
                                       {QStringLiteral("payment"), amount(line.paymentMinor)},
                                       {QStringLiteral("principal"), amount(line.principalMinor)},
                                       {QStringLiteral("interest"), amount(line.interestMinor)},
                                       {QStringLiteral("fee"), amount(line.feeMinor)},
                                       {QStringLiteral("balance"), amount(line.balanceMinor)}});
        if (line.n > 0)
            payments.push_back({line.dueOn, static_cast<double>(line.paymentMinor)});
    }
    // The amount financed: the balance less what is paid at the start (down payment and fees not financed).
    const std::vector<DatedFlow> advance{
        {t.startDate, static_cast<double>(t.principalMinor - t.downPaymentMinor - t.upfrontFeesMinor())}};
    QJsonObject result{{QStringLiteral("instalments"), instalments},
                       {QStringLiteral("total_payment"), amount(schedule.value().totalPaymentMinor)},
                       {QStringLiteral("total_interest"), amount(schedule.value().totalInterestMinor)},
                       {QStringLiteral("waived"), amount(schedule.value().waivedMinor)}};
    // A settlement gives up part of the debt: it has no rate of charge, so no APR is stated for it.
    if (t.method != PlanMethod::Settlement) {
        int multiple = 1;
        const UnitPeriod unit = commonUnitPeriod(payments, multiple);
        auto us = usActuarialApr(advance, payments, unit, multiple);
        auto eu = euEffectiveApr(advance, payments);
        result.insert(QStringLiteral("apr_percent"), us ? decimalText(us.value().aprPercent, 4) : QString());
        result.insert(QStringLiteral("effective_annual_rate_percent"),
                      eu ? decimalText(eu.value().aprPercent, 4) : QString());
    }
    answer(result);
    return kExitOk;
}

int runPayoff()
{
    FieldError readError;
    const auto planRequest = readPlanRequest(readError);
    if (!planRequest)
        return answerError(readError);
    const QJsonObject* request = &planRequest->first;
    const PlanTerms* terms = &planRequest->second;
    Fields f(*request);
    std::vector<MadePayment> made;
    for (const QJsonValue& item : request->value(QStringLiteral("payments_made")).toArray()) {
        Fields entry(item.toObject());
        const QDate date = entry.date("date", true);
        const qint64 amount = entry.money("amount", terms->currency, true);
        if (!entry.ok())
            return answerError(
                {QStringLiteral("invalid_field"), entry.error().message, QStringLiteral("payments_made")});
        made.push_back({date, amount});
    }
    const QDate payoffDate = f.date("payoff_date", true);
    if (!f.ok())
        return answerError(f.error());
    auto quote = payoffQuote(*terms, made, payoffDate);
    if (!quote)
        return answerError({QStringLiteral("invalid_request"), quote.error().detail, {}});
    auto amount = [&](qint64 minor) { return Money(minor, terms->currency).toDecimalString(); };
    answer(QJsonObject{{QStringLiteral("payoff_amount"), amount(quote.value().payoffMinor)},
                       {QStringLiteral("principal"), amount(quote.value().principalMinor)},
                       {QStringLiteral("interest"), amount(quote.value().interestMinor)},
                       {QStringLiteral("fees"), amount(quote.value().feesMinor)}});
    return kExitOk;
}

int runApr()
{
    FieldError readError;
    auto request = readRequest(readError);
    if (!request)
        return answerError(readError);
    Fields f(*request);
    // Amounts are read as a currency with many decimals: the APR needs no currency, only exact numbers.
    const Currency anyCurrency{QStringLiteral("XXX"), 3};
    enum class Method
    {
        UsActuarial,
        EuEffective,
        Xirr
    };
    const Method method = f.code("method", Method::UsActuarial,
                                 {{"us_actuarial", Method::UsActuarial},
                                  {"eu_effective", Method::EuEffective},
                                  {"xirr", Method::Xirr}});
    const std::vector<DatedFlow> advances = flowsOf(f, "advances", anyCurrency);
    const std::vector<DatedFlow> payments = flowsOf(f, "payments", anyCurrency);
    int multiple = f.integer("unit_period_multiple", 1, 1, 52);
    std::optional<UnitPeriod> unit;
    if (f.has("unit_period"))
        unit = f.code("unit_period", UnitPeriod::Month,
                      {{"month", UnitPeriod::Month},
                       {"semi_month", UnitPeriod::SemiMonth},
                       {"week", UnitPeriod::Week},
                       {"day", UnitPeriod::Day},
                       {"term", UnitPeriod::Term}});
    if (!f.ok())
        return answerError(f.error());
    Result<AprResult> result = AprResult{};
    if (method == Method::UsActuarial) {
        if (!unit) // Appendix J (b)(4): the most frequent period between payments
            unit = commonUnitPeriod(payments, multiple);
        result = usActuarialApr(advances, payments, *unit, multiple);
    } else {
        result = euEffectiveApr(advances, payments); // XIRR and the APRC are the same equation on days/365
    }
    if (!result)
        return answerError({QStringLiteral("no_rate"), result.error().detail, {}});
    answer(QJsonObject{
        {QStringLiteral("apr_percent"), decimalText(result.value().aprPercent, 4)},
        {QStringLiteral("rate_per_unit_period"), decimalText(result.value().ratePerUnitPeriod, 10)}});
    return kExitOk;
}

} // namespace collector::cli
