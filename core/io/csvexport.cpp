#include "io/csvexport.h"

#include "domain/ledger.h"
#include "domain/promises.h"
#include "io/csvwriter.h"
#include "store/accountbook.h"
#include "store/database.h"
#include "store/domainwriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>
#include <map>

namespace collector {

COLLECTOR_DEFINE_CODE_TABLE(ExportKind, {E::Accounts, "accounts"}, {E::Attempts, "attempts"},
                            {E::Payments, "payments"}, {E::Promises, "promises"})

namespace {

QString utcIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

// Streams rows to a QSaveFile: nothing appears at `path` unless the whole export succeeded.
class CsvFile
{
public:
    explicit CsvFile(const QString& path)
        : m_file(path)
    {}
    Status open()
    {
        if (QFileInfo::exists(m_file.fileName()))
            return makeError(ErrorCode::OutputExists, QStringLiteral("the export file already exists"));
        if (!m_file.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, QStringLiteral("cannot create the export file"));
        m_file.write(CsvWriter::byteOrderMark());
        return {};
    }
    void row(const QStringList& fields)
    {
        m_csv.row(fields);
        if (++m_pending >= 2000)
            flush();
    }
    Status commit()
    {
        flush();
        if (!m_file.commit())
            return makeError(ErrorCode::Io, QStringLiteral("cannot write the export file"));
        return {};
    }

private:
    void flush()
    {
        m_file.write(m_csv.takeBody());
        m_pending = 0;
    }
    QSaveFile m_file;
    CsvWriter m_csv;
    int m_pending = 0;
};

// Walks `sql`, calling `emit` for each row; returns the row count.
template <typename Emit> Result<qint64> eachRow(Database& db, const char* sql, Emit emit)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    qint64 count = 0;
    for (;;) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return count;
        if (auto done = emit(stmt.value()); !done)
            return done.error();
        ++count;
    }
}

} // namespace

