#include "dialogs/settingsdialog.h"

#include "profile/workstationsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace collector::ui {

SettingsDialog::SettingsDialog(int idleLockMinutes, QWidget* parent)
    : QDialog(parent)
    , m_idleMinutes(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpin"));
    m_idleMinutes->setRange(kMinIdleLockMinutes, kMaxIdleLockMinutes);
    m_idleMinutes->setValue(idleLockMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    auto* form = new QFormLayout(this);
    auto* label = new QLabel(tr("&Lock after inactivity:"), this);
    label->setBuddy(m_idleMinutes);
    form->addRow(label, m_idleMinutes);
    auto* hint = new QLabel(tr("The workstation locks itself when nobody has used it for this long. Debtors' "
                               "personal data must not stay on an unattended screen."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

int SettingsDialog::idleLockMinutes() const
{
    return m_idleMinutes->value();
}

} // namespace collector::ui
