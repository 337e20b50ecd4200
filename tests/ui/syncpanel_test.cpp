// The sync panel and the status bar's sync line, without a hub: enrolment refused with a reason a person can
// act on, what the hub refused listed, and an unreachable hub shown as offline with the retry time. (The full
// round trip through a real hub is in tests/integration.)
#include "sync/synccontroller.h"
#include "sync/syncpanel.h"
#include "workspacefixture.h"

#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTranslator>
#include <catch2/catch_test_macros.hpp>

using namespace collector;
using namespace collector::test;

namespace {

QString statusText(ui::MainWindow& window)
{
    QStringList parts;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
        parts << label->text();
    return parts.join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("Sync panel: enrolment, refused changes, and an unreachable hub in the status bar", "[ui][sync]")
{
    WorkspaceFixture f(QDateTime(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc()));
    ui::MainWindow& window = *f.window;
    Database& db = f.profile->database();
    REQUIRE(window.syncController());
    // Nobody enrolled this workstation: the first sync says so without touching the network.
    window.syncController()->syncNow();
    REQUIRE(waitUntil([&] { return !window.syncController()->isRunning(); }));
    CHECK(statusText(window).contains(QStringLiteral("Sync: not enrolled")));
    // The capture triggers put the fixture's records in the outbox: the status bar counts them.
    CHECK(statusText(window).contains(QStringLiteral("to send")));

    QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(waitUntil([&] { return window.findChild<ui::SyncPanel*>() != nullptr; }));
    auto* panel = window.findChild<ui::SyncPanel*>();
    REQUIRE(panel->isVisible());
    CHECK(panel->hubEdit()->isVisible());
    CHECK_FALSE(panel->tabs()->isTabEnabled(2)); // no role from a hub yet: no conflict inbox

    panel->hubEdit()->setText(QStringLiteral("http://hub.example"));
    panel->enrol();
    CHECK(panel->enrolError()->text().contains(QStringLiteral("https://")));
    panel->hubEdit()->setText(QStringLiteral("https://127.0.0.1:9"));
    panel->caEdit()->setText(QStringLiteral("/nonexistent/ca.pem"));
    panel->enrol();
    CHECK(panel->enrolError()->text().contains(QStringLiteral("CA certificate cannot be read")));

    // What the hub refused, with its reason, and nothing about the record's contents.
    REQUIRE(
        db.exec(
              "INSERT INTO sync_rejection (op_id, kind, record_key, status, reason, at_ms) VALUES"
              " (randomblob(16), 'contact_attempt', 'k1', 'rejected', 'account is not assigned to you or your"
              " team', 1790000000000),"
              " (randomblob(16), 'audit_entry', 'k2', 'quarantined', 'audit entry does not continue the "
              "chain',"
              " 1790000001000)")
            .ok());
    panel->refresh();
    REQUIRE(panel->refusedTable()->rowCount() == 2);
    CHECK(panel->refusedTable()->item(0, 2)->text() == QStringLiteral("held for an administrator"));
    CHECK(panel->refusedTable()->item(1, 3)->text() ==
          QStringLiteral("account is not assigned to you or your team"));
    CHECK(panel->tabs()->tabText(1).contains(QStringLiteral("(2)")));
    panel->tabs()->setCurrentIndex(1);
    saveScreenshot(*panel, QStringLiteral("sync-panel-refused"));
    panel->tabs()->setCurrentIndex(0);
    saveScreenshot(*panel, QStringLiteral("sync-panel-enrol"));

    // Enrolled with a hub that is not there: offline, with the first retry a minute away.
    REQUIRE(
        db.exec("INSERT INTO sync_state (key, value) VALUES ('hub', 'https://127.0.0.1:9'), ('token', 't'),"
                " ('role', 'collector'), ('ca_pem', '')")
            .ok());
    window.syncController()->syncNow();
    REQUIRE(waitUntil([&] { return !window.syncController()->isRunning(); }, 40000));
    CHECK(window.syncController()->lastFailure() == SyncFailure::Offline);
    CHECK(statusText(window).contains(QStringLiteral("Sync: Offline — retry in 1 min")));
    const qint64 waitMs = QDateTime::currentDateTime().msecsTo(window.syncController()->nextAttempt());
    CHECK(waitMs > 50'000);
    CHECK(waitMs <= 60'000);
    panel->refresh();
    CHECK_FALSE(panel->hubEdit()->isVisible());
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("Offline")));
    saveScreenshot(window, QStringLiteral("sync-status-offline"));

    // In Chinese too.
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/collector_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    ui::SyncPanel chinese(db, window.syncController(), {}, &window);
    chinese.show();
    CHECK(chinese.windowTitle() == QStringLiteral("同步"));
    saveScreenshot(chinese, QStringLiteral("sync-panel-zh_CN"));
    QCoreApplication::removeTranslator(&translator);
}
