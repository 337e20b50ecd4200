// The start-up dialog, driven with keystrokes: a wrong passphrase is refused with advice, the right one
// opens.
#include "dialogs/unlockdialog.h"
#include "uitestsupport.h"
#include "widgets/unlockform.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace collector;

TEST_CASE("unlock: a wrong passphrase is refused, then the right one opens the profile", "[unlock]")
{
    test::UiProfile fixture;
    fixture.create().reset(); // created and closed

    ui::UnlockDialog dialog(fixture.dir);
    dialog.show();
    auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    REQUIRE(passphrase != nullptr);
    REQUIRE(error != nullptr);
    CHECK(passphrase->echoMode() == QLineEdit::Password);

    QTest::keyClicks(passphrase, QStringLiteral("wrong guess"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return !dialog.form()->isBusy() && error->isVisible(); }));
    CHECK(error->text().contains(QLatin1String("passphrase is not correct")));
    test::saveScreenshot(dialog, QStringLiteral("unlock-wrong-passphrase"));
    CHECK(passphrase->text().isEmpty()); // never left sitting in the widget
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.takeProfile() == nullptr);

    QTest::keyClicks(passphrase, QString::fromLatin1(test::kUiPassphrase));
    QTest::keyClick(passphrase, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return dialog.result() == QDialog::Accepted; }));
    auto profile = dialog.takeProfile();
    REQUIRE(profile != nullptr);
    CHECK(profile->directory() == fixture.dir);
}

TEST_CASE("unlock: a folder without a profile says so", "[unlock]")
{
    QTemporaryDir empty;
    ui::UnlockDialog dialog(empty.path());
    dialog.show();
    auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTest::keyClicks(passphrase, QStringLiteral("anything at all"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return !dialog.form()->isBusy() && error->isVisible(); }));
    CHECK(error->text().contains(QLatin1String("no profile in that folder")));
}
