// Every string goes through tr(); the zh_CN catalogue is complete and --lang zh_CN switches the window.
#include "domain/money.h"
#include "domain/phone.h"
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

TEST_CASE("with zh_CN installed an import's amount and phone problems read in Chinese", "[translations]")
{
    // The import report lists these under a row's problems; the collector reads them in their language.
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/collector_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    const Currency cny = Currency::fromCode(QStringLiteral("CNY")).value();
    auto amount = Money::parse(QStringLiteral("12.345"), cny);
    auto phone = normalizePhone(QStringLiteral("12"), QStringLiteral("CN"));
    QCoreApplication::removeTranslator(&translator);
    REQUIRE_FALSE(amount);
    CHECK(amount.error().detail == QStringLiteral("不是金额：小数位数超过该币种允许的位数"));
    REQUIRE_FALSE(phone);
    CHECK(phone.error().detail.contains(QStringLiteral("号码")));
    // Without a translator they stay English (the command line).
    CHECK(Money::parse(QStringLiteral("12.345"), cny).error().detail ==
          QLatin1String("not an amount: more decimals than the currency has"));
}
