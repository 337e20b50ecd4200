#include "field/visitphoto.h"

#include "audit/auditlog.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>

namespace collector {

QString visitPhotoType(const QByteArray& bytes)
{
    // The signatures of the two formats cameras and phones write (JPEG SOI + marker; the PNG file signature).
    if (bytes.startsWith(QByteArray::fromHex("ffd8ff")))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith(QByteArray::fromHex("89504e470d0a1a0a")))
        return QStringLiteral("image/png");
    return {};
}

Result<Id> addVisitPhoto(Database& db, const QString& deviceId, const QString& actor, const Id& visitId,
                         const QByteArray& image, qint64 atMs)
{
    const QString mime = visitPhotoType(image);
    if (mime.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "Validation", "the file is not a JPEG or PNG photo: choose the photo again"));
    if (image.size() > kLargestVisitPhotoBytes)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "Validation", "the photo is larger than 8 MiB: take it at a lower resolution"));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto visit = db.prepare("SELECT account_id FROM visit WHERE id = ?");
    if (!visit)
        return visit.error();
    visit.value().bind(1, visitId.toBytes());
    auto found = visit.value().step();
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Validation", "no such visit: record the visit first"));
    const Id accountId = Id::fromBytes(visit.value().blob(0));
    const Id id = Id::generate(atMs);
    const QByteArray sha = QCryptographicHash::hash(image, QCryptographicHash::Sha256);
    auto put = db.prepare(
        "INSERT INTO visit_photo (id, visit_id, taken_at_ms, mime, sha256, bytes) VALUES (?, ?, ?, ?, ?, ?)");
    if (!put)
        return put.error();
    put.value()
        .bind(1, id.toBytes())
        .bind(2, visitId.toBytes())
        .bind(3, atMs)
        .bind(4, mime)
        .bind(5, sha)
        .bind(6, image);
    if (auto done = put.value().run(); !done)
        return done.error();
    if (auto done = appendAudit(db, deviceId, atMs,
                                {actor, QStringLiteral("visit_photo_added"), QStringLiteral("account"),
                                 accountId.toString(),
                                 QJsonObject{{QStringLiteral("visit_id"), visitId.toString()},
                                             {QStringLiteral("photo_id"), id.toString()},
                                             {QStringLiteral("sha256"), QString::fromLatin1(sha.toHex())},
                                             {QStringLiteral("bytes"), image.size()}}});
        !done)
        return done.error();
    if (auto done = tx.value().commit(); !done)
        return done.error();
    return id;
}

Result<std::vector<VisitPhoto>> visitPhotos(Database& db, const Id& visitId)
{
    auto stmt = db.prepare("SELECT id, mime, length(bytes), taken_at_ms, sha256 FROM visit_photo "
                           "WHERE visit_id = ? ORDER BY taken_at_ms, id");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, visitId.toBytes());
    std::vector<VisitPhoto> photos;
    auto done = stmt.value().forEachRow([&](Statement& row) {
        photos.push_back({Id::fromBytes(row.blob(0)), row.text(1), row.int64(2), row.int64(3), row.blob(4)});
    });
    if (!done)
        return done.error();
    return photos;
}

Result<QByteArray> visitPhotoBytes(Database& db, const Id& photoId)
{
    auto stmt = db.prepare("SELECT bytes FROM visit_photo WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, photoId.toBytes());
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no such photo"));
    return stmt.value().blob(0);
}

} // namespace collector
