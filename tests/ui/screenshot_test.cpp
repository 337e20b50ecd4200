// `collector --screenshot` renders the main window at 1440x900 and exits 0: how screens are checked.
#include "uitestsupport.h"

#include <QImage>
#include <QProcess>
#include <QSet>

using namespace collector;

namespace {

int runScreenshot(const test::UiProfile& fixture, const QString& out, const QStringList& extra)
{
    QProcess app;
    app.start(QStringLiteral(COLLECTOR_APP_PATH),
              QStringList{QStringLiteral("--profile"), fixture.dir, QStringLiteral("--passphrase-file"),
                          fixture.tmp.filePath(QStringLiteral("pass")), QStringLiteral("--screenshot"), out} +
                  extra);
    REQUIRE(app.waitForFinished(60000));
    return app.exitCode();
}

} // namespace

TEST_CASE("screenshot mode writes a 1440x900 picture of the main window, in English and in Chinese",
          "[screenshot]")
{
    test::UiProfile fixture;
    fixture.create().reset();
    test::writeAll(fixture.tmp.filePath(QStringLiteral("pass")), QByteArray(test::kUiPassphrase) + '\n');

    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        INFO(lang.toStdString());
        const QString out = fixture.tmp.filePath(QStringLiteral("shot-%1.png").arg(lang));
        REQUIRE(runScreenshot(fixture, out, {QStringLiteral("--lang"), lang}) == 0);
        QImage image(out);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == 1440);
        CHECK(image.height() == 900);
        // A drawn window has text and frames: many distinct colours, not one flat fill.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        CHECK(colours.size() > 8);
    }
}

TEST_CASE("screenshot mode with a wrong passphrase fails and writes nothing", "[screenshot]")
{
    test::UiProfile fixture;
    fixture.create().reset();
    test::writeAll(fixture.tmp.filePath(QStringLiteral("pass")), "wrong passphrase\n");
    const QString out = fixture.tmp.filePath(QStringLiteral("never.png"));
    CHECK(runScreenshot(fixture, out, {}) != 0);
    CHECK_FALSE(QFileInfo::exists(out));
}
