#include "plan/planagreement.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTranslator>
#include <memory>

namespace collector::ui {

namespace {

// The agreement's words, marked for the catalogues under their own context and looked up in the debtor's
// language rather than the workstation's.
struct Words
{
    std::unique_ptr<QTranslator> translator;

    explicit Words(const QString& language)
    {
        if (language.startsWith(QLatin1String("zh"))) {
            translator = std::make_unique<QTranslator>();
            if (!translator->load(QStringLiteral(":/i18n/collector_zh_CN.qm")))
                translator.reset();
        }
    }
    QString operator()(const char* source) const
    {
        const QString translated = translator ? translator->translate("PlanAgreement", source) : QString();
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    }
};

const char* methodName(PlanMethod method)
{
    switch (method) {
    case PlanMethod::EqualInstalment:
        return QT_TRANSLATE_NOOP("PlanAgreement", "equal instalments");
    case PlanMethod::EqualPrincipal:
        return QT_TRANSLATE_NOOP("PlanAgreement", "equal principal");
    case PlanMethod::FlatInterest:
        return QT_TRANSLATE_NOOP("PlanAgreement", "flat interest");
    case PlanMethod::InterestFreeSplit:
        return QT_TRANSLATE_NOOP("PlanAgreement", "interest-free instalments");
    case PlanMethod::Settlement:
        return QT_TRANSLATE_NOOP("PlanAgreement", "settlement");
    }
    return "";
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString agreementHtml(const AgreementData& d, const QString& language)
{
    const Words w(language);
    const Currency& c = d.terms.currency;
    auto money = [&](qint64 minor) -> QString {
        return Money(minor, c).toDecimalString() + QLatin1Char(' ') + c.code;
    };
    QString html = QStringLiteral("<html><body style=\"font-size: 10pt;\">");
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(w(QT_TRANSLATE_NOOP("PlanAgreement", "Repayment plan agreement"))));
    html += QStringLiteral("<table cellpadding=\"3\">");
    const std::pair<const char*, QString> header[] = {
        {QT_TRANSLATE_NOOP("PlanAgreement", "Creditor"), d.creditorName},
        {QT_TRANSLATE_NOOP("PlanAgreement", "Account reference"), d.reference},
        {QT_TRANSLATE_NOOP("PlanAgreement", "Debtor"), d.debtorName},
        {QT_TRANSLATE_NOOP("PlanAgreement", "Agreed on"), d.agreedOn.toString(Qt::ISODate)},
        {QT_TRANSLATE_NOOP("PlanAgreement", "Plan"), w(methodName(d.terms.method))},
        {QT_TRANSLATE_NOOP("PlanAgreement", "Plan reference"), d.planId},
    };
    for (const auto& [label, value] : header)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(w(label)), esc(value));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(w(QT_TRANSLATE_NOOP(
                    "PlanAgreement", "The debtor agrees to pay the amounts below on or before their due "
                                     "dates. The creditor will not ask for more while the plan is kept."))));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (const char* column :
         {QT_TRANSLATE_NOOP("PlanAgreement", "No."), QT_TRANSLATE_NOOP("PlanAgreement", "Due date"),
          QT_TRANSLATE_NOOP("PlanAgreement", "Amount"), QT_TRANSLATE_NOOP("PlanAgreement", "Principal"),
          QT_TRANSLATE_NOOP("PlanAgreement", "Interest"),
          QT_TRANSLATE_NOOP("PlanAgreement", "Balance after")})
        html += QStringLiteral("<th>%1</th>").arg(esc(w(column)));
    html += QStringLiteral("</tr>");
    int n = 0;
    for (const ScheduleLine& line : d.schedule.lines) {
        if (line.paymentMinor <= 0)
            continue;
        html += QStringLiteral(
                    "<tr><td align=\"center\">%1</td><td>%2</td><td align=\"right\">%3</td>"
                    "<td align=\"right\">%4</td><td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                    .arg(++n)
                    .arg(line.dueOn.toString(Qt::ISODate), money(line.paymentMinor),
                         money(line.principalMinor), money(line.interestMinor), money(line.balanceMinor));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b> %2<br/><b>%3</b> %4")
                .arg(esc(w(QT_TRANSLATE_NOOP("PlanAgreement", "Total to pay:"))),
                     money(d.schedule.totalPaymentMinor),
                     esc(w(QT_TRANSLATE_NOOP("PlanAgreement", "Of which interest:"))),
                     money(d.schedule.totalInterestMinor));
    if (d.schedule.waivedMinor > 0)
        html += QStringLiteral("<br/><b>%1</b> %2")
                    .arg(esc(w(QT_TRANSLATE_NOOP("PlanAgreement", "Waived once every payment is made:"))),
                         money(d.schedule.waivedMinor));
    html += QStringLiteral("</p><p>%1</p>")
                .arg(esc(w(QT_TRANSLATE_NOOP(
                             "PlanAgreement",
                             "If a payment is more than %1 days late, the creditor may end the "
                             "plan; what is still unpaid is then due in full, less what was paid.")))
                         .arg(d.graceDays));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(w(QT_TRANSLATE_NOOP(
                    "PlanAgreement", "If your circumstances change, contact us before a payment is missed: "
                                     "the plan can be reviewed."))));
    html += QStringLiteral("<br/><table width=\"100%\" cellpadding=\"6\"><tr><td>%1<br/><br/>"
                           "______________________________<br/>%2</td><td>%3<br/><br/>"
                           "______________________________<br/>%2</td></tr></table>")
                .arg(esc(w(QT_TRANSLATE_NOOP("PlanAgreement", "Signed for the creditor"))),
                     esc(w(QT_TRANSLATE_NOOP("PlanAgreement", "Date"))),
                     esc(w(QT_TRANSLATE_NOOP("PlanAgreement", "Signed by the debtor"))));
    html += QStringLiteral("</body></html>");
    return html;
}

void paintAgreement(const QString& html, QPagedPaintDevice& device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    QTextDocument document;
    document.setHtml(html);
    document.print(&device);
}

Status writeAgreementPdf(const QString& html, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write the PDF there; choose another folder"));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("Repayment plan agreement"));
        paintAgreement(html, writer);
    }
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         QStringLiteral("the PDF could not be completed; check the disk space"));
    return {};
}

} // namespace collector::ui
