#include "jsonio.h"

#include "exitcodes.h"

#include <QFile>
#include <QJsonDocument>
#include <cstdio>

namespace collector::cli {

int answerError(const FieldError& e)
{
    const QJsonObject error{{QStringLiteral("code"), e.code},
                            {QStringLiteral("message"), e.message},
                            {QStringLiteral("field"), e.field}};
    std::fputs(QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
                   .toJson(QJsonDocument::Compact)
                   .constData(),
               stdout);
    std::fputs("\n", stdout);
    return kExitUsage;
}

void answer(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
}

std::optional<QByteArray> readStdin(FieldError& error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        error = {QStringLiteral("io"), QStringLiteral("cannot read the request from standard input"), {}};
        return std::nullopt;
    }
    return in.readAll();
}

std::optional<QJsonObject> readRequest(FieldError& error)
{
    const auto bytes = readStdin(error);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        error = {QStringLiteral("invalid_json"),
                 QStringLiteral("the request is not a JSON object: %1").arg(parse.errorString()),
                 {}};
        return std::nullopt;
    }
    return doc.object();
}

} // namespace collector::cli
