#include "field/receipts.h"

#include "store/database.h"
#include "store/statement.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace collector {

namespace {

QString digitsOf(QStringView text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

// The device part: the hub's serial, or a local code made once for a workstation that was never enrolled.
Result<QString> devicePart(Database& db)
{
    auto enrolled = isEnrolled(db);
    if (!enrolled)
        return enrolled.error();
    if (enrolled.value()) {
        auto serial = readSyncState(db, "device_serial");
        if (!serial)
            return serial.error();
        if (serial.value().isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                 "Validation", "sync once before taking payments in the field: the hub "
                                               "numbers this workstation's receipts"));
        return serial.value().rightJustified(6, QLatin1Char('0'));
    }
    auto local = db.prepare("SELECT value FROM profile_meta WHERE key = 'receipt_local_code'");
    if (!local)
        return local.error();
    auto found = local.value().step();
    if (!found)
        return found.error();
    if (found.value())
        return local.value().text(0);
    const QString code =
        QStringLiteral("L%1").arg(QRandomGenerator::system()->bounded(10'000'000, 100'000'000));
    auto put = db.prepare("INSERT INTO profile_meta (key, value) VALUES ('receipt_local_code', ?)");
    if (!put)
        return put.error();
    put.value().bind(1, code);
    if (auto done = put.value().run(); !done)
        return done.error();
    return code;
}

} // namespace

int luhnCheckDigit(QStringView digits)
{
    // From the right, every second digit of the payload (the first being the one next to the check digit) is
    // doubled, and a doubled digit above 9 has 9 taken off.
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].digitValue();
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
}

bool receiptNumberValid(const QString& number)
{
    static const QRegularExpression shape(QStringLiteral("^RC-(L[0-9]{8}|[0-9]{6,})-[0-9]{6,}-[0-9]$"));
    if (!shape.match(number).hasMatch())
        return false;
    const QString digits = digitsOf(number);
    return luhnCheckDigit(QStringView(digits).chopped(1)) == digits.back().digitValue();
}

Status checkReceiptNumbering(Database& db)
{
    auto enrolled = isEnrolled(db);
    if (!enrolled)
        return enrolled.error();
    if (!enrolled.value())
        return {}; // a local code is made at the first receipt
    auto device = devicePart(db);
    if (!device)
        return device.error();
    return {};
}

Result<QString> takeReceiptNumber(Database& db)
{
    auto device = devicePart(db);
    if (!device)
        return device.error();
    auto next =
        db.prepare("INSERT INTO profile_meta (key, value) VALUES ('receipt_seq', '1') "
                   "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value");
    if (!next)
        return next.error();
    auto row = next.value().step();
    if (!row)
        return row.error();
    const QString sequence = next.value().text(0).rightJustified(6, QLatin1Char('0'));
    next.value().reset();
    const QString body = QStringLiteral("RC-%1-%2").arg(device.value(), sequence);
    return QStringLiteral("%1-%2").arg(body).arg(luhnCheckDigit(digitsOf(body)));
}

} // namespace collector
