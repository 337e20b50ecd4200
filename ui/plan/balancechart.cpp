#include "plan/balancechart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTimeZone>
#include <QValueAxis>
#include <cmath>

namespace collector::ui {

namespace {

qreal instant(const QDate& day)
{
    return static_cast<qreal>(QDateTime(day, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

} // namespace

BalanceChart::BalanceChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    // The axes stay; the lines are replaced as the plans change.
    m_time = new QDateTimeAxis(this);
    m_time->setFormat(QStringLiteral("yyyy-MM"));
    m_amount = new QValueAxis(this);
    m_amount->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_time, Qt::AlignBottom);
    chart()->addAxis(m_amount, Qt::AlignLeft);
}

int BalanceChart::seriesCount() const
{
    return static_cast<int>(chart()->series().size());
}

void BalanceChart::setPlans(const std::vector<Line>& lines, const QDate& start, qint64 balanceMinor,
                            const Currency& currency)
{
    QChart* c = chart();
    c->removeAllSeries();
    const double unit = std::pow(10.0, currency.minorDigits);
    QDate last = start.addMonths(1);
    double top = static_cast<double>(balanceMinor) / unit;
    std::vector<QLineSeries*> series;
    for (const Line& line : lines) {
        if (!line.schedule || line.schedule->lines.empty())
            continue;
        auto* s = new QLineSeries();
        s->setName(line.name);
        s->append(instant(start), static_cast<double>(balanceMinor) / unit);
        for (const ScheduleLine& step : line.schedule->lines) {
            s->append(instant(step.dueOn), static_cast<double>(step.balanceMinor) / unit);
            last = std::max(last, step.dueOn);
        }
        c->addSeries(s);
        series.push_back(s);
    }
    m_time->setRange(QDateTime(start, QTime(0, 0), QTimeZone::utc()),
                     QDateTime(last, QTime(23, 0), QTimeZone::utc()));
    m_amount->setRange(0, top > 0 ? top * 1.05 : 1);
    m_amount->setTitleText(currency.code);
    for (QLineSeries* s : series) {
        s->attachAxis(m_time);
        s->attachAxis(m_amount);
    }
    c->legend()->setVisible(true);
}

} // namespace collector::ui
