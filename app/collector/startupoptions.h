// The desktop app's command line: which profile, which language, and the screenshot mode used to check
// screens.
#pragma once

#include <QString>
#include <QStringList>

namespace collector::app {

struct StartupOptions
{
    QString profileDir;
    QString passphraseFile; // with --screenshot: opens without the dialog
    QString screenshotPath;
    QString language;
    QString account; // with --screenshot: the account to open before the picture
    QString queue;   // with --screenshot: the collector whose queue to open
    QString error;   // non-empty when the arguments do not make sense
};

StartupOptions parseStartupOptions(const QStringList& arguments);
// True when there is a screen to draw on (X11, Wayland, or an explicit Qt platform such as offscreen).
bool hasDisplay();

} // namespace collector::app
