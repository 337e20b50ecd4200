#include "clioutput.h"

#include "exitcodes.h"

#include <cstdio>

namespace collector::cli {

void printLine(const QString& line)
{
    std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int reportFailure(const Error& error)
{
    // A usage problem's own detail says what to change; otherwise the advice says what to do.
    const QString sentence = error.code == ErrorCode::InvalidArgument
                                 ? error.detail.left(1).toUpper() + error.detail.mid(1) + QLatin1Char('.')
                                 : errorAdvice(error.code);
    if (qEnvironmentVariableIsSet("COLLECTORCTL_DEBUG"))
        std::fprintf(stderr, "collectorctl: detail: %s\n", qUtf8Printable(error.detail));
    std::fprintf(stderr, "collectorctl: %s [%s]\n", qUtf8Printable(sentence),
                 qUtf8Printable(errorCodeName(error.code)));
    return exitCodeFor(error.code);
}

int reportUsage(const QString& problem, const QString& usage)
{
    std::fprintf(stderr, "collectorctl: %s\n%s\n", qUtf8Printable(problem), qUtf8Printable(usage));
    return kExitUsage;
}

} // namespace collector::cli
