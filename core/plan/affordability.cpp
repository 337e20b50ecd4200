#include "plan/affordability.h"

#include "common/wideint.h"

#include <QCoreApplication>

namespace collector {

Result<Affordability> assessAffordability(const Budget& budget, Frequency frequency, int everyNDays,
                                          int shareOfDisposablePercent)
{
    if (shareOfDisposablePercent < 0 || shareOfDisposablePercent > 100)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the share of disposable income is 0 to 100 %"));
    Affordability out;
    auto sum = [](const std::vector<BudgetLine>& lines, qint64& total) {
        for (const BudgetLine& line : lines) {
            if (line.monthlyMinor < 0 || !addMinor(total, line.monthlyMinor, total))
                return false;
        }
        return true;
    };
    if (!sum(budget.income, out.incomeMinor) || !sum(budget.expenditure, out.expenditureMinor))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("budget amounts must be positive and not absurdly large"));
    out.disposableMinor = std::max<qint64>(0, out.incomeMinor - out.expenditureMinor);
    // A month's sustainable amount, spread over the plan's periods (12 months a year).
    const WideInt monthlyShare = static_cast<WideInt>(out.disposableMinor) * shareOfDisposablePercent;
    const double periods = periodsPerYear(frequency, everyNDays);
    // Floor: an instalment the budget can only just not afford is not sustainable.
    out.maxInstalmentMinor = static_cast<qint64>(static_cast<long double>(monthlyShare) * 12.0L /
                                                 (100.0L * static_cast<long double>(periods)));
    return out;
}

std::vector<RuleFailure> checkOffer(const PlanOffer& offer, const Guardrails& rails,
                                    const std::optional<Affordability>& affordability)
{
    std::vector<RuleFailure> failures;
    const Currency& currency = offer.terms->currency;
    auto money = [&](qint64 minor) { return Money(minor, currency).toDecimalString(); };
    const auto& lines = offer.schedule->lines;
    if (rails.minInstalmentMinor > 0) {
        // The last instalment carries the residue and may be smaller.
        for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
            if (lines[k].n > 0 && lines[k].paymentMinor < rails.minInstalmentMinor) {
                failures.push_back({QStringLiteral("minimum_instalment"), QStringLiteral("term"),
                                    QCoreApplication::translate(
                                        "PlanRules", "instalment %1 is %2; the creditor's minimum is %3")
                                        .arg(lines[k].n)
                                        .arg(money(lines[k].paymentMinor), money(rails.minInstalmentMinor))});
                break;
            }
        }
    }
    if (rails.maxTermInstalments > 0 && offer.terms->term > rails.maxTermInstalments)
        failures.push_back(
            {QStringLiteral("maximum_term"), QStringLiteral("term"),
             QCoreApplication::translate("PlanRules", "%1 instalments; the creditor allows at most %2")
                 .arg(offer.terms->term)
                 .arg(rails.maxTermInstalments)});
    if (offer.settlementAmountMinor && offer.balanceOwedMinor > 0) {
        const qint64 discount = offer.balanceOwedMinor - *offer.settlementAmountMinor;
        const int allowed = offer.offeredBy == UserRole::Admin  ? rails.maxDiscountPercentAdmin
                            : offer.offeredBy == UserRole::Lead ? rails.maxDiscountPercentLead
                                                                : rails.maxDiscountPercentCollector;
        // Compared in whole numbers: discount / owed > allowed / 100.
        if (discount > 0 &&
            static_cast<WideInt>(discount) * 100 > static_cast<WideInt>(offer.balanceOwedMinor) * allowed)
            failures.push_back({QStringLiteral("maximum_discount"), QStringLiteral("settlement_amount"),
                                QCoreApplication::translate(
                                    "PlanRules", "a discount of %1 on %2 is more than the %3 % a %4 may give")
                                    .arg(money(discount), money(offer.balanceOwedMinor))
                                    .arg(allowed)
                                    .arg(codeOf(offer.offeredBy))});
    }
    if (affordability && !lines.empty()) {
        qint64 largest = 0;
        for (const ScheduleLine& line : lines)
            largest = std::max(largest, line.paymentMinor);
        if (largest > affordability->maxInstalmentMinor)
            failures.push_back(
                {QStringLiteral("affordability"), QStringLiteral("term"),
                 QCoreApplication::translate(
                     "PlanRules", "the largest instalment, %1, is more than the %2 the budget sustains")
                     .arg(money(largest), money(affordability->maxInstalmentMinor))});
    }
    return failures;
}

} // namespace collector
