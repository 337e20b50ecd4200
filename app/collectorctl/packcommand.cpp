#include "packcommand.h"

#include "clioptions.h"
#include "clioutput.h"
#include "exitcodes.h"
#include "passphraseinput.h"
#include "sync/offlinepack.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace collector::cli {

namespace {

const char* kPackUsage =
    "Usage: collectorctl pack key    --profile DIR [--out FILE] [--passphrase-file F]\n"
    "       collectorctl pack export --profile DIR --to KEYFILE --out FILE [--passphrase-file F]\n"
    "       collectorctl pack import --profile DIR --in FILE [--passphrase-file F]\n"
    "The receiving workstation gives its key (pack key); the sending one seals its waiting changes to it.\n";

} // namespace

int runPack(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("File to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption inOption(QStringLiteral("in"), QStringLiteral("Pack to import."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), QStringLiteral("The receiving profile's key file."), QStringLiteral("KEYFILE"));
    parser.addOptions({profileOption(), passphraseFileOption(), outOption, inOption, toOption});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("key, export or import"));
    const QString usage = QString::fromLatin1(kPackUsage);
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args))
        return reportUsage(parser.errorText(), usage);
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 ||
        !QStringList{QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("import")}.contains(
            action))
        return reportUsage(QStringLiteral("say what to do: key, export or import"), usage);
    if (parser.value(profileOption()).isEmpty())
        return reportUsage(QStringLiteral("--profile is required"), usage);
    if (action == QLatin1String("export") &&
        (parser.value(toOption).isEmpty() || parser.value(outOption).isEmpty()))
        return reportUsage(QStringLiteral("export needs --to KEYFILE and --out FILE"), usage);
    if (action == QLatin1String("import") && parser.value(inOption).isEmpty())
        return reportUsage(QStringLiteral("import needs --in FILE"), usage);
    QByteArray recipient;
    if (action == QLatin1String("export")) {
        QFile keyFile(parser.value(toOption));
        if (!keyFile.open(QIODevice::ReadOnly))
            return reportFailure(makeError(
                ErrorCode::Io, QStringLiteral("cannot read the key file %1").arg(parser.value(toOption))));
        recipient = QByteArray::fromBase64(keyFile.read(1024).trimmed());
    }
    auto profile =
        openProfileWithPassphrase(parser.value(profileOption()), parser.value(passphraseFileOption()));
    if (!profile)
        return reportFailure(profile.error());
    Database& db = profile.value().database();
    if (action == QLatin1String("key")) {
        auto key = packPublicKey(db);
        if (!key)
            return reportFailure(key.error());
        const QByteArray text = key.value().toBase64() + '\n';
        if (parser.value(outOption).isEmpty()) {
            printLine(QString::fromLatin1(text.trimmed()));
            return kExitOk;
        }
        QSaveFile out(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
            return reportFailure(
                makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(parser.value(outOption))));
        printLine(QStringLiteral("This profile's pack key is in %1: give it to whoever sends you packs.")
                      .arg(parser.value(outOption)));
        return kExitOk;
    }
    if (action == QLatin1String("export")) {
        auto done = exportPack(db, recipient, parser.value(outOption));
        if (!done)
            return reportFailure(done.error());
        printLine(QStringLiteral("Sealed %1 waiting changes into %2 (pack %3).")
                      .arg(done.value().operations)
                      .arg(parser.value(outOption), done.value().packId));
        return kExitOk;
    }
    auto done = importPack(db, parser.value(inOption));
    if (!done)
        return reportFailure(done.error());
    if (done.value().alreadyImported)
        printLine(QStringLiteral("Pack %1 was imported before; nothing changed.").arg(done.value().packId));
    else
        printLine(QStringLiteral("Imported %1 changes from pack %2; they go to the hub with the next sync.")
                      .arg(done.value().operations)
                      .arg(done.value().packId));
    return kExitOk;
}

} // namespace collector::cli
