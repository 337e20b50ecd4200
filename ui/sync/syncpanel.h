// Sync ▸ Sync panel: where this workstation stands with the hub (enrolment, last sync, what waits to be sent,
// progress, the last error in one line), what the hub refused, and for leads the team's conflict inbox.
// Values in the inbox are personal data: masked until revealed, and a reveal is audited through `audit`.
#pragma once

#include "sync/conflictinbox.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QGroupBox;

namespace collector {
class Database;
}

namespace collector::ui {

class SyncController;

class SyncPanel final : public QDialog
{
    Q_OBJECT
public:
    // audit(action, detail) records an entry and answers whether it was written (a reveal needs that).
    using Auditor = std::function<bool(const QString& action, const QJsonObject& detail)>;
    SyncPanel(Database& db, SyncController* controller, Auditor audit, QWidget* parent);

    void refresh();
    // Enrols with what the form holds; the result shows in the form's error line.
    void enrol();
    void loadConflicts();
    void revealConflicts();
    void settleSelected(bool useOther);

    QLineEdit* hubEdit() const { return m_hub; }
    QLineEdit* caEdit() const { return m_caFile; }
    QLineEdit* codeEdit() const { return m_code; }
    QLabel* enrolError() const { return m_enrolError; }
    QLabel* stateLabel() const { return m_state; }
    QTableWidget* refusedTable() const { return m_refused; }
    QTableWidget* conflictTable() const { return m_conflicts; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void fillConflicts();

    Database& m_db;
    SyncController* m_controller;
    Auditor m_audit;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_hubValue = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_budgets = nullptr;
    QLabel* m_state = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_syncNow = nullptr;
    QGroupBox* m_enrolBox = nullptr;
    QLineEdit* m_hub = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_enrolError = nullptr;
    QTableWidget* m_refused = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QLabel* m_conflictNote = nullptr;
    std::vector<SyncConflict> m_conflictRows;
    bool m_revealed = false;
};

} // namespace collector::ui
