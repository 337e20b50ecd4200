// Every collectorctl action that reads out, changes or re-keys data leaves an audit entry; a command whose
// entry cannot be written reports the failure instead of succeeding silently.
#pragma once

#include "audit/profileaudit.h"
#include "clioutput.h"

#include <optional>

namespace collector::cli {

inline std::optional<int> auditOrFail(Profile& profile, const QString& action, const QJsonObject& detail = {})
{
    if (auto done = recordAudit(profile, QStringLiteral("collectorctl"), action, detail); !done)
        return reportFailure(done.error());
    return std::nullopt;
}

} // namespace collector::cli
