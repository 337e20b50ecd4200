#include "views/accounthistory.h"

#include "dialogs/contactlogdialog.h"
#include "views/accountworkspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace collector::ui {

namespace {

QString amount(qint64 minor, const Currency& currency)
{
    return Money(minor, currency).toDecimalString() + QLatin1Char(' ') + currency.code;
}

QString channelLabel(const QString& code)
{
    if (code == QLatin1String("call"))
        return AccountHistory::tr("Call");
    if (code == QLatin1String("sms"))
        return AccountHistory::tr("SMS");
    if (code == QLatin1String("email"))
        return AccountHistory::tr("E-mail");
    if (code == QLatin1String("letter"))
        return AccountHistory::tr("Letter");
    if (code == QLatin1String("visit"))
        return AccountHistory::tr("Visit");
    if (code == QLatin1String("chat"))
        return AccountHistory::tr("Chat");
    return code;
}

QString ledgerLabel(const QString& code)
{
    if (code == QLatin1String("placement"))
        return AccountHistory::tr("Placed with us");
    if (code == QLatin1String("interest"))
        return AccountHistory::tr("Interest charged");
    if (code == QLatin1String("fee"))
        return AccountHistory::tr("Fee charged");
    if (code == QLatin1String("adjustment"))
        return AccountHistory::tr("Adjustment");
    if (code == QLatin1String("write_off"))
        return AccountHistory::tr("Written off");
    if (code == QLatin1String("reversal"))
        return AccountHistory::tr("Payment reversed");
    return code;
}

QString promiseStatusLabel(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Pending:
        return AccountHistory::tr("open");
    case PromiseStatus::Kept:
        return AccountHistory::tr("kept");
    case PromiseStatus::PartiallyKept:
        return AccountHistory::tr("partly kept");
    case PromiseStatus::Broken:
        return AccountHistory::tr("broken");
    }
    return {};
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

} // namespace

AccountHistory::AccountHistory(QWidget* parent)
    : QTabWidget(parent)
{
    auto* timelinePage = new QWidget(this);
    auto* layout = new QVBoxLayout(timelinePage);
    layout->setContentsMargins(0, 4, 0, 0);
    m_kind = new QComboBox(timelinePage);
    m_kind->addItem(tr("Everything"), -1);
    const std::pair<TimelineKind, QString> kinds[] = {{TimelineKind::Contact, tr("Contacts")},
                                                      {TimelineKind::Payment, tr("Payments")},
                                                      {TimelineKind::Ledger, tr("Charges and adjustments")},
                                                      {TimelineKind::Promise, tr("Promises")},
                                                      {TimelineKind::Plan, tr("Plans")},
                                                      {TimelineKind::Visit, tr("Visits")},
                                                      {TimelineKind::Note, tr("Notes")},
                                                      {TimelineKind::Stop, tr("Stop events")}};
    for (const auto& [kind, label] : kinds)
        m_kind->addItem(label, static_cast<int>(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int) {
        const int code = m_kind->currentData().toInt();
        setFilter(code < 0 ? std::nullopt : std::optional<TimelineKind>(static_cast<TimelineKind>(code)));
    });
    layout->addWidget(m_kind, 0, Qt::AlignLeft);
    m_timeline = makeTable({tr("When"), tr("What"), tr("Note")}, timelinePage);
    layout->addWidget(m_timeline);
    addTab(timelinePage, tr("Timeline"));
    m_promises = makeTable({tr("Due"), tr("Amount"), tr("Paid"), tr("Status"), tr("From")}, this);
    addTab(m_promises, tr("Promises"));
}

void AccountHistory::show(const AccountView& view, std::vector<TimelineEvent> events)
{
    m_view = view;
    m_events = std::move(events);
    fillTimeline();
    fillPromises();
}

void AccountHistory::clear()
{
    m_view = {};
    m_events.clear();
    m_timeline->setRowCount(0);
    m_promises->setRowCount(0);
}

