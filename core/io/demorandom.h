// The demo's only source of chance: a seeded 64-bit Mersenne Twister, so a seed always makes the same
// portfolio.
#pragma once

#include "domain/id.h"

#include <cmath>
#include <random>
#include <span>

namespace collector::demo {

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}

    // Uniform in [lo, hi], both included.
    qint64 between(qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(m_engine); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine) < p; }
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    // Log-uniform: small balances are more common than large ones.
    qint64 logBetween(qint64 lo, qint64 hi)
    {
        const double x =
            std::exp(std::log(static_cast<double>(lo)) +
                     unit() * (std::log(static_cast<double>(hi)) - std::log(static_cast<double>(lo))));
        return static_cast<qint64>(x);
    }
    template <typename T> const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(between(0, static_cast<qint64>(items.size()) - 1))];
    }
    // Index into `weights` with probability proportional to each weight.
    std::size_t weighted(std::span<const double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = unit() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i])
                return i;
            x -= weights[i];
        }
        return weights.size() - 1;
    }
    Id id(qint64 unixMs)
    {
        const auto a = static_cast<quint16>(m_engine());
        return Id::fromParts(unixMs, a, m_engine());
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace collector::demo
