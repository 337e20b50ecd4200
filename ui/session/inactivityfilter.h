// Watches every input event in the application and tells the idle timer someone is at the keyboard.
#pragma once

#include <QObject>

namespace collector {
class IdleTimer;
}

namespace collector::ui {

class InactivityFilter final : public QObject
{
    Q_OBJECT
public:
    // Installs itself on the application; removed when destroyed.
    InactivityFilter(IdleTimer& timer, QObject* parent);
    ~InactivityFilter() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    IdleTimer& m_timer;
};

} // namespace collector::ui
