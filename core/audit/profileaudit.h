// Recording an action in the open profile's own audit chain (the profile is the device).
#pragma once

#include "audit/auditlog.h"
#include "profile/profile.h"

#include <QDateTime>

namespace collector {

inline Status recordAudit(Profile& profile, const QString& actor, const QString& action,
                          const QJsonObject& detail = {}, const QString& subjectKind = {},
                          const QString& subjectId = {})
{
    return appendAudit(profile.database(), profile.profileId(), QDateTime::currentMSecsSinceEpoch(),
                       {actor, action, subjectKind, subjectId, detail});
}

} // namespace collector
