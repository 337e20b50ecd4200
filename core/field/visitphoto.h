// Photos of notices delivered on a visit (a legal notice left at the door, for instance). They are kept in
// the encrypted store, beside the visit, and never written anywhere else by the program; each is checked to
// be a JPEG or PNG image of reasonable size, hashed, and audited without its content.
#pragma once

#include "common/result.h"
#include "domain/id.h"

#include <QByteArray>
#include <vector>

namespace collector {

class Database;

constexpr qint64 kLargestVisitPhotoBytes = 8 * 1024 * 1024;

struct VisitPhoto
{
    Id id;
    QString mime;
    qint64 bytes = 0;
    qint64 takenAtMs = 0;
    QByteArray sha256;
};

// The image's type from its first bytes ("image/jpeg", "image/png"), or empty for anything else.
QString visitPhotoType(const QByteArray& bytes);

Result<Id> addVisitPhoto(Database& db, const QString& deviceId, const QString& actor, const Id& visitId,
                         const QByteArray& image, qint64 atMs);
Result<std::vector<VisitPhoto>> visitPhotos(Database& db, const Id& visitId);
Result<QByteArray> visitPhotoBytes(Database& db, const Id& photoId);

} // namespace collector
