// The idle lock decides on an injected clock, so minutes pass without sleeping.
#include "session/idletimer.h"

#include <catch2/catch_test_macros.hpp>

using namespace collector;

TEST_CASE("the idle timer fires once after the limit and touches postpone it", "[idle]")
{
    ManualClock clock(1'000'000);
    constexpr qint64 kMinute = 60'000;
    IdleTimer timer(clock, 10 * kMinute);
    int fired = 0;
    QObject::connect(&timer, &IdleTimer::idleLimitReached, &timer, [&] { ++fired; });

    timer.check();
    CHECK(fired == 0); // not started: never fires

    timer.start();
    clock.advanceMs(9 * kMinute);
    timer.check();
    CHECK(fired == 0);
    CHECK(timer.msUntilLock() == kMinute);

    timer.touch();
    clock.advanceMs(9 * kMinute);
    timer.check();
    CHECK(fired == 0);

    clock.advanceMs(kMinute);
    timer.check();
    CHECK(fired == 1);
    CHECK_FALSE(timer.isRunning());
    clock.advanceMs(kMinute);
    timer.check();
    CHECK(fired == 1); // once, until restarted after an unlock

    timer.start();
    clock.advanceMs(10 * kMinute);
    timer.check();
    CHECK(fired == 2);
}

TEST_CASE("a zero idle limit disables the lock", "[idle]")
{
    ManualClock clock;
    IdleTimer timer(clock, 0);
    int fired = 0;
    QObject::connect(&timer, &IdleTimer::idleLimitReached, &timer, [&] { ++fired; });
    timer.start();
    clock.advanceMs(24LL * 3600 * 1000);
    timer.check();
    CHECK(fired == 0);
}
