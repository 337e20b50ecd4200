// The team dashboard on a demo portfolio: the lead's team and no other, the numbers the core computes, the
// roll matrix whole, each export complete and audited, a collector limited to their own work; English and
// Chinese screenshots.
#include "charts/assignmentdialog.h"
#include "charts/dashboardwindow.h"
#include "io/demogenerator.h"
#include "kpi/targets.h"
#include "session/clock.h"
#include "uitestsupport.h"
#include "users/users.h"
#include "views/mainwindow.h"
#include "workspacefixture.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLineSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <catch2/catch_test_macros.hpp>

using namespace collector;
using namespace collector::test;

namespace {

struct DemoWindow
{
    UiProfile fixture;
    std::shared_ptr<Profile> profile = fixture.create();
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(2, 0), QTimeZone::utc()).toMSecsSinceEpoch()};
    std::unique_ptr<ui::MainWindow> window;

    explicit DemoWindow(const QString& user)
    {
        DemoOptions options;
        options.accounts = 240;
        options.seed = 5;
        options.asOf = QDate(2026, 11, 23);
        REQUIRE(generateDemoPortfolio(profile->database(), options).ok());
        REQUIRE(assignDeviceUser(profile->database(), profile->profileId(), clock.nowMs(), user));
        window = std::make_unique<ui::MainWindow>(profile, clock);
        window->resize(1440, 900);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
};

// The window opened from the main window reads its facts on a worker thread: wait for the answer.
void settle(ui::DashboardWindow& dashboard)
{
    REQUIRE(waitUntil([&] { return !dashboard.isRefreshing(); }, 30000));
}

QByteArray head(const QString& path, int n)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(n);
}

} // namespace

