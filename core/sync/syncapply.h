// Applies changes pulled from the hub to the local store, inside the caller's transaction, with capture off
// so they do not go back out. Append-only records are inserted once; mutable ones take the hub's merged state
// except for fields this workstation changed and has not pushed yet (those win locally until the hub
// answers).
#pragma once

#include "common/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace collector {

class Database;
class Statement;

class ChangeApplier
{
public:
    explicit ChangeApplier(Database& db);
    ~ChangeApplier();
    ChangeApplier(const ChangeApplier&) = delete;
    ChangeApplier& operator=(const ChangeApplier&) = delete;

    // Each element: {"kind", "key", "body"}. Kinds this build does not know are skipped (a newer hub).
    Status apply(const QJsonArray& changes);
    // Skip (rather than fail on) a record whose referenced rows are not in the store yet.
    void setRequireLocalParents(bool require) { m_requireParents = require; }
    int applied() const { return m_applied; }
    int skipped() const { return m_skipped; }
    // The highest HLC stamp among the applied bodies (empty when none).
    const QString& highestStamp() const { return m_highest; }

private:
    Result<QStringList> pendingFields(const QString& kind, const QString& key);
    Result<bool> parentsPresent(const QJsonObject& body);

    Database& m_db;
    // Prepared once per kind and column set: a first sync applies a million rows through a handful of them.
    QHash<QString, std::shared_ptr<Statement>> m_statements;
    bool m_requireParents = false;
    int m_applied = 0;
    int m_skipped = 0;
    QString m_highest;
};

} // namespace collector
