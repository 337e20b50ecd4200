#include "sync/syncschema.h"

#include "store/database.h"
#include "store/statement.h"

#include <optional>

namespace collector {

namespace {

QStringList ids(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list << QString::fromLatin1(name);
    return list;
}

// Parents before children: the order a new store's rows are seeded and, with it, the hub's first load.
const std::vector<SyncTable>& tables()
{
    static const std::vector<SyncTable> list = {
        {"team", ids({"id", "name"}), ids({"id"}), ids({"id"}), true, 1},
        {"app_user", ids({"id", "team_id", "login", "display_name", "role"}), ids({"id", "team_id"}),
         ids({"id"}), true, 1},
        {"creditor",
         ids({"id", "code", "name", "allocation_order", "promise_grace_days", "rule_pack", "rule_tightening",
              "plan_rules"}),
         ids({"id"}), ids({"id"}), true, 1},
        {"placement", ids({"id", "creditor_id", "reference", "placed_at_ms", "source_name", "source_sha256"}),
         ids({"id", "creditor_id", "source_sha256"}), ids({"id"}), true, 1},
        {"debtor",
         ids({"id", "full_name", "national_id", "birth_date", "language", "time_zone", "hlc",
              "contact_not_before", "contact_not_after", "contact_hours_agreed", "no_channels",
              "vulnerable"}),
         ids({"id"}), ids({"id"}), true, 1},
        {"account",
         ids({"id", "creditor_id", "placement_id", "creditor_reference", "product", "currency",
              "original_principal_minor", "opened_on", "stage", "status", "assigned_collector_id", "team_id",
              "hlc"}),
         ids({"id", "creditor_id", "placement_id", "assigned_collector_id", "team_id"}), ids({"id"}), true,
         1},
        {"account_due", ids({"account_id", "due_on", "amount_minor"}), ids({"account_id"}),
         ids({"account_id", "due_on"}), false, 1},
        {"contact_point",
         ids({"id", "debtor_id", "kind", "value", "phone_type", "region", "time_zone", "source", "verified",
              "consent", "do_not_contact", "created_at_ms", "hlc", "holder", "district", "latitude",
              "longitude"}),
         ids({"id", "debtor_id"}), ids({"id"}), true, 1},
        {"account_party", ids({"account_id", "debtor_id", "role"}), ids({"account_id", "debtor_id"}),
         ids({"account_id", "debtor_id"}), false, 1},
        {"stop_event",
         ids({"id", "debtor_id", "account_id", "kind", "at_ms", "starts_on", "ends_on", "clears_id",
              "recorded_by", "note"}),
         ids({"id", "debtor_id", "account_id", "clears_id", "recorded_by"}), ids({"id"}), false, 0},
        {"ledger_entry",
         ids({"id", "account_id", "kind", "component", "amount_minor", "currency", "effective_on",
              "recorded_at_ms", "reverses_id", "channel", "external_reference", "source", "recorded_by"}),
         ids({"id", "account_id", "reverses_id", "recorded_by"}), ids({"id"}), false, 1},
        {"contact_attempt",
         ids({"id", "account_id", "debtor_id", "contact_point_id", "channel", "direction", "at_ms", "outcome",
              "right_party", "duration_s", "reaction", "note", "collector_id"}),
         ids({"id", "account_id", "debtor_id", "contact_point_id", "collector_id"}), ids({"id"}), false, 1},
        {"plan",
         ids({"id", "account_id", "method", "currency", "principal_minor", "total_minor", "instalment_count",
              "created_at_ms", "collector_id", "terms_json"}),
         ids({"id", "account_id", "collector_id"}), ids({"id"}), false, 1},
        {"plan_instalment",
         ids({"plan_id", "n", "due_on", "amount_minor", "principal_minor", "interest_minor", "fee_minor"}),
         ids({"plan_id"}), ids({"plan_id", "n"}), false, 1},
        {"promise",
         ids({"id", "account_id", "debtor_id", "amount_minor", "currency", "made_on", "due_on", "grace_days",
              "created_at_ms", "collector_id", "plan_id", "instalment_no"}),
         ids({"id", "account_id", "debtor_id", "collector_id", "plan_id"}), ids({"id"}), false, 1},
        {"visit",
         ids({"id", "account_id", "debtor_id", "at_ms", "visit_type", "met", "companion_id", "outcome",
              "reaction", "district", "note", "collector_id", "recording", "payment_id", "latitude",
              "longitude"}),
         ids({"id", "account_id", "debtor_id", "companion_id", "collector_id", "payment_id"}), ids({"id"}),
         false, 1},
        {"note", ids({"id", "account_id", "at_ms", "author_id", "body"}),
         ids({"id", "account_id", "author_id"}), ids({"id"}), false, 1},
        {"callback",
         ids({"id", "account_id", "attempt_id", "due_at_ms", "created_at_ms", "collector_id", "done_at_ms"}),
         ids({"id", "account_id", "attempt_id", "collector_id"}), ids({"id"}), true, 1},
        {"compliance_override",
         ids({"id", "account_id", "contact_point_id", "rule_id", "pack_version", "channel", "lead", "reason",
              "at_ms", "valid_until_ms"}),
         ids({"id", "account_id", "contact_point_id"}), ids({"id"}), false, 1},
        {"audit_entry",
         ids({"seq", "device_id", "id", "at_ms", "actor", "action", "subject_kind", "subject_id", "detail",
              "prev_hash", "hash"}),
         ids({"id", "prev_hash", "hash"}), ids({"device_id", "seq"}), false, 2},
        {"contact_lease",
         ids({"id", "device_id", "account_id", "rule_id", "scope_key", "first_day", "last_day", "tokens",
              "base", "state", "taken_at_ms"}),
         ids({"id", "device_id", "account_id", "scope_key"}), ids({"id"}), true, 1, false},
        // A lead's target for a collector: the hub logs it into the collector's team
        // (hub/sql/005_targets.sql).
        {"collection_target",
         ids({"collector_id", "month", "currency", "amount_minor", "set_by", "set_at_ms"}),
         ids({"collector_id"}), ids({"collector_id", "month", "currency"}), true, 1, true,
         "r.collector_id, r.month, r.currency"},
    };
    return list;
}

// One column's value in the JSON body: ids as lower-case hex, NULL kept as null (hex(NULL) would be '').
QString valueExpr(const SyncTable& t, const QString& column, const QString& row)
{
    const QString ref = row + QLatin1Char('.') + column;
    if (t.blobColumns.contains(column))
        return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE lower(hex(%1)) END").arg(ref);
    return ref;
}

QString keyExpr(const SyncTable& t, const QString& row)
{
    QStringList parts;
    for (const QString& column : t.keyColumns) {
        const QString ref = row + QLatin1Char('.') + column;
        parts << (t.blobColumns.contains(column) ? QStringLiteral("lower(hex(%1))").arg(ref) : ref);
    }
    return parts.join(QStringLiteral(" || ':' || "));
}

QString bodyExpr(const SyncTable& t, const QString& row)
{
    QStringList args;
    for (const QString& column : t.columns)
        args << QStringLiteral("'%1', %2").arg(column, valueExpr(t, column, row));
    return QStringLiteral("json_object(%1)").arg(args.join(QStringLiteral(", ")));
}

QString outboxValues(const SyncTable& t, const QString& row, const QString& action, const QString& fields)
{
    return QStringLiteral("randomblob(16), '%1', %2, '%3', %4, %5, collector_sync_hlc(), %6")
        .arg(QString::fromLatin1(t.kind), keyExpr(t, row), action, fields, bodyExpr(t, row))
        .arg(t.priority);
}

constexpr const char* kOutboxColumns = "op_id, kind, record_key, action, fields, body, hlc, priority";

// The table as the store has it now: a migration that runs before later ones add a table or columns generates
// its triggers and seeding for what exists, and the migration adding them generates them again. Empty when
// the table does not exist yet.
Result<std::optional<SyncTable>> asStored(Database& db, const SyncTable& spec)
{
    auto stmt = db.prepare("SELECT name FROM pragma_table_info(?)");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, QString::fromLatin1(spec.kind));
    QStringList present;
    auto done = stmt.value().forEachRow([&](Statement& row) { present << row.text(0); });
    if (!done)
        return done.error();
    if (present.isEmpty())
        return std::optional<SyncTable>();
    SyncTable table = spec;
    table.columns.clear();
    for (const QString& column : spec.columns)
        if (present.contains(column))
            table.columns << column;
    return std::optional<SyncTable>(table);
}

} // namespace

