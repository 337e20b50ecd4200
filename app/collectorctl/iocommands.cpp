#include "iocommands.h"

#include "cliaudit.h"
#include "clioptions.h"
#include "clioutput.h"
#include "exitcodes.h"
#include "io/csvexport.h"
#include "io/fileimport.h"
#include "passphraseinput.h"
#include "profile/profile.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>

namespace collector::cli {

namespace {

const QCommandLineOption& kProfile = profileOption();
const QCommandLineOption& kPassFile = passphraseFileOption();

Result<Profile> open(const QCommandLineParser& parser)
{
    return openProfileWithPassphrase(parser.value(kProfile), parser.value(kPassFile));
}

QDate todayOr(const QCommandLineParser& parser, const QCommandLineOption& option, bool& ok)
{
    ok = true;
    if (!parser.isSet(option))
        return QDate::currentDate();
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    ok = date.isValid();
    return date;
}

} // namespace

int runImport(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption creditor(QStringLiteral("creditor"), QStringLiteral("The creditor's code."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption mapping(
        QStringLiteral("mapping"),
        QStringLiteral("JSON file naming columns: {\"principal\": \"Outstanding\"}."),
        QStringLiteral("M.json"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      QStringLiteral("utf-8 or gb18030 (default: detect)."),
                                      QStringLiteral("ENC"));
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      QStringLiteral("Currency when the file has none (default CNY)."),
                                      QStringLiteral("CODE"), QStringLiteral("CNY"));
    const QCommandLineOption report(
        QStringLiteral("report"), QStringLiteral("Where rejected rows go (default: FILE.rejected-TIME.csv)."),
        QStringLiteral("FILE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("Import date, YYYY-MM-DD (default today)."),
                                  QStringLiteral("DATE"));
    parser.addOptions({kProfile, kPassFile, creditor, mapping, encoding, currency, report, asOf});
    const QString usage =
        QStringLiteral("collectorctl import placements|payments FILE --profile DIR --creditor CODE "
                       "[--mapping M.json] [--encoding utf-8|gb18030] [--currency CODE] "
                       "[--report FILE] [--as-of DATE] [--passphrase-file F]");
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args))
        return reportUsage(parser.errorText(), usage);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 ||
        (positional[0] != QLatin1String("placements") && positional[0] != QLatin1String("payments")))
        return reportUsage(QStringLiteral("say what to import and from which file"), usage);
    if (parser.value(kProfile).isEmpty() || parser.value(creditor).isEmpty())
        return reportUsage(QStringLiteral("--profile and --creditor are required"), usage);

    ImportOptions options;
    options.creditorCode = parser.value(creditor);
    options.defaultCurrency = parser.value(currency);
    bool ok = false;
    options.today = todayOr(parser, asOf, ok);
    if (!ok)
        return reportUsage(QStringLiteral("--as-of must be a date like 2026-11-23"), usage);
    if (parser.isSet(encoding)) {
        const QString e = parser.value(encoding).toLower();
        if (e == QLatin1String("utf-8") || e == QLatin1String("utf8"))
            options.encoding = TextEncoding::Utf8;
        else if (e == QLatin1String("gb18030") || e == QLatin1String("gbk"))
            options.encoding = TextEncoding::Gb18030;
        else
            return reportUsage(QStringLiteral("--encoding must be utf-8 or gb18030"), usage);
    }
    if (parser.isSet(mapping)) {
        QFile file(parser.value(mapping));
        QJsonParseError error{};
        const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                      ? QJsonDocument::fromJson(file.readAll(), &error)
                                      : QJsonDocument();
        if (!doc.isObject())
            return reportUsage(
                QStringLiteral("the mapping file must be a JSON object of field -> column header"), usage);
        options.mapping = doc.object();
    }
    const QString path = positional[1];
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return reportFailure(
            makeError(ErrorCode::InvalidArgument, QStringLiteral("cannot read %1").arg(path)));
    const QByteArray bytes = input.readAll();
    // Each run gets its own report, so importing a corrected file again never collides with the last one.
    const QString reportPath =
        parser.isSet(report)
            ? parser.value(report)
            : path + QStringLiteral(".rejected-%1.csv")
                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (QFileInfo::exists(reportPath))
        return reportFailure(makeError(ErrorCode::OutputExists, QStringLiteral("the report file exists")));

    auto profile = open(parser);
    if (!profile)
        return reportFailure(profile.error());
    auto progress = [](qint64 done, qint64 total) {
        std::fprintf(stderr, "\rimport: %3.0f%%",
                     total > 0 ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 100.0);
        std::fflush(stderr);
    };
    auto summary = positional[0] == QLatin1String("placements")
                       ? importPlacements(profile.value().database(), bytes, path, options, progress)
                       : importPayments(profile.value().database(), bytes, path, options, progress);
    std::fprintf(stderr, "\n");
    if (!summary)
        return reportFailure(summary.error());
    const ImportSummary& s = summary.value();
    if (!s.rejected.empty())
        if (auto written = writeRejectReport(reportPath, s); !written)
            return reportFailure(written.error());
    if (auto failed = auditOrFail(profile.value(), QStringLiteral("import"),
                                  {{QStringLiteral("kind"), positional[0]},
                                   {QStringLiteral("creditor"), options.creditorCode},
                                   {QStringLiteral("rows"), s.rows},
                                   {QStringLiteral("added"), s.created},
                                   {QStringLiteral("updated"), s.updated},
                                   {QStringLiteral("rejected"), static_cast<int>(s.rejected.size())}}))
        return *failed;
    printLine(
        QStringLiteral("%1 rows read (%2, delimiter %3): %4 added, %5 updated, %6 unchanged, %7 rejected%8")
            .arg(s.rows)
            .arg(s.encoding == TextEncoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030"))
            .arg(s.delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(s.delimiter))
            .arg(s.created)
            .arg(s.updated)
            .arg(s.unchanged)
            .arg(s.rejected.size())
            .arg(s.rejected.empty()
                     ? QStringLiteral(".")
                     : QStringLiteral("; see %1 for each rejected row's line and reason.").arg(reportPath)));
    return kExitOk;
}

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The CSV file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("Date for days past due and promise status."),
                                  QStringLiteral("DATE"));
    parser.addOptions({kProfile, kPassFile, out, asOf});
    const QString usage =
        QStringLiteral("collectorctl export accounts|attempts|payments|promises --profile DIR --out FILE "
                       "[--as-of DATE] [--passphrase-file F]");
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args))
        return reportUsage(parser.errorText(), usage);
    const QStringList positional = parser.positionalArguments();
    const auto kind = positional.size() == 1 ? parseCode<ExportKind>(positional[0]) : std::nullopt;
    if (!kind)
        return reportUsage(QStringLiteral("say what to export: accounts, attempts, payments or promises"),
                           usage);
    if (parser.value(kProfile).isEmpty() || parser.value(out).isEmpty())
        return reportUsage(QStringLiteral("--profile and --out are required"), usage);
    bool ok = false;
    const QDate today = todayOr(parser, asOf, ok);
    if (!ok)
        return reportUsage(QStringLiteral("--as-of must be a date like 2026-11-23"), usage);
    auto profile = open(parser);
    if (!profile)
        return reportFailure(profile.error());
    auto rows = exportCsv(profile.value().database(), *kind, parser.value(out), today);
    if (!rows)
        return reportFailure(rows.error());
    if (auto failed = auditOrFail(profile.value(), QStringLiteral("export"),
                                  {{QStringLiteral("kind"), positional[0]},
                                   {QStringLiteral("rows"), static_cast<double>(rows.value())}}))
        return *failed;
    printLine(QStringLiteral("%1 %2 written to %3 (UTF-8 with BOM).")
                  .arg(rows.value())
                  .arg(positional[0], parser.value(out)));
    return kExitOk;
}

} // namespace collector::cli
