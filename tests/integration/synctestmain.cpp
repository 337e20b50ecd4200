// The integration tests' entry point: one throwaway PostgreSQL cluster and hub for the whole run, stopped
// after.
#include "hubharness.h"
#include "syncfleet.h"

#include <QCoreApplication>
#include <catch2/catch_session.hpp>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    collector::test::HubHarness harness;
    QString error;
    if (!harness.start(&error)) {
        std::fprintf(stderr, "integration: could not stand up the hub: %s\n", qPrintable(error));
        return 1;
    }
    collector::test::setHarness(&harness);
    int failed = Catch::Session().run(argc, argv);
    if (harness.hubDiedOnItsOwn()) {
        std::fprintf(stderr, "integration: collector-hub died during the run (see its log above)\n");
        failed = 1;
    }
    harness.stop();
    return failed;
}
