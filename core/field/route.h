// Ordering a day's visits into a route. The stops that have coordinates are ordered by road-less distance
// (great circle): exactly, by Held–Karp dynamic programming, for a day's usual handful (up to
// kExactRouteLimit), and by a nearest-neighbour tour improved with 2-opt beyond that. Stops without
// coordinates follow the located stop of their district, or come last, grouped by district.
#pragma once

#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace collector {

struct GeoPoint
{
    double latitude = 0;  // degrees, north positive
    double longitude = 0; // degrees, east positive
};

// Great-circle distance on a sphere of the Earth's mean radius (6371.0088 km, IUGG), in kilometres.
double greatCircleKm(const GeoPoint& a, const GeoPoint& b);

// A closed tour through nodes 0..n-1 of a symmetric cost matrix, starting at node 0 (the start: the office,
// or the first visit). Returned as the order of nodes, node 0 first, the way back to it implied.
using CostMatrix = std::vector<std::vector<double>>;
std::vector<int> exactTour(const CostMatrix& cost);     // Held–Karp, O(n² 2ⁿ): keep n small
std::vector<int> heuristicTour(const CostMatrix& cost); // nearest neighbour from node 0, then 2-opt
double tourLength(const CostMatrix& cost, const std::vector<int>& tour);

constexpr int kExactRouteLimit = 13; // 13 stops and the start: 14² × 2¹⁴ steps, a few milliseconds

struct RouteStop
{
    std::optional<GeoPoint> where;
    QString district; // "" when unknown
};

struct Route
{
    std::vector<int> order; // indexes into the stops, in visiting order
    double km = 0;          // over the located stops, start to start (the way back included)
    bool exact = false;     // the located part is a shortest tour
};

// `start`: where the day begins and ends (none: at the first located stop).
Route planRoute(const std::vector<RouteStop>& stops, const std::optional<GeoPoint>& start);

} // namespace collector
