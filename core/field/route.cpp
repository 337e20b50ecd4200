#include "field/route.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace collector {

double greatCircleKm(const GeoPoint& a, const GeoPoint& b)
{
    constexpr double kEarthKm = 6371.0088;
    const double rad = std::numbers::pi / 180.0;
    const double dLat = (b.latitude - a.latitude) * rad;
    const double dLon = (b.longitude - a.longitude) * rad;
    // Haversine: well conditioned for the short distances between visits of one day.
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(a.latitude * rad) *
                                                                   std::cos(b.latitude * rad) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

double tourLength(const CostMatrix& cost, const std::vector<int>& tour)
{
    double total = 0;
    for (std::size_t i = 0; i < tour.size(); ++i)
        total +=
            cost[static_cast<std::size_t>(tour[i])][static_cast<std::size_t>(tour[(i + 1) % tour.size()])];
    return total;
}

std::vector<int> exactTour(const CostMatrix& cost)
{
    const int n = static_cast<int>(cost.size());
    if (n <= 3) {
        std::vector<int> order(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            order[static_cast<std::size_t>(i)] = i;
        return order;
    }
    // best[set][last]: the shortest path from node 0 through the nodes of `set` (bits for nodes 1..n-1)
    // ending at `last`.
    const int others = n - 1;
    const std::size_t sets = std::size_t{1} << others;
    constexpr double kNone = std::numeric_limits<double>::infinity();
    std::vector<double> best(sets * static_cast<std::size_t>(others), kNone);
    std::vector<signed char> before(sets * static_cast<std::size_t>(others), -1);
    const auto at = [others](std::size_t set, int last) {
        return set * static_cast<std::size_t>(others) + last;
    };
    for (int j = 0; j < others; ++j)
        best[at(std::size_t{1} << j, j)] = cost[0][static_cast<std::size_t>(j + 1)];
    for (std::size_t set = 1; set < sets; ++set)
        for (int last = 0; last < others; ++last) {
            if (!(set & (std::size_t{1} << last)))
                continue;
            const double here = best[at(set, last)];
            if (here == kNone)
                continue;
            for (int next = 0; next < others; ++next) {
                if (set & (std::size_t{1} << next))
                    continue;
                const std::size_t grown = set | (std::size_t{1} << next);
                const double length =
                    here + cost[static_cast<std::size_t>(last + 1)][static_cast<std::size_t>(next + 1)];
                if (length < best[at(grown, next)]) {
                    best[at(grown, next)] = length;
                    before[at(grown, next)] = static_cast<signed char>(last);
                }
            }
        }
    const std::size_t all = sets - 1;
    int last = 0;
    double shortest = kNone;
    for (int j = 0; j < others; ++j) {
        const double length = best[at(all, j)] + cost[static_cast<std::size_t>(j + 1)][0];
        if (length < shortest) {
            shortest = length;
            last = j;
        }
    }
    std::vector<int> reversed;
    for (std::size_t set = all; set != 0;) {
        reversed.push_back(last + 1);
        const int previous = before[at(set, last)];
        set &= ~(std::size_t{1} << last);
        last = previous;
    }
    std::vector<int> order{0};
    order.insert(order.end(), reversed.rbegin(), reversed.rend());
    return order;
}

std::vector<int> heuristicTour(const CostMatrix& cost)
{
    const std::size_t n = cost.size();
    std::vector<int> order;
    if (n == 0)
        return order;
    std::vector<bool> used(n, false);
    order.push_back(0);
    used[0] = true;
    while (order.size() < n) {
        const auto from = static_cast<std::size_t>(order.back());
        std::size_t nearest = n;
        for (std::size_t j = 0; j < n; ++j)
            if (!used[j] && (nearest == n || cost[from][j] < cost[from][nearest]))
                nearest = j;
        used[nearest] = true;
        order.push_back(static_cast<int>(nearest));
    }
    // 2-opt: reverse a stretch whenever that shortens the tour, until no reversal does. Node 0 stays first.
    const auto c = [&](std::size_t i, std::size_t j) {
        return cost[static_cast<std::size_t>(order[i])][static_cast<std::size_t>(order[j % n])];
    };
    bool improved = true;
    while (improved) {
        improved = false;
        for (std::size_t i = 1; i + 1 < n; ++i)
            for (std::size_t k = i + 1; k < n; ++k) {
                const double delta = c(i - 1, k) + c(i, k + 1) - c(i - 1, i) - c(k, k + 1);
                if (delta < -1e-9) {
                    std::reverse(order.begin() + static_cast<std::ptrdiff_t>(i),
                                 order.begin() + static_cast<std::ptrdiff_t>(k) + 1);
                    improved = true;
                }
            }
    }
    return order;
}

Route planRoute(const std::vector<RouteStop>& stops, const std::optional<GeoPoint>& start)
{
    // Node 0 is the start; the located stops follow.
    std::vector<int> located;
    for (std::size_t i = 0; i < stops.size(); ++i)
        if (stops[i].where)
            located.push_back(static_cast<int>(i));
    std::vector<GeoPoint> points;
    if (start)
        points.push_back(*start);
    for (int i : located)
        points.push_back(*stops[static_cast<std::size_t>(i)].where);
    CostMatrix cost(points.size(), std::vector<double>(points.size(), 0.0));
    for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = i + 1; j < points.size(); ++j)
            cost[i][j] = cost[j][i] = greatCircleKm(points[i], points[j]);

    Route route;
    route.exact = points.size() <= static_cast<std::size_t>(kExactRouteLimit) + 1;
    const std::vector<int> tour = route.exact ? exactTour(cost) : heuristicTour(cost);
    route.km = points.size() > 1 ? tourLength(cost, tour) : 0;

    // Located stops in tour order, each followed by the unlocated stops of its district (once: after the
    // first located stop there); the rest at the end, grouped by district in the order they were given.
    std::vector<bool> placed(stops.size(), false);
    const auto placeDistrict = [&](const QString& district) {
        if (district.isEmpty())
            return;
        for (std::size_t i = 0; i < stops.size(); ++i)
            if (!placed[i] && !stops[i].where && stops[i].district == district) {
                placed[i] = true;
                route.order.push_back(static_cast<int>(i));
            }
    };
    for (int node : tour) {
        const int offset = start ? 1 : 0;
        if (node < offset)
            continue;
        const auto stop = static_cast<std::size_t>(located[static_cast<std::size_t>(node - offset)]);
        placed[stop] = true;
        route.order.push_back(static_cast<int>(stop));
        placeDistrict(stops[stop].district);
    }
    for (std::size_t i = 0; i < stops.size(); ++i)
        if (!placed[i]) {
            placed[i] = true;
            route.order.push_back(static_cast<int>(i));
            placeDistrict(stops[i].district);
        }
    return route;
}

} // namespace collector
