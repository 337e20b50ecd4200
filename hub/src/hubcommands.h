// The administrator's commands: migrate the hub database, enrol a user's workstation, revoke devices.
#pragma once

#include <QByteArray>
#include <QString>

namespace collector::hub {

// Applies hub/sql/*.sql not yet applied, each in its own transaction with its version row. Returns an exit
// code.
int migrateHub(const QByteArray& dsn);
// Prints a one-time enrolment code on stdout (only its hash is stored).
int enrollUser(const QByteArray& dsn, const QString& login, const QString& team, const QString& role,
               int validHours);
// deviceId or login (one of them empty).
int revokeDevices(const QByteArray& dsn, const QString& deviceId, const QString& login);

} // namespace collector::hub
