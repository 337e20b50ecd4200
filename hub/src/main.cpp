// collector-hub: the sync hub's service and its administration commands.
#include "hubcommands.h"
#include "hubconfig.h"
#include "hubservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace collector::hub;

namespace {

constexpr const char* kUsage =
    "Usage: collector-hub COMMAND [OPTIONS]\n"
    "  migrate --dsn DSN                      create or update the hub database\n"
    "  enroll --dsn DSN --user LOGIN --team TEAM --role collector|lead|admin\n"
    "         [--valid-hours 72]              print a one-time enrolment code\n"
    "  revoke --dsn DSN (--device UUID | --user LOGIN)\n"
    "                                         cut a device (or all of a user's) off\n"
    "  serve --config FILE                    run the HTTPS sync service\n";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("collector-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COLLECTOR_VERSION));
    QStringList args = app.arguments();
    if (args.size() == 2 && args.at(1) == QLatin1String("--version")) {
        std::printf("collector-hub %s\n", COLLECTOR_VERSION);
        return 0;
    }
    if (args.size() < 2 || args.at(1) == QLatin1String("--help")) {
        std::fputs(kUsage, args.size() < 2 ? stderr : stdout);
        return args.size() < 2 ? 2 : 0;
    }
    const QString command = args.takeAt(1);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("dsn"), QStringLiteral("PostgreSQL connection string"), QStringLiteral("DSN")},
         {QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("LOGIN")},
         {QStringLiteral("team"), QStringLiteral("team name"), QStringLiteral("TEAM")},
         {QStringLiteral("role"), QStringLiteral("collector, lead or admin"), QStringLiteral("ROLE")},
         {QStringLiteral("valid-hours"), QStringLiteral("code lifetime"), QStringLiteral("H"),
          QStringLiteral("72")},
         {QStringLiteral("device"), QStringLiteral("device id"), QStringLiteral("UUID")},
         {QStringLiteral("config"), QStringLiteral("service configuration"), QStringLiteral("FILE")}});
    if (!parser.parse(args)) {
        std::fprintf(stderr, "collector-hub: %s\n%s", qPrintable(parser.errorText()), kUsage);
        return 2;
    }
    const QByteArray dsn = parser.value(QStringLiteral("dsn")).toUtf8();
    if (command != QLatin1String("serve") && dsn.isEmpty()) {
        std::fprintf(stderr, "collector-hub: %s needs --dsn\n%s", qPrintable(command), kUsage);
        return 2;
    }
    if (command == QLatin1String("migrate"))
        return migrateHub(dsn);
    if (command == QLatin1String("enroll")) {
        bool ok = false;
        const int hours = parser.value(QStringLiteral("valid-hours")).toInt(&ok);
        if (!ok || hours < 1 || hours > 24 * 30) {
            std::fputs("collector-hub: --valid-hours must be 1 to 720\n", stderr);
            return 2;
        }
        return enrollUser(dsn, parser.value(QStringLiteral("user")), parser.value(QStringLiteral("team")),
                          parser.value(QStringLiteral("role")), hours);
    }
    if (command == QLatin1String("revoke"))
        return revokeDevices(dsn, parser.value(QStringLiteral("device")),
                             parser.value(QStringLiteral("user")));
    if (command == QLatin1String("serve")) {
        QString error;
        const auto config = readHubConfig(parser.value(QStringLiteral("config")), &error);
        if (!config) {
            std::fprintf(stderr, "collector-hub: %s\n", qPrintable(error));
            return 2;
        }
        HubService service(*config);
        const quint16 port = service.start(&error);
        if (port == 0) {
            std::fprintf(stderr, "collector-hub: %s\n", qPrintable(error));
            return 3;
        }
        std::fprintf(stdout, "collector-hub: listening on https://%s:%u\n",
                     qPrintable(config->listen.toString()), static_cast<unsigned>(port));
        std::fflush(stdout);
        return app.exec();
    }
    std::fprintf(stderr, "collector-hub: unknown command %s\n%s", qPrintable(command), kUsage);
    return 2;
}
