// Entry point of the UI tests: a real QApplication on the offscreen platform, driving real widgets.
#include <QApplication>
#include <catch2/catch_session.hpp>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CollectorWorkstationTests"));
    return Catch::Session().run(argc, argv);
}
