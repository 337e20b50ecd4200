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
    // Our sources are written in English: English needs no catalogue.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;

    auto* ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, QStringLiteral("collector"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace collector::ui
