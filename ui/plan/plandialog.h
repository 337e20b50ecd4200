// The plan panel, opened from the account: the balance from the ledger, up to three plans side by side with
// their schedules and totals, a chart of the balance under each, the debtor's budget, and the creditor's
// guardrails next to the fields they concern. Accepting a plan records it (its instalments become promises,
// audited); the agreement then prints or is saved as a PDF in the debtor's language.
#pragma once

#include "plan/planagreement.h"
#include "users/users.h"
#include "workspace/accountview.h"

#include <QDialog>
#include <array>
#include <memory>

class QLabel;
class QPushButton;

namespace collector {
class Clock;
class Profile;
} // namespace collector

namespace collector::ui {

class BalanceChart;
class BudgetForm;
class PlanEditor;

class PlanDialog final : public QDialog
{
    Q_OBJECT
public:
    PlanDialog(std::shared_ptr<Profile> profile, const AccountView& account, const UserRecord& user,
               const Clock& clock, QWidget* parent);

    PlanEditor* editor(int index) const { return m_editors[static_cast<std::size_t>(index)]; }
    BudgetForm* budgetForm() const { return m_budget; }
    BalanceChart* chart() const { return m_chart; }
    // The agreement of the plan accepted here, once one is (empty before).
    const QString& agreement() const { return m_agreementHtml; }
    // Saves the accepted plan's agreement as a PDF (what Export PDF… does after asking where).
    Status exportAgreement(const QString& path);

private:
    void accept(int index);
    void refreshChart();
    void printAgreement();
    void chooseExportPath();

    std::shared_ptr<Profile> m_profile;
    AccountView m_account;
    UserRecord m_user;
    const Clock& m_clock;
    std::array<PlanEditor*, 3> m_editors{};
    BudgetForm* m_budget = nullptr;
    BalanceChart* m_chart = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_export = nullptr;
    QString m_agreementHtml;
};

} // namespace collector::ui
