// A field day on a demo portfolio, under the offscreen platform: Field ▸ Plan field day shows the core's
// plan, prepares it on a workstation without a hub, writes the day sheet; the visit form, by keyboard,
// refuses a lone visit where two are required and saves a paid one with its receipt; English and Chinese
// screenshots and PDFs.
#include "field/dayplan.h"
#include "field/fielddaywindow.h"
#include "field/fieldprint.h"
#include "field/receipts.h"
#include "field/visitdialog.h"
#include "io/demogenerator.h"
#include "session/clock.h"
#include "store/statement.h"
#include "uitestsupport.h"
#include "users/users.h"
#include "views/mainwindow.h"
#include "workspacefixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <catch2/catch_test_macros.hpp>

using namespace collector;
using namespace collector::test;

namespace {

struct FieldWindow
{
    UiProfile fixture;
    std::shared_ptr<Profile> profile = fixture.create();
    // 10:00 in Beijing.
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(2, 0), QTimeZone::utc()).toMSecsSinceEpoch()};
    std::unique_ptr<ui::MainWindow> window;

    FieldWindow()
    {
        DemoOptions options;
        options.accounts = 240;
        options.seed = 5;
        options.asOf = QDate(2026, 11, 23);
        REQUIRE(generateDemoPortfolio(profile->database(), options).ok());
        REQUIRE(assignDeviceUser(profile->database(), profile->profileId(), clock.nowMs(),
                                 QStringLiteral("u00002")));
        window = std::make_unique<ui::MainWindow>(profile, clock);
        window->resize(1440, 900);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
};

QByteArray head(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(5);
}

qint64 count(Database& db, const QString& sql)
{
    auto n = db.queryInt(sql.toUtf8().constData());
    REQUIRE(n.ok());
    return n.value();
}

} // namespace

