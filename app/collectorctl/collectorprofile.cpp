#include "collectorprofile.h"

#include "clioptions.h"
#include "clioutput.h"
#include "passphraseinput.h"
#include "queue/queue.h"

namespace collector::cli {

CollectorProfile openForCollector(const QCommandLineParser& parser, const QCommandLineOption& collectorOption,
                                  const QString& usage)
{
    CollectorProfile out;
    auto profile =
        openProfileWithPassphrase(parser.value(profileOption()), parser.value(passphraseFileOption()));
    if (!profile) {
        out.exitCode = reportFailure(profile.error());
        return out;
    }
    auto collector = findCollector(profile.value().database(), parser.value(collectorOption));
    if (!collector) {
        out.exitCode = reportUsage(collector.error().detail, usage);
        return out;
    }
    out.collector = collector.value();
    out.profile = std::move(profile.value());
    return out;
}

} // namespace collector::cli
