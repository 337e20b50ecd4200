// The debtor's monthly budget as the collector asks it: income and spending by category. It gives the
// disposable income, and the plans are checked against the highest instalment it sustains.
#pragma once

#include "plan/affordability.h"

#include <QGroupBox>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;

namespace collector::ui {

class BudgetForm final : public QGroupBox
{
    Q_OBJECT
public:
    BudgetForm(const Currency& currency, QWidget* parent);

    // The budget once any income is entered and every field reads as an amount; otherwise none.
    std::optional<Budget> budget() const;
    // The field for a category code ("salary", "housing", …), for tests and pre-filling.
    QLineEdit* field(const QString& category) const;

Q_SIGNALS:
    void changed();

private:
    void update();

    Currency m_currency;
    std::vector<std::pair<QString, QLineEdit*>> m_income;
    std::vector<std::pair<QString, QLineEdit*>> m_spending;
    QLabel* m_result = nullptr;
};

} // namespace collector::ui
