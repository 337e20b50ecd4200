#include "queue/queuesearch.h"

#include "store/database.h"
#include "store/statement.h"

#include <QRegularExpression>

namespace collector {

Result<std::vector<Id>> searchCollectorAccounts(Database& db, const Id& collectorId, const QString& text)
{
    QString digits;
    for (QChar ch : text)
        if (ch.isDigit())
            digits += ch;
    const bool number = digits.size() >= 4 && !text.contains(QRegularExpression(QStringLiteral("\\p{L}")));
    // LIKE's wildcards in what was typed are taken literally.
    QString pattern = number ? digits : text.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    if (pattern.isEmpty())
        return std::vector<Id>();
    auto q =
        db.prepare(number ? "SELECT DISTINCT a.id FROM account a JOIN account_party p ON p.account_id = a.id "
                            "AND p.role = 'debtor' JOIN contact_point c ON c.debtor_id = p.debtor_id "
                            "WHERE a.assigned_collector_id = ? AND a.status = 'active' AND c.kind = 'phone' "
                            "AND c.value LIKE '%' || ? || '%' ESCAPE '\\'"
                          : "SELECT a.id FROM account a JOIN account_party p ON p.account_id = a.id "
                            "AND p.role = 'debtor' JOIN debtor d ON d.id = p.debtor_id "
                            "WHERE a.assigned_collector_id = ? AND a.status = 'active' "
                            "AND d.full_name LIKE '%' || ? || '%' ESCAPE '\\'");
    if (!q)
        return q.error();
    q.value().bind(1, collectorId.toBytes()).bind(2, pattern);
    std::vector<Id> found;
    if (auto ok =
            q.value().forEachRow([&](const Statement& s) { found.push_back(Id::fromBytes(s.blob(0))); });
        !ok)
        return ok.error();
    return found;
}

} // namespace collector
