// Which time zones a phone number may ring in. The law asks for the debtor's local time, and a number's area
// can differ from the address (a Californian keeps a 212 number after moving). libphonenumber's offline
// geocoder names the area; a table of the zones each area spans turns that into IANA zones.
#pragma once

#include <QString>
#include <QStringList>

namespace collector {

// Every zone the number may be in; empty when the area is not known (then the address governs alone).
// A US state that spans two zones gives both, so a window holds in each.
QStringList phoneTimeZones(const QString& e164);

} // namespace collector
