// Receipt numbers for payments taken at the door. A field collector is offline when they hand one over, so a
// number must be unique without asking anyone: RC-<device>-<sequence>-<check>. <device> is the serial the hub
// gave this device (six digits or more; every enrolled device its own), or, for a workstation never enrolled
// with a hub, "L" and eight random digits kept in the store; <sequence> counts this store's receipts and
// never goes back; <check> is a Luhn digit over every digit before it, so a number copied wrong by hand is
// caught.
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringView>

namespace collector {

class Database;

// The Luhn (ISO/IEC 7812-1) digit that, appended to `digits`, makes the whole pass the Luhn check.
int luhnCheckDigit(QStringView digits);

// Whether `number` has the receipt shape and its check digit is right.
bool receiptNumberValid(const QString& number);

// Whether numbers can be taken offline now: an enrolled workstation needs the hub's serial (an error saying
// to sync once when it has none); one never enrolled always can.
Status checkReceiptNumbering(Database& db);

// Takes the next number; call inside the transaction that records the payment, so a number is used once
// whether the payment commits or not. An enrolled workstation that has not synced since the hub started
// numbering devices gets an error saying to sync first.
Result<QString> takeReceiptNumber(Database& db);

} // namespace collector
