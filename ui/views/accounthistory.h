// Under the debtor card: the account's timeline (everything that happened, newest first, filtered by kind)
// and its promises with what became of each (plan instalments included).
#pragma once

#include "workspace/accountview.h"
#include "workspace/timeline.h"

#include <QTabWidget>
#include <vector>

class QComboBox;
class QTableWidget;

namespace collector::ui {

class AccountHistory final : public QTabWidget
{
    Q_OBJECT
public:
    explicit AccountHistory(QWidget* parent);

    void show(const AccountView& view, std::vector<TimelineEvent> events);
    void clear();

    // Filters the timeline to one kind, or everything (nullopt).
    void setFilter(std::optional<TimelineKind> kind);
    QTableWidget* timelineTable() const { return m_timeline; }
    QTableWidget* promiseTable() const { return m_promises; }

    // One line for an event, as the timeline shows it.
    static QString describe(const TimelineEvent& event, const Currency& currency);

private:
    void fillTimeline();
    void fillPromises();

    AccountView m_view;
    std::vector<TimelineEvent> m_events;
    std::optional<TimelineKind> m_filter;
    QComboBox* m_kind = nullptr;
    QTableWidget* m_timeline = nullptr;
    QTableWidget* m_promises = nullptr;
};

} // namespace collector::ui
