// Every string goes through tr(); the zh_CN catalogue is complete and --lang zh_CN switches the window.
#include "session/clock.h"
#include "session/translations.h"
#include "uitestsupport.h"
#include "views/mainwindow.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTranslator>

using namespace collector;

TEST_CASE("the zh_CN catalogue has no unfinished or missing translations", "[translations]")
{
    QFile ts(QStringLiteral(":/i18n/collector_zh_CN.qm"));
    REQUIRE(ts.exists());
    const QByteArray source =
        test::readAll(QStringLiteral(COLLECTOR_SOURCE_DIR "/resources/translations/collector_zh_CN.ts"));
    REQUIRE_FALSE(source.isEmpty());
    CHECK_FALSE(source.contains("type=\"unfinished\""));
    CHECK(source.count("<message") > 30);
}

TEST_CASE("with zh_CN installed the main window speaks Chinese", "[translations]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/collector_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    test::UiProfile fixture;
    ManualClock clock;
    {
        ui::MainWindow window(fixture.create(), clock);
        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus << action->text();
        CHECK(menus.join(QLatin1Char(' ')).contains(QStringLiteral("文件")));
        bool foundChineseStatus = false;
        for (QLabel* label : window.findChildren<QLabel*>())
            foundChineseStatus |= label->text().contains(QStringLiteral("加密"));
        CHECK(foundChineseStatus);
    }
    QCoreApplication::removeTranslator(&translator);
}
