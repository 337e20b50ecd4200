// The account workspace on a real encrypted store: personal data is masked until revealed, every reveal is
// audited before the value shows (with no personal data in the entry), a lock masks it again, and each
// contact point carries the gate's answer, which changes when the debtor's contact hours open.
#include "audit/auditlog.h"
#include "dialogs/contactlogdialog.h"
#include "dialogs/overridedialog.h"
#include "session/clock.h"
#include "store/database.h"
#include "store/domainwriter.h"
#include "uitestsupport.h"
#include "users/users.h"
#include "views/accounthistory.h"
#include "views/accountworkspace.h"
#include "views/mainwindow.h"
#include "views/queuefilterbar.h"
#include "views/queuemodel.h"
#include "views/scriptpanel.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <functional>

using namespace collector;
using namespace collector::test;

TEST_CASE("Account workspace: masked until revealed, reveals audited, the gate beside each number",
          "[workspace]")
{
    // Monday 2026-03-09 22:30 in Shanghai: after the 22:00 limit.
    WorkspaceFixture f(QDateTime(QDate(2026, 3, 9), QTime(14, 30), QTimeZone::utc()));
    ui::MainWindow& window = *f.window;
    ManualClock& clock = f.clock;
    auto& profile = f.profile;
    CHECK_FALSE(window.openAccount(QStringLiteral("NOPE")));
    REQUIRE(window.openAccount(QStringLiteral("R-1")));

    ui::AccountWorkspace* ws = window.accountWorkspace();
    CHECK_FALSE(anyLabelContains(window, QStringLiteral("张伟")));
    CHECK(anyLabelContains(window, QStringLiteral("张*")));
    CHECK_FALSE(anyLabelContains(window, QStringLiteral("11010519491231002X")));
    auto* table = ws->findChild<QTableWidget*>();
    REQUIRE(table != nullptr);
    REQUIRE(table->rowCount() == 1);
    CHECK_FALSE(table->item(0, 1)->text().contains(QLatin1String("12345678")));
    CHECK(table->item(0, 4)->text().contains(QLatin1String("cn.hours")));
    CHECK(anyLabelContains(window, QStringLiteral("cn.hours")));
    test::saveScreenshot(window, QStringLiteral("workspace-blocked"));

    // Reveal the name: audited first, then shown.
    QPushButton* revealName = nullptr;
    for (QPushButton* b : ws->findChildren<QPushButton*>())
        if (b->text() == QLatin1String("Reveal") && !revealName)
            revealName = b;
    REQUIRE(revealName != nullptr);
    QTest::mouseClick(revealName, Qt::LeftButton);
    CHECK(ws->isRevealed(QStringLiteral("name"), -1));
    CHECK(anyLabelContains(window, QStringLiteral("张伟")));
    Database& db = profile->database();
    CHECK(db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'reveal'").value() == 1);
    const QString detail = db.queryText("SELECT detail FROM audit_entry WHERE action = 'reveal'").value();
    CHECK(detail.contains(QLatin1String("\"field\":\"name\"")));
    CHECK_FALSE(detail.contains(QStringLiteral("张")));

    // Reveal the number, by keyboard selection and the button.
    table->setCurrentCell(0, 0);
    for (QPushButton* b : ws->findChildren<QPushButton*>())
        if (b->text() == QLatin1String("Reveal contact"))
            QTest::mouseClick(b, Qt::LeftButton);
    CHECK(table->item(0, 1)->text() == QLatin1String("+8613812345678"));
    CHECK(db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'reveal'").value() == 2);

    // 08:30 the next morning: contact is allowed until 22:00.
    clock.setMs(QDateTime(QDate(2026, 3, 10), QTime(0, 30), QTimeZone::utc()).toMSecsSinceEpoch());
    window.refreshAccount();
    CHECK(table->item(0, 4)->text().startsWith(QLatin1String("Allowed until")));
    test::saveScreenshot(window, QStringLiteral("workspace-allowed"));

    // A lock masks everything again.
    window.lock();
    CHECK_FALSE(ws->isRevealed(QStringLiteral("name"), -1));
    CHECK_FALSE(ws->isRevealed(QStringLiteral("contact"), 0));
    CHECK_FALSE(anyLabelContains(window, QStringLiteral("张伟")));
}

TEST_CASE("Logging by keyboard: the gate refuses a blocked call, a promise and a dispute are saved",
          "[workspace]")
{
    // 23:00 in Shanghai.
    WorkspaceFixture f(QDateTime(QDate(2026, 3, 9), QTime(15, 0), QTimeZone::utc()));
    ui::MainWindow& window = *f.window;
    ManualClock& clock = f.clock;
    auto& profile = f.profile;
    REQUIRE(window.openAccount(QStringLiteral("R-1")));
    Database& db = profile->database();

    // Blocked: the collector is told why and until when; nothing is logged.
    QString refusal;
    pressCtrlReturn(window, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        refusal = box->text() + QLatin1Char(' ') + box->informativeText();
        test::saveScreenshot(*box, QStringLiteral("log-refused"));
        QTest::keyClick(box, Qt::Key_Escape);
    });
    CHECK(refusal.contains(QLatin1String("08:00-22:00")));
    CHECK(refusal.contains(QLatin1String("cn.hours")));
    CHECK(db.queryInt("SELECT count(*) FROM contact_attempt").value() == 0);

    // 10:00 the next morning: 7 (promise), the amount, Ctrl+Return.
    clock.setMs(QDateTime(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    pressCtrlReturn(window, [&] {
        auto* dialog = qobject_cast<ui::ContactLogDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_7);
        CHECK(dialog->outcome() == Outcome::PromiseToPay);
        auto* amount = dialog->findChildren<QLineEdit*>().value(0);
        REQUIRE(amount != nullptr);
        QTest::keyClicks(amount, QStringLiteral("1,250.50"));
        test::saveScreenshot(*dialog, QStringLiteral("log-promise"));
        QTest::keyClick(amount, Qt::Key_Return, Qt::ControlModifier);
    });
    CHECK(db.queryText("SELECT outcome || ' ' || direction FROM contact_attempt").value() ==
          QLatin1String("promise_to_pay outbound"));
    CHECK(db.queryText("SELECT amount_minor || ' ' || currency || ' ' || due_on FROM promise").value() ==
          QLatin1String("125050 CNY 2026-03-17"));

    // 9 (dispute): the stop event blocks the next call, and the workspace shows the badge.
    pressCtrlReturn(window, [&] {
        auto* dialog = qobject_cast<ui::ContactLogDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_9);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    });
    CHECK(db.queryInt("SELECT count(*) FROM stop_event WHERE kind = 'dispute'").value() == 1);
    CHECK(anyLabelContains(window, QStringLiteral("Dispute")));
    auto* table = window.accountWorkspace()->findChild<QTableWidget*>();
    REQUIRE(table != nullptr);
    CHECK(table->item(0, 4)->text().contains(QLatin1String("cn.stop")));
    test::saveScreenshot(window, QStringLiteral("workspace-disputed"));

    // The timeline, newest first: the dispute's stop event and its call, the promise call, the promise.
    ui::AccountHistory* history = window.accountWorkspace()->history();
    QStringList lines;
    for (int row = 0; row < history->timelineTable()->rowCount(); ++row)
        lines << history->timelineTable()->item(row, 1)->text();
    CHECK(lines.contains(QStringLiteral("Dispute recorded")));
    CHECK(lines.contains(QStringLiteral("Call · Disputes the debt")));
    CHECK(lines.contains(QStringLiteral("Call · Promise to pay")));
    CHECK(lines.contains(QStringLiteral("Promise of 1250.50 CNY due 2026-03-17 · open")));
    CHECK(lines.contains(QStringLiteral("Placed with us: 5000.00 CNY")));
    CHECK(lines.indexOf(QStringLiteral("Call · Disputes the debt")) <
          lines.indexOf(QStringLiteral("Call · Promise to pay")));
    history->setFilter(TimelineKind::Contact);
    CHECK(history->timelineTable()->rowCount() == 2);
    CHECK(history->promiseTable()->rowCount() == 1);
}

TEST_CASE("The script follows the account's stage and language, holds at checkpoints, pre-fills the log",
          "[workspace]")
{
    WorkspaceFixture f(QDateTime(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc()));
    ui::MainWindow& window = *f.window;
    REQUIRE(window.openAccount(QStringLiteral("R-1")));
    ui::ScriptPanel* panel = window.scriptPanel();
    REQUIRE(panel->isRunning());
    CHECK(panel->run()->current().id == QLatin1String("greet"));
    CHECK(panel->run()->text().contains(QStringLiteral("张*"))); // masked like the card
    CHECK_FALSE(panel->run()->text().contains(QStringLiteral("张伟")));

    panel->setFocus();
    QTest::keyClick(panel, Qt::Key_1); // it is the debtor
    CHECK(panel->run()->current().id == QLatin1String("identify"));
    QTest::keyClick(panel, Qt::Key_Return); // not yet: identity is not ticked
    CHECK(panel->run()->current().id == QLatin1String("identify"));
    QTest::keyClick(panel, Qt::Key_Space);
    QTest::keyClick(panel, Qt::Key_Return);
    CHECK(panel->run()->current().id == QLatin1String("disclose"));
    CHECK(panel->run()->text().contains(QStringLiteral("恒信消费金融")));
    QTest::keyClick(panel, Qt::Key_Space);
    QTest::keyClick(panel, Qt::Key_Return);
    REQUIRE(panel->run()->current().id == QLatin1String("ask"));
    test::saveScreenshot(window, QStringLiteral("script-ask"));
    QTest::keyClick(panel, Qt::Key_1); // will pay
    QTest::keyClick(panel, Qt::Key_Space);
    QTest::keyClick(panel, Qt::Key_Return);
    REQUIRE(panel->run()->finished());
    CHECK(panel->run()->outcome() == Outcome::PromiseToPay);

    // The log opens with the script's outcome chosen.
    std::optional<Outcome> offered;
    pressCtrlReturn(window, [&] {
        auto* dialog = qobject_cast<ui::ContactLogDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        offered = dialog->outcome();
        dialog->reject();
    });
    CHECK(offered == Outcome::PromiseToPay);
}

TEST_CASE("The queue: a model that passes Qt's checks, opened for a collector, worked with Ctrl+N",
          "[workspace][queue]")
{
    WorkspaceFixture f(QDateTime(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc()));
    ui::MainWindow& window = *f.window;
    Database& db = f.profile->database();
    // Amy's own queue opened when the window did; she cannot open bob's, nor a login nobody has.
    CHECK(db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'queue_opened' AND actor = 'amy'")
              .value() == 1);
    CHECK_FALSE(window.openQueueFor(QStringLiteral("nobody")));
    CHECK_FALSE(window.openQueueFor(QStringLiteral("bob")));
    REQUIRE(window.openQueueFor(QStringLiteral("amy")));
    ui::QueueModel* model = window.queueModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // One account, under the "Due now" header row.
    REQUIRE(model->rowCount() == 2);
    CHECK(model->accountCount() == 1);
    CHECK(model->data(model->index(0, 0), ui::QueueModel::HeaderRole).toBool());
    CHECK(model->data(model->index(0, 0)).toString().startsWith(QLatin1String("Due now")));
    CHECK(model->data(model->index(1, ui::QueueModel::ReferenceColumn)).toString() == QLatin1String("R-1"));
    CHECK_FALSE(model->data(model->index(1, ui::QueueModel::GroupColumn)).toString().isEmpty());
    CHECK(model->data(model->index(1, ui::QueueModel::DpdColumn), ui::QueueModel::SortRole).toInt() == 0);
    CHECK(model->data(model->index(1, 0), Qt::ToolTipRole).toString().contains(QLatin1String("Balance")));

    // Ctrl+N opens the first account, and at the end says so.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CHECK(window.accountWorkspace()->account().reference == QLatin1String("R-1"));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CHECK(window.statusBar()->currentMessage().contains(QLatin1String("end of the queue")));
    CHECK(db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'queue_opened'").value() == 2);
    test::saveScreenshot(window, QStringLiteral("queue-open"));

    // The filter narrows by reference and by group; the status bar counts down to the idle lock.
    ui::QueueModel* filter = model;
    filter->setText(QStringLiteral("r-1"));
    CHECK(filter->accountCount() == 1);
    filter->setText(QStringLiteral("NOPE"));
    CHECK(filter->accountCount() == 0);
    filter->setText(QString());
    filter->setGroup(QueueGroup::NotNow);
    CHECK(filter->accountCount() == 0); // 10:00 in Shanghai: R-1 may be called
    filter->setGroup(std::nullopt);
    REQUIRE(filter->accountCount() == 1);
    CHECK(filter->entry(1)->reference == QLatin1String("R-1"));
    CHECK(window.lockLabel()->text() == QLatin1String("Locks in 10 min"));

    // The filter bar: stage, DPD bucket, last outcome, promise state; a name or number finds the account.
    auto* bar = window.findChild<ui::QueueFilterBar*>();
    REQUIRE(bar != nullptr);
    bar->stageBox()->setCurrentIndex(bar->stageBox()->findText(QStringLiteral("Late")));
    CHECK(filter->accountCount() == 0); // R-1 is early
    bar->stageBox()->setCurrentIndex(bar->stageBox()->findText(QStringLiteral("Early")));
    CHECK(filter->accountCount() == 1);
    bar->dpdBox()->setCurrentIndex(bar->dpdBox()->findText(QStringLiteral("Not past due")));
    CHECK(filter->accountCount() == 1);
    bar->dpdBox()->setCurrentIndex(bar->dpdBox()->findText(QStringLiteral("DPD 1–30")));
    CHECK(filter->accountCount() == 0);
    bar->dpdBox()->setCurrentIndex(0);
    bar->outcomeBox()->setCurrentIndex(bar->outcomeBox()->findText(QStringLiteral("Never contacted")));
    CHECK(filter->accountCount() == 1);
    bar->outcomeBox()->setCurrentIndex(bar->outcomeBox()->findText(QStringLiteral("No answer")));
    CHECK(filter->accountCount() == 0);
    bar->outcomeBox()->setCurrentIndex(0);
    bar->promiseBox()->setCurrentIndex(bar->promiseBox()->findText(QStringLiteral("Promise open")));
    CHECK(filter->accountCount() == 0);
    bar->promiseBox()->setCurrentIndex(bar->promiseBox()->findText(QStringLiteral("No promise")));
    CHECK(filter->accountCount() == 1);
    bar->promiseBox()->setCurrentIndex(0);
    bar->stageBox()->setCurrentIndex(0);
    bar->searchBox()->insert(
        QStringLiteral("张伟"));        // as an input method commits it (keyClicks is ASCII only)
    CHECK(filter->accountCount() == 0); // not a reference: the store search answers after a pause
    CHECK(test::waitUntil([&] { return filter->accountCount() == 1; }, 3000));
    bar->searchBox()->clear();
    QTest::keyClicks(bar->searchBox(), QStringLiteral("1234 5678"));
    CHECK(test::waitUntil([&] { return filter->accountCount() == 1; }, 3000));
    bar->searchBox()->clear();
    QTest::keyClicks(bar->searchBox(), QStringLiteral("9999 0000"));
    QTest::qWait(400);
    CHECK(filter->accountCount() == 0);
}

TEST_CASE("A queue with many places to work out is ranked in the background, the old places on screen",
          "[workspace][queue]")
{
    WorkspaceFixture f(QDateTime(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc()));
    ui::MainWindow& window = *f.window;
    window.setRankInBackgroundFrom(1); // every ranking counts as large
    // A call logged elsewhere marks the account: its place must be worked out again.
    REQUIRE(f.profile->database().exec(
        "INSERT INTO contact_attempt (id, account_id, debtor_id, channel, direction, at_ms, outcome, "
        "right_party) "
        "SELECT randomblob(16), a.id, p.debtor_id, 'call', 'outbound', 1773100000000, 'no_answer', 0 "
        "FROM account a JOIN account_party p ON p.account_id = a.id AND p.role = 'debtor'"));
    REQUIRE(window.openQueueFor(QStringLiteral("amy")));
    CHECK(window.isRankingQueue());
    REQUIRE(test::waitUntil([&] { return !window.isRankingQueue(); }, 10000));
    ui::QueueModel* model = window.queueModel();
    CHECK(model->accountCount() == 1);
    CHECK(model->entry(1)->lastOutcome == QLatin1String("no_answer"));
}

TEST_CASE("A lead overrides a block with a written reason; a collector cannot; other teams' work stays shut",
          "[workspace][override]")
{
    // 10:00 in Shanghai, the debtor disputes the debt: cn.stop blocks calls, and a lead may lift it.
    const QDateTime late(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc());
    auto dispute = [](Database& db) {
        auto debtor = db.prepare("SELECT id FROM debtor");
        REQUIRE(debtor);
        REQUIRE(debtor.value().step().value());
        StopEvent stop;
        stop.id = Id::generate(0);
        stop.debtorId = Id::fromBytes(debtor.value().blob(0));
        stop.kind = StopKind::Dispute;
        stop.startsOn = QDate(2026, 3, 1);
        REQUIRE(DomainWriter(db).write(stop));
    };
    {
        WorkspaceFixture f(late, QStringLiteral("amy"));
        dispute(f.profile->database());
        REQUIRE(f.window->signedInUser().has_value());
        REQUIRE(f.window->openAccount(QStringLiteral("R-1")));
        QStringList buttons;
        QString info;
        pressCtrlReturn(*f.window, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box != nullptr);
            for (QAbstractButton* b : box->buttons())
                buttons << b->text();
            info = box->informativeText();
            QTest::keyClick(box, Qt::Key_Escape);
        });
        CHECK_FALSE(buttons.contains(QStringLiteral("Override…")));
        CHECK(info.contains(QLatin1String("team lead may lift this block")));
        CHECK(f.profile->database().queryInt("SELECT count(*) FROM compliance_override").value() == 0);
    }
    {
        WorkspaceFixture f(late, QStringLiteral("bob")); // West team: R-1 is East's
        CHECK_FALSE(f.window->openAccount(QStringLiteral("R-1")));
        CHECK(f.window->statusBar()->currentMessage().contains(QLatin1String("assigned outside your work")));
        CHECK(f.window->accountWorkspace()->account().accountId.isNull());
    }
    WorkspaceFixture f(late, QStringLiteral("lee"));
    ui::MainWindow& window = *f.window;
    Database& db = f.profile->database();
    dispute(db);
    REQUIRE(window.openAccount(QStringLiteral("R-1")));
    bool shortReasonRefused = false;
    pressCtrlReturn(window, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        test::saveScreenshot(*box, QStringLiteral("override-offered"));
        QAbstractButton* overrideButton = nullptr;
        for (QAbstractButton* b : box->buttons())
            if (b->text() == QStringLiteral("Override…"))
                overrideButton = b;
        REQUIRE(overrideButton != nullptr);
        // The override dialog, then (once it is granted) the contact log.
        QTimer::singleShot(0, box, [&] {
            auto* dialog = qobject_cast<ui::OverrideDialog*>(QApplication::activeModalWidget());
            REQUIRE(dialog != nullptr);
            QTest::keyClicks(dialog->focusWidget(), QStringLiteral("ok"));
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            shortReasonRefused = !ok->isEnabled();
            QTest::keyClicks(dialog->focusWidget(),
                             QStringLiteral(" - debtor asked us to call back after her night shift"));
            test::saveScreenshot(*dialog, QStringLiteral("override"));
            whenModal<ui::ContactLogDialog>(&window, [](ui::ContactLogDialog* log) {
                QTest::keyClick(log->focusWidget(), Qt::Key_1); // no answer
                QTest::keyClick(log->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            });
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        });
        QTest::mouseClick(overrideButton, Qt::LeftButton);
    });
    CHECK(shortReasonRefused);
    CHECK(db.queryText("SELECT lead || ' ' || rule_id FROM compliance_override").value() ==
          QLatin1String("lee cn.stop"));
    CHECK(db.queryText("SELECT actor FROM audit_entry WHERE action = 'override'").value() ==
          QLatin1String("lee"));
    CHECK(db.queryText("SELECT outcome || ' ' || direction FROM contact_attempt").value() ==
          QLatin1String("no_answer outbound"));
    // The audit entry holds the reason's hash, not its words.
    CHECK_FALSE(db.queryText("SELECT detail FROM audit_entry WHERE action = 'override'")
                    .value()
                    .contains(QLatin1String("night shift")));
}
