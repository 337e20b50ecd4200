// How a contact point looks on screen before the collector reveals it: phones as "+86 138 **** 5678",
// e-mail as "m***@example.com", addresses by their first characters only.
#pragma once

#include "domain/kinds.h"

#include <QString>

namespace collector {

QString maskEmail(const QString& email);
QString maskContactValue(ContactKind kind, const QString& value);

} // namespace collector
