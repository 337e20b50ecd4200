// The plan agreement a debtor signs, written in the debtor's language (en or zh_CN) whatever language the
// workstation runs in, and printed or saved as a PDF. It names the debtor in full: it is their document.
#pragma once

#include "common/result.h"
#include "plan/schedule.h"

#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace collector::ui {

struct AgreementData
{
    QString planId;
    QString creditorName;
    QString reference;
    QString debtorName;
    PlanTerms terms;
    Schedule schedule;
    QDate agreedOn;
    int graceDays = 0;
};

// `language`: the debtor's ("zh_CN", "en", …); anything without a catalogue reads in English.
QString agreementHtml(const AgreementData& data, const QString& language);

// Lays the agreement out on A4 pages of `device` (a printer or a PDF writer).
void paintAgreement(const QString& html, QPagedPaintDevice& device);

// Writes the agreement as a PDF: whole or not at all (an existing file is only replaced once the new one is
// complete).
Status writeAgreementPdf(const QString& html, const QString& path);

} // namespace collector::ui
