// profile.lock: every program that opens a profile holds it shared; operations that change the data key
// (rekey) need it alone, so no other connection is left holding a key that no longer opens the store.
#pragma once

#include "common/result.h"

#include <QString>

namespace collector {

class ProfileLock
{
public:
    static Result<ProfileLock> acquireShared(const QString& profileDir);
    ~ProfileLock();
    ProfileLock(ProfileLock&& other) noexcept;
    ProfileLock& operator=(ProfileLock&& other) noexcept;
    ProfileLock(const ProfileLock&) = delete;
    ProfileLock& operator=(const ProfileLock&) = delete;

    // ProfileInUse when anyone else holds the profile; never waits.
    Status upgradeToExclusive();
    void downgradeToShared();

private:
    explicit ProfileLock(int fd)
        : m_fd(fd)
    {}
    int m_fd = -1;
};

} // namespace collector
