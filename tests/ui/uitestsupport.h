// A profile made for a UI test, in a temporary folder, with the test-only fast key derivation.
#pragma once

#include "profile/profile.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QWidget>
#include <catch2/catch_test_macros.hpp>

namespace collector::test {

inline constexpr const char* kUiPassphrase = "ui test passphrase 2026";

struct UiProfile
{
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("profile"));

    std::shared_ptr<Profile> create()
    {
        auto profile = Profile::create(dir, passphrase(kUiPassphrase), KdfLimits::fastForTestsOnly());
        REQUIRE(profile.ok());
        return std::make_shared<Profile>(std::move(profile).value());
    }
};

// With COLLECTOR_TEST_SCREENSHOTS=DIR set, saves a picture of the widget as DIR/name.png, so the screens a
// test drives can be looked at (in English, or in zh_CN when the test installs it).
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("COLLECTOR_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // pending layout requests, so the picture is what a person would see
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace collector::test
