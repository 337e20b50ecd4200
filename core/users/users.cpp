#include "users/users.h"

#include "audit/auditlog.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QJsonObject>

namespace collector {

namespace {

constexpr const char* kDeviceUserKey = "device_user";

UserRecord userFrom(const Statement& s)
{
    UserRecord user;
    user.id = Id::fromBytes(s.blob(0));
    user.teamId = Id::fromBytes(s.blob(1));
    user.login = s.text(2);
    user.displayName = s.text(3);
    user.role = parseCode<UserRole>(s.text(4)).value_or(UserRole::Collector);
    return user;
}

Result<std::optional<UserRecord>> userWhere(Database& db, const char* sql, const QByteArray& key,
                                            const QString& text)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    q.value().bind(1, key).bind(2, text);
    auto row = q.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(userFrom(q.value()));
}

Result<UserRecord> requireUser(Database& db, const QString& login)
{
    auto user = findUser(db, login);
    if (!user)
        return user.error();
    if (!user.value())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("no user has that login: `collectorctl users list` shows them"));
    return *user.value();
}

} // namespace

Result<std::optional<UserRecord>> findUser(Database& db, const QString& loginOrId)
{
    const Id asId = Id::fromString(loginOrId);
    return userWhere(db,
                     "SELECT id, team_id, login, display_name, role FROM app_user WHERE id = ? OR login = ?",
                     asId.isNull() ? QByteArray() : asId.toBytes(), loginOrId);
}

Result<std::vector<UserRecord>> listUsers(Database& db)
{
    auto q = db.prepare("SELECT id, team_id, login, display_name, role FROM app_user ORDER BY login");
    if (!q)
        return q.error();
    std::vector<UserRecord> users;
    if (auto ok = q.value().forEachRow([&](const Statement& s) { users.push_back(userFrom(s)); }); !ok)
        return ok.error();
    return users;
}

Result<std::optional<UserRecord>> deviceUser(Database& db)
{
    auto q = db.prepare("SELECT value FROM profile_meta WHERE key = ?");
    if (!q)
        return q.error();
    q.value().bind(1, QString::fromLatin1(kDeviceUserKey));
    auto row = q.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<UserRecord>();
    const Id id = Id::fromString(q.value().text(0));
    // A user removed by the hub leaves nobody signed in rather than a stranger.
    return id.isNull() ? std::optional<UserRecord>() : findUser(db, id.toString());
}

Status assignDeviceUser(Database& db, const QString& deviceId, qint64 atMs, const QString& login)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto current = deviceUser(db);
    if (!current)
        return current.error();
    if (current.value() && current.value()->role != UserRole::Admin)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("this workstation already belongs to a user; only an admin signed in "
                                        "here may hand it to somebody else"));
    auto user = requireUser(db, login);
    if (!user)
        return user.error();
    auto set = db.prepare("INSERT INTO profile_meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!set)
        return set.error();
    set.value().bind(1, QString::fromLatin1(kDeviceUserKey)).bind(2, user.value().id.toString());
    if (auto done = set.value().run(); !done)
        return done.error();
    QJsonObject detail{{QStringLiteral("user"), user.value().id.toString()},
                       {QStringLiteral("role"), codeOf(user.value().role)}};
    if (current.value())
        detail.insert(QStringLiteral("previous_user"), current.value()->id.toString());
    const QString actor = current.value() ? current.value()->login : QStringLiteral("collectorctl");
    if (auto done = appendAudit(db, deviceId, atMs,
                                {actor, QStringLiteral("device_user_set"), QStringLiteral("user"),
                                 user.value().id.toString(), detail});
        !done)
        return done;
    return tx.value().commit();
}

Status adoptEnrolledUser(Database& db, const QString& deviceId, qint64 atMs, const QString& userIdHex)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const Id id = Id::fromBytes(QByteArray::fromHex(userIdHex.toLatin1()));
    if (id.isNull())
        return {};
    auto user = findUser(db, id.toString());
    if (!user)
        return user.error();
    auto current = deviceUser(db);
    if (!current)
        return current.error();
    if (!user.value() || (current.value() && current.value()->id == user.value()->id))
        return {};
    auto set = db.prepare("INSERT INTO profile_meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!set)
        return set.error();
    set.value().bind(1, QString::fromLatin1(kDeviceUserKey)).bind(2, user.value()->id.toString());
    if (auto done = set.value().run(); !done)
        return done.error();
    QJsonObject detail{{QStringLiteral("user"), user.value()->id.toString()},
                       {QStringLiteral("role"), codeOf(user.value()->role)},
                       {QStringLiteral("by"), QStringLiteral("hub_enrolment")}};
    if (current.value())
        detail.insert(QStringLiteral("previous_user"), current.value()->id.toString());
    if (auto done = appendAudit(db, deviceId, atMs,
                                {QStringLiteral("hub"), QStringLiteral("device_user_set"),
                                 QStringLiteral("user"), user.value()->id.toString(), detail});
        !done)
        return done;
    return tx.value().commit();
}

Status changeUserRole(Database& db, const QString& deviceId, qint64 atMs, const UserRecord& actor,
                      const QString& login, UserRole role)
{
    if (actor.role != UserRole::Admin)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("only an admin may change roles; this workstation's user is not one"));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto user = requireUser(db, login);
    if (!user)
        return user.error();
    const UserRole from = user.value().role;
    if (from == role)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("that user already has the role %1").arg(codeOf(role)));
    if (from == UserRole::Admin) {
        auto admins = db.queryInt("SELECT count(*) FROM app_user WHERE role = 'admin'");
        if (!admins)
            return admins.error();
        if (admins.value() <= 1)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("that is the last admin; make somebody else an admin first"));
    }
    auto update = db.prepare("UPDATE app_user SET role = ? WHERE id = ?");
    if (!update)
        return update.error();
    update.value().bind(1, codeOf(role)).bind(2, user.value().id.toBytes());
    if (auto done = update.value().run(); !done)
        return done.error();
    if (auto done =
            appendAudit(db, deviceId, atMs,
                        {actor.login,
                         QStringLiteral("role_changed"),
                         QStringLiteral("user"),
                         user.value().id.toString(),
                         {{QStringLiteral("from"), codeOf(from)}, {QStringLiteral("to"), codeOf(role)}}});
        !done)
        return done;
    return tx.value().commit();
}

} // namespace collector
