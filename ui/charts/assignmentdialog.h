// Team ▸ Assign work (a lead for their team, an admin for any): each collector's load, the accounts a rule
// picks (from whom, stage, days past due, the debtor's language, a minimum balance), and two moves — all of
// them to one collector, or spread evenly over the collectors ticked. Moves are written and audited by
// core/users/assignment and travel to the hub with the next sync.
#pragma once

#include "users/assignment.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace collector {
class Database;
}

namespace collector::ui {

class AssignmentDialog final : public QDialog
{
    Q_OBJECT
public:
    AssignmentDialog(Database& db, QString deviceId, const UserRecord& actor, const QDate& today,
                     QWidget* parent = nullptr);

    QComboBox* fromBox() const { return m_from; }
    QComboBox* toBox() const { return m_to; }
    QTableWidget* loadsTable() const { return m_loads; }
    QTableWidget* accountsTable() const { return m_accounts; }
    QLabel* resultLabel() const { return m_result; }
    const std::vector<Id>& matching() const { return m_matching; }

    void findAccounts();
    // Both act on the accounts selected in the list, or on every matching one when none is selected.
    void moveAllTo();
    void spreadOverTicked();

Q_SIGNALS:
    void accountsMoved(int count);

private:
    std::vector<std::size_t> chosenRows() const;
    void refreshLoads();
    void apply(const std::vector<AccountMove>& moves);

    Database& m_db;
    QString m_deviceId;
    UserRecord m_actor;
    QDate m_today;
    Id m_team;
    QComboBox* m_from = nullptr;
    QComboBox* m_stage = nullptr;
    QSpinBox* m_minDpd = nullptr;
    QSpinBox* m_maxDpd = nullptr;
    QComboBox* m_language = nullptr;
    QDoubleSpinBox* m_minBalance = nullptr;
    QComboBox* m_to = nullptr;
    QTableWidget* m_loads = nullptr;
    QTableWidget* m_accounts = nullptr;
    QLabel* m_result = nullptr;
    std::vector<CollectorLoad> m_loadRows;
    std::vector<Id> m_matching;
    std::vector<Id> m_holders;
};

} // namespace collector::ui
