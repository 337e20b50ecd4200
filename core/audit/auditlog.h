// The audit trail: who did what, when, to which record, in an append-only log where every entry carries a
// BLAKE2b hash over its own fields and the previous entry's hash. Editing, deleting, inserting or reordering
// an entry breaks the chain at that point, and verify() names the first entry that does not fit.
// Details never hold personal data: ids and counts, not names or numbers.
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace collector {

class Database;

struct AuditEvent
{
    QString actor;  // who: a user login, or "workstation" / "collectorctl" until users sign in
    QString action; // what: "unlock", "unlock_failed", "export", "import", "plan", "reveal", "override" ...
    QString subjectKind; // on what kind of record, if any: "account", "debtor", "profile"
    QString subjectId;   // its id, if any
    QJsonObject detail;  // counts, codes and ids only
};

struct AuditEntry
{
    qint64 seq = 0;
    QString deviceId;
    QByteArray id;
    qint64 atMs = 0;
    AuditEvent event;
    QByteArray prevHash;
    QByteArray hash;
};

struct AuditVerification
{
    qint64 entriesChecked = 0;
    // The first entry that breaks the chain (0 when the chain is whole) and what is wrong with it.
    qint64 firstBadSeq = 0;
    QString deviceId;
    QString problem;
    bool ok() const { return firstBadSeq == 0 && problem.isEmpty(); }
};

// Appends to `deviceId`'s chain inside the caller's transaction (or its own when there is none).
Status appendAudit(Database& db, const QString& deviceId, qint64 atMs, const AuditEvent& event);
Result<AuditVerification> verifyAudit(Database& db);
// The hash an entry must carry: BLAKE2b-256 over the previous hash and the entry's fields, length-prefixed.
QByteArray auditHash(const AuditEntry& entry);

} // namespace collector
