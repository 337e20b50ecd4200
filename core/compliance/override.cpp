#include "compliance/override.h"

#include "audit/auditlog.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>

namespace collector {

Status checkOverride(const GateDecision& decision, const OverrideRequest& request)
{
    if (decision.verdict != GateVerdict::Blocked)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Validation", "only a blocked contact needs an override"));
    if (!decision.overridable)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Validation", "rule %1 cannot be overridden by anyone")
                             .arg(decision.ruleId));
    if (request.role != UserRole::Lead && request.role != UserRole::Admin)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Validation", "only a team lead may override a block"));
    if (request.reason.trimmed().size() < kOverrideReasonMinimum)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "Validation", "write the reason for the override (at least %1 characters)")
                             .arg(kOverrideReasonMinimum));
    if (request.accountId.isNull() || request.lead.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Validation", "an override names its account and its lead"));
    return {};
}

Result<Id> recordOverride(Database& db, const QString& deviceId, const GateDecision& decision,
                          const QString& packVersion, const OverrideRequest& request)
{
    if (auto ok = checkOverride(decision, request); !ok)
        return ok.error();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const Id id = Id::generate(request.atMs);
    auto insert = db.prepare("INSERT INTO compliance_override (id, account_id, contact_point_id, rule_id, "
                             "pack_version, channel, lead, reason, at_ms, valid_until_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert.value()
        .bind(1, id.toBytes())
        .bind(2, request.accountId.toBytes())
        .bind(10, request.atMs + kOverrideValidMs);
    if (request.contactPointId.isNull())
        insert.value().bindNull(3);
    else
        insert.value().bind(3, request.contactPointId.toBytes());
    insert.value()
        .bind(4, decision.ruleId)
        .bind(5, packVersion)
        .bind(6, codeOf(request.channel))
        .bind(7, request.lead)
        .bind(8, request.reason.trimmed())
        .bind(9, request.atMs);
    if (auto done = insert.value().run(); !done)
        return done.error();
    // The audit entry carries codes and ids; the reason's hash ties the stored text to the chain.
    const QByteArray reasonHash =
        QCryptographicHash::hash(request.reason.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex();
    const QJsonObject detail{{QStringLiteral("override_id"), id.toString()},
                             {QStringLiteral("rule"), decision.ruleId},
                             {QStringLiteral("pack_version"), packVersion},
                             {QStringLiteral("channel"), codeOf(request.channel)},
                             {QStringLiteral("reason_sha256"), QString::fromLatin1(reasonHash)}};
    if (auto done = appendAudit(db, deviceId, request.atMs,
                                {request.lead, QStringLiteral("override"), QStringLiteral("account"),
                                 request.accountId.toString(), detail});
        !done)
        return done.error();
    if (auto done = tx.value().commit(); !done)
        return done.error();
    return id;
}

Result<bool> overrideCovers(Database& db, const Id& accountId, const Id& contactPointId, Channel channel,
                            const QString& ruleId, qint64 atMs)
{
    auto query = db.prepare("SELECT count(*) FROM compliance_override WHERE account_id = ? AND "
                            "contact_point_id IS ? AND channel = ? AND rule_id = ? AND at_ms <= ? "
                            "AND valid_until_ms > ?");
    if (!query)
        return query.error();
    query.value().bind(1, accountId.toBytes());
    if (contactPointId.isNull())
        query.value().bindNull(2);
    else
        query.value().bind(2, contactPointId.toBytes());
    query.value().bind(3, codeOf(channel)).bind(4, ruleId).bind(5, atMs).bind(6, atMs);
    auto row = query.value().step();
    if (!row)
        return row.error();
    return query.value().int64(0) > 0;
}

} // namespace collector
