#include "hubrequests.h"

#include <QCborValue>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>
#include <optional>
#include <variant>

namespace collector::hub {

namespace {

using Status = QHttpServerResponder::StatusCode;
constexpr int kAcquireMs = 10000;
constexpr int kRetries = 3;

QHttpServerResponse reply(Status status, const QJsonObject& body, const HubRequest& request)
{
    if (request.accept.contains("application/cbor"))
        return QHttpServerResponse(QByteArrayLiteral("application/cbor"),
                                   QCborValue::fromJsonValue(body).toCbor(), status);
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse problem(Status status, const QString& message, const HubRequest& request)
{
    return reply(status, QJsonObject{{QStringLiteral("error"), message}}, request);
}

QHttpServerResponse busy(const HubRequest& request)
{
    return problem(Status::ServiceUnavailable, QStringLiteral("the hub is busy: try again in a minute"),
                   request);
}

// JSON, or CBOR when the client says so; anything else is refused before the database sees it.
std::optional<QJsonObject> decodeBody(const HubRequest& request, QString* error)
{
    if (request.contentType.startsWith("application/cbor")) {
        QCborParserError parse{};
        const QCborValue value = QCborValue::fromCbor(request.body, &parse);
        if (parse.error != QCborError::NoError || !value.isMap()) {
            *error = QStringLiteral("the body is not a CBOR map");
            return std::nullopt;
        }
        return value.toJsonValue().toObject();
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("the body is not a JSON object (%1 at offset %2)")
                     .arg(parse.errorString())
                     .arg(parse.offset);
        return std::nullopt;
    }
    return doc.object();
}

QByteArray byteaLiteral(const QByteArray& bytes)
{
    return "\\x" + bytes.toHex();
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

struct Caller
{
    QByteArray deviceId;
    QByteArray userId;
    QByteArray role;
    QByteArray teamId;
};

// The device token names the caller; a revoked device is refused at once, on every request.
std::variant<Caller, QHttpServerResponse> authenticate(PgConnection& conn, const HubRequest& request)
{
    if (!request.authorization.startsWith("Bearer "))
        return problem(Status::Unauthorized, QStringLiteral("no device token: enrol this workstation first"),
                       request);
    const QByteArray token = request.authorization.mid(7).trimmed();
    PgError error;
    auto found =
        conn.exec("SELECT device_id, user_id, role, team_id, revoked FROM hub.authenticate($1::bytea)",
                  {byteaLiteral(sha256(token))}, &error);
    if (!found) {
        qWarning("collector-hub: authentication query failed (SQLSTATE %s)", error.sqlState.constData());
        return busy(request);
    }
    if (found->rows() == 0)
        return problem(Status::Unauthorized,
                       QStringLiteral("unknown device token: enrol this workstation again"), request);
    if (found->value(0, 4) == "t")
        return problem(Status::Forbidden,
                       QStringLiteral("this workstation was revoked: ask an administrator to enrol it again"),
                       request);
    return Caller{found->value(0, 0), found->value(0, 1), found->value(0, 2), found->value(0, 3)};
}

QHttpServerResponse databaseProblem(const PgError& error, const HubRequest& request)
{
    if (error.sqlState == "42501")
        return problem(Status::Forbidden, error.message, request);
    if (error.sqlState.startsWith("22") || error.sqlState == "P0001")
        return problem(Status::BadRequest, error.message, request);
    // Anything else is the hub's fault: the client learns that much, the log gets the code, nobody the data.
    qWarning("collector-hub: database error SQLSTATE %s", error.sqlState.constData());
    return problem(Status::InternalServerError, QStringLiteral("hub database error: try again later"),
                   request);
}

// Runs one statement in a transaction as the caller's role, retrying deadlocks and serialisation failures
// (push is idempotent, so a retry is safe).
std::variant<PgResult, QHttpServerResponse> runAsCaller(PgConnection& conn, const Caller& caller,
                                                        const char* sql, const QList<QByteArray>& params,
                                                        const HubRequest& request)
{
    const QByteArray role = caller.role == "admin"  ? "hub_admin"
                            : caller.role == "lead" ? "hub_lead"
                                                    : "hub_collector";
    const QByteArray setRole = "SET LOCAL ROLE " + role;
    PgError error;
    for (int attempt = 0; attempt < kRetries; ++attempt) {
        if (!conn.exec("BEGIN", {}, &error)) {
            conn.healthy();
            continue;
        }
        auto result =
            conn.exec("SELECT set_config('hub.user_id', $1, true), set_config('hub.device_id', $2, true)",
                      {caller.userId, caller.deviceId}, &error);
        if (result)
            result = conn.exec(setRole.constData(), {}, &error);
        if (result)
            result = conn.exec(sql, params, &error);
        if (result && conn.exec("COMMIT", {}, &error))
            return std::move(*result);
        conn.exec("ROLLBACK");
        if (!error.retryable())
            break;
    }
    return databaseProblem(error, request);
}

// The one JSON value a hub function returned, as the response.
QHttpServerResponse jsonResult(const PgResult& result, const HubRequest& request)
{
    // PostgreSQL's text of a JSON object goes out as it is: a pull page of 10,000 changes is not parsed and
    // written again on the way through.
    if (!request.accept.contains("application/cbor") && result.value(0, 0).startsWith('{'))
        return QHttpServerResponse(QByteArrayLiteral("application/json"), result.value(0, 0), Status::Ok);
    const QJsonDocument doc = QJsonDocument::fromJson(result.value(0, 0));
    return reply(Status::Ok,
                 doc.isObject() ? doc.object() : QJsonObject{{QStringLiteral("value"), doc.array()}},
                 request);
}

template <typename Handler>
QHttpServerResponse withCaller(PgPool& pool, const HubRequest& request, Handler&& handler)
{
    PgLease conn = pool.acquire(kAcquireMs);
    if (!conn)
        return busy(request);
    auto caller = authenticate(*conn, request);
    if (auto* refused = std::get_if<QHttpServerResponse>(&caller))
        return std::move(*refused);
    return handler(*conn, std::get<Caller>(caller));
}

} // namespace

QHttpServerResponse handleHealth(PgPool& pool, const HubRequest& request)
{
    PgLease conn = pool.acquire(kAcquireMs);
    if (!conn || !conn->healthy() || !conn->exec("SELECT 1"))
        return problem(Status::ServiceUnavailable, QStringLiteral("database unreachable"), request);
    return reply(Status::Ok, {{QStringLiteral("status"), QStringLiteral("ok")}}, request);
}

QHttpServerResponse handleEnrol(PgPool& pool, const HubRequest& request, const HubLimits& limits)
{
    if (request.body.size() > limits.maxBodyBytes)
        return problem(Status::PayloadTooLarge, QStringLiteral("enrolment request too large"), request);
    QString why;
    const auto body = decodeBody(request, &why);
    if (!body)
        return problem(Status::BadRequest, why, request);
    QByteArray code;
    for (const QChar c : body->value(QStringLiteral("code")).toString())
        if (c.isLetterOrNumber() && c.unicode() < 128)
            code.append(static_cast<char>(c.toUpper().unicode()));
    if (code.size() < 16)
        return problem(Status::BadRequest,
                       QStringLiteral("\"code\" must be the enrolment code an administrator gave"), request);
    QByteArray token(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(token.data()), 8);
    token = token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    PgLease conn = pool.acquire(kAcquireMs);
    if (!conn)
        return busy(request);
    PgError error;
    auto result = conn->exec("SELECT hub.redeem($1::bytea, $2::bytea, $3)",
                             {byteaLiteral(sha256(code)), byteaLiteral(sha256(token)),
                              body->value(QStringLiteral("label")).toString().left(100).toUtf8()},
                             &error);
    if (!result)
        return databaseProblem(error, request);
    QJsonObject answer = QJsonDocument::fromJson(result->value(0, 0)).object();
    if (answer.contains(QStringLiteral("error")))
        return reply(Status::Forbidden, answer, request);
    answer.insert(QStringLiteral("token"), QString::fromLatin1(token));
    qInfo("collector-hub: device %s enrolled",
          qPrintable(answer.value(QStringLiteral("device_id")).toString()));
    return reply(Status::Ok, answer, request);
}

QHttpServerResponse handlePush(PgPool& pool, const HubRequest& request, const HubLimits& limits)
{
    if (request.body.size() > limits.maxBodyBytes)
        return problem(Status::PayloadTooLarge,
                       QStringLiteral("batch larger than %1 bytes: send at most 1,000 operations or 1 MiB")
                           .arg(limits.maxBodyBytes),
                       request);
    QString why;
    const auto body = decodeBody(request, &why);
    if (!body)
        return problem(Status::BadRequest, why, request);
    const QJsonValue ops = body->value(QStringLiteral("ops"));
    if (!ops.isArray())
        return problem(Status::BadRequest, QStringLiteral("\"ops\" must be an array of operations"), request);
    if (ops.toArray().size() > limits.maxOpsPerBatch)
        return problem(Status::PayloadTooLarge,
                       QStringLiteral("a batch holds at most %1 operations").arg(limits.maxOpsPerBatch),
                       request);
    const QByteArray opsJson = QJsonDocument(ops.toArray()).toJson(QJsonDocument::Compact);
    return withCaller(pool, request, [&](PgConnection& conn, const Caller& caller) {
        auto result = runAsCaller(conn, caller, "SELECT hub.push($1::jsonb)", {opsJson}, request);
        if (auto* refused = std::get_if<QHttpServerResponse>(&result))
            return std::move(*refused);
        return jsonResult(std::get<PgResult>(result), request);
    });
}

QHttpServerResponse handlePull(PgPool& pool, const HubRequest& request)
{
    const QString bucketText = request.query.queryItemValue(QStringLiteral("bucket"));
    const QUuid bucket = QUuid::fromString(bucketText);
    // The global bucket is the nil UUID, which QUuid calls null.
    const bool bucketOk =
        !bucket.isNull() || bucketText == QLatin1String("00000000-0000-0000-0000-000000000000");
    bool afterOk = false;
    bool limitOk = false;
    const qint64 after = request.query.queryItemValue(QStringLiteral("after")).toLongLong(&afterOk);
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    if (!bucketOk || !afterOk || after < 0 || !limitOk || limit < 1 || limit > 10000)
        return problem(
            Status::BadRequest,
            QStringLiteral("pull needs bucket (a UUID), after (a cursor ≥ 0) and limit (1 to 10,000)"),
            request);
    // kind=stop_event: the stop events alone, which workstations pull ahead of everything else.
    const QByteArray onlyKind =
        request.query.queryItemValue(QStringLiteral("kind")) == QLatin1String("stop_event")
            ? QByteArrayLiteral("stop_event")
            : QByteArray();
    return withCaller(pool, request, [&](PgConnection& conn, const Caller& caller) {
        auto result = runAsCaller(conn, caller, "SELECT hub.pull($1::uuid, $2::bigint, $3::integer, $4)",
                                  {bucket.toByteArray(QUuid::WithoutBraces), QByteArray::number(after),
                                   QByteArray::number(limit), onlyKind},
                                  request);
        if (auto* refused = std::get_if<QHttpServerResponse>(&result))
            return std::move(*refused);
        return jsonResult(std::get<PgResult>(result), request);
    });
}

QHttpServerResponse handleBuckets(PgPool& pool, const HubRequest& request)
{
    return withCaller(pool, request, [&](PgConnection& conn, const Caller& caller) {
        auto result =
            runAsCaller(conn, caller, "SELECT hub.my_buckets(), hub.my_device_serial()", {}, request);
        if (auto* refused = std::get_if<QHttpServerResponse>(&result))
            return std::move(*refused);
        const QJsonArray buckets = QJsonDocument::fromJson(std::get<PgResult>(result).value(0, 0)).array();
        const auto hex = [](const QByteArray& uuid) {
            return QString::fromLatin1(uuid).remove(QLatin1Char('-'));
        };
        return reply(Status::Ok,
                     {{QStringLiteral("buckets"), buckets},
                      {QStringLiteral("user_id"), hex(caller.userId)},
                      {QStringLiteral("role"), QString::fromLatin1(caller.role)},
                      {QStringLiteral("team_id"), hex(caller.teamId)},
                      {QStringLiteral("device_id"), QString::fromLatin1(caller.deviceId)},
                      // The prefix of the receipts this device numbers offline (hub/sql/006_field.sql).
                      {QStringLiteral("device_serial"), std::get<PgResult>(result).value(0, 1).toLongLong()}},
                     request);
    });
}

QHttpServerResponse handleLeases(PgPool& pool, const HubRequest& request, const HubLimits& limits, bool take)
{
    if (request.body.size() > limits.maxBodyBytes)
        return problem(Status::PayloadTooLarge,
                       QStringLiteral("lease request larger than %1 bytes: lease for fewer accounts")
                           .arg(limits.maxBodyBytes),
                       request);
    QByteArray leasesJson;
    if (take) {
        QString why;
        const auto body = decodeBody(request, &why);
        if (!body)
            return problem(Status::BadRequest, why, request);
        const QJsonValue leases = body->value(QStringLiteral("leases"));
        if (!leases.isArray())
            return problem(Status::BadRequest,
                           QStringLiteral("\"leases\" must be an array of lease requests"), request);
        leasesJson = QJsonDocument(leases.toArray()).toJson(QJsonDocument::Compact);
    }
    return withCaller(pool, request, [&](PgConnection& conn, const Caller& caller) {
        auto result =
            take ? runAsCaller(conn, caller, "SELECT hub.take_leases($1::jsonb)", {leasesJson}, request)
                 : runAsCaller(conn, caller, "SELECT hub.return_leases()", {}, request);
        if (auto* refused = std::get_if<QHttpServerResponse>(&result))
            return std::move(*refused);
        return jsonResult(std::get<PgResult>(result), request);
    });
}

QHttpServerResponse handleConflicts(PgPool& pool, const HubRequest& request, bool resolve)
{
    qint64 id = 0;
    if (resolve) {
        QString why;
        const auto body = decodeBody(request, &why);
        if (!body)
            return problem(Status::BadRequest, why, request);
        id = body->value(QStringLiteral("resolve")).toInteger(0);
        if (id <= 0)
            return problem(Status::BadRequest, QStringLiteral("\"resolve\" must be a conflict id"), request);
    }
    return withCaller(pool, request, [&](PgConnection& conn, const Caller& caller) {
        if (caller.role == "collector")
            return problem(Status::Forbidden, QStringLiteral("the conflict inbox is the team lead's"),
                           request);
        auto result =
            resolve ? runAsCaller(conn, caller,
                                  "SELECT json_build_object('resolved', hub.resolve_conflict($1::bigint))",
                                  {QByteArray::number(id)}, request)
                    : runAsCaller(conn, caller, "SELECT json_build_object('conflicts', hub.open_conflicts())",
                                  {}, request);
        if (auto* refused = std::get_if<QHttpServerResponse>(&result))
            return std::move(*refused);
        return jsonResult(std::get<PgResult>(result), request);
    });
}

} // namespace collector::hub
