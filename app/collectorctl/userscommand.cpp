#include "userscommand.h"

#include "clioptions.h"
#include "clioutput.h"
#include "exitcodes.h"
#include "jsonio.h"
#include "passphraseinput.h"
#include "users/users.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>

namespace collector::cli {

namespace {

const char* kUsersUsage =
    "Usage: collectorctl users list --profile DIR [--json] [--passphrase-file F]\n"
    "       collectorctl users assign-device --profile DIR --login L [--passphrase-file F]\n"
    "       collectorctl users set-role --profile DIR --login L --role "
    "collector|lead|admin [--passphrase-file F]\n";

int listAll(Database& db, bool json)
{
    auto users = listUsers(db);
    if (!users)
        return reportFailure(users.error());
    auto device = deviceUser(db);
    if (!device)
        return reportFailure(device.error());
    const Id deviceId = device.value() ? device.value()->id : Id();
    if (json) {
        QJsonArray rows;
        for (const UserRecord& u : users.value())
            rows.append(
                QJsonObject{{QStringLiteral("id"), u.id.toString()},
                            {QStringLiteral("login"), u.login},
                            {QStringLiteral("role"), codeOf(u.role)},
                            {QStringLiteral("team"), u.teamId.isNull() ? QJsonValue() : u.teamId.toString()},
                            {QStringLiteral("this_workstation"), u.id == deviceId}});
        answer(QJsonObject{{QStringLiteral("users"), rows}});
        return kExitOk;
    }
    // Logins and roles only: display names are staff names, but a listing has no need of them.
    for (const UserRecord& u : users.value())
        printLine(QStringLiteral("%1  %2%3")
                      .arg(u.login, -12)
                      .arg(codeOf(u.role), -10)
                      .arg(u.id == deviceId ? QStringLiteral("  (this workstation)") : QString()));
    return kExitOk;
}

} // namespace

int runUsers(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption loginOption(QStringLiteral("login"), QStringLiteral("The user's login."),
                                         QStringLiteral("L"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("collector, lead or admin."),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Answer as JSON."));
    parser.addOptions({profileOption(), passphraseFileOption(), loginOption, roleOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, assign-device or set-role"));
    const QString usage = QString::fromLatin1(kUsersUsage);
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args))
        return reportUsage(parser.errorText(), usage);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 ||
        !QStringList{QStringLiteral("list"), QStringLiteral("assign-device"), QStringLiteral("set-role")}
             .contains(action))
        return reportUsage(QStringLiteral("say what to do: list, assign-device or set-role"), usage);
    if (parser.value(profileOption()).isEmpty())
        return reportUsage(QStringLiteral("--profile is required"), usage);
    if (action != QLatin1String("list") && parser.value(loginOption).isEmpty())
        return reportUsage(QStringLiteral("--login is required"), usage);
    std::optional<UserRole> role;
    if (action == QLatin1String("set-role")) {
        role = parseCode<UserRole>(parser.value(roleOption));
        if (!role)
            return reportUsage(QStringLiteral("--role must be collector, lead or admin"), usage);
    }
    auto profile =
        openProfileWithPassphrase(parser.value(profileOption()), parser.value(passphraseFileOption()));
    if (!profile)
        return reportFailure(profile.error());
    Database& db = profile.value().database();
    if (action == QLatin1String("list"))
        return listAll(db, parser.isSet(jsonOption));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (action == QLatin1String("assign-device")) {
        if (auto done = assignDeviceUser(db, profile.value().profileId(), now, parser.value(loginOption));
            !done)
            return reportFailure(done.error());
        printLine(QStringLiteral("This workstation now belongs to %1.").arg(parser.value(loginOption)));
        return kExitOk;
    }
    auto actor = deviceUser(db);
    if (!actor)
        return reportFailure(actor.error());
    if (!actor.value())
        return reportFailure(makeError(ErrorCode::InvalidArgument,
                                       QStringLiteral("nobody is signed in on this workstation; assign it to "
                                                      "an admin first (users assign-device)")));
    if (auto done = changeUserRole(db, profile.value().profileId(), now, *actor.value(),
                                   parser.value(loginOption), *role);
        !done)
        return reportFailure(done.error());
    printLine(QStringLiteral("%1 is now %2.").arg(parser.value(loginOption), codeOf(*role)));
    return kExitOk;
}

} // namespace collector::cli
