#include "store/sqliteerror.h"

#include <sqlite3.h>

namespace collector {

Error sqliteError(sqlite3* db, int rc, const char* context)
{
    ErrorCode code = ErrorCode::Database;
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        code = ErrorCode::StoreTampered;
        break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        code = ErrorCode::Io;
        break;
    default:
        break;
    }
    const char* message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return makeError(code, QStringLiteral("%1: %2 (SQLite %3)")
                               .arg(QLatin1String(context), QString::fromUtf8(message), QString::number(rc)));
}

} // namespace collector
