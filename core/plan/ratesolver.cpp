#include "plan/ratesolver.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace collector {

namespace {

Error noSignChange()
{
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("the cash flows never change sign, so no rate balances them"));
}

bool hasSignChange(std::span<const double> amounts)
{
    bool positive = false;
    bool negative = false;
    for (double a : amounts) {
        positive = positive || a > 0;
        negative = negative || a < 0;
    }
    return positive && negative;
}

} // namespace

Result<double> solveRate(const RateEquation& eq)
{
    // Rates from just above -100 % to 1,000,000 % per period, denser near zero where loans live.
    static const long double kGrid[] = {-0.999999L, -0.99L, -0.9L, -0.5L, -0.2L,  -0.05L,
                                        0.0L,       0.01L,  0.05L, 0.1L,  0.25L,  0.5L,
                                        1.0L,       2.0L,   5.0L,  10.0L, 100.0L, 10000.0L};
    long double lo = 0;
    long double hi = 0;
    bool bracketed = false;
    // Prefer the bracket nearest zero: scan outwards from the grid point 0.
    const auto zero = std::find(std::begin(kGrid), std::end(kGrid), 0.0L) - std::begin(kGrid);
    const int n = static_cast<int>(std::size(kGrid));
    for (int step = 0; step < n && !bracketed; ++step) {
        for (int dir : {1, -1}) {
            const int a = static_cast<int>(zero) + dir * step;
            const int b = a + dir;
            if (a < 0 || a >= n || b < 0 || b >= n)
                continue;
            const long double fa = eq.value(kGrid[a]);
            const long double fb = eq.value(kGrid[b]);
            if (std::isfinite(fa) && std::isfinite(fb) && (fa == 0 || fb == 0 || (fa < 0) != (fb < 0))) {
                lo = std::min(kGrid[a], kGrid[b]);
                hi = std::max(kGrid[a], kGrid[b]);
                bracketed = true;
                break;
            }
        }
    }
    if (!bracketed)
        return noSignChange();

    long double flo = eq.value(lo);
    if (flo == 0)
        return static_cast<double>(lo);
    long double x = (lo + hi) / 2;
    for (int i = 0; i < 200; ++i) {
        const long double fx = eq.value(x);
        if (fx == 0 || (hi - lo) < 1e-15L * std::max(1.0L, std::fabs(x)))
            return static_cast<double>(x);
        // Keep the bracket around the root.
        if ((fx < 0) == (flo < 0)) {
            lo = x;
            flo = fx;
        } else {
            hi = x;
        }
        const long double d = eq.derivative(x);
        long double next = d != 0 ? x - fx / d : (lo + hi) / 2;
        if (!(next > lo && next < hi))
            next = (lo + hi) / 2; // Newton left the bracket: bisect instead
        if (std::fabs(next - x) < 1e-16L * std::max(1.0L, std::fabs(x)))
            return static_cast<double>(next);
        x = next;
    }
    return static_cast<double>(x);
}

Result<double> periodicIrr(std::span<const double> flows)
{
    if (!hasSignChange(flows))
        return noSignChange();
    const std::vector<double> f(flows.begin(), flows.end());
    RateEquation eq{[f](long double r) {
                        long double sum = 0;
                        long double discount = 1;
                        for (double a : f) {
                            sum += a / discount;
                            discount *= 1 + r;
                        }
                        return sum;
                    },
                    [f](long double r) {
                        long double sum = 0;
                        for (std::size_t k = 1; k < f.size(); ++k)
                            sum -= static_cast<long double>(k) * f[k] /
                                   std::pow(1 + r, static_cast<long double>(k + 1));
                        return sum;
                    }};
    return solveRate(eq);
}

Result<double> xirr(std::span<const DatedFlow> flows)
{
    std::vector<double> amounts;
    for (const DatedFlow& flow : flows) {
        if (!flow.date.isValid())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("a cash flow has no valid date"));
        amounts.push_back(flow.amount);
    }
    if (!hasSignChange(amounts))
        return noSignChange();
    const QDate origin =
        std::min_element(flows.begin(), flows.end(), [](const DatedFlow& a, const DatedFlow& b) {
            return a.date < b.date;
        })->date;
    std::vector<std::pair<long double, double>> timed;
    for (const DatedFlow& flow : flows)
        timed.emplace_back(static_cast<long double>(origin.daysTo(flow.date)) / 365.0L, flow.amount);
    RateEquation eq{[timed](long double x) {
                        long double sum = 0;
                        for (const auto& [t, a] : timed)
                            sum += a / std::pow(1 + x, t);
                        return sum;
                    },
                    [timed](long double x) {
                        long double sum = 0;
                        for (const auto& [t, a] : timed)
                            sum -= t * a / std::pow(1 + x, t + 1);
                        return sum;
                    }};
    return solveRate(eq);
}

} // namespace collector
