// Entry point of the core test binaries: a QCoreApplication (translations, timers, QProcess) around Catch2.
#include <QCoreApplication>
#include <catch2/catch_session.hpp>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
