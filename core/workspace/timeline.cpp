#include "workspace/timeline.h"

#include "domain/records.h"
#include "store/database.h"
#include "store/domainwriter.h"
#include "store/statement.h"
#include "workspace/accountview.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace collector {

namespace {

qint64 dayStartMs(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Runs `sql` for the account (bound as ?1, and the debtor as ?2 where the query asks) and adds one event per
// row.
template <typename Make>
Status collect(Database& db, const char* sql, const AccountView& view, std::vector<TimelineEvent>& out,
               Make make)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    q.value().bind(1, view.accountId.toBytes());
    if (QByteArray(sql).contains("?2"))
        q.value().bind(2, view.debtorId.toBytes());
    return q.value().forEachRow([&](const Statement& s) { out.push_back(make(s)); });
}

} // namespace

Result<std::vector<TimelineEvent>> loadTimeline(Database& db, const AccountView& view, int limit)
{
    std::vector<TimelineEvent> events;
    Status ok = collect(db,
                        "SELECT at_ms, outcome, channel, direction, note FROM contact_attempt "
                        "WHERE account_id = ?1",
                        view, events, [](const Statement& s) {
                            TimelineEvent e;
                            e.kind = TimelineKind::Contact;
                            e.atMs = s.int64(0);
                            e.code = s.text(1);
                            e.channel = s.text(2);
                            e.direction = s.text(3);
                            e.note = s.text(4);
                            return e;
                        });
    if (ok)
        ok = collect(
            db, "SELECT effective_on, kind, amount_minor, channel FROM ledger_entry WHERE account_id = ?1",
            view, events, [](const Statement& s) {
                TimelineEvent e;
                e.code = s.text(1);
                e.kind = e.code == QLatin1String("payment") ? TimelineKind::Payment : TimelineKind::Ledger;
                e.atMs = dayStartMs(parseDateText(s.text(0)));
                e.amountMinor = s.int64(2);
                e.channel = s.text(3);
                return e;
            });
    if (ok)
        ok = collect(db,
                     "SELECT p.created_at_ms, p.method, p.total_minor, p.instalment_count, "
                     "(SELECT max(due_on) FROM plan_instalment i WHERE i.plan_id = p.id) FROM plan p "
                     "WHERE p.account_id = ?1",
                     view, events, [](const Statement& s) {
                         TimelineEvent e;
                         e.kind = TimelineKind::Plan;
                         e.atMs = s.int64(0);
                         e.code = s.text(1);
                         e.amountMinor = s.int64(2);
                         e.count = static_cast<int>(s.int64(3));
                         e.dueOn = parseDateText(s.text(4));
                         return e;
                     });
    if (ok)
        ok = collect(db, "SELECT at_ms, outcome, visit_type, note FROM visit WHERE account_id = ?1", view,
                     events, [](const Statement& s) {
                         TimelineEvent e;
                         e.kind = TimelineKind::Visit;
                         e.atMs = s.int64(0);
                         e.code = s.text(1);
                         e.channel = s.text(2);
                         e.note = s.text(3);
                         return e;
                     });
    if (ok)
        ok = collect(db, "SELECT at_ms, body FROM note WHERE account_id = ?1", view, events,
                     [](const Statement& s) {
                         TimelineEvent e;
                         e.kind = TimelineKind::Note;
                         e.atMs = s.int64(0);
                         e.note = s.text(1);
                         return e;
                     });
    // The debtor's stops reach every account of theirs unless one is named.
    if (ok)
        ok = collect(db,
                     "SELECT s.at_ms, s.kind, s.ends_on, s.note, c.kind FROM stop_event s "
                     "LEFT JOIN stop_event c ON c.id = s.clears_id "
                     "WHERE s.debtor_id = ?2 AND (s.account_id IS NULL OR s.account_id = ?1)",
                     view, events, [](const Statement& s) {
                         TimelineEvent e;
                         e.kind = TimelineKind::Stop;
                         e.atMs = s.int64(0);
                         e.code = s.text(1);
                         e.dueOn = parseDateText(s.text(2));
                         e.note = s.text(3);
                         e.channel = s.text(4); // for a clearing: the kind of stop it lifts
                         return e;
                     });
    if (!ok)
        return ok.error();
    // Promises come judged from the view: made on their day, with today's verdict.
    for (const PromiseView& p : view.promises) {
        if (!p.planId.isNull())
            continue; // a plan's instalments are the plan's line, not one line each
        TimelineEvent e;
        e.kind = TimelineKind::Promise;
        e.atMs = dayStartMs(p.madeOn);
        e.code = codeOf(p.status);
        e.amountMinor = p.amountMinor;
        e.dueOn = p.dueOn;
        events.push_back(e);
    }
    // Newest first; among events of the same instant, the one recorded last (each query reads in rowid
    // order).
    std::reverse(events.begin(), events.end());
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.atMs > b.atMs; });
    if (limit > 0 && events.size() > static_cast<std::size_t>(limit))
        events.resize(static_cast<std::size_t>(limit));
    return events;
}

} // namespace collector
