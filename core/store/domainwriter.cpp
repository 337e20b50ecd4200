#include "store/domainwriter.h"

#include "store/database.h"

namespace collector {

void bindId(Statement& s, int index, const Id& id)
{
    if (id.isNull())
        s.bindNull(index);
    else
        s.bind(index, id.toBytes());
}

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QDate parseDateText(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

void bindDate(Statement& s, int index, const QDate& date)
{
    if (date.isValid())
        s.bind(index, dateText(date));
    else
        s.bindNull(index);
}

void bindText(Statement& s, int index, const QString& text)
{
    if (text.isEmpty())
        s.bindNull(index);
    else
        s.bind(index, text);
}

namespace {

template <typename E> void bindCode(Statement& s, int index, const std::optional<E>& value)
{
    if (value)
        s.bind(index, codeOf(*value));
    else
        s.bindNull(index);
}

} // namespace

Result<Statement*> DomainWriter::statement(const char* sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto prepared = m_db.prepare(sql);
        if (!prepared)
            return prepared.error();
        found = m_statements.emplace(sql, std::move(prepared.value())).first;
    }
    found->second.reset();
    return &found->second;
}

#define COLLECTOR_STATEMENT(sql)                                                                             \
    auto prepared = statement(sql);                                                                          \
    if (!prepared)                                                                                           \
        return prepared.error();                                                                             \
    Statement& s = *prepared.value()

Status DomainWriter::write(const Team& team)
{
    COLLECTOR_STATEMENT("INSERT INTO team (id, name) VALUES (?, ?)");
    bindId(s, 1, team.id);
    s.bind(2, team.name);
    return s.run();
}

Status DomainWriter::write(const User& user)
{
    COLLECTOR_STATEMENT(
        "INSERT INTO app_user (id, team_id, login, display_name, role) VALUES (?, ?, ?, ?, ?)");
    bindId(s, 1, user.id);
    bindId(s, 2, user.teamId);
    s.bind(3, user.login).bind(4, user.displayName).bind(5, codeOf(user.role));
    return s.run();
}

Status DomainWriter::write(const Creditor& creditor)
{
    COLLECTOR_STATEMENT("INSERT INTO creditor (id, code, name, allocation_order, promise_grace_days) "
                        "VALUES (?, ?, ?, ?, ?)");
    bindId(s, 1, creditor.id);
    s.bind(2, creditor.code).bind(3, creditor.name).bind(4, creditor.allocationOrder.toString());
    s.bind(5, creditor.promiseGraceDays);
    return s.run();
}

Status DomainWriter::write(const Placement& placement)
{
    COLLECTOR_STATEMENT("INSERT INTO placement (id, creditor_id, reference, placed_at_ms, source_name, "
                        "source_sha256) VALUES (?, ?, ?, ?, ?, ?)");
    bindId(s, 1, placement.id);
    bindId(s, 2, placement.creditorId);
    s.bind(3, placement.reference).bind(4, placement.placedAtMs);
    bindText(s, 5, placement.sourceName);
    if (placement.sourceSha256.isEmpty())
        s.bindNull(6);
    else
        s.bind(6, placement.sourceSha256);
    return s.run();
}

Status DomainWriter::write(const Debtor& debtor)
{
    COLLECTOR_STATEMENT("INSERT INTO debtor (id, full_name, national_id, birth_date, language, time_zone) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
    bindId(s, 1, debtor.id);
    s.bind(2, debtor.fullName);
    bindText(s, 3, debtor.nationalId);
    bindDate(s, 4, debtor.birthDate);
    s.bind(5, debtor.language).bind(6, debtor.timeZone);
    return s.run();
}

Status DomainWriter::write(const Account& a)
{
    COLLECTOR_STATEMENT(
        "INSERT INTO account (id, creditor_id, placement_id, creditor_reference, product, currency, "
        "original_principal_minor, opened_on, stage, status, assigned_collector_id, team_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindId(s, 1, a.id);
    bindId(s, 2, a.creditorId);
    bindId(s, 3, a.placementId);
    s.bind(4, a.creditorReference)
        .bind(5, a.product)
        .bind(6, a.currency.code)
        .bind(7, a.originalPrincipalMinor);
    bindDate(s, 8, a.openedOn);
    s.bind(9, codeOf(a.stage)).bind(10, codeOf(a.status));
    bindId(s, 11, a.assignedCollectorId);
    bindId(s, 12, a.teamId);
    return s.run();
}

Status DomainWriter::write(const AccountDueRecord& due)
{
    COLLECTOR_STATEMENT("INSERT INTO account_due (account_id, due_on, amount_minor) VALUES (?, ?, ?)");
    bindId(s, 1, due.accountId);
    bindDate(s, 2, due.dueOn);
    s.bind(3, due.amountMinor);
    return s.run();
}

Status DomainWriter::write(const AccountParty& party)
{
    COLLECTOR_STATEMENT("INSERT INTO account_party (account_id, debtor_id, role) VALUES (?, ?, ?)");
    bindId(s, 1, party.accountId);
    bindId(s, 2, party.debtorId);
    s.bind(3, codeOf(party.role));
    return s.run();
}

Status DomainWriter::write(const ContactPoint& p)
{
    COLLECTOR_STATEMENT(
        "INSERT INTO contact_point (id, debtor_id, kind, value, phone_type, region, time_zone, "
        "source, verified, consent, do_not_contact, created_at_ms, district, latitude, longitude) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindId(s, 1, p.id);
    bindId(s, 2, p.debtorId);
    s.bind(3, codeOf(p.kind)).bind(4, p.value);
    bindCode(s, 5, p.phoneType);
    bindText(s, 6, p.region);
    bindText(s, 7, p.timeZone);
    s.bind(8, codeOf(p.source)).bind(9, p.verified ? 1 : 0).bind(10, p.consent ? 1 : 0);
    s.bind(11, p.doNotContact ? 1 : 0).bind(12, p.createdAtMs);
    bindText(s, 13, p.district);
    if (p.latitude && p.longitude)
        s.bind(14, *p.latitude).bind(15, *p.longitude);
    else
        s.bindNull(14).bindNull(15);
    return s.run();
}

Status DomainWriter::write(const LedgerRecord& r)
{
    COLLECTOR_STATEMENT(
        "INSERT INTO ledger_entry (id, account_id, kind, component, amount_minor, currency, "
        "effective_on, recorded_at_ms, reverses_id, channel, external_reference, source, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const LedgerEntry& e = r.entry;
    bindId(s, 1, e.id);
    bindId(s, 2, r.accountId);
    s.bind(3, codeOf(e.kind)).bind(4, codeOf(e.component)).bind(5, e.amount.minor());
    s.bind(6, e.amount.currency().code);
    bindDate(s, 7, e.effectiveOn);
    s.bind(8, e.recordedAtMs);
    bindId(s, 9, e.reverses);
    bindText(s, 10, r.channel);
    bindText(s, 11, r.externalReference);
    s.bind(12, r.source);
    bindId(s, 13, r.recordedBy);
    return s.run();
}

Status DomainWriter::write(const ContactAttempt& a)
{
    COLLECTOR_STATEMENT("INSERT INTO contact_attempt (id, account_id, debtor_id, contact_point_id, channel, "
                        "direction, at_ms, outcome, right_party, duration_s, reaction, note, collector_id) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindId(s, 1, a.id);
    bindId(s, 2, a.accountId);
    bindId(s, 3, a.debtorId);
    bindId(s, 4, a.contactPointId);
    s.bind(5, codeOf(a.channel)).bind(6, codeOf(a.direction)).bind(7, a.atMs).bind(8, codeOf(a.outcome));
    s.bind(9, a.rightParty ? 1 : 0).bind(10, a.durationSeconds);
    bindCode(s, 11, a.reaction);
    bindText(s, 12, a.note);
    bindId(s, 13, a.collectorId);
    return s.run();
}

Status DomainWriter::write(const PromiseRecord& p)
{
    COLLECTOR_STATEMENT(
        "INSERT INTO promise (id, account_id, debtor_id, amount_minor, currency, made_on, due_on, "
        "grace_days, created_at_ms, collector_id, plan_id, instalment_no) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindId(s, 1, p.id);
    bindId(s, 2, p.accountId);
    bindId(s, 3, p.debtorId);
    s.bind(4, p.amount.minor()).bind(5, p.amount.currency().code);
    bindDate(s, 6, p.madeOn);
    bindDate(s, 7, p.dueOn);
    s.bind(8, p.graceDays).bind(9, p.createdAtMs);
    bindId(s, 10, p.collectorId);
    bindId(s, 11, p.planId);
    if (p.instalmentNo > 0)
        s.bind(12, p.instalmentNo);
    else
        s.bindNull(12);
    return s.run();
}

Status DomainWriter::write(const PlanRecord& p)
{
    COLLECTOR_STATEMENT("INSERT INTO plan (id, account_id, method, currency, principal_minor, total_minor, "
                        "instalment_count, created_at_ms, collector_id, terms_json) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindId(s, 1, p.id);
    bindId(s, 2, p.accountId);
    s.bind(3, codeOf(p.method)).bind(4, p.currency.code).bind(5, p.principalMinor).bind(6, p.totalMinor);
    s.bind(7, p.instalmentCount).bind(8, p.createdAtMs);
    bindId(s, 9, p.collectorId);
    bindText(s, 10, p.termsJson);
    return s.run();
}

Status DomainWriter::write(const PlanInstalment& i)
{
    COLLECTOR_STATEMENT("INSERT INTO plan_instalment (plan_id, n, due_on, amount_minor, principal_minor, "
                        "interest_minor, fee_minor) VALUES (?, ?, ?, ?, ?, ?, ?)");
    bindId(s, 1, i.planId);
    s.bind(2, i.n);
    bindDate(s, 3, i.dueOn);
    s.bind(4, i.amountMinor).bind(5, i.principalMinor).bind(6, i.interestMinor).bind(7, i.feeMinor);
    return s.run();
}

Status DomainWriter::write(const Visit& v)
{
    COLLECTOR_STATEMENT(
        "INSERT INTO visit (id, account_id, debtor_id, at_ms, visit_type, met, companion_id, outcome, "
        "reaction, district, note, collector_id, recording, payment_id, latitude, longitude) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindId(s, 1, v.id);
    bindId(s, 2, v.accountId);
    bindId(s, 3, v.debtorId);
    s.bind(4, v.atMs).bind(5, codeOf(v.type)).bind(6, codeOf(v.met));
    bindId(s, 7, v.companionId);
    s.bind(8, codeOf(v.outcome));
    bindCode(s, 9, v.reaction);
    bindText(s, 10, v.district);
    bindText(s, 11, v.note);
    bindId(s, 12, v.collectorId);
    s.bind(13, codeOf(v.recording));
    bindId(s, 14, v.paymentId);
    if (v.latitude && v.longitude)
        s.bind(15, *v.latitude).bind(16, *v.longitude);
    else
        s.bindNull(15).bindNull(16);
    return s.run();
}

Status DomainWriter::write(const Note& n)
{
    COLLECTOR_STATEMENT("INSERT INTO note (id, account_id, at_ms, author_id, body) VALUES (?, ?, ?, ?, ?)");
    bindId(s, 1, n.id);
    bindId(s, 2, n.accountId);
    s.bind(3, n.atMs);
    bindId(s, 4, n.authorId);
    s.bind(5, n.body);
    return s.run();
}

Status DomainWriter::write(const StopEvent& e)
{
    COLLECTOR_STATEMENT("INSERT INTO stop_event (id, debtor_id, account_id, kind, at_ms, starts_on, ends_on, "
                        "clears_id, recorded_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindId(s, 1, e.id);
    bindId(s, 2, e.debtorId);
    bindId(s, 3, e.accountId);
    s.bind(4, codeOf(e.kind)).bind(5, e.atMs);
    bindDate(s, 6, e.startsOn);
    bindDate(s, 7, e.endsOn);
    bindId(s, 8, e.clearsId);
    bindId(s, 9, e.recordedBy);
    bindText(s, 10, e.note);
    return s.run();
}

#undef COLLECTOR_STATEMENT

} // namespace collector
