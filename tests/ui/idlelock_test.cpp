// The idle lock with a fake clock: the window locks, the profile closes, the work stays; the passphrase
// brings it back.
#include "audit/auditlog.h"
#include "session/clock.h"
#include "uitestsupport.h"
#include "views/mainwindow.h"
#include "widgets/unlockform.h"

#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTest>

using namespace collector;

TEST_CASE("idle lock fires on the fake clock and unlocking keeps the work as it was", "[idle]")
{
    test::UiProfile fixture;
    std::weak_ptr<Profile> watch;
    ManualClock clock(1'700'000'000'000);
    std::unique_ptr<ui::MainWindow> window;
    {
        auto profile = fixture.create();
        watch = profile;
        window = std::make_unique<ui::MainWindow>(std::move(profile), clock);
    }
    window->resize(1440, 900);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));

    // Unsaved state a collector would hate to lose: how they arranged the regions.
    window->workSplitter()->setSizes({200, 900, 300});
    const QList<int> arranged = window->workSplitter()->sizes();

    const qint64 limit = window->idleTimer().idleLimitMs();
    CHECK(limit == 10 * 60'000); // the store's default
    clock.advanceMs(limit - 1000);
    window->idleTimer().check();
    CHECK_FALSE(window->isLocked());

    // A keystroke anywhere counts as activity and restarts the wait.
    QTest::keyClick(window.get(), Qt::Key_Shift);
    clock.advanceMs(limit - 1000);
    window->idleTimer().check();
    CHECK_FALSE(window->isLocked());

    clock.advanceMs(2000);
    window->idleTimer().check();
    REQUIRE(window->isLocked());
    CHECK(watch.expired()); // the profile, and with it the keys, are gone
    CHECK_FALSE(window->workSplitter()->isVisible());

    auto* passphrase = window->lockForm()->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    REQUIRE(passphrase != nullptr);
    QTest::keyClicks(passphrase, QStringLiteral("not it"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return !window->lockForm()->isBusy(); }));
    CHECK(window->isLocked());
    auto* error = window->lockForm()->findChild<QLabel*>(QStringLiteral("errorLabel"));
    REQUIRE(error != nullptr);
    CHECK(error->text().contains(QLatin1String("passphrase is not correct")));
    test::saveScreenshot(*window, QStringLiteral("locked-wrong-passphrase"));

    QTest::keyClicks(passphrase, QString::fromLatin1(test::kUiPassphrase));
    QTest::keyClick(passphrase, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return !window->isLocked(); }));
    CHECK(window->workSplitter()->isVisible());
    CHECK(window->workSplitter()->sizes() == arranged);
    CHECK(window->idleTimer().isRunning());

    // The trail: the first unlock, the idle lock, one wrong passphrase, the unlock after it; chain intact.
    auto reader = Profile::open(fixture.dir, test::passphrase(test::kUiPassphrase));
    REQUIRE(reader.ok());
    auto actions = reader.value().database().prepare("SELECT action, detail FROM audit_entry ORDER BY seq");
    REQUIRE(actions.ok());
    QStringList trail;
    while (actions.value().step().value())
        trail << actions.value().text(0) + QLatin1Char(' ') + actions.value().text(1);
    CHECK(trail == QStringList{QStringLiteral("unlock {}"), QStringLiteral("lock {\"reason\":\"idle\"}"),
                               QStringLiteral("unlock_failed {\"attempts\":1}"),
                               QStringLiteral("unlock {}")});
    CHECK(verifyAudit(reader.value().database()).value().ok());
}

TEST_CASE("Ctrl+L locks the workstation at once", "[idle]")
{
    test::UiProfile fixture;
    ManualClock clock;
    ui::MainWindow window(fixture.create(), clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    CHECK(window.isLocked());
}
