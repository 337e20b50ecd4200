// JSON in on stdin, JSON out on stdout: the shape of the calculator and compliance commands. A problem is
// answered as {"error": {"code", "message", "field"}} with exit code 2, so scripts can read it.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace collector::cli {

// A request problem, tied to the field that caused it.
struct FieldError
{
    QString code;
    QString message;
    QString field;
};

int answerError(const FieldError& e);
void answer(const QJsonObject& object);
std::optional<QByteArray> readStdin(FieldError& error);
std::optional<QJsonObject> readRequest(FieldError& error);

} // namespace collector::cli
