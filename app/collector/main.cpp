// collector: the desktop workstation. Unlock a profile, then work in the main window.
#include "dialogs/unlockdialog.h"
#include "profile/profile.h"
#include "session/clock.h"
#include "session/translations.h"
#include "startupoptions.h"
#include "views/mainwindow.h"
#include "widgets/unlockform.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QTimer>
#include <cstdio>

namespace {

using namespace collector;

constexpr int kScreenshotWidth = 1440;
constexpr int kScreenshotHeight = 900;

std::shared_ptr<Profile> openForScreenshot(const app::StartupOptions& options)
{
    QFile file(options.passphraseFile);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "collector: cannot read the passphrase file\n");
        return nullptr;
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    auto profile = Profile::open(options.profileDir, SecureBytes::takeFrom(line));
    if (!profile.ok()) {
        std::fprintf(stderr, "collector: %s\n", qUtf8Printable(errorAdvice(profile.error().code)));
        return nullptr;
    }
    return std::make_shared<Profile>(std::move(profile).value());
}

int takeScreenshot(const app::StartupOptions& options)
{
    auto profile = openForScreenshot(options);
    if (!profile)
        return 1;
    SystemClock clock;
    ui::MainWindow window(profile, clock);
    window.resize(kScreenshotWidth, kScreenshotHeight);
    if (!options.queue.isEmpty() && !window.openQueueFor(options.queue)) {
        std::fprintf(stderr, "collector: no collector has that login\n");
        return 1;
    }
    if (!options.account.isEmpty() && !window.openAccount(options.account)) {
        std::fprintf(stderr, "collector: no account has that reference\n");
        return 1;
    }
    window.show();
    QApplication::processEvents();
    if (!window.grab().save(options.screenshotPath, "PNG")) {
        std::fprintf(stderr, "collector: cannot write the screenshot file\n");
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace collector;
    // Checked before QApplication, which would abort without a display.
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const bool screenshotMode = rawArgs.contains(QStringLiteral("--screenshot"));
    // --version and --help answer on a text console too (package checks, ssh sessions).
    const bool textOnly = rawArgs.contains(QStringLiteral("--version")) ||
                          rawArgs.contains(QStringLiteral("--help")) ||
                          rawArgs.contains(QStringLiteral("-h")) || rawArgs.contains(QStringLiteral("-v"));
    if (!app::hasDisplay()) {
        if (!screenshotMode && !textOnly) {
            std::fprintf(stderr, "collector: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                                 "Start it from a desktop session, or under a virtual display:\n"
                                 "  xvfb-run -a ./dev run\n");
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a screenshot needs no screen
    }

    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CollectorWorkstation"));
    QApplication::setApplicationName(QStringLiteral("collector"));
    QApplication::setApplicationDisplayName(QStringLiteral("Collector Workstation"));
    QApplication::setApplicationVersion(QStringLiteral(COLLECTOR_VERSION));
    // Matches the installed .desktop entry, so desktops show the menu entry's name and icon for the window.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.collectorworkstation.Collector"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.collectorworkstation.Collector")));

    const app::StartupOptions options = app::parseStartupOptions(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "collector: %s\n", qUtf8Printable(options.error));
        return 2;
    }
    if (!ui::installTranslations(options.language))
        std::fprintf(stderr, "collector: no translation for '%s'; using English\n",
                     qUtf8Printable(options.language));

    if (!options.screenshotPath.isEmpty())
        return takeScreenshot(options);

    QSettings settings;
    const QString remembered = settings.value(QStringLiteral("lastProfile")).toString();
    ui::UnlockDialog unlock(options.profileDir.isEmpty() ? remembered : options.profileDir);
    if (unlock.exec() != QDialog::Accepted)
        return 0;
    std::shared_ptr<Profile> profile = unlock.takeProfile();
    settings.setValue(QStringLiteral("lastProfile"), profile->directory());

    SystemClock clock;
    ui::MainWindow window(std::move(profile), clock, unlock.form()->takeFailedAttempts());
    window.resize(kScreenshotWidth, kScreenshotHeight);
    if (!options.queue.isEmpty() && !window.openQueueFor(options.queue)) {
        std::fprintf(stderr, "collector: no collector has that login\n");
        return 1;
    }
    if (!options.account.isEmpty() && !window.openAccount(options.account)) {
        std::fprintf(stderr, "collector: no account has that reference\n");
        return 1;
    }
    window.show();
    return QApplication::exec();
}
