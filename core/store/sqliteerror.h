// Maps SQLite result codes to core errors. SQLite's messages name tables and constraints, never values, so
// they may go into an Error's detail without carrying personal data.
#pragma once

#include "common/result.h"

struct sqlite3;

namespace collector {

Error sqliteError(sqlite3* db, int rc, const char* context);

} // namespace collector
