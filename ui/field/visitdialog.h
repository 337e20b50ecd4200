// Account ▸ Record visit: the form filled at the door. Who was met, the visit type, the colleague who came,
// whether recording was asked about first and the answer, the outcome and the debtor's reaction, a promise or
// a callback, a payment (cash, or a transfer seen at the door) and notes. The gate's answer for the time and
// the staff is shown as the form changes; saving goes through core/field/visitlog, which asks the gate again.
// A payment's receipt can then be saved as PDF to print, and photos of a delivered notice attached.
#pragma once

#include "field/visitlog.h"
#include "users/users.h"
#include "workspace/accountview.h"

#include <QDialog>
#include <QJsonObject>
#include <QTimeZone>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace collector {
class Database;
}

namespace collector::ui {

class VisitDialog final : public QDialog
{
    Q_OBJECT
public:
    // Writes an audit entry; false when the trail could not be written.
    using Audit = std::function<bool(const QString& action, const QJsonObject& detail)>;
    VisitDialog(Database& db, QString deviceId, const UserRecord& collector, const Id& accountId,
                const Id& addressId, const QDateTime& now, Audit audit, QWidget* parent = nullptr);

    // The fields, for the keyboard tests.
    QComboBox* metBox() const { return m_met; }
    QComboBox* companionBox() const { return m_companion; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QComboBox* recordingBox() const { return m_recording; }
    QCheckBox* paymentCheck() const { return m_paid; }
    QLineEdit* paymentAmount() const { return m_amount; }
    QLineEdit* promiseAmount() const { return m_promiseAmount; }
    QDateEdit* promiseDue() const { return m_promiseDue; }
    QDateTimeEdit* atEdit() const { return m_at; }
    QLabel* gateLabel() const { return m_gate; }
    QLabel* resultLabel() const { return m_result; }
    const std::optional<RecordedVisit>& recorded() const { return m_recorded; }

    // When the visit took place (shown and edited in the debtor's time).
    void setVisitTime(const QDateTime& at);
    QDateTime visitTime() const;

    bool save();
    Status saveReceipt(const QString& path);
    Status attachPhoto(const QString& path);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QTimeZone debtorZone() const;
    QDateTime inDebtorZone(const QDateTime& wallClock) const;
    void refreshGate();
    void outcomeChanged();
    VisitEntry entry() const;

    Database& m_db;
    QString m_deviceId;
    UserRecord m_collector;
    Id m_account;
    AccountView m_view;
    Audit m_audit;
    std::optional<RecordedVisit> m_recorded;
    QComboBox* m_address = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_met = nullptr;
    QComboBox* m_companion = nullptr;
    QComboBox* m_recording = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_reaction = nullptr;
    QLineEdit* m_promiseAmount = nullptr;
    QDateEdit* m_promiseDue = nullptr;
    QDateTimeEdit* m_callbackAt = nullptr;
    QCheckBox* m_paid = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_method = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_gate = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_receiptButton = nullptr;
    QPushButton* m_photoButton = nullptr;
};

} // namespace collector::ui
