#include "queue/queuewrite.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QStringList>

namespace collector {

namespace {

// Each group's SET terms name their values by PlaceParameter's numbers (the header's enum).
struct ColumnGroup
{
    unsigned bit;
    const char* set;                  // the SET terms
    std::vector<const char*> columns; // the columns they write
};

const std::vector<ColumnGroup>& columnGroups()
{
    static const std::vector<ColumnGroup> groups = {
        {kPlaceGroup, "rank_group = ?3, section = ?3 = ?4", {"rank_group", "section"}},
        {kPlaceKey, "rank_key = ?5", {"rank_key"}},
        {kPlaceScore, "rank_score = ?6, rank_order = -?6", {"rank_score", "rank_order"}},
        {kPlaceDpd, "dpd_order = ?7", {"dpd_order"}},
        {kPlaceBucket, "dpd_bucket = ?8", {"dpd_bucket"}},
        {kPlacePromise, "promise_state = ?9", {"promise_state"}},
        {kPlaceGate,
         "gate_verdict = ?10, gate_rule = ?11, gate_reason = ?12, gate_reopens_ms = ?13",
         {"gate_verdict", "gate_rule", "gate_reason", "gate_reopens_ms"}},
        {kPlaceProfile, "gate_profile = nullif(?14, 0), gate_own = ?15", {"gate_profile", "gate_own"}},
        {kPlaceUntil, "rank_until_ms = ?16", {"rank_until_ms"}},
    };
    return groups;
}

unsigned bitOfColumn(const QString& column)
{
    for (const ColumnGroup& g : columnGroups())
        for (const char* c : g.columns)
            if (column == QLatin1String(c))
                return g.bit;
    return 0; // a column the ranking never writes (collector, account, reference, stage, balance …)
}

} // namespace

QByteArray placeUpdateSql(unsigned mask)
{
    QByteArrayList sets;
    for (const ColumnGroup& g : columnGroups())
        if (mask & g.bit)
            sets << g.set;
    return "UPDATE queue_account SET " + sets.join(", ") + " WHERE collector_id = ?1 AND account_id = ?2";
}

Result<std::vector<QueueIndex>> queueAccountIndexes(Database& db)
{
    std::vector<QueueIndex> indexes;
    auto defined = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                              "tbl_name = 'queue_account' AND sql IS NOT NULL ORDER BY name");
    if (!defined)
        return defined.error();
    if (auto read = defined.value().forEachRow([&](const Statement& s) {
            indexes.push_back({s.text(0), s.text(1), 0});
        });
        !read)
        return read.error();
    for (QueueIndex& index : indexes) {
        // The index's own columns; a partial index's condition is on gate_profile, which it also holds.
        auto info = db.prepare("SELECT name FROM pragma_index_info(?)");
        if (!info)
            return info.error();
        info.value().bind(1, index.name);
        if (auto read =
                info.value().forEachRow([&](const Statement& s) { index.columns |= bitOfColumn(s.text(0)); });
            !read)
            return read.error();
    }
    return indexes;
}

Status writeWithIndexesRebuilt(Database& db, const std::vector<QueueIndex>& indexes,
                               const std::function<Status()>& write)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    for (const QueueIndex& index : indexes)
        if (auto dropped = db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.name).toUtf8().constData());
            !dropped)
            return dropped;
    if (auto written = write(); !written)
        return written;
    for (const QueueIndex& index : indexes)
        if (auto built = db.exec(index.sql.toUtf8().constData()); !built)
            return built;
    return tx.value().commit();
}

bool worthRebuilding(const QueueWriteTuning& tuning, qint64 rows, qint64 tableRows)
{
    return rows >= tuning.rebuildIndexesFrom && rows * tuning.rebuildWhenOneIn >= tableRows &&
           tableRows <= tuning.rebuildTableAtMost;
}

Result<std::optional<qint64>> rebuildableTableRows(Database& db, qint64 rows, const QueueWriteTuning& tuning)
{
    if (rows < tuning.rebuildIndexesFrom || db.inTransaction() || db.hasStatementsInProgress())
        return std::optional<qint64>();
    auto tableRows = db.queryInt("SELECT count(*) FROM queue_account");
    if (!tableRows)
        return tableRows.error();
    if (!worthRebuilding(tuning, rows, tableRows.value()))
        return std::optional<qint64>();
    return std::optional<qint64>(tableRows.value());
}

} // namespace collector
