#include "charts/dashboardwindow.h"

#include "queue/queue.h"
#include "store/database.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
#include <memory>

namespace collector::ui {

namespace {

// QChartView::setChart gives up the chart it showed without deleting it: without this, every refresh of the
// dashboard would leave its three old charts behind (LeakSanitizer found them).
void replaceChart(QChartView* view, QChart* chart)
{
    const std::unique_ptr<QChart> previous(view->chart());
    view->setChart(chart);
}

// Sorts by the number kept in UserRole rather than by the text shown.
class NumberItem final : public QTableWidgetItem
{
public:
    NumberItem(const QString& text, double value)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QString percentText(std::optional<double> value)
{
    return value ? QStringLiteral("%1 %").arg(*value * 100, 0, 'f', 1) : QStringLiteral("–");
}

double major(qint64 minor, const QString& code)
{
    const auto currency = Currency::fromCode(code);
    return double(minor) / std::pow(10.0, currency ? currency.value().minorDigits : 2);
}

QString amountText(qint64 minor, const QString& code)
{
    const auto currency = Currency::fromCode(code);
    return (currency ? Money(minor, currency.value()).toDecimalString() : QString::number(minor)) +
           QLatin1Char(' ') + code;
}

// A tab's title as printed: without its keyboard mnemonic ("&Rates", or "比率(&A)" in Chinese).
QString withoutMnemonic(QString text)
{
    static const QRegularExpression kBracketed(QStringLiteral("\\(&.\\)"));
    return text.remove(kBracketed).remove(QLatin1Char('&'));
}

QString csvField(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvOf(const QTableWidget& table)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < table.columnCount(); ++c)
        header << csvField(table.horizontalHeaderItem(c) ? table.horizontalHeaderItem(c)->text() : QString());
    if (table.verticalHeader()->isVisible())
        header.prepend(csvField(QString()));
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList row;
        if (table.verticalHeader()->isVisible())
            row << csvField(table.verticalHeaderItem(r) ? table.verticalHeaderItem(r)->text() : QString());
        for (int c = 0; c < table.columnCount(); ++c)
            row << csvField(table.item(r, c) ? table.item(r, c)->text() : QString());
        lines << row.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

DashboardWindow::DashboardWindow(Database& db, const UserRecord& viewer, const QDate& today, Audit audit,
                                 QWidget* parent, Opener openConnection)
    : QDialog(parent)
    , m_db(db)
    , m_viewer(viewer)
    , m_audit(std::move(audit))
    , m_open(std::move(openConnection))
{
    setWindowTitle(tr("Team dashboard"));
    resize(1200, 820);
    auto* layout = new QVBoxLayout(this);
    buildFilters();
    auto* filters = new QHBoxLayout;
    for (const auto& [label, widget] :
         std::initializer_list<std::pair<QString, QWidget*>>{{tr("&Team:"), m_team},
                                                             {tr("C&ollector:"), m_collector},
                                                             {tr("&Stage:"), m_stage},
                                                             {tr("Cre&ditor:"), m_creditor},
                                                             {tr("Plac&ement:"), m_placement},
                                                             {tr("&From:"), m_from},
                                                             {tr("T&o:"), m_to}}) {
        auto* l = new QLabel(label, this);
        l->setBuddy(widget);
        filters->addWidget(l);
        filters->addWidget(widget);
    }
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardWindow::refresh);
    filters->addWidget(refreshButton);
    filters->addStretch();
    layout->addLayout(filters);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    m_loading = new QLabel(tr("Reading the measures…"), this);
    m_loading->setObjectName(QStringLiteral("dashboardLoading"));
    m_loading->hide();
    layout->addWidget(m_loading);
    m_tiles = new QLabel(this);
    m_tiles->setObjectName(QStringLiteral("dashboardTiles"));
    m_tiles->setTextFormat(Qt::RichText);
    layout->addWidget(m_tiles);

