// Field ▸ Plan field day: the collector's visits for a day in route order with times, visit hours, staff and
// balances; what could not be planned and why; "Prepare for field day" (sync, lease contact budgets for these
// accounts, keep the plan, check the store has what the visits need); the day sheet as PDF. Opening a row
// shows the account; "Record visit" opens the visit form for it.
#pragma once

#include "field/dayplan.h"
#include "field/fieldprep.h"
#include "users/users.h"

#include <QDialog>
#include <QJsonObject>
#include <functional>

class QDateEdit;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace collector {
class Database;
}

namespace collector::ui {

class SyncController;

class FieldDayWindow final : public QDialog
{
    Q_OBJECT
public:
    // Writes an audit entry; false when the trail could not be written.
    using Audit = std::function<bool(const QString& action, const QJsonObject& detail)>;
    FieldDayWindow(Database& db, const UserRecord& collector, const QDate& day, SyncController* sync,
                   Audit audit, QWidget* parent = nullptr);

    const FieldDayPlan& plan() const { return m_plan; }
    QTableWidget* visitsTable() const { return m_visits; }
    QListWidget* unplannedList() const { return m_unplanned; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* readinessLabel() const { return m_readiness; }

    void replan();
    void prepare();
    Status exportDaySheet(const QString& path);

Q_SIGNALS:
    void openAccountRequested(const Id& accountId);
    void recordVisitRequested(const Id& accountId, const Id& addressId);
    // After a prepare: whether the day is ready to be worked offline.
    void prepared(bool ready);

private:
    void showPlan();
    void showReadiness(const PreparedFieldDay& result);
    const PlannedVisit* selected() const;

    Database& m_db;
    UserRecord m_collector;
    SyncController* m_sync;
    Audit m_audit;
    FieldDayPlan m_plan;
    QDateEdit* m_day = nullptr;
    QTimeEdit* m_start = nullptr;
    QSpinBox* m_max = nullptr;
    QSpinBox* m_days = nullptr;
    QTableWidget* m_visits = nullptr;
    QListWidget* m_unplanned = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_readiness = nullptr;
};

} // namespace collector::ui
