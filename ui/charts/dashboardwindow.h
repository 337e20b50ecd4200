// The team lead's dashboard (Team ▸ Dashboard): the measures of core/kpi for a period and a slice of the
// portfolio, beside the same measures for the period before. Collected over time, the rates as a comparison,
// the DPD roll matrix as a heat map, the leaderboard with raw and mix-adjusted columns, compliance
// exceptions. Each chart exports as PNG, the dashboard as a PDF report, the tables as CSV (each export
// audited). A collector sees the same for themselves only.
#pragma once

#include "common/result.h"
#include "kpi/kpifacts.h"
#include "kpi/measures.h"
#include "users/users.h"

#include <QDialog>
#include <functional>
#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace collector {
class Database;
}

namespace collector::ui {

class DashboardWindow final : public QDialog
{
    Q_OBJECT
public:
    // `audit(action, detail)` records an export; `viewer` decides what may be seen (a collector: themselves).
    using Audit = std::function<bool(const QString& action, const QJsonObject& detail)>;
    // `openConnection`, when given, opens a second connection to the store: the facts are then read on a
    // worker thread (a year of one team in a 1,000,000-account store takes about a second) and the window
    // stays responsive; without it they are read here, on `db`.
    using Opener = std::function<Result<Database>()>;
    DashboardWindow(Database& db, const UserRecord& viewer, const QDate& today, Audit audit,
                    QWidget* parent = nullptr, Opener openConnection = {});
    ~DashboardWindow() override;

    void setPeriod(const QDate& from, const QDate& to);
    void refresh();
    // True while the facts are being read on the worker thread; refreshed() follows.
    bool isRefreshing() const { return m_pending > 0; }
    const KpiReport& report() const { return m_report; }
    const KpiReport& previous() const { return m_previous; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* leaderboard() const { return m_leaderboard; }
    QTableWidget* rollMatrix() const { return m_roll; }
    QComboBox* teamBox() const { return m_team; }
    QComboBox* collectorBox() const { return m_collector; }
    QComboBox* creditorBox() const { return m_creditor; }
    QComboBox* placementBox() const { return m_placement; }
    QTableWidget* vintageTable() const { return m_vintages; }
    QChartView* trendChart() const { return m_trendChart; }

    // Exports (also behind the buttons, which ask for the file). Nothing half-written: a failure leaves no
    // file.
    // The accounts behind one number of the report on screen (the same count, recorded as it is counted),
    // and the list of them shown (double-clicking one asks to open it).
    std::vector<Id> drillDown(const KpiDrill& drill) const;
    QDialog* showDrillDown(const KpiDrill& drill, const QString& title);

    Status exportPdf(const QString& path);
    Status exportCsv(const QString& path);
    Status exportChartPng(const QString& path);

Q_SIGNALS:
    void openAccountRequested(const QString& reference);
    void refreshed();

private:
    void showFacts(Result<KpiFacts> facts, const KpiQuery& query, const KpiQuery& before);
    void buildFilters();
    void drillLeaderboard(int row, int column);
    void fillCollectors();
    void fillPlacements();
    void showVintages();
    void showReport();
    void showTiles();
    void showCollectedChart();
    void showRatesChart();
    void showTrendChart();
    void showRoll();
    void showLeaderboard();
    void showCompliance();
    QString rateText(const KpiRate& rate) const;

    Database& m_db;
    UserRecord m_viewer;
    Audit m_audit;
    QComboBox* m_team = nullptr;
    QComboBox* m_collector = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_creditor = nullptr;
    QComboBox* m_placement = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_tiles = nullptr;
    QLabel* m_error = nullptr;
    QTabWidget* m_tabs = nullptr;
    QChartView* m_collectedChart = nullptr;
    QChartView* m_ratesChart = nullptr;
    QChartView* m_trendChart = nullptr;
    QTableWidget* m_roll = nullptr;
    QTableWidget* m_leaderboard = nullptr;
    QTableWidget* m_compliance = nullptr;
    QTableWidget* m_vintages = nullptr;
    KpiFacts m_facts; // both periods' facts, kept for drill-downs
    Opener m_open;
    int m_pending = 0;    // reads under way on the worker thread
    int m_generation = 0; // a read answers only if no newer refresh started after it
    QLabel* m_loading = nullptr;
    KpiQuery m_query;
    KpiReport m_report;
    KpiReport m_previous;
    QString m_currency; // the main currency shown in the charts
};

} // namespace collector::ui