    m_tabs = new QTabWidget(this);
    m_collectedChart = new QChartView(this);
    m_collectedChart->setRenderHint(QPainter::Antialiasing);
    m_ratesChart = new QChartView(this);
    m_ratesChart->setRenderHint(QPainter::Antialiasing);
    m_roll = new QTableWidget(kKpiBuckets, kKpiBuckets, this);
    m_roll->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leaderboard = new QTableWidget(this);
    m_leaderboard->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leaderboard->setSortingEnabled(true);
    m_leaderboard->verticalHeader()->hide();
    m_compliance = new QTableWidget(this);
    m_compliance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compliance->verticalHeader()->hide();
    // Drill-downs: a leaderboard cell, a roll-matrix cell, a compliance row, a bar, the collected line.
    connect(m_leaderboard, &QTableWidget::cellDoubleClicked, this, &DashboardWindow::drillLeaderboard);
    connect(m_roll, &QTableWidget::cellDoubleClicked, this, [this](int from, int to) {
        showDrillDown(
            {KpiDrillMeasure::Roll, false, {}, from, to},
            tr("Accounts from %1 to %2 days past due").arg(dpdBucketLabel(from), dpdBucketLabel(to)));
    });
    connect(m_compliance, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const Id who =
            row < static_cast<int>(m_report.collectors.size()) ? m_report.collectors[row].collectorId : Id();
        showDrillDown({KpiDrillMeasure::Compliance, false, who}, tr("Accounts with a compliance exception"));
    });
    m_tabs->addTab(m_collectedChart, tr("&Collected"));
    m_tabs->addTab(m_ratesChart, tr("R&ates"));
    m_trendChart = new QChartView(this);
    m_trendChart->setRenderHint(QPainter::Antialiasing);
    m_tabs->addTab(m_trendChart, tr("Tre&nds"));
    m_tabs->addTab(m_roll, tr("Ro&ll matrix"));
    m_tabs->addTab(m_leaderboard, tr("&Leaderboard"));
    m_tabs->addTab(m_compliance, tr("Co&mpliance"));
    m_vintages = new QTableWidget(this);
    m_vintages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_vintages->verticalHeader()->hide();
    m_tabs->addTab(m_vintages, tr("&Vintages"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* png = buttons->addButton(tr("Chart as &PNG…"), QDialogButtonBox::ActionRole);
    auto* pdf = buttons->addButton(tr("Report as P&DF…"), QDialogButtonBox::ActionRole);
    auto* csv = buttons->addButton(tr("Tables as C&SV…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    const auto exportWith = [this](const QString& filter, const QString& suffix,
                                   Status (DashboardWindow::*write)(const QString&)) {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("dashboard.") + suffix, filter);
        if (path.isEmpty())
            return;
        if (auto done = (this->*write)(path); !done) {
            m_error->setText(tr("The export failed: %1").arg(done.error().detail));
            m_error->show();
        }
    };
    connect(png, &QPushButton::clicked, this, [=] {
        exportWith(tr("PNG image (*.png)"), QStringLiteral("png"), &DashboardWindow::exportChartPng);
    });
    connect(pdf, &QPushButton::clicked, this, [=] {
        exportWith(tr("PDF document (*.pdf)"), QStringLiteral("pdf"), &DashboardWindow::exportPdf);
    });
    connect(csv, &QPushButton::clicked, this,
            [=] { exportWith(tr("CSV file (*.csv)"), QStringLiteral("csv"), &DashboardWindow::exportCsv); });
    layout->addWidget(buttons);

    // The month so far, by default.
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    refresh();
}

void DashboardWindow::buildFilters()
{
    m_team = new QComboBox(this);
    m_collector = new QComboBox(this);
    m_stage = new QComboBox(this);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_stage->addItem(tr("All stages"), QString());
    m_stage->addItem(tr("Early"), QStringLiteral("early"));
    m_stage->addItem(tr("Middle"), QStringLiteral("middle"));
    m_stage->addItem(tr("Late"), QStringLiteral("late"));
    m_creditor = new QComboBox(this);
    m_placement = new QComboBox(this);
    m_creditor->addItem(tr("All creditors"), QByteArray());
    if (auto creditors = m_db.prepare("SELECT id, name FROM creditor ORDER BY name"))
        (void)creditors.value().forEachRow(
            [&](const Statement& s) { m_creditor->addItem(s.text(1), s.blob(0)); });
    connect(m_creditor, &QComboBox::currentIndexChanged, this, &DashboardWindow::fillPlacements);
    fillPlacements();
    // A lead sees their team, an admin any team, a collector only themselves.
    if (m_viewer.role == UserRole::Admin)
        m_team->addItem(tr("All teams"), QByteArray());
    auto teams = m_db.prepare("SELECT id, name FROM team ORDER BY name");
    if (teams)
        (void)teams.value().forEachRow([&](const Statement& s) {
            if (m_viewer.role == UserRole::Admin || Id::fromBytes(s.blob(0)) == m_viewer.teamId)
                m_team->addItem(s.text(1), s.blob(0));
        });
    connect(m_team, &QComboBox::currentIndexChanged, this, &DashboardWindow::fillCollectors);
    fillCollectors();
}

void DashboardWindow::fillCollectors()
{
    m_collector->clear();
    if (m_viewer.role == UserRole::Collector) {
        m_collector->addItem(m_viewer.login, m_viewer.id.toBytes());
        return;
    }
    m_collector->addItem(tr("Everyone"), QByteArray());
    const QByteArray team = m_team->currentData().toByteArray();
    auto q = m_db.prepare(
        "SELECT id, login FROM app_user WHERE role = 'collector' AND (?1 IS NULL OR team_id = ?1) "
        "ORDER BY login");
    if (!q)
        return;
    if (team.isEmpty())
        q.value().bindNull(1);
    else
        q.value().bind(1, team);
    (void)q.value().forEachRow([&](const Statement& s) { m_collector->addItem(s.text(1), s.blob(0)); });
}

void DashboardWindow::fillPlacements()
{
    m_placement->clear();
    m_placement->addItem(tr("All placements"), QByteArray());
    const QByteArray creditor = m_creditor->currentData().toByteArray();
    if (creditor.isEmpty())
        return;
    auto q =
        m_db.prepare("SELECT id, reference FROM placement WHERE creditor_id = ? ORDER BY placed_at_ms DESC");
    if (!q)
        return;
    q.value().bind(1, creditor);
    (void)q.value().forEachRow([&](const Statement& s) { m_placement->addItem(s.text(1), s.blob(0)); });
}

void DashboardWindow::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void DashboardWindow::refresh()
{
    m_error->hide();
    KpiQuery query;
    query.from = m_from->date();
    query.to = m_to->date();
    if (query.to < query.from) {
        m_error->setText(
            tr("The period ends before it starts: set From to the first day and To to the last."));
        m_error->show();
        return;
    }
    query.collectorId = Id::fromBytes(m_collector->currentData().toByteArray());
    query.stage = m_stage->currentData().toString();
    query.creditorId = Id::fromBytes(m_creditor->currentData().toByteArray());
    query.placementId = Id::fromBytes(m_placement->currentData().toByteArray());
    const Id team = Id::fromBytes(m_team->currentData().toByteArray());
    // The period before, of the same length, for the comparison.
    KpiQuery before = query;
    before.to = query.from.addDays(-1);
    before.from = before.to.addDays(-query.from.daysTo(query.to));
    if (!m_open) {
        showFacts(loadKpiFacts(m_db, team, before.from, query.to), query, before);
        return;
    }
    // On a connection of its own, on the pool; a read answers only if no newer refresh started after it.
    const int generation = ++m_generation;
    ++m_pending;
    if (m_loading)
        m_loading->show();
    auto* watcher = new QFutureWatcher<Result<KpiFacts>>(this);
    connect(watcher, &QFutureWatcher<Result<KpiFacts>>::finished, this, [=, this] {
        --m_pending;
        if (generation == m_generation) {
            m_loading->hide();
            showFacts(watcher->result(), query, before);
        }
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([open = m_open, team, from = before.from, to = query.to] {
        auto db = open();
        if (!db)
            return Result<KpiFacts>(db.error());
        return loadKpiFacts(db.value(), team, from, to);
    }));
}

DashboardWindow::~DashboardWindow()
{
    // A read under way holds a connection to the store: it finishes before the window (and, at a lock, the
    // store's keys) goes.
    for (auto* watcher : findChildren<QFutureWatcher<Result<KpiFacts>>*>())
        watcher->waitForFinished();
}

void DashboardWindow::showFacts(Result<KpiFacts> facts, const KpiQuery& query, const KpiQuery& before)
{
    if (!facts) {
        m_error->setText(tr("The measures cannot be read: %1").arg(facts.error().detail));
        m_error->show();
        Q_EMIT refreshed();
        return;
    }
    m_facts = std::move(facts.value());
    m_query = query;
    m_report = computeKpis(m_facts, query);
    m_previous = computeKpis(m_facts, before);
    m_currency.clear();
    qint64 most = -1;
    for (const auto& [code, minor] : m_report.total.collectedMinor)
        if (minor > most) {
            most = minor;
            m_currency = code;
        }
    showReport();
    Q_EMIT refreshed();
}

std::vector<Id> DashboardWindow::drillDown(const KpiDrill& drill) const
{
    KpiQuery query = m_query;
    query.drill = drill;
    return computeKpis(m_facts, query).drilledAccounts;
}

QDialog* DashboardWindow::showDrillDown(const KpiDrill& drill, const QString& title)
{
    const std::vector<Id> ids = drillDown(drill);
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("drillDown"));
    dialog->setWindowTitle(title);
    dialog->resize(640, 480);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(
        tr("%n account(s) — double-click one to open it.", nullptr, static_cast<int>(ids.size())), dialog));
    auto* table = new QTableWidget(static_cast<int>(ids.size()), 4, dialog);
    table->setObjectName(QStringLiteral("drillAccounts"));
    table->setHorizontalHeaderLabels({tr("Reference"), tr("Stage"), tr("Status"), tr("Collector")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    // References, stages and logins only: no debtor's personal data in a list that can be printed.
    auto q =
        m_db.prepare("SELECT a.creditor_reference, a.stage, a.status, coalesce(u.login, '') FROM account a "
                     "LEFT JOIN app_user u ON u.id = a.assigned_collector_id WHERE a.id = ?");
    for (int r = 0; q && r < static_cast<int>(ids.size()); ++r) {
        q.value().reset();
        q.value().bind(1, ids[static_cast<std::size_t>(r)].toBytes());
        if (auto row = q.value().step(); row && row.value())
            for (int c = 0; c < 4; ++c)
                table->setItem(r, c, new QTableWidgetItem(q.value().text(c)));
    }
    table->resizeColumnsToContents();
    connect(table, &QTableWidget::cellDoubleClicked, this, [this, table](int row, int) {
        if (QTableWidgetItem* item = table->item(row, 0))
            Q_EMIT openAccountRequested(item->text());
    });
    layout->addWidget(table);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(close);
    dialog->show();
    return dialog;
}

void DashboardWindow::drillLeaderboard(int row, int column)
{
    const QTableWidgetItem* login = m_leaderboard->item(row, 0);
    if (!login)
        return;
    Id who;
    for (const KpiCollectorRow& c : m_report.collectors)
        if (c.login == login->text())
            who = c.collectorId;
    // Column by column: calls, right party, kept, cured, collected (adjusted columns drill like their raw
    // one).
    static const std::pair<KpiDrillMeasure, bool> kByColumn[] = {
        {KpiDrillMeasure::Calls, false},         {KpiDrillMeasure::Calls, false},
        {KpiDrillMeasure::Calls, true},          {KpiDrillMeasure::Calls, true},
        {KpiDrillMeasure::PromisesDue, true},    {KpiDrillMeasure::PromisesDue, true},
        {KpiDrillMeasure::PastDueAtStart, true}, {KpiDrillMeasure::PastDueAtStart, true},
        {KpiDrillMeasure::Collected, false}};
    const auto& [measure, numerator] = kByColumn[std::clamp(column, 0, 8)];
    const QString header = m_leaderboard->horizontalHeaderItem(std::max(column, 1))->text();
    showDrillDown({measure, numerator, who}, tr("%1: %2").arg(login->text(), header));
}

QString DashboardWindow::rateText(const KpiRate& rate) const
{
    return rate.value()
               ? tr("%1 (%2 of %3)").arg(percentText(rate.value())).arg(rate.numerator).arg(rate.denominator)
               : tr("no data");
}

void DashboardWindow::showReport()
{
    showTiles();
    showCollectedChart();
    showRatesChart();
    showTrendChart();
    showRoll();
    showLeaderboard();
    showCompliance();
    showVintages();
}

void DashboardWindow::showVintages()
{
    const QStringList headers{tr("Placed in"), tr("Accounts"), tr("Placed"), tr("Collected since"),
                              tr("Liquidation")};
    m_vintages->clear();
    m_vintages->setColumnCount(static_cast<int>(headers.size()));
    m_vintages->setHorizontalHeaderLabels(headers);
    m_vintages->setToolTip(
        tr("Everything collected up to the period's end on the accounts placed in a month, "
           "against the balance placed."));
    m_vintages->setRowCount(static_cast<int>(m_report.vintages.size()));
    int r = 0;
    for (const KpiVintage& v : m_report.vintages) {
        m_vintages->setItem(r, 0, new QTableWidgetItem(v.month));
        m_vintages->setItem(r, 1, new NumberItem(QString::number(v.accounts), double(v.accounts)));
        m_vintages->setItem(r, 2,
                            new NumberItem(amountText(v.placedMinor, v.currency), double(v.placedMinor)));
        m_vintages->setItem(
            r, 3, new NumberItem(amountText(v.collectedMinor, v.currency), double(v.collectedMinor)));
        m_vintages->setItem(r, 4,
                            new NumberItem(percentText(v.rate().value()), v.rate().value().value_or(-1)));
        ++r;
    }
    m_vintages->resizeColumnsToContents();
}

void DashboardWindow::showTiles()
{
    const KpiMeasures& now = m_report.total;
    const KpiMeasures& was = m_previous.total;
    QStringList collected;
    for (const auto& [code, minor] : now.collectedMinor)
        collected << amountText(minor, code);
    QStringList before;
    for (const auto& [code, minor] : was.collectedMinor)
        before << amountText(minor, code);
    const auto row = [](const QString& name, const QString& value, const QString& previous) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td style='color:#666'>%3</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped(), previous.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='6'>");
    QStringList targets;
    for (const auto& [code, minor] : now.targetMinor) {
        const auto done = now.collectedMinor.find(code);
        const qint64 got = done == now.collectedMinor.end() ? 0 : done->second;
        targets << tr("%1 of %2 (%3)")
                       .arg(amountText(got, code), amountText(minor, code),
                            percentText(minor > 0 ? std::optional<double>(double(got) / double(minor))
                                                  : std::nullopt));
    }
    // Targets are per collector, not per creditor, placement or stage: a slice of the work has none.
    const bool sliced =
        !m_query.creditorId.isNull() || !m_query.placementId.isNull() || !m_query.stage.isEmpty();
    if (!targets.isEmpty() && !sliced)
        html += row(tr("Against target"), targets.join(QStringLiteral(", ")), QString());
    html += row(tr("Collected"), collected.isEmpty() ? tr("nothing") : collected.join(QStringLiteral(", ")),
                tr("before: %1").arg(before.isEmpty() ? tr("nothing") : before.join(QStringLiteral(", "))));
    html += row(tr("Right party per call"), rateText(now.rpcPerAttempt),
                tr("before: %1").arg(percentText(was.rpcPerAttempt.value())));
    html += row(tr("Promise rate"), rateText(now.promiseRate),
                tr("before: %1").arg(percentText(was.promiseRate.value())));
    html += row(tr("Promises kept"), rateText(now.promiseKept),
                tr("before: %1").arg(percentText(was.promiseKept.value())));
    html += row(tr("Cured"), rateText(now.cure), tr("before: %1").arg(percentText(was.cure.value())));
    html += row(tr("Calls per active hour"),
                now.contactsPerHour() ? QString::number(*now.contactsPerHour(), 'f', 1) : tr("no data"),
                tr("visits: %1").arg(now.visits));
    html += QStringLiteral("</table>");
    m_tiles->setText(html);
}

void DashboardWindow::showCollectedChart()
{
    // Running totals by day of the period, this period against the one before (main currency).
    auto* chart = new QChart;
    chart->setTitle(tr("Collected so far, by day of the period (%1)").arg(m_currency));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const auto line = [&](const KpiReport& r, const QDate& from, const QDate& to, const QString& name) {
        auto* series = new QLineSeries;
        series->setName(name);
        double sum = 0;
        const auto days = r.total.collectedByDay.find(m_currency);
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            if (days != r.total.collectedByDay.end())
                if (const auto it = days->second.find(day); it != days->second.end())
                    sum += major(it->second, m_currency);
            series->append(from.daysTo(day) + 1, sum);
        }
        chart->addSeries(series);
        return series;
    };
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const qint64 length = from.daysTo(to);
    line(m_previous, from.addDays(-length - 1), from.addDays(-1), tr("Period before"));
    QLineSeries* current = line(m_report, from, to, tr("This period"));
    // The targets of those shown, prorated day by day (kpi/targets.h).
    bool anyTarget = false;
    auto* target = new QLineSeries;
    target->setName(tr("Target"));
    double sum = 0;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (const CollectionTarget& t : m_facts.targets)
            if (t.currency == m_currency &&
                (m_query.collectorId.isNull() || t.collectorId == m_query.collectorId)) {
                const qint64 share = proratedTarget(t, day, day);
                sum += major(share, m_currency);
                anyTarget = anyTarget || share > 0;
            }
        target->append(from.daysTo(day) + 1, sum);
    }
    if (anyTarget && m_query.creditorId.isNull() && m_query.placementId.isNull() && m_query.stage.isEmpty()) {
        QPen dashed = target->pen();
        dashed.setStyle(Qt::DashLine);
        target->setPen(dashed);
        chart->addSeries(target);
    } else {
        delete target;
    }
    connect(current, &QLineSeries::clicked, this, [this](const QPointF&) {
        showDrillDown({KpiDrillMeasure::Collected, false, m_query.collectorId},
                      tr("Accounts that paid in the period"));
    });
    chart->createDefaultAxes();
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal))
        if (auto* days = qobject_cast<QValueAxis*>(axis)) {
            days->setLabelFormat(QStringLiteral("%d"));
            days->setTitleText(tr("day of the period"));
        }
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical))
        if (auto* amount = qobject_cast<QValueAxis*>(axis))
            amount->setLabelFormat(QStringLiteral("%.0f"));
    replaceChart(m_collectedChart, chart);
}

