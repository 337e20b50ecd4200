// The import dialog, driven as a team lead would: choose a GB18030 file, check the mapping the header
// suggested, import, read the summary.
#include "dialogs/importdialog.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace collector;

namespace {

QString writeGb18030File(const test::UiProfile& fixture)
{
    const QString text = QStringLiteral("合同号,姓名,手机号,本金,逾期日期,备注\r\n"
                                        "HT001,张伟,13812345678,\"1,000.00\",2026-09-01,VIP\r\n"
                                        "HT002,,13912345678,500,2026-09-01,\r\n");
    QStringEncoder encoder("GB18030");
    const QString path = fixture.tmp.filePath(QStringLiteral("placement.csv"));
    test::writeAll(path, encoder.encode(text));
    return path;
}

} // namespace

TEST_CASE("import dialog: the header pre-sets the mapping; import runs with progress and a summary",
          "[import]")
{
    test::UiProfile fixture;
    auto profile = fixture.create();
    ui::ImportDialog dialog(ui::ImportDialog::Kind::Placements, profile);
    dialog.show();
    dialog.setFile(writeGb18030File(fixture));

    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("mappingTable"));
    REQUIRE(table != nullptr);
    REQUIRE(table->rowCount() > 4);
    // Row 0 is the creditor reference, mapped to 合同号 by the Chinese header.
    CHECK(qobject_cast<QComboBox*>(table->cellWidget(0, 1))->currentText() == QStringLiteral("合同号"));
    CHECK(qobject_cast<QComboBox*>(table->cellWidget(1, 1))->currentText() == QStringLiteral("姓名"));

    auto* result = dialog.findChild<QLabel*>(QStringLiteral("resultLabel"));
    auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    QTest::mouseClick(importButton, Qt::LeftButton);
    CHECK(result->text().contains(QLatin1String("creditor"))); // asked for the creditor first
    CHECK(profile->database().queryInt("SELECT count(*) FROM account").value() == 0);

    dialog.setCreditor(QStringLiteral("HXCF"));
    QTest::mouseClick(importButton, Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return !dialog.isImporting(); }));
    REQUIRE(dialog.summary().has_value());
    CHECK(dialog.summary()->created == 1);
    CHECK(dialog.summary()->rejected.size() == 1);
    CHECK(result->text().contains(QLatin1String("1 added")));
    CHECK(result->text().contains(QLatin1String("1 rejected")));
    CHECK(profile->database().queryInt("SELECT count(*) FROM account").value() == 1);
    test::saveScreenshot(dialog, QStringLiteral("import-dialog-en"));
}

TEST_CASE("import dialog in Chinese", "[import][translations]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/collector_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    {
        test::UiProfile fixture;
        auto profile = fixture.create();
        ui::ImportDialog dialog(ui::ImportDialog::Kind::Placements, profile);
        dialog.show();
        dialog.setFile(writeGb18030File(fixture));
        dialog.setCreditor(QStringLiteral("HXCF"));
        dialog.startImport();
        REQUIRE(test::waitUntil([&] { return !dialog.isImporting(); }));
        CHECK(dialog.windowTitle() == QStringLiteral("导入委案"));
        test::saveScreenshot(dialog, QStringLiteral("import-dialog-zh_CN"));
    }
    QCoreApplication::removeTranslator(&translator);
}
