#include "democommand.h"

#include "cliaudit.h"
#include "clioptions.h"
#include "clioutput.h"
#include "exitcodes.h"
#include "io/demogenerator.h"
#include "passphraseinput.h"
#include "profile/profile.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>

namespace collector::cli {

namespace {

qint64 profileBytes(const QString& dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

} // namespace

int runDemo(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption& profileOpt = profileOption();
    const QCommandLineOption& passOption = passphraseFileOption();
    const QCommandLineOption accountsOption(QStringLiteral("accounts"),
                                            QStringLiteral("How many accounts (default 5000)."),
                                            QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        QStringLiteral("The portfolio's today, YYYY-MM-DD (default: today)."),
                                        QStringLiteral("DATE"));
    parser.addOptions({profileOpt, passOption, accountsOption, seedOption, asOfOption});
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args) ||
        !parser.positionalArguments().isEmpty())
        return reportUsage(parser.errorText().isEmpty() ? QStringLiteral("unexpected argument")
                                                        : parser.errorText(),
                           parser.helpText());
    if (parser.value(profileOpt).isEmpty())
        return reportUsage(QStringLiteral("--profile is required"), parser.helpText());

    DemoOptions options;
    bool ok = false;
    options.accounts = parser.value(accountsOption).toInt(&ok);
    if (!ok || options.accounts < 1 || options.accounts > 5'000'000)
        return reportUsage(QStringLiteral("--accounts must be between 1 and 5000000"), parser.helpText());
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return reportUsage(QStringLiteral("--seed must be a whole number"), parser.helpText());
    options.asOf = parser.isSet(asOfOption) ? QDate::fromString(parser.value(asOfOption), Qt::ISODate)
                                            : QDate::currentDate();
    if (!options.asOf.isValid())
        return reportUsage(QStringLiteral("--as-of must be a date like 2026-11-23"), parser.helpText());

    auto profile = openProfileWithPassphrase(parser.value(profileOpt), parser.value(passOption));
    if (!profile)
        return reportFailure(profile.error());

    QElapsedTimer timer;
    timer.start();
    auto summary = generateDemoPortfolio(profile.value().database(), options, [&](qint64 done, qint64 total) {
        const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        std::fprintf(stderr, "\rdemo: %lld / %lld accounts (%.0f%%), %.0f s", static_cast<long long>(done),
                     static_cast<long long>(total),
                     100.0 * static_cast<double>(done) / static_cast<double>(total), seconds);
        std::fflush(stderr);
    });
    std::fprintf(stderr, "\n");
    if (!summary)
        return reportFailure(summary.error());
    if (auto done = profile.value().database().checkpoint(); !done)
        return reportFailure(done.error());
    const DemoSummary& s = summary.value();
    if (auto failed = auditOrFail(profile.value(), QStringLiteral("demo_generated"),
                                  {{QStringLiteral("accounts"), static_cast<double>(s.accounts)},
                                   {QStringLiteral("seed"), QString::number(options.seed)}}))
        return *failed;
    printLine(QStringLiteral(
                  "Demo portfolio written in %1 s: %2 accounts, %3 debtors, %4 contact points, %5 ledger "
                  "entries, %6 contact attempts, %7 promises, %8 plans, %9 visits, %10 notes, %11 stop "
                  "events; %12 collectors in %13 teams. Store size %14 MiB.")
                  .arg(QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1))
                  .arg(s.accounts)
                  .arg(s.debtors)
                  .arg(s.contactPoints)
                  .arg(s.ledgerEntries)
                  .arg(s.attempts)
                  .arg(s.promises)
                  .arg(s.plans)
                  .arg(s.visits)
                  .arg(s.notes)
                  .arg(s.stopEvents)
                  .arg(s.collectors)
                  .arg(s.teams)
                  .arg(QString::number(
                      static_cast<double>(profileBytes(parser.value(profileOpt))) / 1048576.0, 'f', 1)));
    return kExitOk;
}

} // namespace collector::cli