std::span<const SyncTable> syncTables()
{
    return tables();
}

const SyncTable* findSyncTable(const QString& kind)
{
    for (const SyncTable& t : tables())
        if (kind == QLatin1String(t.kind))
            return &t;
    return nullptr;
}

Status createCaptureTriggers(Database& db)
{
    QString sql;
    for (const SyncTable& spec : tables()) {
        if (!spec.captured)
            continue;
        auto stored = asStored(db, spec);
        if (!stored)
            return stored.error();
        if (!stored.value())
            continue;
        const SyncTable& t = *stored.value();
        const QString kind = QString::fromLatin1(t.kind);
        sql +=
            QStringLiteral(
                "DROP TRIGGER IF EXISTS sync_capture_%1_insert;"
                "CREATE TRIGGER sync_capture_%1_insert AFTER INSERT ON %1 WHEN collector_sync_capturing()"
                " BEGIN INSERT INTO sync_outbox (%2) VALUES (%3); END;")
                .arg(kind, QLatin1String(kOutboxColumns),
                     outboxValues(t, QStringLiteral("NEW"), QStringLiteral("insert"), QStringLiteral("''")));
        if (!t.isMutable)
            continue;
        // Only the fields that changed travel as changed: the hub merges each field by its own stamp.
        QStringList changed;
        for (const QString& column : t.columns)
            if (column != QLatin1String("hlc") && !t.keyColumns.contains(column))
                changed
                    << QStringLiteral("CASE WHEN OLD.%1 IS NOT NEW.%1 THEN '%1,' ELSE '' END").arg(column);
        sql += QStringLiteral(
                   "DROP TRIGGER IF EXISTS sync_capture_%1_update;"
                   "CREATE TRIGGER sync_capture_%1_update AFTER UPDATE ON %1 WHEN collector_sync_capturing()"
                   " BEGIN INSERT INTO sync_outbox (%2) SELECT %3 FROM (SELECT %4 AS f) WHERE f <> ''; END;")
                   .arg(kind, QLatin1String(kOutboxColumns),
                        outboxValues(t, QStringLiteral("NEW"), QStringLiteral("update"), QStringLiteral("f")),
                        changed.join(QStringLiteral(" || ")));
    }
    return db.exec(sql.toUtf8().constData());
}

Status seedOutbox(Database& db, const char* onlyKind)
{
    for (const SyncTable& spec : tables()) {
        if (!spec.captured || (onlyKind && qstrcmp(onlyKind, spec.kind) != 0))
            continue;
        auto stored = asStored(db, spec);
        if (!stored)
            return stored.error();
        if (!stored.value())
            continue;
        const SyncTable& t = *stored.value();
        const QString sql =
            QStringLiteral("INSERT INTO sync_outbox (%1) SELECT %2 FROM %3 AS r ORDER BY %4")
                .arg(QLatin1String(kOutboxColumns),
                     outboxValues(t, QStringLiteral("r"), QStringLiteral("insert"), QStringLiteral("''")),
                     QString::fromLatin1(t.kind), QLatin1String(t.seedOrder));
        if (auto done = db.exec(sql.toUtf8().constData()); !done)
            return done;
    }
    return {};
}

} // namespace collector
