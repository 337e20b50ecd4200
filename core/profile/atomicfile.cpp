#include "profile/atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace collector {

Status syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot open a folder to flush it"));
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        return makeError(ErrorCode::Io, QStringLiteral("cannot flush a folder"));
    return {};
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    // QSaveFile writes a temporary file, syncs it to disk and renames it over the target on commit.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(QFileInfo(path).fileName()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(QFileInfo(path).fileName()));
    return syncDirectory(QFileInfo(path).absolutePath());
}

Status renameDurably(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot rename %1").arg(QFileInfo(from).fileName()));
    return syncDirectory(QFileInfo(to).absolutePath());
}

} // namespace collector
