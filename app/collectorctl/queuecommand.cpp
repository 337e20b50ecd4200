#include "queuecommand.h"

#include "clioptions.h"
#include "clioutput.h"
#include "collectorprofile.h"
#include "compliance/scenario.h"
#include "exitcodes.h"
#include "jsonio.h"
#include "passphraseinput.h"
#include "queue/queue.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimeZone>
#include <cstdio>

namespace collector::cli {

namespace {

const char* kQueueUsage =
    "Usage: collectorctl queue --profile DIR --collector LOGIN|ID [--at INSTANT] [--limit N] "
    "[--json] [--passphrase-file F]\n";

QJsonObject entryJson(const QueueEntry& e, int position)
{
    QJsonArray reasons;
    for (const QueueReason& r : e.reasons)
        reasons.append(QJsonObject{{QStringLiteral("code"), r.code},
                                   {QStringLiteral("text"), r.text},
                                   {QStringLiteral("points"), r.points}});
    QJsonArray channels;
    for (Channel c : e.channels)
        channels.append(codeOf(c));
    QJsonObject out{{QStringLiteral("position"), position},
                    {QStringLiteral("account"), e.accountId.toString()},
                    {QStringLiteral("reference"), e.reference},
                    {QStringLiteral("group"), queueGroupCode(e.group)},
                    {QStringLiteral("score"), std::round(e.score * 100.0) / 100.0},
                    {QStringLiteral("segment"), e.segment},
                    {QStringLiteral("channels"), channels},
                    {QStringLiteral("balance"), Money(e.balanceMinor, e.currency).toDecimalString()},
                    {QStringLiteral("currency"), e.currency.code},
                    {QStringLiteral("days_past_due"), e.daysPastDue},
                    {QStringLiteral("reasons"), reasons}};
    if (e.group == QueueGroup::NotNow) {
        out.insert(QStringLiteral("rule"), e.gate.ruleId);
        out.insert(QStringLiteral("reopens_at"),
                   e.gate.reopensAt ? QJsonValue(isoInstant(*e.gate.reopensAt)) : QJsonValue());
    }
    return out;
}

} // namespace

int runQueue(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption collectorOption(
        QStringLiteral("collector"), QStringLiteral("The collector's login or id."), QStringLiteral("LOGIN"));
    const QCommandLineOption atOption(QStringLiteral("at"), QStringLiteral("The instant (default: now)."),
                                      QStringLiteral("INSTANT"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("At most N accounts."),
                                         QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Answer as JSON."));
    parser.addOptions(
        {profileOption(), passphraseFileOption(), collectorOption, atOption, limitOption, jsonOption});
    const QString usage = QString::fromLatin1(kQueueUsage);
    if (!parser.parse(QStringList{QStringLiteral("collectorctl")} + args))
        return reportUsage(parser.errorText(), usage);
    if (parser.value(profileOption()).isEmpty() || parser.value(collectorOption).isEmpty())
        return reportUsage(QStringLiteral("--profile and --collector are required"), usage);
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (parser.isSet(atOption)) {
        at = QDateTime::fromString(parser.value(atOption), Qt::ISODateWithMs);
        if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
            return reportUsage(
                QStringLiteral("--at must be an instant with Z or an offset, like 2026-11-23T09:00:00Z"),
                usage);
    }
    bool limitOk = true;
    const int limit = parser.isSet(limitOption) ? parser.value(limitOption).toInt(&limitOk) : 0;
    if (!limitOk || limit < 0)
        return reportUsage(QStringLiteral("--limit must be a whole number"), usage);
    CollectorProfile opened = openForCollector(parser, collectorOption, usage);
    if (!opened.profile)
        return opened.exitCode;
    Database& db = opened.profile->database();
    const Id collectorId = opened.collector;
    QElapsedTimer timer;
    timer.start();
    auto queue = buildQueue(db, defaultStrategy(), {collectorId, at, limit});
    if (!queue)
        return reportFailure(queue.error());
    const qint64 builtMs = timer.elapsed();
    if (parser.isSet(jsonOption)) {
        QJsonArray entries;
        int position = 0;
        for (const QueueEntry& e : queue.value())
            entries.append(entryJson(e, ++position));
        answer(QJsonObject{{QStringLiteral("collector"), parser.value(collectorOption)},
                           {QStringLiteral("at"), isoInstant(at)},
                           {QStringLiteral("strategy"),
                            QString(defaultStrategy().id + QLatin1Char(' ') + defaultStrategy().version)},
                           {QStringLiteral("built_ms"), builtMs},
                           {QStringLiteral("accounts"), entries}});
        return kExitOk;
    }
    int position = 0;
    for (const QueueEntry& e : queue.value()) {
        QStringList why;
        for (const QueueReason& r : e.reasons)
            if (r.points != 0 || r.code == queueGroupCode(e.group) || r.code == QLatin1String("not_now"))
                why << r.text;
        printLine(QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(++position, 4)
                      .arg(e.reference, -16)
                      .arg(queueGroupCode(e.group), -24)
                      .arg(e.score, 7, 'f', 1)
                      .arg(why.join(QLatin1Char(' '))));
    }
    std::fprintf(stderr, "%lld accounts in %lld ms\n", static_cast<long long>(queue.value().size()),
                 static_cast<long long>(builtMs));
    return kExitOk;
}

} // namespace collector::cli
