#include "sync/syncapply.h"

#include "store/database.h"
#include "store/statement.h"
#include "sync/syncschema.h"

#include <QJsonObject>

namespace collector {

namespace {

void bindJson(Statement& stmt, int index, const SyncTable& table, const QString& column,
              const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        stmt.bindNull(index);
    else if (table.blobColumns.contains(column))
        stmt.bind(index, QByteArray::fromHex(value.toString().toLatin1()));
    else if (value.isDouble()) {
        const double d = value.toDouble();
        const auto whole = static_cast<qint64>(d);
        if (static_cast<double>(whole) == d)
            stmt.bind(index, whole);
        else
            stmt.bind(index, d);
    } else if (value.isBool())
        stmt.bind(index, value.toBool() ? 1 : 0);
    else
        stmt.bind(index, value.toString());
}

} // namespace

ChangeApplier::ChangeApplier(Database& db)
    : m_db(db)
{}

ChangeApplier::~ChangeApplier() = default;

Result<QStringList> ChangeApplier::pendingFields(const QString& kind, const QString& key)
{
    auto stmt = m_db.prepare("SELECT action, fields FROM sync_outbox WHERE kind = ? AND record_key = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, kind).bind(2, key);
    QStringList fields;
    auto done = stmt.value().forEachRow([&](Statement& row) {
        if (row.text(0) == QLatin1String("insert"))
            fields << QStringLiteral("*");
        else
            fields << row.text(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    });
    if (!done)
        return done.error();
    return fields;
}

// The rows a stop event names (its debtor, account, recorder and the stop it clears) that must exist first.
Result<bool> ChangeApplier::parentsPresent(const QJsonObject& body)
{
    static const std::pair<const char*, const char*> kParents[] = {{"debtor_id", "debtor"},
                                                                   {"account_id", "account"},
                                                                   {"recorded_by", "app_user"},
                                                                   {"clears_id", "stop_event"}};
    for (const auto& [column, table] : kParents) {
        const QString hex = body.value(QLatin1String(column)).toString();
        if (hex.isEmpty())
            continue;
        auto stmt = m_db.prepare(
            QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)).toUtf8().constData());
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, QByteArray::fromHex(hex.toLatin1()));
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return false;
    }
    return true;
}

Status ChangeApplier::apply(const QJsonArray& changes)
{
    for (const QJsonValue& item : changes) {
        const QJsonObject change = item.toObject();
        const QString kind = change.value(QStringLiteral("kind")).toString();
        const QString key = change.value(QStringLiteral("key")).toString();
        const QJsonObject body = change.value(QStringLiteral("body")).toObject();
        const SyncTable* table = findSyncTable(kind);
        if (!table || kind == QLatin1String("audit_entry")) {
            ++m_skipped;
            continue;
        }
        if (m_requireParents) {
            auto present = parentsPresent(body);
            if (!present)
                return present.error();
            if (!present.value()) {
                ++m_skipped;
                continue;
            }
        }
        QStringList skip;
        if (table->isMutable) {
            auto pending = pendingFields(kind, key);
            if (!pending)
                return pending.error();
            skip = pending.value();
            // A partial change (an offline pack's update) sets only the fields it names on a row that exists.
            if (change.contains(QStringLiteral("fields")))
                for (const QString& column : table->columns) {
                    bool named = false;
                    for (const QJsonValue& f : change.value(QStringLiteral("fields")).toArray())
                        named = named || f.toString() == column;
                    if (!named && column != QLatin1String("hlc"))
                        skip << column;
                }
            if (skip.contains(QStringLiteral("*"))) {
                ++m_skipped; // this workstation's own insert is still on its way to the hub
                continue;
            }
        }
        QStringList columns;
        for (const QString& column : table->columns)
            if (body.contains(column))
                columns << column;
        for (const QString& column : table->keyColumns)
            if (!columns.contains(column))
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("the hub sent a %1 without its %2").arg(kind, column));
        // Built once per kind, column set and locally pending fields; a first sync reuses a handful.
        const QString cacheKey = kind + QLatin1Char('|') + columns.join(QLatin1Char(',')) + QLatin1Char('|') +
                                 skip.join(QLatin1Char(','));
        std::shared_ptr<Statement>& stmt = m_statements[cacheKey];
        if (!stmt) {
            const QString list = columns.join(QStringLiteral(", "));
            const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "));
            QString sql;
            if (table->isMutable) {
                QStringList updates;
                for (const QString& column : columns)
                    if (!table->keyColumns.contains(column) && !skip.contains(column))
                        updates << QStringLiteral("%1 = excluded.%1").arg(column);
                sql =
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO ")
                        .arg(kind, list, marks, table->keyColumns.join(QStringLiteral(", "))) +
                    (updates.isEmpty() ? QStringLiteral("NOTHING")
                                       : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", ")));
            } else {
                QStringList match;
                for (const QString& column : table->keyColumns)
                    match << QStringLiteral("%1 IS ?").arg(column);
                sql = QStringLiteral(
                          "INSERT INTO %1 (%2) SELECT %3 WHERE NOT EXISTS (SELECT 1 FROM %1 WHERE %4)")
                          .arg(kind, list, marks, match.join(QStringLiteral(" AND ")));
            }
            auto prepared = m_db.prepare(sql.toUtf8().constData());
            if (!prepared)
                return prepared.error();
            stmt = std::make_shared<Statement>(std::move(prepared.value()));
        } else {
            stmt->reset();
        }
        int index = 1;
        for (const QString& column : columns)
            bindJson(*stmt, index++, *table, column, body.value(column));
        if (!table->isMutable)
            for (const QString& column : table->keyColumns)
                bindJson(*stmt, index++, *table, column, body.value(column));
        if (auto done = stmt->run(); !done)
            return done;
        ++m_applied;
        const QString stamp = body.value(QStringLiteral("hlc")).toString();
        if (stamp > m_highest)
            m_highest = stamp;
    }
    return {};
}

} // namespace collector
