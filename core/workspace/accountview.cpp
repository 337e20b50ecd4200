#include "workspace/accountview.h"

#include "domain/promises.h"
#include "store/accountbook.h"
#include "store/database.h"
#include "store/domainwriter.h"

namespace collector {

namespace {

Status loadAccount(Database& db, AccountView& view, QString& currencyCode, QString& order, QDate& firstDue)
{
    auto q = db.prepare("SELECT a.creditor_reference, c.name, a.product, a.currency, a.stage, a.status, "
                        "a.original_principal_minor, c.allocation_order, "
                        "(SELECT min(due_on) FROM account_due WHERE account_id = a.id), "
                        "d.id, d.full_name, d.national_id, d.birth_date, d.time_zone, d.language "
                        "FROM account a JOIN creditor c ON c.id = a.creditor_id "
                        "LEFT JOIN account_party p ON p.account_id = a.id AND p.role = 'debtor' "
                        "LEFT JOIN debtor d ON d.id = p.debtor_id WHERE a.id = ?");
    if (!q)
        return q.error();
    if (auto ok = q.value().bind(1, view.accountId.toBytes()).stepToRow(QStringLiteral("no such account"));
        !ok)
        return ok;
    const Statement& s = q.value();
    view.reference = s.text(0);
    view.creditorName = s.text(1);
    view.product = s.text(2);
    currencyCode = s.text(3);
    view.stage = parseCode<Stage>(s.text(4)).value_or(Stage::Early);
    view.status = parseCode<AccountStatus>(s.text(5)).value_or(AccountStatus::Active);
    view.originalPrincipalMinor = s.int64(6);
    order = s.text(7);
    firstDue = parseDateText(s.text(8));
    view.debtorId = Id::fromBytes(s.blob(9));
    view.debtorName = s.text(10);
    view.nationalId = s.text(11);
    view.birthDate = parseDateText(s.text(12));
    view.timeZone = s.text(13);
    view.language = s.text(14);
    return {};
}

Status loadPoints(Database& db, AccountView& view)
{
    auto q = db.prepare("SELECT id, kind, value, phone_type, holder, consent, do_not_contact, verified "
                        "FROM contact_point WHERE debtor_id = ? ORDER BY do_not_contact, holder <> 'debtor', "
                        "created_at_ms");
    if (!q)
        return q.error();
    q.value().bind(1, view.debtorId.toBytes());
    return q.value().forEachRow([&](const Statement& s) {
        ContactPointView p;
        p.id = Id::fromBytes(s.blob(0));
        p.kind = parseCode<ContactKind>(s.text(1)).value_or(ContactKind::Phone);
        p.value = s.text(2);
        if (!s.isNull(3))
            p.phoneType = parseCode<PhoneType>(s.text(3));
        p.holder = s.text(4);
        p.consent = s.int64(5) != 0;
        p.doNotContact = s.int64(6) != 0;
        p.verified = s.int64(7) != 0;
        view.contactPoints.push_back(p);
    });
}

Status loadStops(Database& db, AccountView& view, const QDate& asOf)
{
    auto q = db.prepare(
        "SELECT s.kind FROM stop_event s WHERE s.debtor_id = ? AND s.kind <> 'cleared' "
        "AND (s.account_id IS NULL OR s.account_id = ?) AND s.starts_on <= ? "
        "AND (s.ends_on IS NULL OR s.ends_on >= ?) "
        "AND NOT EXISTS (SELECT 1 FROM stop_event c WHERE c.kind = 'cleared' AND c.clears_id = s.id) "
        "ORDER BY s.at_ms");
    if (!q)
        return q.error();
    const QString day = asOf.toString(Qt::ISODate);
    q.value().bind(1, view.debtorId.toBytes()).bind(2, view.accountId.toBytes()).bind(3, day).bind(4, day);
    return q.value().forEachRow([&](const Statement& s) {
        if (const auto kind = parseCode<StopKind>(s.text(0)))
            view.stopsInForce.push_back(*kind);
    });
}

Status loadPromises(Database& db, AccountView& view, const QDate& asOf)
{
    auto q = db.prepare("SELECT id, amount_minor, made_on, due_on, grace_days, plan_id, instalment_no "
                        "FROM promise WHERE account_id = ? ORDER BY due_on, rowid");
    if (!q)
        return q.error();
    q.value().bind(1, view.accountId.toBytes());
    std::vector<PromiseTerms> terms;
    if (auto ok = q.value().forEachRow([&](const Statement& s) {
            PromiseView p;
            p.id = Id::fromBytes(s.blob(0));
            p.amountMinor = s.int64(1);
            p.madeOn = parseDateText(s.text(2));
            p.dueOn = parseDateText(s.text(3));
            p.graceDays = static_cast<int>(s.int64(4));
            p.planId = Id::fromBytes(s.blob(5));
            p.instalmentNo = static_cast<int>(s.int64(6));
            terms.push_back({p.id, Money(p.amountMinor, view.currency), p.madeOn, p.dueOn, p.graceDays});
            view.promises.push_back(p);
        });
        !ok)
        return ok;
    // Judged by the payments in force, as the promise rules say (reversed payments do not count).
    std::vector<DatedPayment> payments;
    for (const PaymentApplication& paid : view.position.payments)
        payments.push_back({paid.payment, Money(paid.amountMinor, view.currency), paid.paidOn});
    auto outcomes = evaluatePromises(terms, payments, asOf);
    if (!outcomes)
        return outcomes.error();
    for (std::size_t i = 0; i < view.promises.size(); ++i) {
        view.promises[i].status = outcomes.value()[i].status;
        view.promises[i].paidMinor = outcomes.value()[i].paidMinor;
    }
    return {};
}

} // namespace

Result<std::optional<Id>> findAccountByReference(Database& db, const QString& reference)
{
    auto q = db.prepare("SELECT id FROM account WHERE creditor_reference = ? ORDER BY rowid LIMIT 1");
    if (!q)
        return q.error();
    q.value().bind(1, reference.trimmed());
    auto row = q.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Id>();
    return std::optional<Id>(Id::fromBytes(q.value().blob(0)));
}

Result<AccountAssignment> loadAssignment(Database& db, const Id& accountId)
{
    auto q = db.prepare("SELECT assigned_collector_id, team_id FROM account WHERE id = ?");
    if (!q)
        return q.error();
    if (auto ok = q.value().bind(1, accountId.toBytes()).stepToRow(QStringLiteral("no such account")); !ok)
        return ok.error();
    return AccountAssignment{Id::fromBytes(q.value().blob(0)), Id::fromBytes(q.value().blob(1))};
}

Result<AccountView> loadAccountView(Database& db, const Id& accountId, const QDate& asOf)
{
    AccountView view;
    view.accountId = accountId;
    QString currencyCode;
    QString order;
    QDate firstDue;
    if (auto ok = loadAccount(db, view, currencyCode, order, firstDue); !ok)
        return ok.error();
    BookReader books(db);
    auto book = books.read(accountId.toBytes(), currencyCode, order);
    if (!book)
        return book.error();
    view.currency = book.value().currency;
    auto position = computePosition(book.value().entries, book.value().currency, book.value().order, asOf);
    if (!position)
        return position.error();
    view.position = position.value();
    const qint64 towardsDues = view.position.paidMinor - view.position.creditMinor;
    const DueAmount due{firstDue, view.position.totalOwedMinor() + towardsDues};
    view.daysPastDue = firstDue.isValid() ? daysPastDue({&due, 1}, towardsDues, asOf) : 0;
    auto next = db.prepare("SELECT min(due_on) FROM account_due WHERE account_id = ? AND due_on >= ?");
    if (!next)
        return next.error();
    next.value().bind(1, accountId.toBytes()).bind(2, asOf.toString(Qt::ISODate));
    if (next.value().step().value_or(false) && !next.value().isNull(0))
        view.nextDue = parseDateText(next.value().text(0));
    if (auto ok = loadPoints(db, view); !ok)
        return ok.error();
    if (auto ok = loadStops(db, view, asOf); !ok)
        return ok.error();
    if (auto ok = loadPromises(db, view, asOf); !ok)
        return ok.error();
    return view;
}

} // namespace collector
