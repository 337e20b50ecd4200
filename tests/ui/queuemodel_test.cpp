// The queue view's model over a real ranked queue: Qt's model checks while it is read, sorted and filtered;
// the "Due now" / "Not now" header rows; rows that map back to accounts.
#include "io/demogenerator.h"
#include "profile/profile.h"
#include "queue/queue.h"
#include "store/database.h"
#include "testsupport.h"
#include "views/queuemodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

TEST_CASE("The queue model pages a ranked queue under group headers and passes Qt's model checks",
          "[queue][model]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    const Id amy = test::demoQueueOfOne(db, 700);
    const QDateTime at(QDate(2026, 11, 23), QTime(13, 30), QTimeZone::utc());
    auto queue = buildQueue(db, defaultStrategy(), {amy, at, 0});
    REQUIRE(queue);
    int notNow = 0;
    for (const QueueEntry& e : queue.value())
        notNow += e.group == QueueGroup::NotNow ? 1 : 0;
    const int dueNow = static_cast<int>(queue.value().size()) - notNow;
    REQUIRE(dueNow > 100);
    REQUIRE(notNow > 100);

    ui::QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQueue(&db, amy, at);
    REQUIRE(model.accountCount() == static_cast<int>(queue.value().size()));
    CHECK(model.notNowCount() == notNow);
    CHECK(model.rowCount() == dueNow + notNow + 2);
    // Row 0 heads "Due now", the row after the last due account heads "Not now".
    CHECK(model.isHeader(0));
    CHECK(model.isHeader(dueNow + 1));
    CHECK(model.entry(0) == nullptr);
    CHECK(model.data(model.index(dueNow + 1, 0)).toString().startsWith(QLatin1String("Not now")));
    CHECK(model.data(model.index(dueNow + 1, 0), ui::QueueModel::HeaderRole).toBool());
    // Rows follow the queue, across the pages and into "Not now".
    for (int i : {0, 1, 99, 100, 101, dueNow - 1})
        CHECK(model.entry(i + 1)->reference == queue.value()[static_cast<std::size_t>(i)].reference);
    for (int i : {0, 150, notNow - 1})
        CHECK(model.entry(dueNow + 2 + i)->reference ==
              queue.value()[static_cast<std::size_t>(dueNow + i)].reference);
    CHECK(model.data(model.index(dueNow + 2, ui::QueueModel::GroupColumn)).toString() ==
          QLatin1String("Not now"));
    const Id picked = queue.value()[static_cast<std::size_t>(dueNow + 17)].accountId;
    CHECK(model.rowOf(picked) == dueNow + 2 + 17);

    // Sorted by balance (the store sorts), largest first within each group.
    model.sort(ui::QueueModel::BalanceColumn, Qt::DescendingOrder);
    CHECK(model.rowCount() == dueNow + notNow + 2);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 1; row <= dueNow; ++row) {
        const qint64 balance =
            model.data(model.index(row, ui::QueueModel::BalanceColumn), ui::QueueModel::SortRole)
                .toLongLong();
        CHECK(balance <= previous);
        previous = balance;
    }
    // Narrowed to late-stage accounts: fewer rows, every one late.
    model.setStage(Stage::Late);
    CHECK(model.accountCount() > 0);
    CHECK(model.accountCount() < static_cast<int>(queue.value().size()));
    for (int row = 0; row < model.rowCount(); ++row)
        if (!model.isHeader(row))
            CHECK(model.entry(row)->stage == Stage::Late);
    model.setStage(std::nullopt);
    model.setGroup(QueueGroup::NotNow);
    CHECK(model.accountCount() == notNow);
    CHECK(model.rowCount() == notNow + 1); // one header: nothing is due
    CHECK(model.isHeader(0));
    model.setQueue(nullptr, {}, {}); // the store locked: nothing shown
    CHECK(model.rowCount() == 0);
}
