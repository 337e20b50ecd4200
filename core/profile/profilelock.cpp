#include "profile/profilelock.h"

#include <QDir>
#include <QFile>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace collector {

Result<ProfileLock> ProfileLock::acquireShared(const QString& profileDir)
{
    const QByteArray path = QFile::encodeName(QDir(profileDir).filePath(QStringLiteral("profile.lock")));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot open profile.lock"));
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        ::close(fd);
        return makeError(ErrorCode::ProfileInUse, QStringLiteral("the profile is held exclusively"));
    }
    return ProfileLock(fd);
}

ProfileLock::~ProfileLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing releases the lock
}

ProfileLock::ProfileLock(ProfileLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{}

ProfileLock& ProfileLock::operator=(ProfileLock&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

Status ProfileLock::upgradeToExclusive()
{
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        // flock converts by dropping the shared lock first; take it back so we still count as a user.
        (void)::flock(m_fd, LOCK_SH | LOCK_NB);
        return makeError(ErrorCode::ProfileInUse, QStringLiteral("another program has the profile open"));
    }
    return {};
}

void ProfileLock::downgradeToShared()
{
    (void)::flock(m_fd, LOCK_SH | LOCK_NB);
}

} // namespace collector
