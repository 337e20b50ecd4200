#include "session/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace collector::ui {

bool installTranslations(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // Our sources are written in English; the English catalogue only supplies plural forms ("1 account").
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto* ours = new QTranslator(QCoreApplication::instance());
    const bool loaded = english ? ours->load(QStringLiteral(":/i18n/collector_en.qm"))
                                : ours->load(locale, QStringLiteral("collector"), QStringLiteral("_"),
                                             QStringLiteral(":/i18n"));
    if (!loaded) {
        delete ours;
        return english; // English still reads without its plural catalogue
    }
    QCoreApplication::installTranslator(ours);
    if (english)
        return true;
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace collector::ui
