#include "auditcommand.h"

#include "audit/auditlog.h"
#include "clioptions.h"
#include "clioutput.h"
#include "exitcodes.h"
#include "passphraseinput.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTimeZone>

namespace collector::cli {

int runAudit(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption& profileOpt = profileOption();
    const QCommandLineOption& passOption = passphraseFileOption();
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("How many recent entries (list)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({profileOpt, passOption, limitOption});
    const QString usage =
        QStringLiteral("collectorctl audit verify|list --profile DIR [--limit N] [--passphrase-file F]");
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args))
        return reportUsage(parser.errorText(), usage);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 ||
        (positional[0] != QLatin1String("verify") && positional[0] != QLatin1String("list")) ||
        parser.value(profileOpt).isEmpty())
        return reportUsage(QStringLiteral("say verify or list, and give --profile"), usage);
    auto profile = openProfileWithPassphrase(parser.value(profileOpt), parser.value(passOption));
    if (!profile)
        return reportFailure(profile.error());
    Database& db = profile.value().database();

    if (positional[0] == QLatin1String("verify")) {
        auto result = verifyAudit(db);
        if (!result)
            return reportFailure(result.error());
        if (!result.value().ok()) {
            std::fprintf(stderr, "collectorctl: the audit trail of device %s is broken: %s.\n",
                         qUtf8Printable(result.value().deviceId), qUtf8Printable(result.value().problem));
            return reportFailure(makeError(ErrorCode::StoreTampered, result.value().problem));
        }
        printLine(QStringLiteral("Audit trail verified: %1 entries, every hash chain intact.")
                      .arg(result.value().entriesChecked));
        return kExitOk;
    }
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 1)
        return reportUsage(QStringLiteral("--limit must be a positive number"), usage);
    auto rows =
        db.prepare("SELECT seq, at_ms, actor, action, subject_kind, subject_id, detail FROM audit_entry "
                   "ORDER BY at_ms DESC, seq DESC LIMIT ?");
    if (!rows)
        return reportFailure(rows.error());
    rows.value().bind(1, limit);
    while (rows.value().step().value()) {
        const Statement& s = rows.value();
        printLine(QStringLiteral("%1  #%2  %3  %4  %5%6  %7")
                      .arg(QDateTime::fromMSecsSinceEpoch(s.int64(1), QTimeZone::utc()).toString(Qt::ISODate))
                      .arg(s.int64(0))
                      .arg(s.text(2), s.text(3), s.text(4),
                           s.text(5).isEmpty() ? QString() : QLatin1Char(' ') + s.text(5), s.text(6)));
    }
    return kExitOk;
}

} // namespace collector::cli
