// The papers a field collector carries and hands over: the day sheet (the route with times and visit hours,
// personal data masked: accounts by reference, addresses by their first characters) and the receipt for a
// payment taken at the door. Both are HTML laid out by QTextDocument and written as PDF through QSaveFile, so
// a failed write leaves no half file and never replaces one.
#pragma once

#include "common/result.h"
#include "domain/money.h"
#include "field/dayplan.h"

#include <QDateTime>
#include <QString>

namespace collector::ui {

struct ReceiptPaper
{
    QString number;
    QDateTime at; // UTC; printed in `timeZone`
    QString timeZone;
    QString reference;   // the creditor's account reference
    QString creditor;    // the lender's name
    QString payerMasked; // the debtor's name as masked on screen
    Money amount;
    bool cash = true;
    QString collector; // logins of the staff at the door
    QString companion;
};

// A visit type as the collector reads it (the window, the form and the day sheet say it the same way).
QString visitTypeLabel(VisitType type);

QString daySheetHtml(const FieldDayPlan& plan, const QString& collector);
QString receiptHtml(const ReceiptPaper& receipt);

// Writes `html` as an A4 PDF titled `title` to `path`.
Status writePdf(const QString& path, const QString& html, const QString& title);

} // namespace collector::ui
