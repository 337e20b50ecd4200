#include "plan/budgetform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace collector::ui {

BudgetForm::BudgetForm(const Currency& currency, QWidget* parent)
    : QGroupBox(tr("Affordability (monthly)"), parent)
    , m_currency(currency)
{
    auto* form = new QFormLayout(this);
    auto add = [&](std::vector<std::pair<QString, QLineEdit*>>& into, const char* code,
                   const QString& label) {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(QStringLiteral("0.00"));
        edit->setObjectName(QString::fromLatin1(code));
        form->addRow(label, edit);
        into.emplace_back(QString::fromLatin1(code), edit);
        connect(edit, &QLineEdit::textChanged, this, &BudgetForm::update);
    };
    form->addRow(new QLabel(tr("<b>Income</b>"), this));
    add(m_income, "salary", tr("&Salary"));
    add(m_income, "benefits", tr("&Benefits"));
    add(m_income, "other_income", tr("&Other income"));
    form->addRow(new QLabel(tr("<b>Spending</b>"), this));
    add(m_spending, "housing", tr("&Housing"));
    add(m_spending, "food", tr("F&ood"));
    add(m_spending, "utilities", tr("&Utilities"));
    add(m_spending, "transport", tr("&Transport"));
    add(m_spending, "children", tr("&Children"));
    add(m_spending, "debt_repayments", tr("Other &debts"));
    add(m_spending, "other_spending", tr("Ot&her"));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    form->addRow(m_result);
    update();
}

QLineEdit* BudgetForm::field(const QString& category) const
{
    for (const auto* list : {&m_income, &m_spending})
        for (const auto& [code, edit] : *list)
            if (code == category)
                return edit;
    return nullptr;
}

std::optional<Budget> BudgetForm::budget() const
{
    Budget budget;
    bool anyIncome = false;
    for (auto [list, into] :
         {std::pair{&m_income, &budget.income}, std::pair{&m_spending, &budget.expenditure}})
        for (const auto& [code, edit] : *list) {
            if (edit->text().trimmed().isEmpty())
                continue;
            auto amount = Money::parse(edit->text(), m_currency);
            if (!amount || amount.value().minor() < 0)
                return std::nullopt;
            into->push_back({code, amount.value().minor()});
            anyIncome = anyIncome || list == &m_income;
        }
    if (!anyIncome)
        return std::nullopt;
    return budget;
}

void BudgetForm::update()
{
    for (const auto* list : {&m_income, &m_spending})
        for (const auto& [code, edit] : *list) {
            const bool bad = !edit->text().trimmed().isEmpty() && !Money::parse(edit->text(), m_currency);
            edit->setStyleSheet(bad ? QStringLiteral("border: 1px solid #b3261e;") : QString());
            edit->setToolTip(bad ? tr("Enter an amount, like 1,200.00") : QString());
        }
    const auto current = budget();
    if (!current) {
        m_result->setText(tr("Enter the debtor's income to check the plans against their budget."));
    } else if (auto monthly = assessAffordability(*current, Frequency::Monthly, 30); monthly) {
        m_result->setText(
            tr("Disposable income: <b>%1 %2</b> a month.")
                .arg(Money(monthly.value().disposableMinor, m_currency).toDecimalString(), m_currency.code));
    }
    Q_EMIT changed();
}

} // namespace collector::ui
