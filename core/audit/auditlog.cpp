#include "audit/auditlog.h"

#include "domain/id.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QJsonDocument>
#include <sodium.h>

namespace collector {

namespace {

constexpr int kHashBytes = 32;

void appendField(QByteArray& out, const QByteArray& field)
{
    // Length-prefixed, so no two different field lists can hash the same bytes.
    const quint32 n = static_cast<quint32>(field.size());
    const char prefix[4] = {static_cast<char>(n >> 24), static_cast<char>(n >> 16), static_cast<char>(n >> 8),
                            static_cast<char>(n)};
    out.append(prefix, 4).append(field);
}

QByteArray detailText(const QJsonObject& detail)
{
    return QJsonDocument(detail).toJson(QJsonDocument::Compact); // keys come sorted: the text is canonical
}

QString headKey(const QString& deviceId)
{
    return QStringLiteral("audit_head:") + deviceId;
}

} // namespace

QByteArray auditHash(const AuditEntry& e)
{
    QByteArray message;
    appendField(message, e.prevHash);
    appendField(message, e.deviceId.toUtf8());
    appendField(message, QByteArray::number(e.seq));
    appendField(message, e.id);
    appendField(message, QByteArray::number(e.atMs));
    appendField(message, e.event.actor.toUtf8());
    appendField(message, e.event.action.toUtf8());
    appendField(message, e.event.subjectKind.toUtf8());
    appendField(message, e.event.subjectId.toUtf8());
    appendField(message, detailText(e.event.detail));
    QByteArray hash(kHashBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), kHashBytes,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()), nullptr, 0);
    return hash;
}

Status appendAudit(Database& db, const QString& deviceId, qint64 atMs, const AuditEvent& event)
{
    std::optional<Transaction> own;
    if (!db.inTransaction()) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        own.emplace(std::move(tx.value()));
    }
    AuditEntry entry;
    entry.deviceId = deviceId;
    entry.atMs = atMs;
    entry.event = event;
    entry.id = Id::generate(atMs).toBytes();
    entry.prevHash = QByteArray(kHashBytes, '\0'); // the chain's first entry follows a hash of zeros
    entry.seq = 1;
    {
        auto last =
            db.prepare("SELECT seq, hash FROM audit_entry WHERE device_id = ? ORDER BY seq DESC LIMIT 1");
        if (!last)
            return last.error();
        last.value().bind(1, deviceId);
        auto row = last.value().step();
        if (!row)
            return row.error();
        if (row.value()) {
            entry.seq = last.value().int64(0) + 1;
            entry.prevHash = last.value().blob(1);
        }
    }
    entry.hash = auditHash(entry);
    auto insert =
        db.prepare("INSERT INTO audit_entry (seq, device_id, id, at_ms, actor, action, subject_kind, "
                   "subject_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert.value()
        .bind(1, entry.seq)
        .bind(2, deviceId)
        .bind(3, entry.id)
        .bind(4, atMs)
        .bind(5, event.actor)
        .bind(6, event.action)
        .bind(7, event.subjectKind)
        .bind(8, event.subjectId)
        .bind(9, QString::fromUtf8(detailText(event.detail)))
        .bind(10, entry.prevHash)
        .bind(11, entry.hash);
    if (auto done = insert.value().run(); !done)
        return done;
    // The head (last seq and hash) lets verify notice entries cut off the end of the chain.
    auto head = db.prepare("INSERT INTO profile_meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!head)
        return head.error();
    head.value()
        .bind(1, headKey(deviceId))
        .bind(2, QString::number(entry.seq) + QLatin1Char(':') + QString::fromLatin1(entry.hash.toHex()));
    if (auto done = head.value().run(); !done)
        return done;
    return own ? own->commit() : Status{};
}

Result<AuditVerification> verifyAudit(Database& db)
{
    AuditVerification out;
    auto rows =
        db.prepare("SELECT seq, device_id, id, at_ms, actor, action, subject_kind, subject_id, detail, "
                   "prev_hash, hash FROM audit_entry ORDER BY device_id, seq");
    if (!rows)
        return rows.error();
    QString device;
    qint64 expectedSeq = 1;
    QByteArray previousHash;
    auto fail = [&](qint64 seq, const QString& problem) {
        out.firstBadSeq = seq;
        out.deviceId = device;
        out.problem = problem;
        return out;
    };
    auto checkHead = [&](const QString& dev, qint64 lastSeq) -> std::optional<QString> {
        auto head = db.prepare("SELECT value FROM profile_meta WHERE key = ?");
        if (!head)
            return QStringLiteral("cannot read the chain head");
        head.value().bind(1, headKey(dev));
        if (!head.value().step().value())
            return std::nullopt;
        const qint64 headSeq = head.value().text(0).section(QLatin1Char(':'), 0, 0).toLongLong();
        if (headSeq > lastSeq)
            return QStringLiteral("entries %1 to %2 were removed from the end of the chain")
                .arg(lastSeq + 1)
                .arg(headSeq);
        return std::nullopt;
    };
    for (;;) {
        auto row = rows.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const Statement& s = rows.value();
        AuditEntry e;
        e.seq = s.int64(0);
        e.deviceId = s.text(1);
        e.id = s.blob(2);
        e.atMs = s.int64(3);
        e.event.actor = s.text(4);
        e.event.action = s.text(5);
        e.event.subjectKind = s.text(6);
        e.event.subjectId = s.text(7);
        const QByteArray storedDetail = s.text(8).toUtf8();
        e.event.detail = QJsonDocument::fromJson(storedDetail).object();
        e.prevHash = s.blob(9);
        e.hash = s.blob(10);
        if (e.deviceId != device) {
            if (!device.isEmpty())
                if (auto cut = checkHead(device, expectedSeq - 1))
                    return fail(expectedSeq, *cut);
            device = e.deviceId;
            expectedSeq = 1;
            previousHash = QByteArray(kHashBytes, '\0');
        }
        ++out.entriesChecked;
        if (e.seq > expectedSeq)
            return fail(expectedSeq, QStringLiteral("entry %1 is missing: it was deleted").arg(expectedSeq));
        if (e.prevHash != previousHash)
            return fail(e.seq,
                        QStringLiteral("entry %1 does not follow the entry before it: entries were inserted, "
                                       "deleted or reordered here")
                            .arg(e.seq));
        // The detail must be the canonical text too, or a re-serialised edit could slip through.
        if (auditHash(e) != e.hash || detailText(e.event.detail) != storedDetail)
            return fail(e.seq, QStringLiteral("entry %1 was altered after it was written").arg(e.seq));
        previousHash = e.hash;
        ++expectedSeq;
    }
    if (!device.isEmpty())
        if (auto cut = checkHead(device, expectedSeq - 1))
            return fail(expectedSeq, *cut);
    return out;
}

} // namespace collector
