#include "hubcommands.h"

#include "pgconnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QUuid>
#include <cstdio>

namespace collector::hub {

namespace {

void fail(const QString& message)
{
    std::fprintf(stderr, "collector-hub: %s\n", qPrintable(message));
}

std::optional<PgConnection> connectOrSay(const QByteArray& dsn)
{
    PgError error;
    auto conn = PgConnection::connect(dsn, &error);
    if (!conn)
        fail(QStringLiteral("cannot connect to the database (%1): check --dsn").arg(error.message));
    return conn;
}

// Crockford's base32 alphabet: no I, L, O or U to misread over the phone.
QByteArray newEnrolmentCode()
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QByteArray code;
    for (int i = 0; i < 20; ++i)
        code.append(kAlphabet[QRandomGenerator::system()->bounded(32)]);
    return code;
}

} // namespace

int migrateHub(const QByteArray& dsn)
{
    auto conn = connectOrSay(dsn);
    if (!conn)
        return 3;
    PgError error;
    if (!conn->exec("CREATE TABLE IF NOT EXISTS public.collector_hub_schema ("
                    " version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL "
                    "DEFAULT now())",
                    {}, &error)) {
        fail(QStringLiteral("cannot record the schema version: %1").arg(error.message));
        return 3;
    }
    auto applied =
        conn->exec("SELECT coalesce(max(version), 0) FROM public.collector_hub_schema", {}, &error);
    if (!applied)
        return 3;
    const int current = applied->value(0, 0).toInt();
    const QStringList files =
        QDir(QStringLiteral(":/hub/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    int done = 0;
    for (const QString& name : files) {
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (version <= current)
            continue;
        QFile file(QStringLiteral(":/hub/sql/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return 3;
        const QByteArray sql = "BEGIN;\n" + file.readAll() +
                               "\nINSERT INTO public.collector_hub_schema (version, name) VALUES (" +
                               QByteArray::number(version) + ", '" + name.toUtf8() + "');\nCOMMIT;";
        if (!conn->execScript(sql, &error)) {
            conn->execScript("ROLLBACK", nullptr);
            fail(QStringLiteral("migration %1 failed and changed nothing: %2").arg(name, error.message));
            return 3;
        }
        ++done;
    }
    std::fprintf(stdout, "collector-hub: schema at version %d (%d applied now)\n",
                 files.isEmpty() ? 0 : files.last().section(QLatin1Char('_'), 0, 0).toInt(), done);
    return 0;
}

int enrollUser(const QByteArray& dsn, const QString& login, const QString& team, const QString& role,
               int validHours)
{
    if (login.isEmpty() || team.isEmpty() ||
        (role != QLatin1String("collector") && role != QLatin1String("lead") &&
         role != QLatin1String("admin"))) {
        fail(QStringLiteral("enroll needs --user LOGIN --team TEAM --role collector|lead|admin"));
        return 2;
    }
    auto conn = connectOrSay(dsn);
    if (!conn)
        return 3;
    const QByteArray code = newEnrolmentCode();
    const QByteArray hash = QCryptographicHash::hash(code, QCryptographicHash::Sha256);
    PgError error;
    auto result = conn->exec(
        "SELECT hub.enroll($1, $2, $3, $4::bytea, make_interval(hours => $5::integer))",
        {login.toUtf8(), team.toUtf8(), role.toUtf8(), "\\x" + hash.toHex(), QByteArray::number(validHours)},
        &error);
    if (!result) {
        fail(QStringLiteral("enrolment refused: %1").arg(error.message));
        return 3;
    }
    std::fprintf(stdout, "%s-%s-%s-%s\n", code.mid(0, 5).constData(), code.mid(5, 5).constData(),
                 code.mid(10, 5).constData(), code.mid(15, 5).constData());
    std::fprintf(stderr,
                 "collector-hub: one-time code for %s (%s, team %s), valid %d hours; only its hash is kept\n",
                 qPrintable(login), qPrintable(role), qPrintable(team), validHours);
    return 0;
}

int revokeDevices(const QByteArray& dsn, const QString& deviceId, const QString& login)
{
    const QUuid device = QUuid::fromString(deviceId);
    if ((deviceId.isEmpty()) == (login.isEmpty()) || (!deviceId.isEmpty() && device.isNull())) {
        fail(QStringLiteral("revoke needs --device UUID or --user LOGIN"));
        return 2;
    }
    auto conn = connectOrSay(dsn);
    if (!conn)
        return 3;
    PgError error;
    auto result = conn->exec("SELECT hub.revoke($1::uuid, $2)",
                             {device.isNull() ? QByteArray() : device.toByteArray(QUuid::WithoutBraces),
                              login.isEmpty() ? QByteArray() : login.toUtf8()},
                             &error);
    if (!result) {
        fail(QStringLiteral("revoke failed: %1").arg(error.message));
        return 3;
    }
    std::fprintf(stdout, "collector-hub: %s device(s) revoked\n", result->value(0, 0).constData());
    return 0;
}

} // namespace collector::hub
