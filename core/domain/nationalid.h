// Masking of personal data for display, and national identity numbers: the Chinese resident id (GB
// 11643-1999, 18 characters with an ISO 7064 MOD 11-2 check character) and masking for display. Stored in
// full; shown masked unless revealed, and a reveal is audited.
#pragma once

#include <QString>

namespace collector {

// The check character for the first 17 digits; a null QChar if they are not 17 digits.
QChar chineseResidentIdCheck(const QString& first17);
bool isValidChineseResidentId(const QString& id);
// "110105********002X": region kept, birth date and sequence hidden; other ids keep their last four.
QString maskNationalId(const QString& id);
// "张*", "欧阳**" (compound surnames kept whole), "M*** S****": enough to confirm a person, not to identify
// one.
QString maskPersonName(const QString& name);

} // namespace collector
