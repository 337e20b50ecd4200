// The balance left over time under each plan, one line per plan, so a debtor sees how long each choice lasts.
#pragma once

#include "plan/schedule.h"

#include <QChartView>
#include <QString>
#include <optional>
#include <vector>

class QDateTimeAxis;
class QValueAxis;

namespace collector::ui {

class BalanceChart final : public QChartView
{
    Q_OBJECT
public:
    explicit BalanceChart(QWidget* parent);

    struct Line
    {
        QString name;
        std::optional<Schedule> schedule;
    };
    // `start`: the day the plans start, where every line begins at `balanceMinor`.
    void setPlans(const std::vector<Line>& lines, const QDate& start, qint64 balanceMinor,
                  const Currency& currency);
    int seriesCount() const;

private:
    QDateTimeAxis* m_time = nullptr;
    QValueAxis* m_amount = nullptr;
};

} // namespace collector::ui
