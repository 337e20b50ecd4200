#include "field/fieldprint.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>

namespace collector::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString money(qint64 minor, const Currency& currency)
{
    return QStringLiteral("%1 %2").arg(Money(minor, currency).toDecimalString(), currency.code);
}

QString localTime(const QDateTime& utc, const QString& zoneId, const char* format)
{
    const QTimeZone zone(zoneId.toUtf8());
    return utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).toString(QString::fromLatin1(format));
}

} // namespace

QString visitTypeLabel(VisitType type)
{
    switch (type) {
    case VisitType::FriendlyReminder:
        return QCoreApplication::translate("FieldPrint", "Friendly reminder");
    case VisitType::Firm:
        return QCoreApplication::translate("FieldPrint", "Firm visit");
    case VisitType::LegalNoticeDelivery:
        return QCoreApplication::translate("FieldPrint", "Legal notice delivery");
    }
    return {};
}

QString daySheetHtml(const FieldDayPlan& plan, const QString& collector)
{
    QString html = QStringLiteral("<html><body style=\"font-size:9pt\">");
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(QCoreApplication::translate("FieldPrint", "Field day %1")
                             .arg(plan.day.toString(Qt::ISODate))));
    const int visits = static_cast<int>(plan.visits.size());
    const QString route =
        QCoreApplication::translate("FieldPrint", "%n visit(s), %1 km by the route%2", nullptr, visits);
    const QString shortest = plan.exact
                                 ? QCoreApplication::translate("FieldPrint", " (the shortest, the way back "
                                                                             "included)")
                                 : QCoreApplication::translate("FieldPrint", " (the way back included)");
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(esc(QCoreApplication::translate("FieldPrint", "Collector: %1").arg(collector)),
                     esc(route.arg(QLocale().toString(plan.km, 'f', 1), shortest)));
    if (plan.staff > 1)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(QCoreApplication::translate("FieldPrint",
                                                         "Visits here need two staff: take a colleague.")));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString& head :
         {QCoreApplication::translate("FieldPrint", "#"), QCoreApplication::translate("FieldPrint", "Time"),
          QCoreApplication::translate("FieldPrint", "Account"),
          QCoreApplication::translate("FieldPrint", "District"),
          QCoreApplication::translate("FieldPrint", "Address"),
          QCoreApplication::translate("FieldPrint", "Visit hours"),
          QCoreApplication::translate("FieldPrint", "Visit"),
          QCoreApplication::translate("FieldPrint", "Staff"),
          QCoreApplication::translate("FieldPrint", "Balance"),
          QCoreApplication::translate("FieldPrint", "DPD"),
          QCoreApplication::translate("FieldPrint", "Outcome")})
        html += QStringLiteral("<th>%1</th>").arg(esc(head));
    html += QStringLiteral("</tr>");
    int n = 0;
    for (const PlannedVisit& v : plan.visits) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6–%7</td>"
                               "<td>%8 (%9)</td><td>%10</td><td align=\"right\">%11</td><td>%12</td>"
                               "<td>&nbsp;</td></tr>")
                    .arg(++n)
                    .arg(localTime(v.plannedAt, v.timeZone, "HH:mm"), esc(v.reference), esc(v.district),
                         esc(v.maskedAddress), v.windowFrom.toString(QStringLiteral("HH:mm")),
                         v.windowTo.toString(QStringLiteral("HH:mm")), esc(visitTypeLabel(v.type)),
                         esc(QCoreApplication::translate("FieldPrint", "%n min", nullptr, v.minutes)))
                    .arg(v.staff)
                    .arg(esc(money(v.balanceMinor, v.currency)))
                    .arg(v.daysPastDue);
    }
    html += QStringLiteral("</table>");
    if (!plan.unplanned.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>")
                    .arg(esc(QCoreApplication::translate("FieldPrint", "Not planned")));
        for (const UnplannedVisit& u : plan.unplanned)
            html += QStringLiteral("<li>%1: %2</li>").arg(esc(u.reference), esc(u.reason));
        html += QStringLiteral("</ul>");
    }
    html +=
        QStringLiteral("<p><i>%1</i></p>")
            .arg(esc(QCoreApplication::translate(
                "FieldPrint", "Personal data is masked on this sheet: reveal it in the workstation when at "
                              "the door. Ask before recording anything; record the visit before leaving.")));
    return html + QStringLiteral("</body></html>");
}

QString receiptHtml(const ReceiptPaper& r)
{
    QString html = QStringLiteral("<html><body style=\"font-size:11pt\">");
    html += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("FieldPrint", "Receipt")));
    html += QStringLiteral("<p style=\"font-size:14pt\"><b>%1</b></p>").arg(esc(r.number));
    html += QStringLiteral("<table cellpadding=\"4\">");
    const auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(esc(label), esc(value));
    };
    row(QCoreApplication::translate("FieldPrint", "Received"),
        QStringLiteral("%1 %2").arg(r.amount.toDecimalString(), r.amount.currency().code));
    row(QCoreApplication::translate("FieldPrint", "Paid in"),
        r.cash ? QCoreApplication::translate("FieldPrint", "cash")
               : QCoreApplication::translate("FieldPrint", "transfer at the door"));
    row(QCoreApplication::translate("FieldPrint", "Date and time"),
        localTime(r.at, r.timeZone, "yyyy-MM-dd HH:mm") + QStringLiteral(" (") + r.timeZone +
            QLatin1Char(')'));
    row(QCoreApplication::translate("FieldPrint", "For account"), r.reference);
    row(QCoreApplication::translate("FieldPrint", "Creditor"), r.creditor);
    row(QCoreApplication::translate("FieldPrint", "From"), r.payerMasked);
    row(QCoreApplication::translate("FieldPrint", "Received by"),
        r.companion.isEmpty()
            ? r.collector
            : QCoreApplication::translate("FieldPrint", "%1, with %2").arg(r.collector, r.companion));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(QCoreApplication::translate(
                    "FieldPrint", "Keep this receipt. Its number is unique and ends in a check digit; the "
                                  "creditor can confirm the payment by it.")));
    html += QStringLiteral("<p><br><br>%1 ____________________</p>")
                .arg(esc(QCoreApplication::translate("FieldPrint", "Signature:")));
    return html + QStringLiteral("</body></html>");
}

Status writePdf(const QString& path, const QString& html, const QString& title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "FieldPrint", "%1 cannot be written: choose another folder")
                                            .arg(path));
    {
        QPdfWriter writer(&file);
        writer.setResolution(150);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(title);
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("FieldPrint",
                                                     "the PDF could not be completed; check the disk space"));
    return {};
}

} // namespace collector::ui