void AccountHistory::setFilter(std::optional<TimelineKind> kind)
{
    m_filter = kind;
    const int index = m_kind->findData(kind ? static_cast<int>(*kind) : -1);
    if (index != m_kind->currentIndex())
        m_kind->setCurrentIndex(index);
    fillTimeline();
}

QString AccountHistory::describe(const TimelineEvent& e, const Currency& currency)
{
    switch (e.kind) {
    case TimelineKind::Contact: {
        const auto outcome = parseCode<Outcome>(e.code);
        const QString what = outcome ? outcomeLabel(*outcome) : e.code;
        return e.direction == QLatin1String("inbound")
                   ? tr("%1 from the debtor · %2").arg(channelLabel(e.channel), what)
                   : tr("%1 · %2").arg(channelLabel(e.channel), what);
    }
    case TimelineKind::Payment:
        return tr("Payment of %1").arg(amount(e.amountMinor, currency));
    case TimelineKind::Ledger:
        return tr("%1: %2").arg(ledgerLabel(e.code), amount(e.amountMinor, currency));
    case TimelineKind::Promise: {
        const auto status = parseCode<PromiseStatus>(e.code);
        return tr("Promise of %1 due %2 · %3")
            .arg(amount(e.amountMinor, currency), e.dueOn.toString(Qt::ISODate),
                 status ? promiseStatusLabel(*status) : e.code);
    }
    case TimelineKind::Plan:
        return tr("Plan agreed: %n instalment(s), %1 in all, until %2", nullptr, e.count)
            .arg(amount(e.amountMinor, currency), e.dueOn.toString(Qt::ISODate));
    case TimelineKind::Visit:
        return tr("Visit · %1").arg(QString(e.code).replace(QLatin1Char('_'), QLatin1Char(' ')));
    case TimelineKind::Note:
        return tr("Note");
    case TimelineKind::Stop: {
        if (e.code == QLatin1String("cleared")) {
            const auto lifted = parseCode<StopKind>(e.channel);
            return tr("Cleared: %1").arg(lifted ? stopLabel(*lifted) : e.channel);
        }
        const auto kind = parseCode<StopKind>(e.code);
        const QString label = kind ? stopLabel(*kind) : e.code;
        return e.dueOn.isValid() ? tr("%1 until %2").arg(label, e.dueOn.toString(Qt::ISODate))
                                 : tr("%1 recorded").arg(label);
    }
    }
    return {};
}

void AccountHistory::fillTimeline()
{
    std::vector<const TimelineEvent*> shown;
    for (const TimelineEvent& e : m_events)
        if (!m_filter || e.kind == *m_filter)
            shown.push_back(&e);
    m_timeline->setRowCount(static_cast<int>(shown.size()));
    const QTimeZone zone(m_view.timeZone.toUtf8());
    for (int row = 0; row < static_cast<int>(shown.size()); ++row) {
        const TimelineEvent& e = *shown[static_cast<std::size_t>(row)];
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.atMs, QTimeZone::utc());
        // Ledger days and promises are days; contacts have a time, shown in the debtor's zone.
        const bool dayOnly = e.kind == TimelineKind::Payment || e.kind == TimelineKind::Ledger ||
                             e.kind == TimelineKind::Promise;
        const QString when =
            dayOnly
                ? at.date().toString(Qt::ISODate)
                : (zone.isValid() ? at.toTimeZone(zone) : at).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        setRow(m_timeline, row, {when, describe(e, m_view.currency), e.note.simplified()});
    }
}

void AccountHistory::fillPromises()
{
    m_promises->setRowCount(static_cast<int>(m_view.promises.size()));
    for (int row = 0; row < static_cast<int>(m_view.promises.size()); ++row) {
        const PromiseView& p = m_view.promises[static_cast<std::size_t>(row)];
        setRow(m_promises, row,
               {p.dueOn.toString(Qt::ISODate), amount(p.amountMinor, m_view.currency),
                amount(p.paidMinor, m_view.currency), promiseStatusLabel(p.status),
                p.planId.isNull() ? tr("call") : tr("plan, instalment %1").arg(p.instalmentNo)});
    }
}

} // namespace collector::ui
