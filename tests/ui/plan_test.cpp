// The plan panel on a real store: three plans side by side recomputed as the collector types, the creditor's
// guardrails shown next to the field with the rule, the budget checked, and an accepted plan written as its
// instalments' promises (audited), with the agreement saved as a PDF in the debtor's language.
#include "plan/balancechart.h"
#include "plan/budgetform.h"
#include "plan/planagreement.h"
#include "plan/plandialog.h"
#include "plan/planeditor.h"
#include "views/accounthistory.h"
#include "views/accountworkspace.h"
#include "workspace/planacceptance.h"
#include "workspacefixture.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTranslator>

using namespace collector;
using namespace collector::test;

namespace {

bool anyVisibleLabelContains(QWidget& root, const QString& text)
{
    for (QLabel* label : root.findChildren<QLabel*>())
        if (label->isVisible() && label->text().contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("Plan panel: side-by-side plans, guardrails by the field, accepted as promises, agreement as PDF",
          "[plan][workspace]")
{
    WorkspaceFixture f(QDateTime(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc()));
    Database& db = f.profile->database();
    // The creditor's rules: instalments of at least 300.00, at most 12 of them, 10 % discount for a
    // collector.
    REQUIRE(db.exec("UPDATE creditor SET plan_rules = '{\"min_instalment\": \"300.00\", \"max_term\": 12, "
                    "\"max_discount_percent\": {\"collector\": 10, \"lead\": 20, \"admin\": 40}}'"));
    ui::MainWindow& window = *f.window;
    REQUIRE(window.openAccount(QStringLiteral("R-1")));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    auto* dialog = qobject_cast<ui::PlanDialog*>(QApplication::activeModalWidget());
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));

    // Plan A: 6 interest-free instalments of 833.33, the last 833.35 (5,000.00 in all).
    ui::PlanEditor* a = dialog->editor(0);
    REQUIRE(a->schedule().has_value());
    REQUIRE(a->schedule()->lines.size() == 6);
    CHECK(a->schedule()->lines.front().paymentMinor == 83333);
    CHECK(a->schedule()->lines.back().paymentMinor == 83335);
    CHECK(a->schedule()->totalPaymentMinor == 500000);
    CHECK(a->table()->rowCount() == 6);
    CHECK(a->acceptButton()->isEnabled());
    CHECK(dialog->chart()->seriesCount() == 3);

    // Plan B: 24 instalments break both the term and the minimum instalment; the rules are named by the
    // field.
    ui::PlanEditor* b = dialog->editor(1);
    b->termBox()->setValue(24);
    CHECK_FALSE(b->acceptButton()->isEnabled());
    CHECK(anyVisibleLabelContains(*b, QStringLiteral("rule maximum_term")));
    CHECK(anyVisibleLabelContains(*b, QStringLiteral("rule minimum_instalment")));
    // Plan C: a settlement at 4,000.00 is a 20 % discount, more than a collector may give.
    ui::PlanEditor* c = dialog->editor(2);
    CHECK(c->settlementEdit()->isEnabled());
    CHECK_FALSE(a->settlementEdit()->isEnabled()); // only a settlement asks for the amount
    c->settlementEdit()->setText(QStringLiteral("4,000.00"));
    CHECK_FALSE(c->acceptButton()->isEnabled());
    CHECK(anyVisibleLabelContains(*c, QStringLiteral("rule maximum_discount")));
    c->settlementEdit()->setText(QStringLiteral("4,500.00"));
    CHECK(c->acceptButton()->isEnabled());

    // A budget with 700.00 a month to spare cannot carry plan A's 833.33.
    ui::BudgetForm* budget = dialog->budgetForm();
    QTest::keyClicks(budget->field(QStringLiteral("salary")), QStringLiteral("6,000"));
    QTest::keyClicks(budget->field(QStringLiteral("housing")), QStringLiteral("3,300"));
    QTest::keyClicks(budget->field(QStringLiteral("food")), QStringLiteral("2,000"));
    CHECK(anyVisibleLabelContains(*budget, QStringLiteral("700.00 CNY")));
    CHECK_FALSE(a->acceptButton()->isEnabled());
    CHECK(anyVisibleLabelContains(*a, QStringLiteral("rule affordability")));
    // Eight instalments of 625.00 fit.
    a->termBox()->setValue(8);
    REQUIRE(a->acceptButton()->isEnabled());
    test::saveScreenshot(*dialog, QStringLiteral("plan-panel"));
    // Every field has room: nothing is squeezed away when the rules and the budget add their messages.
    CHECK(c->settlementEdit()->height() >= c->settlementEdit()->minimumSizeHint().height());

    // Accept plan A (confirming with Enter): eight promises, one plan, one audit entry.
    QTimer::singleShot(0, dialog, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier);
        if (QApplication::activeModalWidget() == box)
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(a->acceptButton(), Qt::LeftButton);
    CHECK(db.queryInt("SELECT count(*) FROM plan").value() == 1);
    CHECK(db.queryInt("SELECT count(*) FROM plan_instalment").value() == 8);
    CHECK(db.queryText(
                "SELECT group_concat(amount_minor || '@' || due_on, ' ') FROM "
                "(SELECT amount_minor, due_on FROM promise WHERE plan_id IS NOT NULL ORDER BY instalment_no)")
              .value() ==
          QLatin1String("62500@2026-04-10 62500@2026-05-10 62500@2026-06-10 62500@2026-07-10 "
                        "62500@2026-08-10 62500@2026-09-10 62500@2026-10-10 62500@2026-11-10"));
    CHECK(db.queryText("SELECT actor FROM audit_entry WHERE action = 'plan_accepted'").value() ==
          QLatin1String("amy"));
    CHECK_FALSE(a->acceptButton()->isEnabled()); // one plan per conversation

    // The agreement is in the debtor's language (zh_CN) while the workstation speaks English.
    CHECK(dialog->agreement().contains(QStringLiteral("还款计划协议")));
    CHECK(dialog->agreement().contains(QStringLiteral("张伟")));
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("R-1-plan.pdf"));
    REQUIRE(dialog->exportAgreement(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'plan_agreement_exported'").value() ==
          1);
    if (const QString dir = qEnvironmentVariable("COLLECTOR_TEST_SCREENSHOTS"); !dir.isEmpty())
        QFile::copy(pdf, QDir(dir).filePath(QStringLiteral("plan-agreement.pdf")));
    // A second plan while this one runs is refused in core, whatever the screen allows.
    PlanAcceptance again;
    again.accountId = window.accountWorkspace()->account().accountId;
    again.terms = *c->terms();
    again.balanceOwedMinor = 500000;
    again.by = *window.signedInUser();
    again.atMs = f.clock.nowMs();
    auto refused = acceptPlan(db, f.profile->profileId(), again);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().detail.contains(QLatin1String("already has a plan")));
    dialog->reject();
    QCoreApplication::processEvents();

