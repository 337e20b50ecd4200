#include "plan/plandialog.h"

#include "audit/profileaudit.h"
#include "plan/balancechart.h"
#include "plan/budgetform.h"
#include "plan/planeditor.h"
#include "profile/profile.h"
#include "session/clock.h"
#include "workspace/accountfacts.h"
#include "workspace/planacceptance.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTimeZone>
#include <QVBoxLayout>

namespace collector::ui {

PlanDialog::PlanDialog(std::shared_ptr<Profile> profile, const AccountView& account, const UserRecord& user,
                       const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
    , m_account(account)
    , m_user(user)
    , m_clock(clock)
{
    setWindowTitle(tr("Repayment plan · %1").arg(account.reference));
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), QTimeZone::utc()).date();
    const qint64 owed = account.position.balanceMinor();
    auto rails = guardrailsForAccount(m_profile->database(), account.accountId);
    PlanEditor::Context context{account.currency, owed, today, rails ? rails.value() : defaultGuardrails(),
                                user.role};

    auto* layout = new QVBoxLayout(this);
    auto* owedLabel = new QLabel(
        tr("<b>Balance owed: %1 %2</b> (principal %3, interest %4, fees %5) · %n day(s) past due", nullptr,
           account.daysPastDue)
            .arg(Money(owed, account.currency).toDecimalString(), account.currency.code,
                 Money(account.position.owed(Component::Principal), account.currency).toDecimalString(),
                 Money(account.position.owed(Component::Interest), account.currency).toDecimalString(),
                 Money(account.position.owed(Component::Fees), account.currency).toDecimalString()),
        this);
    layout->addWidget(owedLabel);
    if (!rails)
        layout->addWidget(
            new QLabel(tr("The creditor's plan rules could not be read (%1); the standard rules "
                          "apply.")
                           .arg(rails.error().detail),
                       this));

    auto* top = new QHBoxLayout();
    m_budget = new BudgetForm(account.currency, this);
    m_budget->setMaximumWidth(260);
    top->addWidget(m_budget);
    const QString names[] = {tr("Plan A"), tr("Plan B"), tr("Plan C")};
    for (std::size_t i = 0; i < m_editors.size(); ++i) {
        m_editors[i] = new PlanEditor(names[i], context, this);
        top->addWidget(m_editors[i], 1);
        connect(m_editors[i], &PlanEditor::changed, this, &PlanDialog::refreshChart);
        connect(m_editors[i], &PlanEditor::acceptRequested, this, [this, i] { accept(static_cast<int>(i)); });
        connect(m_budget, &BudgetForm::changed, m_editors[i],
                [this, i] { m_editors[i]->setBudget(m_budget->budget()); });
    }
    // What collectors usually put side by side: a short split, a longer one, and a settlement at the
    // discount a collector may give.
    m_editors[0]->setOffer(PlanMethod::InterestFreeSplit, 6);
    m_editors[1]->setOffer(PlanMethod::InterestFreeSplit, 12);
    const qint64 settle = owed - owed * context.rails.maxDiscountPercentCollector / 100;
    m_editors[2]->setOffer(PlanMethod::Settlement, 1, Money(settle, account.currency).toDecimalString());
    layout->addLayout(top, 1);

    m_chart = new BalanceChart(this);
    m_chart->setFixedHeight(230); // the plans above get whatever height the screen has
    layout->addWidget(m_chart);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(tr("&Print agreement…"), QDialogButtonBox::ActionRole);
    m_export = buttons->addButton(tr("Save agreement as P&DF…"), QDialogButtonBox::ActionRole);
    m_print->setEnabled(false);
    m_export->setEnabled(false);
    connect(m_print, &QPushButton::clicked, this, &PlanDialog::printAgreement);
    connect(m_export, &QPushButton::clicked, this, &PlanDialog::chooseExportPath);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    refreshChart();
    resize(1360, 860);
    m_editors[0]->methodBox()->setFocus();
}

void PlanDialog::refreshChart()
{
    if (!m_chart)
        return;
    std::vector<BalanceChart::Line> lines;
    for (PlanEditor* editor : m_editors)
        lines.push_back({editor->title(), editor->schedule()});
    m_chart->setPlans(lines, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc()).date(),
                      m_account.position.balanceMinor(), m_account.currency);
}

void PlanDialog::accept(int index)
{
    PlanEditor* editor = m_editors[static_cast<std::size_t>(index)];
    if (!editor->terms() || !editor->schedule())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Accept plan"),
        tr("Record %1 for this account? Its instalments become promises the queue follows.\n\n%2")
            .arg(editor->title(), editor->summary()));
    if (answer != QMessageBox::Yes)
        return;
    PlanAcceptance acceptance;
    acceptance.accountId = m_account.accountId;
    acceptance.terms = *editor->terms();
    acceptance.balanceOwedMinor = m_account.position.balanceMinor();
    acceptance.affordability = editor->affordability();
    acceptance.by = m_user;
    acceptance.atMs = m_clock.nowMs();
    auto planId = acceptPlan(m_profile->database(), m_profile->profileId(), acceptance);
    if (!planId) {
        m_status->setText(planId.error().detail);
        QMessageBox::warning(this, tr("Plan not recorded"), planId.error().detail);
        return;
    }
    auto facts = accountFacts(m_profile->database(), m_account.accountId);
    AgreementData agreement;
    agreement.planId = planId.value().toString();
    agreement.creditorName = m_account.creditorName;
    agreement.reference = m_account.reference;
    agreement.debtorName = m_account.debtorName;
    agreement.terms = *editor->terms();
    agreement.schedule = *editor->schedule();
    agreement.agreedOn = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc()).date();
    agreement.graceDays = facts ? facts.value().graceDays : 0;
    m_agreementHtml = agreementHtml(agreement, m_account.language);
    for (PlanEditor* e : m_editors)
        e->acceptButton()->setEnabled(false);
    m_print->setEnabled(true);
    m_export->setEnabled(true);
    m_status->setText(
        tr("%1 is recorded. Print the agreement or save it as a PDF for the debtor.").arg(editor->title()));
    m_export->setFocus();
}

Status PlanDialog::exportAgreement(const QString& path)
{
    if (m_agreementHtml.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("accept a plan first"));
    // The agreement carries the debtor's name: writing it out is recorded like any export, first.
    if (auto done = recordAudit(*m_profile, m_user.login, QStringLiteral("plan_agreement_exported"), {},
                                QStringLiteral("account"), m_account.accountId.toString());
        !done)
        return done;
    return writeAgreementPdf(m_agreementHtml, path);
}

void PlanDialog::chooseExportPath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save agreement as PDF"),
                                                      m_account.reference + QStringLiteral("-plan.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto done = exportAgreement(path); !done)
        QMessageBox::warning(this, tr("Agreement not saved"), done.error().detail);
    else
        m_status->setText(tr("The agreement is saved."));
}

void PlanDialog::printAgreement()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Recorded first: an agreement with the debtor's name is not printed unrecorded.
    if (auto done = recordAudit(*m_profile, m_user.login, QStringLiteral("plan_agreement_printed"), {},
                                QStringLiteral("account"), m_account.accountId.toString());
        !done) {
        QMessageBox::warning(this, tr("Agreement not printed"), errorAdvice(done.error().code));
        return;
    }
    paintAgreement(m_agreementHtml, printer);
}

} // namespace collector::ui
