// Whether promises to pay were kept. Decided by the payments that follow, by the date they were paid (not the
// date they reached us), so a late-arriving payment file or a reversal changes the answer on the next look.
#pragma once

#include "common/result.h"
#include "domain/codes.h"
#include "domain/id.h"
#include "domain/money.h"

#include <QDate>
#include <span>
#include <vector>

namespace collector {

enum class PromiseStatus
{
    Pending,       // its window is still open and it is not yet covered
    Kept,          // payments in its window covered it
    PartiallyKept, // the window closed with some but not all of it paid
    Broken,        // the window closed with nothing paid
};

template <> std::span<const CodeEntry<PromiseStatus>> codeTable<PromiseStatus>();

struct PromiseTerms
{
    Id id;
    Money amount;
    QDate madeOn; // payments before the promise was made do not count towards it
    QDate dueOn;
    int graceDays = 0;

    QDate windowEnd() const { return dueOn.addDays(graceDays); }
};

struct DatedPayment
{
    Id id;
    Money amount;
    QDate paidOn;
};

struct PromiseOutcome
{
    Id id;
    PromiseStatus status = PromiseStatus::Pending;
    qint64 paidMinor = 0;
    QDate coveredOn; // the day the promise was fully paid, when it was
};

// `payments` are those in force (reversed ones left out). Each payment counts once: promises claim payments
// in their window in order of due date, earliest first. `today` decides which windows have closed.
Result<std::vector<PromiseOutcome>> evaluatePromises(std::span<const PromiseTerms> promises,
                                                     std::span<const DatedPayment> payments, QDate today);

// Days past due: from the oldest due amount not yet covered by what was paid towards dues. Zero when every
// due amount up to today is covered.
struct DueAmount
{
    QDate dueOn;
    qint64 amountMinor = 0;
};
int daysPastDue(std::span<const DueAmount> dues, qint64 paidTowardsDuesMinor, QDate today);

} // namespace collector