    // The account shows the plan's instalments as promises, and the plan on its timeline.
    ui::AccountHistory* history = window.accountWorkspace()->history();
    REQUIRE(history->promiseTable()->rowCount() == 8);
    CHECK(history->promiseTable()->item(0, 0)->text() == QLatin1String("2026-04-10"));
    CHECK(history->promiseTable()->item(0, 1)->text() == QLatin1String("625.00 CNY"));
    CHECK(history->promiseTable()->item(0, 3)->text() == QLatin1String("open"));
    CHECK(history->promiseTable()->item(7, 4)->text() == QLatin1String("plan, instalment 8"));
    history->setFilter(TimelineKind::Plan);
    REQUIRE(history->timelineTable()->rowCount() == 1);
    CHECK(
        history->timelineTable()->item(0, 1)->text().startsWith(QLatin1String("Plan agreed: 8 instalment")));
    CHECK(history->timelineTable()->item(0, 1)->text().contains(
        QLatin1String("5000.00 CNY in all, until 2026-11-10")));
}

TEST_CASE("Plan panel in Chinese, and the agreement in English for an English-speaking debtor", "[plan]")
{
    WorkspaceFixture f(QDateTime(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc()));
    REQUIRE(f.window->openAccount(QStringLiteral("R-1")));
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/collector_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    {
        AccountView view = f.window->accountWorkspace()->account();
        ui::PlanDialog dialog(f.profile, view, *f.window->signedInUser(), f.clock, f.window.get());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        dialog.editor(1)->termBox()->setValue(60); // past the default 36-instalment limit
        CHECK(anyVisibleLabelContains(*dialog.editor(1), QStringLiteral("债权人最多允许 36 期")));
        CHECK(dialog.editor(0)->title() == QStringLiteral("方案 A"));
        test::saveScreenshot(dialog, QStringLiteral("plan-panel-zh_CN"));
    }
    QCoreApplication::removeTranslator(&translator);

    ui::AgreementData data;
    data.planId = QStringLiteral("plan-1");
    data.creditorName = QStringLiteral("Acme Lending");
    data.reference = QStringLiteral("R-9");
    data.debtorName = QStringLiteral("Mary Smith");
    data.terms.currency = Currency::fromCode(QStringLiteral("USD")).value();
    data.terms.method = PlanMethod::EqualInstalment;
    data.graceDays = 5;
    data.schedule.lines.push_back({1, QDate(2026, 4, 1), 10000, 9500, 500, 0, 0});
    data.schedule.totalPaymentMinor = 10000;
    data.schedule.totalInterestMinor = 500;
    const QString english = ui::agreementHtml(data, QStringLiteral("en"));
    CHECK(english.contains(QLatin1String("Repayment plan agreement")));
    CHECK(english.contains(QLatin1String("more than 5 days late")));
    CHECK(english.contains(QLatin1String("100.00 USD")));
    CHECK(english.contains(QLatin1String("equal instalments")));
    CHECK_FALSE(english.contains(QStringLiteral("还款")));
}