TEST_CASE("Field day: the core's plan on screen, prepared offline, the day sheet; a paid visit by keyboard",
          "[ui][field]")
{
    FieldWindow w;
    Database& db = w.profile->database();
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(waitUntil([&] { return w.window->findChild<ui::FieldDayWindow*>() != nullptr; }));
    auto* day = w.window->findChild<ui::FieldDayWindow*>();
    const FieldDayPlan& plan = day->plan();
    REQUIRE_FALSE(plan.visits.empty());

    // The same plan as the core makes for the collector and the day.
    FieldDayRequest request;
    request.collectorId = w.window->signedInUser()->id;
    request.day = QDate(2026, 11, 23);
    auto expected = planFieldDay(db, request);
    REQUIRE(expected.ok());
    REQUIRE(expected.value().visits.size() == plan.visits.size());
    for (std::size_t i = 0; i < plan.visits.size(); ++i) {
        CHECK(plan.visits[i].accountId == expected.value().visits[i].accountId);
        CHECK(plan.visits[i].plannedAt == expected.value().visits[i].plannedAt);
        CHECK(day->visitsTable()->item(static_cast<int>(i), 1)->text() == plan.visits[i].reference);
    }
    CHECK(day->visitsTable()->rowCount() == static_cast<int>(plan.visits.size()));
    CHECK(day->summaryLabel()->text().contains(QStringLiteral("%1 visit").arg(plan.visits.size())));
    saveScreenshot(*day, QStringLiteral("field-day"));

    // No hub here: preparing keeps the plan and checks the store alone.
    day->prepare();
    CHECK(day->readinessLabel()->text().startsWith(QStringLiteral("Ready for the field")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM field_stop WHERE day = '2026-11-23'")) ==
          static_cast<qint64>(plan.visits.size()));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'field_day_prepared'")) ==
          1);
    QTemporaryDir out;
    const QString sheet = out.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(day->exportDaySheet(sheet).ok());
    CHECK(head(sheet) == "%PDF-");
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'export' AND detail LIKE "
                                   "'%field_day_sheet%'")) == 1);
    // Masked on paper: no debtor's full address or name is in the sheet's text.
    const QString html = ui::daySheetHtml(plan, QStringLiteral("Collector"));
    auto names = db.prepare("SELECT d.full_name, cp.value FROM field_stop f JOIN contact_point cp"
                            " ON cp.id = f.address_id JOIN debtor d ON d.id = cp.debtor_id");
    REQUIRE(names.ok());
    REQUIRE(names.value()
                .forEachRow([&](const Statement& row) {
                    CHECK_FALSE(html.contains(row.text(0)));
                    CHECK_FALSE(html.contains(row.text(1)));
                })
                .ok());
    CHECK_FALSE(day->exportDaySheet(QStringLiteral("/nonexistent/dir/sheet.pdf")).ok());
    if (const QString shots = qEnvironmentVariable("COLLECTOR_TEST_SCREENSHOTS"); !shots.isEmpty())
        REQUIRE(day->exportDaySheet(QDir(shots).filePath(QStringLiteral("field-day-sheet.pdf"))).ok());

    // The first visit: Record visit opens the form on its address.
    day->visitsTable()->selectRow(0);
    const PlannedVisit first = plan.visits.front();
    Q_EMIT day->recordVisitRequested(first.accountId, first.addressId);
    REQUIRE(waitUntil([&] { return w.window->findChild<ui::VisitDialog*>() != nullptr; }));
    auto* visit = w.window->findChild<ui::VisitDialog*>();
    visit->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(visit));
    visit->setVisitTime(first.plannedAt);
    CHECK(visit->visitTime() == first.plannedAt);
    // Shown in the debtor's time.
    CHECK(visit->atEdit()->time() == first.plannedAt.toTimeZone(QTimeZone(first.timeZone.toUtf8())).time());
    if (first.staff == 2) {
        // Alone where the pack asks for two: the form says so and the visit is not saved.
        visit->companionBox()->setCurrentIndex(0);
        CHECK(visit->gateLabel()->text().contains(QStringLiteral("Not allowed")));
        visit->metBox()->setCurrentIndex(visit->metBox()->findData(static_cast<int>(VisitMet::Debtor)));
        visit->outcomeBox()->setCurrentIndex(
            visit->outcomeBox()->findData(static_cast<int>(Outcome::RightParty)));
        CHECK_FALSE(visit->save());
        CHECK(visit->resultLabel()->text().contains(QStringLiteral("cn.visit_staff")));
        visit->companionBox()->setCurrentIndex(1);
    }
    CHECK(visit->gateLabel()->text().startsWith(QStringLiteral("Allowed")));
    // By keyboard: who was met, the outcome, the payment.
    visit->metBox()->setFocus();
    visit->metBox()->setCurrentIndex(visit->metBox()->findData(static_cast<int>(VisitMet::Debtor)));
    visit->recordingBox()->setCurrentIndex(
        visit->recordingBox()->findData(static_cast<int>(VisitRecording::Refused)));
    visit->outcomeBox()->setCurrentIndex(
        visit->outcomeBox()->findData(static_cast<int>(Outcome::RightParty)));
    visit->paymentCheck()->setFocus();
    QTest::keyClick(visit->paymentCheck(), Qt::Key_Space);
    REQUIRE(visit->paymentCheck()->isChecked());
    visit->paymentAmount()->setFocus();
    QTest::keyClicks(visit->paymentAmount(), QStringLiteral("150.00"));
    saveScreenshot(*visit, QStringLiteral("field-visit"));
    QTest::keyClick(visit->paymentAmount(), Qt::Key_Return, Qt::ControlModifier);
    INFO(visit->resultLabel()->text().toStdString());
    INFO(visit->gateLabel()->text().toStdString());
    INFO(visit->companionBox()->currentText().toStdString());
    REQUIRE(visit->recorded().has_value());
    const QString receipt = visit->recorded()->receiptNumber;
    CHECK(receiptNumberValid(receipt));
    CHECK(visit->resultLabel()->text().contains(receipt));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM ledger_entry WHERE external_reference = '%1' AND "
                                   "amount_minor = 15000 AND source = 'field'")
                        .arg(receipt)) == 1);
    CHECK(count(db,
                QStringLiteral("SELECT count(*) FROM visit WHERE recording = 'refused' AND payment_id IS NOT "
                               "NULL")) == 1);
    const QString paper = out.filePath(QStringLiteral("receipt.pdf"));
    REQUIRE(visit->saveReceipt(paper).ok());
    CHECK(head(paper) == "%PDF-");
    if (const QString shots = qEnvironmentVariable("COLLECTOR_TEST_SCREENSHOTS"); !shots.isEmpty()) {
        REQUIRE(visit->saveReceipt(QDir(shots).filePath(QStringLiteral("field-receipt.pdf"))).ok());
        saveScreenshot(*visit, QStringLiteral("field-visit-saved"));
    }
    // Saved once: a second Ctrl+Return records nothing more.
    QTest::keyClick(visit->paymentAmount(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM ledger_entry WHERE source = 'field'")) == 1);

    // Chinese.
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/collector_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    ui::FieldDayWindow chinese(db, w.window->signedInUser().value(), QDate(2026, 11, 23), nullptr,
                               [](auto&&...) { return true; });
    chinese.show();
    CHECK(chinese.windowTitle() == QStringLiteral("外访日程"));
    saveScreenshot(chinese, QStringLiteral("field-day-zh_CN"));
    if (const QString shots = qEnvironmentVariable("COLLECTOR_TEST_SCREENSHOTS"); !shots.isEmpty())
        REQUIRE(
            chinese.exportDaySheet(QDir(shots).filePath(QStringLiteral("field-day-sheet-zh_CN.pdf"))).ok());
    // The receipt in Chinese, from the visit saved above.
    const QString chineseReceipt = out.filePath(QStringLiteral("receipt-zh_CN.pdf"));
    REQUIRE(visit->saveReceipt(chineseReceipt).ok());
    CHECK(head(chineseReceipt) == "%PDF-");
    CHECK(ui::receiptHtml({receipt, first.plannedAt, first.timeZone, first.reference, QString(), QString(),
                           Money(15000, first.currency), true, QStringLiteral("u00002"), QString()})
              .contains(QStringLiteral("收据")));
    if (const QString shots = qEnvironmentVariable("COLLECTOR_TEST_SCREENSHOTS"); !shots.isEmpty())
        REQUIRE(visit->saveReceipt(QDir(shots).filePath(QStringLiteral("field-receipt-zh_CN.pdf"))).ok());
    ui::VisitDialog form(db, w.profile->profileId(), w.window->signedInUser().value(), first.accountId,
                         first.addressId, first.plannedAt, [](auto&&...) { return true; });
    form.show();
    saveScreenshot(form, QStringLiteral("field-visit-zh_CN"));
    // Core's refusals reach the form in the collector's language.
    form.metBox()->setCurrentIndex(form.metBox()->findData(static_cast<int>(VisitMet::Nobody)));
    form.outcomeBox()->setCurrentIndex(form.outcomeBox()->findData(static_cast<int>(Outcome::RightParty)));
    CHECK_FALSE(form.save());
    CHECK(form.resultLabel()->text().contains(QStringLiteral("未见到任何人")));
    saveScreenshot(form, QStringLiteral("field-visit-refused-zh_CN"));
    QCoreApplication::removeTranslator(&translator);
}
