#include "synccommand.h"

#include "clioptions.h"
#include "clioutput.h"
#include "exitcodes.h"
#include "jsonio.h"
#include "passphraseinput.h"
#include "sync/syncengine.h"
#include "users/users.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QSysInfo>
#include <cstdio>

namespace collector::cli {

namespace {

const char* kSyncUsage =
    "Usage: collectorctl sync enrol --profile DIR --hub https://HOST:PORT --ca FILE --code CODE\n"
    "                             [--label TEXT] [--passphrase-file F]\n"
    "       collectorctl sync run --profile DIR [--passphrase-file F]\n"
    "       collectorctl sync status --profile DIR [--json] [--passphrase-file F]\n";

int syncFailed(const SyncReport& report)
{
    std::fprintf(stderr, "collectorctl: %s\n", qPrintable(report.message));
    return kExitSync;
}

} // namespace

int runSync(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption hubOption(QStringLiteral("hub"), QStringLiteral("The hub's address."),
                                       QStringLiteral("URL"));
    const QCommandLineOption caOption(QStringLiteral("ca"), QStringLiteral("The hub's CA certificate (PEM)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption codeOption(
        QStringLiteral("code"), QStringLiteral("The one-time enrolment code."), QStringLiteral("CODE"));
    const QCommandLineOption labelOption(
        QStringLiteral("label"), QStringLiteral("A name for this workstation."), QStringLiteral("TEXT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Answer as JSON."));
    parser.addOptions(
        {profileOption(), passphraseFileOption(), hubOption, caOption, codeOption, labelOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("enrol, run or status"));
    const QString usage = QString::fromLatin1(kSyncUsage);
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args))
        return reportUsage(parser.errorText(), usage);
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 ||
        !QStringList{QStringLiteral("enrol"), QStringLiteral("run"), QStringLiteral("status")}.contains(
            action))
        return reportUsage(QStringLiteral("say what to do: enrol, run or status"), usage);
    if (parser.value(profileOption()).isEmpty())
        return reportUsage(QStringLiteral("--profile is required"), usage);
    QByteArray caPem;
    if (action == QLatin1String("enrol")) {
        if (parser.value(hubOption).isEmpty() || parser.value(caOption).isEmpty() ||
            parser.value(codeOption).isEmpty())
            return reportUsage(QStringLiteral("enrol needs --hub, --ca and --code"), usage);
        QFile ca(parser.value(caOption));
        if (!ca.open(QIODevice::ReadOnly))
            return reportFailure(
                makeError(ErrorCode::Io,
                          QStringLiteral("cannot read the CA certificate %1").arg(parser.value(caOption))));
        caPem = ca.read(1024 * 1024);
    }
    auto profile =
        openProfileWithPassphrase(parser.value(profileOption()), parser.value(passphraseFileOption()));
    if (!profile)
        return reportFailure(profile.error());
    Database& db = profile.value().database();
    if (action == QLatin1String("enrol")) {
        const QString label =
            parser.isSet(labelOption) ? parser.value(labelOption) : QSysInfo::machineHostName();
        const SyncReport report =
            enrolWorkstation(db, QUrl(parser.value(hubOption)), caPem, parser.value(codeOption), label);
        if (!report.ok())
            return syncFailed(report);
        printLine(QStringLiteral("Enrolled with %1; run \"collectorctl sync run\" to fetch the team's work.")
                      .arg(parser.value(hubOption)));
        return kExitOk;
    }
    if (action == QLatin1String("run")) {
        const SyncReport report = syncNow(db);
        if (!report.ok())
            return syncFailed(report);
        auto identity = loadSyncIdentity(db);
        if (identity && !identity.value().userId.isEmpty())
            if (auto done = adoptEnrolledUser(db, profile.value().profileId(),
                                              QDateTime::currentMSecsSinceEpoch(), identity.value().userId);
                !done)
                return reportFailure(done.error());
        printLine(QStringLiteral("Pushed %1 operations (%2 refused by the hub), pulled %3 changes.")
                      .arg(report.pushed)
                      .arg(report.refused)
                      .arg(report.pulled));
        return kExitOk;
    }
    auto status = readSyncStatus(db);
    if (!status)
        return reportFailure(status.error());
    const SyncStatus& s = status.value();
    if (parser.isSet(jsonOption)) {
        answer(
            QJsonObject{{QStringLiteral("enrolled"), s.enrolled},
                        {QStringLiteral("hub"), s.hub},
                        {QStringLiteral("role"), s.role},
                        {QStringLiteral("pending_operations"), s.pendingOps},
                        {QStringLiteral("refused_operations"), s.refusedOps},
                        {QStringLiteral("last_success"),
                         s.lastSuccess.isValid() ? s.lastSuccess.toUTC().toString(Qt::ISODate) : QString()},
                        {QStringLiteral("last_error"), s.lastError}});
        return kExitOk;
    }
    printLine(s.enrolled ? QStringLiteral("Enrolled with %1 as %2.").arg(s.hub, s.role)
                         : QStringLiteral("Not enrolled with a hub."));
    printLine(QStringLiteral("%1 operations waiting to be pushed; %2 refused by the hub.")
                  .arg(s.pendingOps)
                  .arg(s.refusedOps));
    printLine(s.lastSuccess.isValid()
                  ? QStringLiteral("Last synced %1.").arg(s.lastSuccess.toUTC().toString(Qt::ISODate))
                  : QStringLiteral("Never synced."));
    if (!s.lastError.isEmpty())
        printLine(QStringLiteral("Last error: %1").arg(s.lastError));
    return kExitOk;
}

} // namespace collector::cli
