#include "startupoptions.h"

#include <QCommandLineParser>

namespace collector::app {

StartupOptions parseStartupOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Collector Workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Open the profile in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        QStringLiteral("With --screenshot: read the passphrase from FILE."), QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the main window at 1440x900 to OUT.png and exit."), QStringLiteral("OUT.png"));
    const QCommandLineOption language(
        QStringLiteral("lang"), QStringLiteral("User-interface language: en or zh_CN (default: system)."),
        QStringLiteral("LANG"));
    const QCommandLineOption account(
        QStringLiteral("account"),
        QStringLiteral("With --screenshot: open the account with this reference first."),
        QStringLiteral("REF"));
    const QCommandLineOption queue(QStringLiteral("queue"),
                                   QStringLiteral("With --screenshot: open this collector's queue first."),
                                   QStringLiteral("LOGIN"));
    parser.addOptions({profile, passphraseFile, screenshot, language, account, queue});
    parser.process(arguments); // prints help/version or a usage error and exits, as users expect

    StartupOptions options;
    options.profileDir = parser.value(profile);
    options.passphraseFile = parser.value(passphraseFile);
    options.screenshotPath = parser.value(screenshot);
    options.language = parser.value(language);
    options.account = parser.value(account);
    options.queue = parser.value(queue);
    if (!options.screenshotPath.isEmpty() &&
        (options.profileDir.isEmpty() || options.passphraseFile.isEmpty()))
        options.error = QStringLiteral("--screenshot needs --profile and --passphrase-file");
    if (options.screenshotPath.isEmpty() && !options.passphraseFile.isEmpty())
        options.error =
            QStringLiteral("--passphrase-file is only for --screenshot; the workstation asks for the "
                           "passphrase itself");
    return options;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace collector::app
