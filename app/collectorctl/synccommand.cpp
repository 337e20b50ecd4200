#include "synccommand.h"

#include "clioptions.h"
#include "clioutput.h"
#include "exitcodes.h"
#include "jsonio.h"
#include "passphraseinput.h"
#include "sync/contactbudget.h"
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
    "       collectorctl sync status --profile DIR [--json] [--passphrase-file F]\n"
    "       collectorctl sync lease --profile DIR [--days N] [--passphrase-file F]\n"
    "  lease: sync, then lease contact budgets for N days (1 to 7, default 1) before working offline;\n"
    "         the next \"sync run\" returns them.\n";

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
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        QStringLiteral("Days of offline work to lease budgets for."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({profileOption(), passphraseFileOption(), hubOption, caOption, codeOption, labelOption,
                       jsonOption, daysOption});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("enrol, run, status or lease"));
    const QString usage = QString::fromLatin1(kSyncUsage);
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args))
        return reportUsage(parser.errorText(), usage);
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 ||
        !QStringList{QStringLiteral("enrol"), QStringLiteral("run"), QStringLiteral("status"),
                     QStringLiteral("lease")}
             .contains(action))
        return reportUsage(QStringLiteral("say what to do: enrol, run, status or lease"), usage);
    bool daysOk = false;
    const int days = parser.value(daysOption).toInt(&daysOk);
    if (!daysOk || days < 1 || days > 7)
        return reportUsage(QStringLiteral("--days must be a whole number from 1 to 7"), usage);
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
    if (action == QLatin1String("lease")) {
        const LeaseReport report = takeLeases(db, days);
        if (!report.sync.ok())
            return syncFailed(report.sync);
        printLine(
            QStringLiteral("Leased %1 of %2 contact budgets (%3 calls) until %4: this workstation now "
                           "spends only from them; \"collectorctl sync run\" returns what is left.")
                .arg(report.granted)
                .arg(report.requested)
                .arg(report.tokens)
                .arg(report.until.isValid() ? report.until.toString(Qt::ISODate) : QStringLiteral("-")));
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
                        {QStringLiteral("last_error"), s.lastError},
                        {QStringLiteral("held_leases"), s.heldLeases},
                        {QStringLiteral("leases_until"),
                         s.leasesUntil.isValid() ? s.leasesUntil.toString(Qt::ISODate) : QString()}});
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
    if (s.heldLeases > 0)
        printLine(
            QStringLiteral("Working offline on %1 contact budgets until %2; the next sync returns them.")
                .arg(s.heldLeases)
                .arg(s.leasesUntil.toString(Qt::ISODate)));
    return kExitOk;
}

} // namespace collector::cli
