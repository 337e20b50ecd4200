// A fresh profile with one Shanghai debtor's account (R-1, owing 5,000.00 CNY), an East team (lead lee,
// collector amy who holds R-1) and bob of the West team; a main window on it with a manual clock; and the
// keyboard helpers the workspace tests share.
#pragma once

#include "session/clock.h"
#include "store/database.h"
#include "store/domainwriter.h"
#include "uitestsupport.h"
#include "users/users.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <functional>
#include <memory>

namespace collector::test {

// A Shanghai debtor (the resident id is GB 11643-1999's own example) with one mobile number.
inline void writeAccount(Database& db)
{
    DomainWriter w(db);
    const qint64 t0 = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    Creditor c;
    c.id = Id::generate(t0);
    c.code = QStringLiteral("HXCF");
    c.name = QStringLiteral("恒信消费金融");
    REQUIRE(w.write(c));
    Debtor d;
    d.id = Id::generate(t0);
    d.fullName = QStringLiteral("张伟");
    d.nationalId = QStringLiteral("11010519491231002X");
    d.language = QStringLiteral("zh_CN");
    d.timeZone = QStringLiteral("Asia/Shanghai");
    REQUIRE(w.write(d));
    Account a;
    a.id = Id::generate(t0);
    a.creditorId = c.id;
    a.creditorReference = QStringLiteral("R-1");
    a.product = QStringLiteral("现金贷");
    a.currency = Currency::fromCode(QStringLiteral("CNY")).value();
    a.originalPrincipalMinor = 500000;
    REQUIRE(w.write(a));
    REQUIRE(w.write(AccountParty{a.id, d.id, PartyRole::Debtor}));
    LedgerRecord placed;
    placed.accountId = a.id;
    placed.entry.id = Id::generate(t0);
    placed.entry.amount = Money(500000, a.currency);
    placed.entry.effectiveOn = QDate(2026, 1, 5);
    placed.entry.recordedAtMs = t0;
    placed.source = QStringLiteral("placement");
    REQUIRE(w.write(placed));
    ContactPoint phone;
    phone.id = Id::generate(t0);
    phone.debtorId = d.id;
    phone.value = QStringLiteral("+8613812345678");
    phone.phoneType = PhoneType::Mobile;
    phone.region = QStringLiteral("CN");
    phone.createdAtMs = t0;
    REQUIRE(w.write(phone));
    // The East team: lead lee, collector amy (R-1 is hers), and bob of the West team.
    const Id east = Id::generate(t0);
    const Id west = Id::generate(t0);
    REQUIRE(w.write(Team{east, QStringLiteral("East")}));
    REQUIRE(w.write(Team{west, QStringLiteral("West")}));
    const Id amy = Id::generate(t0);
    REQUIRE(
        w.write(User{Id::generate(t0), east, QStringLiteral("lee"), QStringLiteral("Lee"), UserRole::Lead}));
    REQUIRE(w.write(User{amy, east, QStringLiteral("amy"), QStringLiteral("Amy"), UserRole::Collector}));
    REQUIRE(w.write(
        User{Id::generate(t0), west, QStringLiteral("bob"), QStringLiteral("Bob"), UserRole::Collector}));
    auto assign = db.prepare("UPDATE account SET assigned_collector_id = ?, team_id = ?");
    REQUIRE(assign);
    assign.value().bind(1, amy.toBytes()).bind(2, east.toBytes());
    REQUIRE(assign.value().run());
}

inline bool anyLabelContains(QWidget& root, const QString& text)
{
    for (QLabel* label : root.findChildren<QLabel*>())
        if (label->text().contains(text))
            return true;
    return false;
}

// The window's own shortcut, as a collector presses it (the window is made active again after a dialog);
// `whileOpen` works the modal dialog or message the shortcut opens.
inline void pressCtrlReturn(QWidget& window, const std::function<void()>& whileOpen)
{
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTimer::singleShot(0, &window, whileOpen);
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
}

// Runs `work` on the next modal dialog of type T once it is up (polling, since it may open only after the
// dialog before it has closed and the window has done its work in between).
template <typename T> void whenModal(QObject* context, std::function<void(T*)> work)
{
    auto* poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, work] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            work(dialog);
        }
    });
    poll->start(10);
}

// A window on a fresh profile holding writeAccount()'s account, with a clock set to `utc`.
struct WorkspaceFixture
{
    test::UiProfile fixture;
    std::shared_ptr<Profile> profile = fixture.create();
    ManualClock clock;
    std::unique_ptr<ui::MainWindow> window;

    // `user`: whom the workstation belongs to.
    explicit WorkspaceFixture(const QDateTime& utc, const QString& user = QStringLiteral("amy"))
        : clock(utc.toMSecsSinceEpoch())
    {
        writeAccount(profile->database());
        REQUIRE(assignDeviceUser(profile->database(), profile->profileId(), clock.nowMs(), user));
        window = std::make_unique<ui::MainWindow>(profile, clock);
        window->resize(1440, 900);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
};

} // namespace collector::test
