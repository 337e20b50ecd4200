// Logging a contact by keyboard: a key picks the outcome (1 no answer … D deceased), Tab reaches the reaction
// and the note, and Ctrl+Return saves. Outcomes that need more ask for it in place: a promise's amount and
// date, a callback's time in the debtor's zone. The dialog only collects; the window asks the gate and saves.
#pragma once

#include "compliance/gate.h"
#include "domain/kinds.h"
#include "domain/money.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QWidget;

namespace collector::ui {

// The outcome as a collector reads it ("No answer", "Promise to pay").
QString outcomeLabel(Outcome outcome);

class ContactLogDialog final : public QDialog
{
    Q_OBJECT
public:
    // `warning`: the gate's warning to show at the top (empty when none). `inboundOnly`: the gate blocks an
    // outbound contact, so only the debtor's own call may be logged.
    ContactLogDialog(const Currency& currency, const QString& debtorZone, const QDateTime& now,
                     const QString& warning, bool inboundOnly, QWidget* parent);

    Outcome outcome() const;
    Direction direction() const;
    std::optional<Reaction> reaction() const;
    QString note() const;
    std::optional<Money> promiseAmount() const;
    QDate promiseDue() const;
    QDateTime callbackAt() const;

    void selectOutcome(Outcome outcome);
    void setPromise(const QString& amount, const QDate& due);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void outcomeChanged();
    void tryAccept();

    Currency m_currency;
    QTimeZone m_zone;
    QListWidget* m_outcomes = nullptr;
    QCheckBox* m_inbound = nullptr;
    QComboBox* m_reaction = nullptr;
    QWidget* m_promiseBox = nullptr;
    QLineEdit* m_amount = nullptr;
    QDateEdit* m_due = nullptr;
    QWidget* m_callbackBox = nullptr;
    QDateTimeEdit* m_callback = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace collector::ui
