#include "field/fielddaywindow.h"

#include "field/fieldprint.h"
#include "store/database.h"
#include "sync/synccontroller.h"
#include "sync/syncengine.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace collector::ui {

namespace {} // namespace

FieldDayWindow::FieldDayWindow(Database& db, const UserRecord& collector, const QDate& day,
                               SyncController* sync, Audit audit, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_collector(collector)
    , m_sync(sync)
    , m_audit(std::move(audit))
{
    setObjectName(QStringLiteral("fieldDayWindow"));
    setWindowTitle(tr("Field day"));
    resize(1100, 640);
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QHBoxLayout;
    m_day = new QDateEdit(day, this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start = new QTimeEdit(QTime(9, 0), this);
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_max = new QSpinBox(this);
    m_max->setRange(1, 30);
    m_max->setValue(10);
    m_days = new QSpinBox(this);
    m_days->setRange(1, 7);
    m_days->setValue(1);
    auto* planButton = new QPushButton(tr("&Plan"), this);
    const std::pair<QString, QWidget*> fields[] = {{tr("&Day:"), m_day},
                                                   {tr("&Start at:"), m_start},
                                                   {tr("&Visits at most:"), m_max},
                                                   {tr("Days &offline:"), m_days}};
    for (const auto& [text, widget] : fields) {
        auto* label = new QLabel(text, this);
        label->setBuddy(widget);
        filters->addWidget(label);
        filters->addWidget(widget);
    }
    filters->addWidget(planButton);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_visits = new QTableWidget(0, 10, this);
    m_visits->setObjectName(QStringLiteral("fieldVisits"));
    m_visits->setHorizontalHeaderLabels({tr("Time"), tr("Account"), tr("District"), tr("Address"),
                                         tr("Visit hours"), tr("Visit"), tr("Staff"), tr("Travel"),
                                         tr("Balance"), tr("DPD")});
    m_visits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_visits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_visits->setSelectionMode(QAbstractItemView::SingleSelection);
    m_visits->verticalHeader()->hide();
    m_visits->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_visits, 3);
    auto* notPlanned = new QLabel(tr("Not planned:"), this);
    layout->addWidget(notPlanned);
    m_unplanned = new QListWidget(this);
    m_unplanned->setObjectName(QStringLiteral("fieldUnplanned"));
    layout->addWidget(m_unplanned, 1);
    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("fieldReadiness"));
    m_readiness->setWordWrap(true);
    layout->addWidget(m_readiness);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* prepareButton = buttons->addButton(tr("Prepare for &field day"), QDialogButtonBox::ActionRole);
    auto* sheet = buttons->addButton(tr("Day &sheet (PDF)…"), QDialogButtonBox::ActionRole);
    auto* open = buttons->addButton(tr("&Open account"), QDialogButtonBox::ActionRole);
    auto* record = buttons->addButton(tr("&Record visit…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(planButton, &QPushButton::clicked, this, &FieldDayWindow::replan);
    connect(prepareButton, &QPushButton::clicked, this, &FieldDayWindow::prepare);
    connect(sheet, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Day sheet"), QStringLiteral("field-day-%1.pdf").arg(m_plan.day.toString(Qt::ISODate)),
            tr("PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto done = exportDaySheet(path); !done)
            m_readiness->setText(tr("The day sheet was not written: %1").arg(done.error().detail));
    });
    const auto openSelected = [this] {
        if (const PlannedVisit* v = selected())
            Q_EMIT openAccountRequested(v->accountId);
    };
    connect(open, &QPushButton::clicked, this, openSelected);
    connect(m_visits, &QTableWidget::cellDoubleClicked, this, openSelected);
    connect(record, &QPushButton::clicked, this, [this] {
        if (const PlannedVisit* v = selected())
            Q_EMIT recordVisitRequested(v->accountId, v->addressId);
    });
    replan();
}

const PlannedVisit* FieldDayWindow::selected() const
{
    const int row = m_visits->currentRow();
    if (row < 0 || row >= static_cast<int>(m_plan.visits.size()))
        return nullptr;
    return &m_plan.visits[static_cast<std::size_t>(row)];
}

void FieldDayWindow::replan()
{
    FieldDayRequest request;
    request.collectorId = m_collector.id;
    request.day = m_day->date();
    request.startAt = m_start->time();
    request.maxVisits = m_max->value();
    // A day prepared before keeps its accounts (the lead's or the collector's choice), in its order.
    if (auto saved = savedFieldDay(m_db, request.day); saved && !saved.value().empty())
        request.accounts = saved.value();
    auto plan = planFieldDay(m_db, request);
    if (!plan) {
        m_summary->setText(tr("The day could not be planned: %1").arg(plan.error().detail));
        m_plan = FieldDayPlan{};
    } else {
        m_plan = std::move(plan.value());
    }
    showPlan();
}

void FieldDayWindow::showPlan()
{
    m_visits->setRowCount(static_cast<int>(m_plan.visits.size()));
    int row = 0;
    for (const PlannedVisit& v : m_plan.visits) {
        const QTimeZone zone(v.timeZone.toUtf8());
        const QString cells[] = {
            v.plannedAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
                .toString(QStringLiteral("HH:mm")),
            v.reference,
            v.district,
            v.maskedAddress,
            QStringLiteral("%1–%2").arg(v.windowFrom.toString(QStringLiteral("HH:mm")),
                                        v.windowTo.toString(QStringLiteral("HH:mm"))),
            tr("%1, %n min", nullptr, v.minutes).arg(visitTypeLabel(v.type)),
            QString::number(v.staff),
            tr("%n min", nullptr, v.travelMinutes),
            QStringLiteral("%1 %2").arg(Money(v.balanceMinor, v.currency).toDecimalString(), v.currency.code),
            QString::number(v.daysPastDue)};
        for (int column = 0; column < 10; ++column)
            m_visits->setItem(row, column, new QTableWidgetItem(cells[column]));
        ++row;
    }
    m_visits->resizeColumnsToContents();
    if (!m_plan.visits.empty())
        m_visits->selectRow(0);
    m_unplanned->clear();
    for (const UnplannedVisit& u : m_plan.unplanned)
        m_unplanned->addItem(QStringLiteral("%1 — %2").arg(u.reference, u.reason));
    const int unlocated = static_cast<int>(std::count_if(m_plan.visits.begin(), m_plan.visits.end(),
                                                         [](const PlannedVisit& v) { return !v.where; }));
    QString summary =
        tr("%n visit(s) on %1, %2 km by the route%3.", nullptr, static_cast<int>(m_plan.visits.size()))
            .arg(QLocale().toString(m_plan.day, QLocale::ShortFormat), QLocale().toString(m_plan.km, 'f', 1),
                 m_plan.exact ? tr(" (the shortest)") : QString());
    if (m_plan.staff > 1)
        summary += QLatin1Char(' ') + tr("Visits need two staff: take a colleague.");
    if (unlocated > 0)
        summary +=
            QLatin1Char(' ') + tr("%n address(es) without a map point: their order and times are estimates.",
                                  nullptr, unlocated);
    if (m_plan.day.isValid())
        m_summary->setText(summary);
}

void FieldDayWindow::prepare()
{
    if (m_plan.visits.empty()) {
        m_readiness->setText(tr("Nothing to prepare: plan a day with visits first."));
        return;
    }
    const bool enrolled = isEnrolled(m_db).value_or(false);
    if (!enrolled || !m_sync) {
        showReadiness(prepareFieldDay(m_db, m_plan, m_days->value()));
        return;
    }
    // Sync and lease on the sync thread; then keep the plan and check the store here.
    m_readiness->setText(tr("Syncing and leasing contact budgets for these accounts…"));
    QByteArrayList accounts;
    for (const PlannedVisit& v : m_plan.visits)
        accounts << v.accountId.toBytes();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_sync, &SyncController::leaseFinished, this,
                          [this, connection](int failure, const QString& message, int granted, qint64 calls,
                                             const QDate& until) {
                              disconnect(*connection);
                              PreparedFieldDay result;
                              result.leases.sync.failure = static_cast<SyncFailure>(failure);
                              result.leases.sync.message = message;
                              result.leases.granted = granted;
                              result.leases.tokens = calls;
                              result.leases.until = until;
                              if (result.leases.sync.ok()) {
                                  if (auto saved = saveFieldDay(m_db, m_plan); !saved)
                                      result.leases.sync = SyncReport::localError(saved.error());
                                  else if (auto gaps = fieldDayGaps(m_db, m_plan); !gaps)
                                      result.leases.sync = SyncReport::localError(gaps.error());
                                  else
                                      result.gaps = std::move(gaps.value());
                              }
                              showReadiness(result);
                          });
    m_sync->goOffline(m_days->value(), accounts);
}

void FieldDayWindow::showReadiness(const PreparedFieldDay& result)
{
    QString text;
    if (!result.leases.sync.ok()) {
        text = tr("Not prepared: %1").arg(result.leases.sync.message);
    } else if (!result.gaps.empty()) {
        QStringList lines;
        for (const FieldGap& gap : result.gaps)
            lines
                << (gap.reference.isEmpty()
                        ? tr("This workstation: %1").arg(gap.missing.join(QStringLiteral(", ")))
                        : tr("%1 is missing %2").arg(gap.reference, gap.missing.join(QStringLiteral(", "))));
        text = tr("Not ready to work offline. Sync again or leave these visits out:") + QLatin1Char('\n') +
               lines.join(QLatin1Char('\n'));
    } else {
        text = tr("Ready for the field: %n visit(s) kept on this workstation with everything they need.",
                  nullptr, static_cast<int>(m_plan.visits.size()));
        if (result.leases.granted > 0)
            text +=
                QLatin1Char(' ') + tr("%n contact budget(s) leased until %1.", nullptr, result.leases.granted)
                                       .arg(QLocale().toString(result.leases.until, QLocale::ShortFormat));
    }
    m_readiness->setText(text);
    if (m_audit)
        (void)m_audit(QStringLiteral("field_day_prepared"),
                      {{QStringLiteral("day"), m_plan.day.toString(Qt::ISODate)},
                       {QStringLiteral("visits"), static_cast<int>(m_plan.visits.size())},
                       {QStringLiteral("ready"), result.ready()},
                       {QStringLiteral("leases"), result.leases.granted}});
    Q_EMIT prepared(result.ready());
}

Status FieldDayWindow::exportDaySheet(const QString& path)
{
    if (auto done = writePdf(path, daySheetHtml(m_plan, m_collector.displayName), tr("Field day")); !done)
        return done;
    if (m_audit && !m_audit(QStringLiteral("export"),
                            {{QStringLiteral("what"), QStringLiteral("field_day_sheet")},
                             {QStringLiteral("day"), m_plan.day.toString(Qt::ISODate)},
                             {QStringLiteral("visits"), static_cast<int>(m_plan.visits.size())}}))
        return makeError(ErrorCode::Io, tr("the day sheet was written but the audit trail was not"));
    return {};
}

} // namespace collector::ui