Result<qint64> exportCsv(Database& db, ExportKind kind, const QString& path, QDate today)
{
    CsvFile out(path);
    if (auto opened = out.open(); !opened)
        return opened.error();
    BookReader books(db);
    Result<qint64> rows = qint64{0};
    switch (kind) {
    case ExportKind::Accounts:
        out.row({QStringLiteral("creditor"), QStringLiteral("reference"), QStringLiteral("product"),
                 QStringLiteral("currency"), QStringLiteral("original_principal"), QStringLiteral("balance"),
                 QStringLiteral("principal"), QStringLiteral("interest"), QStringLiteral("fees"),
                 QStringLiteral("paid"), QStringLiteral("due_on"), QStringLiteral("days_past_due"),
                 QStringLiteral("stage"), QStringLiteral("status"), QStringLiteral("debtor")});
        rows =
            eachRow(db,
                    "SELECT c.code, a.creditor_reference, a.product, a.currency, a.original_principal_minor, "
                    "a.stage, a.status, a.id, c.allocation_order, "
                    "(SELECT min(due_on) FROM account_due WHERE account_id = a.id), "
                    "(SELECT d.full_name FROM account_party p JOIN debtor d ON d.id = p.debtor_id "
                    " WHERE p.account_id = a.id AND p.role = 'debtor') "
                    "FROM account a JOIN creditor c ON c.id = a.creditor_id ORDER BY a.rowid",
                    [&](const Statement& s) -> Status {
                        auto book = books.read(s.blob(7), s.text(3), s.text(8));
                        if (!book)
                            return book.error();
                        auto pos =
                            computePosition(book.value().entries, book.value().currency, book.value().order);
                        if (!pos)
                            return pos.error();
                        const auto& p = pos.value();
                        const Currency& cur = book.value().currency;
                        const QDate dueOn = parseDateText(s.text(9));
                        const qint64 towardsDues = p.paidMinor - p.creditMinor;
                        const DueAmount due{dueOn, p.totalOwedMinor() + towardsDues};
                        out.row({s.text(0), CsvWriter::safeCell(s.text(1)), CsvWriter::safeCell(s.text(2)),
                                 cur.code, Money(s.int64(4), cur).toDecimalString(),
                                 Money(p.balanceMinor(), cur).toDecimalString(),
                                 Money(p.owed(Component::Principal), cur).toDecimalString(),
                                 Money(p.owed(Component::Interest), cur).toDecimalString(),
                                 Money(p.owed(Component::Fees), cur).toDecimalString(),
                                 Money(p.paidMinor, cur).toDecimalString(), dateText(dueOn),
                                 QString::number(daysPastDue({&due, 1}, towardsDues, today)), s.text(5),
                                 s.text(6), CsvWriter::safeCell(s.text(10))});
                        return {};
                    });
        break;
    case ExportKind::Attempts:
        out.row({QStringLiteral("reference"), QStringLiteral("at_utc"), QStringLiteral("channel"),
                 QStringLiteral("direction"), QStringLiteral("outcome"), QStringLiteral("right_party"),
                 QStringLiteral("duration_s"), QStringLiteral("reaction"), QStringLiteral("collector"),
                 QStringLiteral("note")});
        rows =
            eachRow(db,
                    "SELECT a.creditor_reference, t.at_ms, t.channel, t.direction, t.outcome, t.right_party, "
                    "t.duration_s, coalesce(t.reaction, ''), coalesce(u.login, ''), coalesce(t.note, '') "
                    "FROM contact_attempt t JOIN account a ON a.id = t.account_id "
                    "LEFT JOIN app_user u ON u.id = t.collector_id ORDER BY t.rowid",
                    [&](const Statement& s) -> Status {
                        out.row({CsvWriter::safeCell(s.text(0)), utcIso(s.int64(1)), s.text(2), s.text(3),
                                 s.text(4), QString::number(s.int64(5)), QString::number(s.int64(6)),
                                 s.text(7), s.text(8), CsvWriter::safeCell(s.text(9))});
                        return {};
                    });
        break;
    case ExportKind::Payments:
        out.row({QStringLiteral("reference"), QStringLiteral("paid_on"), QStringLiteral("amount"),
                 QStringLiteral("currency"), QStringLiteral("channel"),
                 QStringLiteral("transaction_reference"), QStringLiteral("source"),
                 QStringLiteral("reversed")});
        rows = eachRow(
            db,
            "SELECT a.creditor_reference, e.effective_on, e.amount_minor, e.currency, "
            "coalesce(e.channel, ''), coalesce(e.external_reference, ''), e.source, "
            "EXISTS (SELECT 1 FROM ledger_entry r WHERE r.kind = 'reversal' AND r.reverses_id = e.id) "
            "FROM ledger_entry e JOIN account a ON a.id = e.account_id "
            "WHERE e.kind = 'payment' ORDER BY e.rowid",
            [&](const Statement& s) -> Status {
                auto currency = Currency::fromCode(s.text(3));
                if (!currency)
                    return currency.error();
                out.row({CsvWriter::safeCell(s.text(0)), s.text(1),
                         Money(s.int64(2), currency.value()).toDecimalString(), s.text(3), s.text(4),
                         CsvWriter::safeCell(s.text(5)), s.text(6),
                         s.int64(7) ? QStringLiteral("yes") : QStringLiteral("no")});
                return {};
            });
        break;
    case ExportKind::Promises: {
        out.row({QStringLiteral("reference"), QStringLiteral("made_on"), QStringLiteral("due_on"),
                 QStringLiteral("grace_days"), QStringLiteral("amount"), QStringLiteral("currency"),
                 QStringLiteral("paid"), QStringLiteral("status"), QStringLiteral("plan_instalment")});
        auto promises = db.prepare("SELECT id, amount_minor, made_on, due_on, grace_days, instalment_no "
                                   "FROM promise WHERE account_id = ? ORDER BY rowid");
        if (!promises)
            return promises.error();
        // Promises are evaluated per account against its payments in force.
        qint64 promiseRows = 0;
        auto accounts = eachRow(
            db,
            "SELECT a.id, a.creditor_reference, a.currency, c.allocation_order FROM account a "
            "JOIN creditor c ON c.id = a.creditor_id WHERE EXISTS (SELECT 1 FROM promise p WHERE "
            "p.account_id = a.id) "
            "ORDER BY a.rowid",
            [&](const Statement& s) -> Status {
                auto book = books.read(s.blob(0), s.text(2), s.text(3));
                if (!book)
                    return book.error();
                auto position =
                    computePosition(book.value().entries, book.value().currency, book.value().order);
                if (!position)
                    return position.error();
                std::vector<DatedPayment> payments;
                for (const PaymentApplication& p : position.value().payments)
                    payments.push_back({p.payment, Money(p.amountMinor, book.value().currency), p.paidOn});
                promises.value().reset();
                promises.value().bind(1, s.blob(0));
                std::vector<PromiseTerms> terms;
                std::vector<QString> instalments;
                while (promises.value().step().value()) {
                    const Statement& p = promises.value();
                    terms.push_back({Id::fromBytes(p.blob(0)), Money(p.int64(1), book.value().currency),
                                     parseDateText(p.text(2)), parseDateText(p.text(3)),
                                     static_cast<int>(p.int64(4))});
                    instalments.push_back(p.isNull(5) ? QString() : QString::number(p.int64(5)));
                }
                auto outcomes = evaluatePromises(terms, payments, today);
                if (!outcomes)
                    return outcomes.error();
                for (std::size_t i = 0; i < terms.size(); ++i) {
                    const Currency& cur = book.value().currency;
                    out.row({CsvWriter::safeCell(s.text(1)), dateText(terms[i].madeOn),
                             dateText(terms[i].dueOn), QString::number(terms[i].graceDays),
                             terms[i].amount.toDecimalString(), cur.code,
                             Money(outcomes.value()[i].paidMinor, cur).toDecimalString(),
                             codeOf(outcomes.value()[i].status), instalments[i]});
                    ++promiseRows;
                }
                return {};
            });
        rows = accounts ? Result<qint64>(promiseRows) : accounts;
        break;
    }
    }
    if (!rows)
        return rows.error(); // the QSaveFile is discarded: no partial file appears
    if (auto done = out.commit(); !done)
        return done.error();
    return rows;
}

} // namespace collector
