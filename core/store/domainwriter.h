// Writes collection records into the store through prepared statements kept for the writer's lifetime, so
// bulk work (demo data, placement files) pays for parsing SQL once. The caller owns the transaction.
#pragma once

#include "common/result.h"
#include "domain/records.h"
#include "store/statement.h"

#include <map>
#include <string>

namespace collector {

class Database;

class DomainWriter
{
public:
    explicit DomainWriter(Database& db)
        : m_db(db)
    {}

    Status write(const Team& team);
    Status write(const User& user);
    Status write(const Creditor& creditor);
    Status write(const Placement& placement);
    Status write(const Debtor& debtor);
    Status write(const Account& account);
    Status write(const AccountDueRecord& due);
    Status write(const AccountParty& party);
    Status write(const ContactPoint& point);
    Status write(const LedgerRecord& record);
    Status write(const ContactAttempt& attempt);
    Status write(const PromiseRecord& promise);
    Status write(const PlanRecord& plan);
    Status write(const PlanInstalment& instalment);
    Status write(const Visit& visit);
    Status write(const Note& note);
    Status write(const StopEvent& stop);

private:
    // The statement for `sql`, prepared on first use and reset for the next row.
    Result<Statement*> statement(const char* sql);

    Database& m_db;
    std::map<std::string, Statement> m_statements;
};

// Binding helpers shared with the readers: a null id, an invalid date, an empty optional bind as NULL.
void bindId(Statement& s, int index, const Id& id);
void bindDate(Statement& s, int index, const QDate& date);
void bindText(Statement& s, int index, const QString& text); // empty -> NULL
QString dateText(const QDate& date);
QDate parseDateText(const QString& text);

} // namespace collector
