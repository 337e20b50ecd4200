// One timeline of everything that happened on an account, newest first: contacts, payments and other ledger
// entries, promises, plans, visits, notes and the debtor's stop events (and their clearing). Structured, so
// the screen words and filters it; free text is only what collectors wrote themselves.
#pragma once

#include "common/result.h"
#include "domain/id.h"

#include <QDate>
#include <QString>
#include <vector>

namespace collector {

class Database;
struct AccountView;

enum class TimelineKind
{
    Contact,
    Payment,
    Ledger, // placement, charges, adjustments, write-offs, reversals
    Promise,
    Plan,
    Visit,
    Note,
    Stop
};

struct TimelineEvent
{
    TimelineKind kind = TimelineKind::Note;
    qint64 atMs = 0; // when it happened (ledger entries: their effective day, at 00:00 UTC)
    QString code;    // outcome, ledger kind, stop kind, plan method, visit outcome, promise status
    QString channel; // contacts: call, sms…; visits: the visit type
    QString direction;
    qint64 amountMinor = 0; // payments, ledger entries, promises, plans (total)
    QDate dueOn;            // promises: due day; plans: last instalment; stops: end day
    int count = 0;          // plans: instalments
    QString note;
};

// `view` supplies the account, the debtor and the promises already judged. At most `limit` events, newest.
Result<std::vector<TimelineEvent>> loadTimeline(Database& db, const AccountView& view, int limit = 1000);

} // namespace collector
