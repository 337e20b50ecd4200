// The options every profile command shares, declared once.
#pragma once

#include <QCommandLineOption>

namespace collector::cli {

inline const QCommandLineOption& profileOption()
{
    static const QCommandLineOption option(QStringLiteral("profile"), QStringLiteral("The profile folder."),
                                           QStringLiteral("DIR"));
    return option;
}

inline const QCommandLineOption& passphraseFileOption()
{
    static const QCommandLineOption option(
        QStringLiteral("passphrase-file"),
        QStringLiteral("Read the passphrase from the first line of FILE instead "
                       "of prompting."),
        QStringLiteral("FILE"));
    return option;
}

} // namespace collector::cli
