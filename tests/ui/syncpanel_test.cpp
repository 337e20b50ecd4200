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
#include <QUuid>
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

// Sync ▸ Work offline leased budgets (here written as the hub's pull would leave them): automatic syncs wait
// for the user, the status bar and the panel say so, and the gate lets the collector spend only the lease.
TEST_CASE("Working offline on contact budgets: the status bar says so, automatic syncs wait, the lease is "
          "spent",
          "[ui][sync][budget]")
{
    WorkspaceFixture f(QDateTime(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc())); // 10:00 in Shanghai
    ui::MainWindow& window = *f.window;
    Database& db = f.profile->database();
    const QUuid device = QUuid::createUuid();
    auto identity = db.prepare("INSERT INTO sync_state (key, value) VALUES ('hub', 'https://127.0.0.1:9'),"
                               " ('token', 't'), ('role', 'collector'), ('ca_pem', ''), ('device_id', ?)");
    REQUIRE(identity);
    identity.value().bind(1, device.toString(QUuid::WithoutBraces));
    REQUIRE(identity.value().run());
    // One connected call leased for today under GB/T 45251-2025's three a day, three unanswered to the
    // number.
    auto lease = db.prepare(
        "INSERT INTO contact_lease (id, device_id, account_id, rule_id, scope_key, first_day, last_day, "
        "tokens,"
        " base, state, taken_at_ms) SELECT randomblob(16), ?1, a.id, 'cn.connected_daily', p.debtor_id,"
        " '2026-03-10', '2026-03-10', 1, 0, 'held', 0 FROM account a JOIN account_party p ON p.account_id = "
        "a.id"
        " UNION ALL SELECT randomblob(16), ?1, a.id, 'cn.unanswered_daily', cp.id, '2026-03-10', "
        "'2026-03-10',"
        " 3, 0, 'held', 0 FROM account a JOIN account_party p ON p.account_id = a.id"
        " JOIN contact_point cp ON cp.debtor_id = p.debtor_id");
    REQUIRE(lease);
    lease.value().bind(1, device.toRfc4122());
    REQUIRE(lease.value().run());

    // The first automatic sync finds the leases and waits for the user instead of returning them.
    REQUIRE(waitUntil([&] { return window.syncController()->heldBudgets() == 2; }, 15000));
    REQUIRE(waitUntil([&] { return !window.syncController()->isRunning(); }));
    CHECK(statusText(window).contains(QStringLiteral("Offline on contact budgets until")));
    CHECK_FALSE(window.syncController()->nextAttempt().isValid());
    CHECK(window.syncController()->lastFailure() == SyncFailure::None); // nothing was attempted

    REQUIRE(window.openAccount(QStringLiteral("R-1")));
    CHECK(statusText(window).contains(QStringLiteral("Contact: Allowed")));
    saveScreenshot(window, QStringLiteral("sync-status-budgets"));
    // The leased call is made (connected): the pack would allow two more today, the lease none.
    REQUIRE(
        db.exec("INSERT INTO contact_attempt (id, account_id, debtor_id, contact_point_id, channel,"
                " direction, at_ms, outcome, right_party) SELECT randomblob(16), p.account_id, p.debtor_id,"
                " cp.id, 'call', 'outbound', 1773107400000, 'right_party', 1 FROM account_party p"
                " JOIN contact_point cp ON cp.debtor_id = p.debtor_id")
            .ok());
    window.refreshAccount();
    CHECK(statusText(window).contains(QStringLiteral("Contact: Blocked (cn.connected_daily)")));
    CHECK(anyLabelContains(window, QStringLiteral("offline budget")));

    QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(waitUntil([&] { return window.findChild<ui::SyncPanel*>() != nullptr; }));
    auto* panel = window.findChild<ui::SyncPanel*>();
    panel->refresh();
    auto* budgets = panel->findChild<QLabel*>(QStringLiteral("contactBudgets"));
    REQUIRE(budgets);
    CHECK(budgets->text().startsWith(QStringLiteral("2 lease")));
    CHECK(budgets->text().contains(QStringLiteral("held until")));
    saveScreenshot(*panel, QStringLiteral("sync-panel-budgets"));

    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/collector_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    ui::SyncPanel chinese(db, window.syncController(), {}, &window);
    chinese.show();
    chinese.refresh();
    CHECK(chinese.findChild<QLabel*>(QStringLiteral("contactBudgets"))
              ->text()
              .contains(QStringLiteral("额度")));
    saveScreenshot(chinese, QStringLiteral("sync-panel-budgets-zh_CN"));
    QCoreApplication::removeTranslator(&translator);
}
