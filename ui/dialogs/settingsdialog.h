// The profile's settings a collector may change: for now, how long the workstation waits before locking.
#pragma once

#include <QDialog>

class QSpinBox;

namespace collector::ui {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(int idleLockMinutes, QWidget* parent = nullptr);
    int idleLockMinutes() const;

private:
    QSpinBox* m_idleMinutes;
};

} // namespace collector::ui
