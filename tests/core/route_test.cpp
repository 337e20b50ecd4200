// Route ordering against known shortest tours.
#include "field/route.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <cmath>

using namespace collector;

namespace {

// TSPLIB's GEO distance (Reinelt, "TSPLIB 95", section 2.4): coordinates as DDD.MM (degrees and minutes),
// PI = 3.141592, RRR = 6378.388, each distance rounded down after adding 1.0.
double tsplibRadians(double x)
{
    const double pi = 3.141592;
    const double degrees = std::trunc(x);
    const double minutes = x - degrees;
    return pi * (degrees + 5.0 * minutes / 3.0) / 180.0;
}

int tsplibGeo(double latA, double lonA, double latB, double lonB)
{
    const double rrr = 6378.388;
    const double q1 = std::cos(tsplibRadians(lonA) - tsplibRadians(lonB));
    const double q2 = std::cos(tsplibRadians(latA) - tsplibRadians(latB));
    const double q3 = std::cos(tsplibRadians(latA) + tsplibRadians(latB));
    return static_cast<int>(rrr * std::acos(0.5 * ((1.0 + q1) * q2 - (1.0 - q1) * q3)) + 1.0);
}

// ulysses16 (Grötschel/Padberg, "Odyssey of Ulysses", TSPLIB): node coordinates; the optimal tour's length is
// 6859, the tour 1 14 13 12 7 6 15 5 11 9 10 16 3 2 4 8 (TSPLIB's ulysses16.opt.tour).
const double kUlysses16[16][2] = {{38.24, 20.42}, {39.57, 26.15}, {40.56, 25.32}, {36.26, 23.12},
                                  {33.48, 10.54}, {37.56, 12.19}, {38.42, 13.11}, {37.52, 20.44},
                                  {41.23, 9.10},  {41.17, 13.05}, {36.08, -5.21}, {38.47, 15.13},
                                  {38.15, 15.35}, {37.51, 15.17}, {35.49, 14.32}, {39.36, 19.56}};

CostMatrix ulysses16()
{
    CostMatrix cost(16, std::vector<double>(16, 0.0));
    for (int i = 0; i < 16; ++i)
        for (int j = 0; j < 16; ++j)
            if (i != j)
                cost[i][j] =
                    tsplibGeo(kUlysses16[i][0], kUlysses16[i][1], kUlysses16[j][0], kUlysses16[j][1]);
    return cost;
}

} // namespace

TEST_CASE("the great-circle distance matches published figures", "[route]")
{
    // One degree of arc on the 6371.0088 km mean-radius sphere: 2π·6371.0088/360 = 111.195 km.
    CHECK(greatCircleKm({0, 0}, {0, 1}) == Catch::Approx(111.195).margin(0.001));
    CHECK(greatCircleKm({10, 20}, {10, 20}) == 0.0);
    // Beijing to Shanghai city centres (39.9042° N 116.4074° E; 31.2304° N 121.4737° E): 1,067 km.
    CHECK(greatCircleKm({39.9042, 116.4074}, {31.2304, 121.4737}) == Catch::Approx(1067).margin(2));
}

TEST_CASE("the exact tour of ulysses16 is TSPLIB's optimum, 6859", "[route]")
{
    const CostMatrix cost = ulysses16();
    const std::vector<int> optimal{0, 13, 12, 11, 6, 5, 14, 4, 10, 8, 9, 15, 2, 1, 3, 7};
    REQUIRE(tourLength(cost, optimal) == 6859);
    const std::vector<int> tour = exactTour(cost);
    REQUIRE(tour.size() == 16);
    CHECK(tour.front() == 0);
    CHECK(tourLength(cost, tour) == 6859);
    // Nearest neighbour and 2-opt: a tour through every node, no longer than nearest neighbour alone, within
    // a few percent of the optimum.
    const std::vector<int> quick = heuristicTour(cost);
    std::vector<int> sorted = quick;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < 16; ++i)
        CHECK(sorted[static_cast<std::size_t>(i)] == i);
    CHECK(quick.front() == 0);
    CHECK(tourLength(cost, quick) >= 6859);
    CHECK(tourLength(cost, quick) <= 6859 * 1.05);
}

TEST_CASE("points on a circle are visited around it, whatever order they came in", "[route]")
{
    // Points in convex position: the shortest closed tour is the hull's order (no two edges of a shortest
    // tour cross), so both solvers must find it; its length is the regular polygon's perimeter.
    const int n = 20;
    const double rad = 3.141592653589793 / 180.0;
    std::vector<int> shuffle{0, 7, 3, 14, 1, 19, 10, 5, 16, 8, 12, 2, 18, 6, 11, 4, 17, 9, 15, 13};
    CostMatrix cost(n, std::vector<double>(n, 0.0));
    const auto at = [&](int i) {
        const double angle = shuffle[static_cast<std::size_t>(i)] * 360.0 / n * rad;
        return std::pair{std::cos(angle), std::sin(angle)};
    };
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            cost[i][j] = std::hypot(at(i).first - at(j).first, at(i).second - at(j).second);
    const double perimeter = n * 2 * std::sin(3.141592653589793 / n);
    const std::vector<int> quick = heuristicTour(cost);
    CHECK(tourLength(cost, quick) == Catch::Approx(perimeter).epsilon(1e-9));
    for (std::size_t i = 0; i < quick.size(); ++i) {
        const int step = (shuffle[static_cast<std::size_t>(quick[(i + 1) % quick.size()])] -
                          shuffle[static_cast<std::size_t>(quick[i])] + n) %
                         n;
        CHECK((step == 1 || step == n - 1));
    }
}

TEST_CASE("a day's route: located stops shortest first, then the unlocated by district", "[route]")
{
    // Four Beijing addresses on a line west to east and two without coordinates: one in a located stop's
    // district, one in a district of its own.
    std::vector<RouteStop> stops{{GeoPoint{39.90, 116.50}, QStringLiteral("朝阳区")},
                                 {std::nullopt, QStringLiteral("丰台区")},
                                 {GeoPoint{39.90, 116.30}, QStringLiteral("海淀区")},
                                 {std::nullopt, QStringLiteral("海淀区")},
                                 {GeoPoint{39.90, 116.40}, QStringLiteral("东城区")},
                                 {GeoPoint{39.90, 116.20}, QStringLiteral("海淀区")}};
    const Route fromWest = planRoute(stops, GeoPoint{39.90, 116.10});
    CHECK(fromWest.exact);
    CHECK(fromWest.order == std::vector<int>{5, 3, 2, 4, 0, 1});
    // Out along the line and back: twice the 0.40° of longitude at 39.9° N.
    CHECK(fromWest.km == Catch::Approx(2 * greatCircleKm({39.90, 116.10}, {39.90, 116.50})).epsilon(1e-3));
    const Route noStart = planRoute(stops, std::nullopt);
    CHECK(noStart.order.front() == 0);
    CHECK(noStart.order.size() == stops.size());
    CHECK(planRoute({}, std::nullopt).order.empty());
}
