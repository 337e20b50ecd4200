// The account workspace: who owes what, how to reach them, and whether the law lets anyone do so now.
// Personal data (name, id number, phone numbers, e-mail, addresses) is masked until the collector reveals one
// field; the window audits every reveal before the value appears. Each contact point carries the gate's
// answer, with the rule and the time contact reopens.
#pragma once

#include "compliance/gate.h"
#include "workspace/accountview.h"

#include <QDateTime>
#include <QWidget>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace collector::ui {

class AccountHistory;

// A stop event's kind as a badge reads ("Dispute", "Breathing space").
QString stopLabel(StopKind kind);

class AccountWorkspace final : public QWidget
{
    Q_OBJECT
public:
    explicit AccountWorkspace(QWidget* parent = nullptr);

    // One gate decision per contact point of the view, in the same order.
    void showAccount(const AccountView& view, const std::vector<GateDecision>& gates, const QDateTime& now);
    void updateGates(const std::vector<GateDecision>& gates, const QDateTime& now);
    const AccountView& account() const { return m_view; }
    int currentPoint() const;
    void selectPoint(int row);

    // Shows one field in clear, after the window has audited the reveal. `point` is -1 for debtor fields.
    void revealField(const QString& field, int point);
    bool isRevealed(const QString& field, int point) const;
    // Masks everything again (at lock).
    void conceal();

    // The timeline and promises under the card (the window fills them from the store).
    AccountHistory* history() const { return m_history; }

    // What a gate decision reads like in one line ("Allowed until 21:00", "Blocked — reopens Tue 09:00").
    static QString gateSummary(const GateDecision& gate);

Q_SIGNALS:
    // "name", "national_id" or "contact" (with the point's row).
    void revealRequested(const QString& field, int point);

private:
    void fillDebtor();
    void fillPoints();
    void showGateDetail();

    AccountView m_view;
    std::vector<GateDecision> m_gates;
    QDateTime m_now;
    bool m_nameShown = false;
    bool m_idShown = false;
    std::vector<bool> m_pointShown;

    QLabel* m_header = nullptr;
    QLabel* m_badges = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_nationalId = nullptr;
    QLabel* m_localTime = nullptr;
    QLabel* m_standing = nullptr;
    QLabel* m_balance = nullptr;
    QPushButton* m_revealName = nullptr;
    QPushButton* m_revealId = nullptr;
    QPushButton* m_revealPoint = nullptr;
    QTableWidget* m_points = nullptr;
    QLabel* m_gateDetail = nullptr;
    AccountHistory* m_history = nullptr;
};

} // namespace collector::ui