void DashboardWindow::showRatesChart()
{
    auto* chart = new QChart;
    chart->setTitle(tr("Rates, this period and the one before"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* before = new QBarSet(tr("Period before"));
    auto* now = new QBarSet(tr("This period"));
    const std::pair<QString, KpiRate KpiMeasures::*> rates[] = {
        {tr("Right party"), &KpiMeasures::rpcPerAttempt},
        {tr("Promise"), &KpiMeasures::promiseRate},
        {tr("Kept"), &KpiMeasures::promiseKept},
        {tr("Followed up"), &KpiMeasures::brokenFollowedUp},
        {tr("Cured"), &KpiMeasures::cure}};
    QStringList categories;
    for (const auto& [name, rate] : rates) {
        categories << name;
        *before << (m_previous.total.*rate).value().value_or(0) * 100;
        *now << (m_report.total.*rate).value().value_or(0) * 100;
    }
    auto* series = new QBarSeries;
    series->append(before);
    series->append(now);
    // A bar drills to the accounts behind its rate (this period's, whichever bar is clicked).
    connect(series, &QBarSeries::clicked, this, [this, categories](int index, QBarSet*) {
        static const std::pair<KpiDrillMeasure, bool> kByBar[] = {{KpiDrillMeasure::Calls, true},
                                                                  {KpiDrillMeasure::PromisesTaken, false},
                                                                  {KpiDrillMeasure::PromisesDue, true},
                                                                  {KpiDrillMeasure::BrokenPromises, true},
                                                                  {KpiDrillMeasure::PastDueAtStart, true}};
        if (index >= 0 && index < 5)
            showDrillDown({kByBar[index].first, kByBar[index].second, m_query.collectorId},
                          categories.value(index));
    });
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTitleText(QStringLiteral("%"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    replaceChart(m_ratesChart, chart);
}

void DashboardWindow::showTrendChart()
{
    // Week by week (seven-day steps from the period's first day), this period against the one before: the
    // right-party rate and the promise-kept rate, each week computed like the whole period.
    auto* chart = new QChart;
    chart->setTitle(tr("Rates week by week, this period and the one before"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QDate from = m_query.from;
    const qint64 length = from.daysTo(m_query.to) + 1;
    const QDate before = from.addDays(-length);
    // One colour per rate (the app's teal and orange); the period before is the same colour, dashed.
    struct Trend
    {
        QString name;
        KpiRate KpiMeasures::*rate;
        QColor colour;
    };
    const Trend trends[] = {{tr("Right party"), &KpiMeasures::rpcPerAttempt, QColor(0x16, 0x69, 0x7a)},
                            {tr("Kept"), &KpiMeasures::promiseKept, QColor(0xff, 0xa6, 0x2b)}};
    for (const auto& [name, rate, colour] : trends)
        for (const bool previous : {true, false}) {
            auto* series = new QLineSeries;
            series->setName(previous ? tr("%1, before").arg(name) : tr("%1, this period").arg(name));
            const QDate start = previous ? before : from;
            for (qint64 week = 0; week * 7 < length; ++week) {
                KpiQuery q = m_query;
                q.from = start.addDays(week * 7);
                q.to = start.addDays(std::min<qint64>(week * 7 + 6, length - 1));
                const std::optional<double> value = (computeKpis(m_facts, q).total.*rate).value();
                if (value)
                    series->append(double(week + 1), *value * 100);
            }
            QPen pen(colour, 2);
            pen.setStyle(previous ? Qt::DashLine : Qt::SolidLine);
            series->setPen(pen);
            chart->addSeries(series);
        }
    chart->createDefaultAxes();
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal))
        if (auto* weeks = qobject_cast<QValueAxis*>(axis)) {
            weeks->setLabelFormat(QStringLiteral("%d"));
            weeks->setTitleText(tr("week of the period"));
        }
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical))
        if (auto* percent = qobject_cast<QValueAxis*>(axis)) {
            percent->setRange(0, 100);
            percent->setTitleText(QStringLiteral("%"));
        }
    replaceChart(m_trendChart, chart);
}

void DashboardWindow::showRoll()
{
    QStringList labels;
    for (int b = 0; b < kKpiBuckets; ++b)
        labels << dpdBucketLabel(b);
    m_roll->setHorizontalHeaderLabels(labels);
    m_roll->setVerticalHeaderLabels(labels);
    m_roll->setToolTip(tr("Rows: days past due the day before the period; columns: at its end."));
    for (int from = 0; from < kKpiBuckets; ++from) {
        qint64 rowTotal = 0;
        for (int to = 0; to < kKpiBuckets; ++to)
            rowTotal += m_report.total.roll[from][to];
        for (int to = 0; to < kKpiBuckets; ++to) {
            const qint64 n = m_report.total.roll[from][to];
            auto* item = new NumberItem(QString::number(n), double(n));
            // Heat: the cell's share of its row, from white to the app's teal.
            const double share = rowTotal > 0 ? double(n) / double(rowTotal) : 0;
            item->setBackground(QColor(int(255 - share * (255 - 22)), int(255 - share * (255 - 105)),
                                       int(255 - share * (255 - 122))));
            item->setForeground(share > 0.5 ? Qt::white : Qt::black);
            m_roll->setItem(from, to, item);
        }
    }
    m_roll->resizeColumnsToContents();
}

void DashboardWindow::showLeaderboard()
{
    const QStringList headers{tr("Collector"),   tr("Calls"),
                              tr("Right party"), tr("Right party, mix-adjusted"),
                              tr("Kept"),        tr("Kept, mix-adjusted"),
                              tr("Cured"),       tr("Cured, mix-adjusted"),
                              tr("Collected")};
    m_leaderboard->setSortingEnabled(false);
    m_leaderboard->clear();
    m_leaderboard->setColumnCount(static_cast<int>(headers.size()));
    m_leaderboard->setHorizontalHeaderLabels(headers);
    m_leaderboard->setRowCount(static_cast<int>(m_report.collectors.size()));
    int r = 0;
    for (const KpiCollectorRow& row : m_report.collectors) {
        const KpiMeasures& m = row.measures;
        const auto rate = [](std::optional<double> v) {
            return new NumberItem(percentText(v), v.value_or(-1));
        };
        const auto found = m.collectedMinor.find(m_currency);
        const qint64 collected = found == m.collectedMinor.end() ? 0 : found->second;
        m_leaderboard->setItem(r, 0, new QTableWidgetItem(row.login));
        m_leaderboard->setItem(r, 1, new NumberItem(QString::number(m.attempts), double(m.attempts)));
        m_leaderboard->setItem(r, 2, rate(m.rpcPerAttempt.value()));
        m_leaderboard->setItem(r, 3, rate(row.adjusted.rpcPerAttempt));
        m_leaderboard->setItem(r, 4, rate(m.promiseKept.value()));
        m_leaderboard->setItem(r, 5, rate(row.adjusted.promiseKept));
        m_leaderboard->setItem(r, 6, rate(m.cure.value()));
        m_leaderboard->setItem(r, 7, rate(row.adjusted.cure));
        m_leaderboard->setItem(r, 8, new NumberItem(amountText(collected, m_currency), double(collected)));
        ++r;
    }
    m_leaderboard->setSortingEnabled(true);
    m_leaderboard->sortByColumn(8, Qt::DescendingOrder);
    m_leaderboard->resizeColumnsToContents();
}

void DashboardWindow::showCompliance()
{
    const QStringList headers{tr("Collector"), tr("Blocked contacts"), tr("Overrides"), tr("Stop events"),
                              tr("Complaints")};
    m_compliance->clear();
    m_compliance->setColumnCount(static_cast<int>(headers.size()));
    m_compliance->setHorizontalHeaderLabels(headers);
    m_compliance->setRowCount(static_cast<int>(m_report.collectors.size()) + 1);
    const auto fill = [&](int r, const QString& who, const KpiMeasures& m) {
        m_compliance->setItem(r, 0, new QTableWidgetItem(who));
        const qint64 values[] = {m.blocks, m.overrides, m.stopEvents, m.complaints};
        for (int c = 0; c < 4; ++c)
            m_compliance->setItem(r, c + 1, new NumberItem(QString::number(values[c]), double(values[c])));
    };
    int r = 0;
    for (const KpiCollectorRow& row : m_report.collectors)
        fill(r++, row.login, row.measures);
    fill(r, tr("Total"), m_report.total);
    m_compliance->resizeColumnsToContents();
}

Status DashboardWindow::exportChartPng(const QString& path)
{
    QWidget* page = m_tabs->currentWidget();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be written: choose another folder").arg(path));
    if (!page->grab().save(&file, "PNG") || !file.commit())
        return makeError(ErrorCode::Io, tr("the image could not be completed; check the disk space"));
    m_audit(QStringLiteral("export"), {{QStringLiteral("what"), QStringLiteral("dashboard_chart")},
                                       {QStringLiteral("tab"), m_tabs->currentIndex()}});
    return {};
}

Status DashboardWindow::exportCsv(const QString& path)
{
    const QString text = tr("Leaderboard") + QLatin1Char('\n') + csvOf(*m_leaderboard) +
                         QStringLiteral("\n\n") + tr("Compliance") + QLatin1Char('\n') +
                         csvOf(*m_compliance) + QStringLiteral("\n\n") + tr("Roll matrix") +
                         QLatin1Char('\n') + csvOf(*m_roll) + QStringLiteral("\n\n") + tr("Vintages") +
                         QLatin1Char('\n') + csvOf(*m_vintages) + QLatin1Char('\n');
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be written: choose another folder").arg(path));
    // UTF-8 with a byte-order mark, so spreadsheet programs read Chinese names right (as the other exports).
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("the file could not be completed; check the disk space"));
    m_audit(QStringLiteral("export"), {{QStringLiteral("what"), QStringLiteral("dashboard_tables")},
                                       {QStringLiteral("rows"), m_leaderboard->rowCount()}});
    return {};
}

Status DashboardWindow::exportPdf(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be written: choose another folder").arg(path));
    {
        QPdfWriter writer(&file);
        writer.setResolution(150);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setTitle(tr("Team dashboard"));
        QPainter painter(&writer);
        const QRect page = painter.viewport();
        const int margin = 40;
        // Page 1: the question and the tiles; then one page per tab, each drawn as it is on screen.
        QFont title = painter.font();
        title.setPointSize(16);
        title.setBold(true);
        painter.setFont(title);
        painter.drawText(QRect(margin, margin, page.width() - 2 * margin, 60), Qt::AlignLeft,
                         tr("Team dashboard: %1 to %2")
                             .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
        QFont body = painter.font();
        body.setPointSize(10);
        body.setBold(false);
        painter.setFont(body);
        painter.drawText(QRect(margin, margin + 70, page.width() - 2 * margin, 40), Qt::AlignLeft,
                         tr("Team: %1 · Collector: %2 · Stage: %3 · Creditor: %4 · Placement: %5")
                             .arg(m_team->currentText(), m_collector->currentText(), m_stage->currentText(),
                                  m_creditor->currentText(), m_placement->currentText()));
        const QPixmap tiles = m_tiles->grab();
        painter.drawPixmap(QRect(margin, margin + 130, tiles.width() * 2, tiles.height() * 2), tiles);
        const int current = m_tabs->currentIndex();
        for (int i = 0; i < m_tabs->count(); ++i) {
            writer.newPage();
            m_tabs->setCurrentIndex(i);
            painter.setFont(title);
            painter.drawText(QRect(margin, margin, page.width() - 2 * margin, 60), Qt::AlignLeft,
                             withoutMnemonic(m_tabs->tabText(i)));
            const QPixmap shot = m_tabs->currentWidget()->grab();
            const QSize fit = shot.size().scaled(page.width() - 2 * margin, page.height() - 2 * margin - 80,
                                                 Qt::KeepAspectRatio);
            painter.drawPixmap(QRect(QPoint(margin, margin + 80), fit), shot);
        }
        m_tabs->setCurrentIndex(current);
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("the PDF could not be completed; check the disk space"));
    m_audit(QStringLiteral("export"), {{QStringLiteral("what"), QStringLiteral("dashboard_report")},
                                       {QStringLiteral("from"), m_from->date().toString(Qt::ISODate)},
                                       {QStringLiteral("to"), m_to->date().toString(Qt::ISODate)}});
    return {};
}

} // namespace collector::ui
