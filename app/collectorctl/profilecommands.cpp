#include "profilecommands.h"

#include "cliaudit.h"
#include "clioptions.h"
#include "clioutput.h"
#include "exitcodes.h"
#include "passphraseinput.h"
#include "profile/profile.h"
#include "store/migrations.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>

namespace collector::cli {

namespace {

const QCommandLineOption& kProfileOption = profileOption();
const QCommandLineOption
    kPassphraseFileOption(QStringLiteral("passphrase-file"),
                          QStringLiteral("Read the passphrase from the first line of FILE "
                                         "instead of prompting."),
                          QStringLiteral("FILE"));
const QCommandLineOption kNewPassphraseFileOption(QStringLiteral("new-passphrase-file"),
                                                  QStringLiteral("Read the new passphrase from FILE."),
                                                  QStringLiteral("FILE"));
const QCommandLineOption kOutOption(QStringLiteral("out"), QStringLiteral("The backup file to write."),
                                    QStringLiteral("FILE"));

// Parses `args` for one command; false (after printing why) when they do not fit.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args,
           const QList<QCommandLineOption>& options, const QList<QCommandLineOption>& required, int& exitCode)
{
    parser.setApplicationDescription(QStringLiteral("collectorctl %1").arg(command));
    parser.addOptions(options);
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args)) {
        exitCode = reportUsage(parser.errorText(), parser.helpText());
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        exitCode =
            reportUsage(QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first()),
                        parser.helpText());
        return false;
    }
    for (const QCommandLineOption& option : required) {
        if (parser.value(option).isEmpty()) {
            exitCode = reportUsage(QStringLiteral("--%1 is required").arg(option.names().first()),
                                   parser.helpText());
            return false;
        }
    }
    return true;
}

Result<Profile> openProfile(const QCommandLineParser& parser)
{
    return openProfileWithPassphrase(parser.value(kProfileOption), parser.value(kPassphraseFileOption));
}

// The shape of every command on an existing profile: parse --profile, --passphrase-file and `extra`, open
// the profile, then run `work` on it. Returns the exit code.
template <typename Work>
int onOpenProfile(const QString& command, const QStringList& args, const QList<QCommandLineOption>& extra,
                  const QList<QCommandLineOption>& required, Work work)
{
    QCommandLineParser parser;
    int exitCode = kExitOk;
    if (!parse(parser, command, args,
               QList<QCommandLineOption>{kProfileOption, kPassphraseFileOption} + extra,
               QList<QCommandLineOption>{kProfileOption} + required, exitCode))
        return exitCode;
    auto profile = openProfile(parser);
    if (!profile)
        return reportFailure(profile.error());
    return work(parser, profile.value());
}

} // namespace

int runInit(const QStringList& args)
{
    QCommandLineParser parser;
    int exitCode = kExitOk;
    if (!parse(parser, QStringLiteral("init"), args, {kProfileOption, kPassphraseFileOption},
               {kProfileOption}, exitCode))
        return exitCode;
    auto passphrase = obtainNewPassphrase(parser.value(kPassphraseFileOption));
    if (!passphrase)
        return reportFailure(passphrase.error());
    auto profile = Profile::create(parser.value(kProfileOption), passphrase.value(), KdfLimits::forNewKeys());
    if (!profile)
        return reportFailure(profile.error());
    printLine(
        QStringLiteral("Created profile %1 in %2 (store schema %3, SQLCipher %4).")
            .arg(profile.value().profileId(), QFileInfo(parser.value(kProfileOption)).absoluteFilePath())
            .arg(latestSchemaVersion())
            .arg(profile.value().database().cipherVersion()));
    return kExitOk;
}

int runPasswd(const QStringList& args)
{
    return onOpenProfile(
        QStringLiteral("passwd"), args, {kNewPassphraseFileOption}, {},
        [](const QCommandLineParser& parser, Profile& profile) {
            auto newPassphrase = obtainNewPassphrase(parser.value(kNewPassphraseFileOption));
            if (!newPassphrase)
                return reportFailure(newPassphrase.error());
            if (auto done = profile.changePassphrase(newPassphrase.value(), KdfLimits::forNewKeys()); !done)
                return reportFailure(done.error());
            if (auto failed = auditOrFail(profile, QStringLiteral("passphrase_changed")))
                return *failed;
            printLine(QStringLiteral("Passphrase changed. The old passphrase no longer opens this "
                                     "profile."));
            return int{kExitOk};
        });
}

int runRekey(const QStringList& args)
{
    return onOpenProfile(
        QStringLiteral("rekey"), args, {}, {}, [](const QCommandLineParser&, Profile& profile) {
            QElapsedTimer timer;
            timer.start();
            if (auto done = profile.rekey(); !done)
                return reportFailure(done.error());
            if (auto failed = auditOrFail(profile, QStringLiteral("key_rotated")))
                return *failed;
            printLine(
                QStringLiteral("Data key rotated in %1 ms. Backups made before now still open with their own "
                               "key files.")
                    .arg(timer.elapsed()));
            return int{kExitOk};
        });
}

int runBackup(const QStringList& args)
{
    return onOpenProfile(
        QStringLiteral("backup"), args, {kOutOption}, {kOutOption},
        [](const QCommandLineParser& parser, Profile& profile) {
            const QString out = parser.value(kOutOption);
            if (auto done = profile.backupTo(out); !done)
                return reportFailure(done.error());
            if (auto failed = auditOrFail(profile, QStringLiteral("backup")))
                return *failed;
            printLine(
                QStringLiteral("Backup written: %1 and %1.key (encrypted; opens with the profile's current "
                               "passphrase). To restore, copy them into an empty folder as store.db and "
                               "profile.key.")
                    .arg(QFileInfo(out).absoluteFilePath()));
            return int{kExitOk};
        });
}

int runVerify(const QStringList& args)
{
    return onOpenProfile(
        QStringLiteral("verify"), args, {}, {}, [](const QCommandLineParser&, Profile& profile) {
            auto report = profile.verify();
            if (!report)
                return reportFailure(report.error());
            if (!report.value().ok()) {
                constexpr int kShown = 5;
                for (const QString& problem : report.value().cipherProblems.mid(0, kShown))
                    std::fprintf(stderr, "  cipher: %s\n", qUtf8Printable(problem));
                for (const QString& problem : report.value().sqliteProblems.mid(0, kShown))
                    std::fprintf(stderr, "  sqlite: %s\n", qUtf8Printable(problem));
                return reportFailure(
                    makeError(ErrorCode::StoreTampered, QStringLiteral("%1 cipher and %2 SQLite problems")
                                                            .arg(report.value().cipherProblems.size())
                                                            .arg(report.value().sqliteProblems.size())));
            }
            printLine(
                QStringLiteral("Store verified: every page authenticates (cipher_integrity_check) and the "
                               "database structure is sound (integrity_check). SQLCipher %1, schema %2.")
                    .arg(profile.database().cipherVersion())
                    .arg(latestSchemaVersion()));
            return int{kExitOk};
        });
}

} // namespace collector::cli
