// The row above the queue: one search box (a reference, or a debtor's name or phone number) and the filters a
// collector narrows a long queue with: group, stage, days-past-due bucket, last outcome, promise state.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace collector::ui {

class QueueModel;

class QueueFilterBar final : public QWidget
{
    Q_OBJECT
public:
    QueueFilterBar(QueueModel* queue, QWidget* parent);

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* stageBox() const { return m_stage; }
    QComboBox* dpdBox() const { return m_dpd; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QComboBox* promiseBox() const { return m_promise; }

Q_SIGNALS:
    // The text has rested for a moment and may be a name or a number: the window looks it up in the store.
    void searchRequested(const QString& text);

private:
    QueueModel* m_filter;
    QLineEdit* m_search = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_dpd = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_promise = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace collector::ui