TEST_CASE("Dashboard: a lead's team, the core's numbers, every export complete and audited",
          "[ui][dashboard]")
{
    DemoWindow w(QStringLiteral("u00001")); // the first team's lead
    Database& db = w.profile->database();
    // The lead's October target for every collector of the team: 30,000.00 each.
    const UserRecord lead = w.window->signedInUser().value();
    auto teamCollectors = db.prepare("SELECT id FROM app_user WHERE role = 'collector' AND team_id = ?");
    REQUIRE(teamCollectors);
    teamCollectors.value().bind(1, lead.teamId.toBytes());
    std::vector<Id> collectors;
    REQUIRE(teamCollectors.value().forEachRow(
        [&](const Statement& s) { collectors.push_back(Id::fromBytes(s.blob(0))); }));
    const Money perCollector =
        Money::parse(QStringLiteral("30000.00"), Currency::fromCode(QStringLiteral("CNY")).value()).value();
    for (const Id& c : collectors)
        REQUIRE(
            setCollectionTarget(db, w.profile->profileId(), lead, c, QDate(2026, 10, 1), perCollector, 0));
    QTest::keyClick(w.window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(waitUntil([&] { return w.window->findChild<ui::DashboardWindow*>() != nullptr; }));
    auto* dashboard = w.window->findChild<ui::DashboardWindow*>();
    // The lead's own team only, and its collectors.
    REQUIRE(dashboard->teamBox()->count() == 1);
    const Id team = Id::fromBytes(dashboard->teamBox()->currentData().toByteArray());
    CHECK(dashboard->collectorBox()->itemText(0) == QStringLiteral("Everyone"));
    dashboard->setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
    // The facts are read on a worker thread: the window is back before they are (the answer comes through the
    // event loop), and a newer question supersedes an older one.
    CHECK(dashboard->isRefreshing());
    settle(*dashboard);

    // The same numbers as the core gives for the team and the period.
    auto facts = loadKpiFacts(db, team, QDate(2026, 10, 1), QDate(2026, 10, 31));
    REQUIRE(facts.ok());
    KpiQuery query;
    query.from = QDate(2026, 10, 1);
    query.to = QDate(2026, 10, 31);
    const KpiReport expected = computeKpis(facts.value(), query);
    CHECK(dashboard->report().total.attempts == expected.total.attempts);
    CHECK(dashboard->report().total.attempts > 0);
    CHECK(dashboard->report().total.collectedMinor == expected.total.collectedMinor);
    CHECK(dashboard->leaderboard()->rowCount() == static_cast<int>(expected.collectors.size()));
    CHECK(dashboard->report().total.targetMinor.at(QStringLiteral("CNY")) ==
          3000000 * static_cast<qint64>(collectors.size()));
    CHECK(anyLabelContains(*dashboard, QStringLiteral("Against target")));
    // One creditor's slice, and its vintages on their own tab.
    // (a creditor the team holds accounts of: not every creditor places with every team)
    int withAccounts = -1;
    for (int i = 1; i < dashboard->creditorBox()->count() && withAccounts < 0; ++i)
        for (const KpiAccount& account : facts.value().accounts)
            if (account.creditorId.toBytes() == dashboard->creditorBox()->itemData(i).toByteArray())
                withAccounts = i;
    REQUIRE(withAccounts > 0);
    dashboard->creditorBox()->setCurrentIndex(withAccounts);
    CHECK(dashboard->placementBox()->count() >= 1);
    dashboard->refresh();
    settle(*dashboard);
    KpiQuery byCreditor = query;
    byCreditor.creditorId = Id::fromBytes(dashboard->creditorBox()->currentData().toByteArray());
    const KpiReport creditorExpected = computeKpis(facts.value(), byCreditor);
    CHECK(dashboard->report().total.attempts == creditorExpected.total.attempts);
    CHECK(dashboard->report().total.attempts < expected.total.attempts);
    REQUIRE_FALSE(creditorExpected.vintages.empty());
    CHECK(dashboard->vintageTable()->rowCount() == static_cast<int>(creditorExpected.vintages.size()));
    dashboard->tabs()->setCurrentWidget(dashboard->vintageTable());
    saveScreenshot(*dashboard, QStringLiteral("dashboard-vintages"));
    dashboard->creditorBox()->setCurrentIndex(0);
    dashboard->refresh();
    settle(*dashboard);

    // The heat map holds every account of the team once.
    const qint64 teamAccounts = [&] {
        auto q = db.prepare("SELECT count(*) FROM account WHERE team_id = ?");
        REQUIRE(q.ok());
        q.value().bind(1, team.toBytes());
        REQUIRE(q.value().step().value());
        return q.value().int64(0);
    }();
    qint64 inMatrix = 0;
    for (int r = 0; r < dashboard->rollMatrix()->rowCount(); ++r)
        for (int c = 0; c < dashboard->rollMatrix()->columnCount(); ++c)
            inMatrix += dashboard->rollMatrix()->item(r, c)->text().toLongLong();
    CHECK(inMatrix == teamAccounts);

    // Drill-down: the heat map's fullest cell lists as many accounts as it counts; one opens in the
    // workspace.
    int bestFrom = 0;
    int bestTo = 0;
    for (int r = 0; r < kKpiBuckets; ++r)
        for (int c = 0; c < kKpiBuckets; ++c)
            if (dashboard->report().total.roll[r][c] > dashboard->report().total.roll[bestFrom][bestTo]) {
                bestFrom = r;
                bestTo = c;
            }
    QDialog* list = dashboard->showDrillDown({KpiDrillMeasure::Roll, false, {}, bestFrom, bestTo},
                                             QStringLiteral("roll"));
    auto* accountsTable = list->findChild<QTableWidget*>(QStringLiteral("drillAccounts"));
    REQUIRE(accountsTable);
    CHECK(accountsTable->rowCount() == dashboard->report().total.roll[bestFrom][bestTo]);
    const QString reference = accountsTable->item(0, 0)->text();
    CHECK_FALSE(reference.isEmpty());
    saveScreenshot(*list, QStringLiteral("dashboard-drilldown"));
    Q_EMIT accountsTable->cellDoubleClicked(0, 0);
    CHECK(w.window->findChild<QLabel*>() != nullptr);
    CHECK(anyLabelContains(*w.window, reference));
    list->close();

    // Trends: right party and kept, this period and the one before; October's 31 days are five weeks.
    const QList<QAbstractSeries*> trends = dashboard->trendChart()->chart()->series();
    REQUIRE(trends.size() == 4);
    CHECK(static_cast<QLineSeries*>(trends[1])->count() == 5);
    dashboard->tabs()->setCurrentWidget(dashboard->trendChart());
    saveScreenshot(*dashboard, QStringLiteral("dashboard-trends"));

    // The previous period is the same length, just before.
    CHECK(dashboard->previous().total.attempts >= 0);

    QTemporaryDir out;
    const qint64 auditsBefore =
        db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'export'").value();
    REQUIRE(dashboard->exportPdf(out.filePath(QStringLiteral("dashboard.pdf"))).ok());
    CHECK(head(out.filePath(QStringLiteral("dashboard.pdf")), 5) == QByteArray("%PDF-"));
    REQUIRE(dashboard->exportCsv(out.filePath(QStringLiteral("dashboard.csv"))).ok());
    const QByteArray csv = head(out.filePath(QStringLiteral("dashboard.csv")), 200);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("\"Collector\""));
    dashboard->tabs()->setCurrentIndex(0);
    REQUIRE(dashboard->exportChartPng(out.filePath(QStringLiteral("collected.png"))).ok());
    CHECK(head(out.filePath(QStringLiteral("collected.png")), 8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    CHECK(db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'export'").value() ==
          auditsBefore + 3);
    if (const QString shots = qEnvironmentVariable("COLLECTOR_TEST_SCREENSHOTS"); !shots.isEmpty())
        REQUIRE(dashboard->exportPdf(QDir(shots).filePath(QStringLiteral("dashboard.pdf"))).ok());
    // A folder that cannot be written: an error, and no file.
    CHECK_FALSE(dashboard->exportCsv(QStringLiteral("/nonexistent/dir/x.csv")).ok());

    for (int i = 0; i < dashboard->tabs()->count(); ++i) {
        dashboard->tabs()->setCurrentIndex(i);
        saveScreenshot(*dashboard, QStringLiteral("dashboard-%1").arg(i));
    }

    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/collector_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    ui::DashboardWindow chinese(db, w.window->signedInUser().value(), QDate(2026, 11, 23),
                                [](auto&&...) { return true; });
    chinese.setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
    chinese.show();
    CHECK(chinese.windowTitle() == QStringLiteral("团队看板"));
    saveScreenshot(chinese, QStringLiteral("dashboard-zh_CN"));
    if (const QString shots = qEnvironmentVariable("COLLECTOR_TEST_SCREENSHOTS"); !shots.isEmpty())
        REQUIRE(chinese.exportPdf(QDir(shots).filePath(QStringLiteral("dashboard-zh_CN.pdf"))).ok());
    chinese.tabs()->setCurrentWidget(chinese.leaderboard());
    saveScreenshot(chinese, QStringLiteral("dashboard-leaderboard-zh_CN"));
    QCoreApplication::removeTranslator(&translator);
}

TEST_CASE("Dashboard: a collector sees their own work only", "[ui][dashboard]")
{
    DemoWindow w(QStringLiteral("u00002"));
    ui::DashboardWindow* dashboard = w.window->openDashboard();
    REQUIRE(dashboard);
    REQUIRE(dashboard->collectorBox()->count() == 1);
    CHECK(dashboard->collectorBox()->currentText() == QStringLiteral("u00002"));
    dashboard->setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
    settle(*dashboard);
    REQUIRE(dashboard->report().collectors.size() <= 1);
    if (!dashboard->report().collectors.empty())
        CHECK(dashboard->report().collectors.front().login == QStringLiteral("u00002"));
    CHECK(dashboard->leaderboard()->rowCount() == static_cast<int>(dashboard->report().collectors.size()));
}

TEST_CASE("Assign work: a lead spreads the busiest collector's accounts evenly, by the keyboard's shortcut",
          "[ui][dashboard]")
{
    DemoWindow w(QStringLiteral("u00001"));
    QTest::keyClick(w.window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(waitUntil([&] { return w.window->findChild<ui::AssignmentDialog*>() != nullptr; }));
    auto* dialog = w.window->findChild<ui::AssignmentDialog*>();
    QTableWidget* loads = dialog->loadsTable();
    REQUIRE(loads->rowCount() >= 2);
    // The busiest and the least busy collector.
    int busiest = 0;
    int idlest = 0;
    for (int r = 0; r < loads->rowCount(); ++r) {
        if (loads->item(r, 1)->text().toInt() > loads->item(busiest, 1)->text().toInt())
            busiest = r;
        if (loads->item(r, 1)->text().toInt() < loads->item(idlest, 1)->text().toInt())
            idlest = r;
    }
    const int a = loads->item(busiest, 1)->text().toInt();
    const int b = loads->item(idlest, 1)->text().toInt();
    REQUIRE(a > b + 1);
    const QString busy = loads->item(busiest, 0)->text();
    const QString idle = loads->item(idlest, 0)->text();
    dialog->fromBox()->setCurrentIndex(dialog->fromBox()->findText(busy));
    dialog->findAccounts();
    CHECK(static_cast<int>(dialog->matching().size()) == a);
    loads->item(busiest, 0)->setCheckState(Qt::Checked);
    loads->item(idlest, 0)->setCheckState(Qt::Checked);
    saveScreenshot(*dialog, QStringLiteral("assign-work"));
    dialog->spreadOverTicked();
    const auto loadOf = [&](const QString& login) {
        for (int r = 0; r < loads->rowCount(); ++r)
            if (loads->item(r, 0)->text() == login)
                return loads->item(r, 1)->text().toInt();
        return -1;
    };
    CHECK(loadOf(busy) + loadOf(idle) == a + b);
    CHECK(std::abs(loadOf(busy) - loadOf(idle)) <= 1);
    CHECK(dialog->resultLabel()->text().contains(QStringLiteral("moved")));
    Database& db = w.profile->database();
    CHECK(db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'account_reassigned'").value() ==
          a - (a + b + 1) / 2);
    saveScreenshot(*dialog, QStringLiteral("assign-work-done"));

    // Two accounts picked by hand go to the idle collector, and nothing else moves.
    dialog->fromBox()->setCurrentIndex(dialog->fromBox()->findText(busy));
    dialog->findAccounts();
    REQUIRE(dialog->accountsTable()->rowCount() >= 2);
    const int busyBefore = loadOf(busy);
    const int idleBefore = loadOf(idle);
    QTableWidget* accounts = dialog->accountsTable();
    accounts->selectionModel()->select(
        QItemSelection(accounts->model()->index(0, 0),
                       accounts->model()->index(1, accounts->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
    dialog->toBox()->setCurrentIndex(dialog->toBox()->findText(idle));
    REQUIRE(accounts->selectionModel()->selectedRows().size() == 2);
    dialog->moveAllTo();
    CHECK(loadOf(busy) == busyBefore - 2);
    CHECK(loadOf(idle) == idleBefore + 2);

    // A collector cannot open it.
    DemoWindow collector(QStringLiteral("u00002"));
    CHECK(collector.window->openAssignment() == nullptr);
}
