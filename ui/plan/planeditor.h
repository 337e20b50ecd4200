// One plan of the plan panel: its terms as fields, the schedule they give (recomputed as the collector
// types), the totals, and the creditor's guardrails checked with the failing rule shown next to the field it
// concerns. Up to three of these stand side by side so a debtor can be offered a choice.
#pragma once

#include "plan/affordability.h"
#include "plan/schedule.h"

#include <QGroupBox>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace collector::ui {

class PlanEditor final : public QGroupBox
{
    Q_OBJECT
public:
    struct Context
    {
        Currency currency;
        qint64 balanceOwedMinor = 0;
        QDate today;
        Guardrails rails;
        UserRole role = UserRole::Collector;
    };

    PlanEditor(const QString& title, const Context& context, QWidget* parent);

    // Pre-sets the fields (what a collector usually offers first).
    void setOffer(PlanMethod method, int term, const QString& settlementAmount = {});
    // The budget the plans are checked against, or none.
    void setBudget(const std::optional<Budget>& budget);

    // The terms and schedule as they stand; nothing while a field is invalid.
    const std::optional<PlanTerms>& terms() const { return m_terms; }
    const std::optional<Schedule>& schedule() const { return m_schedule; }
    std::optional<Affordability> affordability() const;
    // The rules the plan breaks now (empty when it may be offered).
    const std::vector<RuleFailure>& failures() const { return m_failures; }
    QPushButton* acceptButton() const { return m_accept; }
    QComboBox* methodBox() const { return m_method; }
    QSpinBox* termBox() const { return m_term; }
    QLineEdit* settlementEdit() const { return m_settlement; }
    QTableWidget* table() const { return m_table; }
    QString summary() const;

Q_SIGNALS:
    void changed();
    void acceptRequested();

private:
    void recompute();
    std::optional<PlanTerms> readTerms();
    void showFailures();
    void showError(QLabel* label, const QString& text);
    void fillTable();

    Context m_context;
    std::optional<Budget> m_budget;
    std::optional<PlanTerms> m_terms;
    std::optional<Schedule> m_schedule;
    std::vector<RuleFailure> m_failures;

    QComboBox* m_method = nullptr;
    QSpinBox* m_term = nullptr;
    QComboBox* m_frequency = nullptr;
    QLineEdit* m_rate = nullptr;
    QDateEdit* m_firstDue = nullptr;
    QLineEdit* m_downPayment = nullptr;
    QLineEdit* m_settlement = nullptr;
    QLabel* m_termError = nullptr;
    QLabel* m_amountError = nullptr;
    QLabel* m_settlementError = nullptr;
    QLabel* m_totals = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_accept = nullptr;
};

} // namespace collector::ui
