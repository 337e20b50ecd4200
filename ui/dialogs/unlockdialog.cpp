#include "dialogs/unlockdialog.h"

#include "profile/profile.h"
#include "widgets/unlockform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace collector::ui {

UnlockDialog::UnlockDialog(const QString& profileDir, QWidget* parent)
    : QDialog(parent)
    , m_form(new UnlockForm(UnlockForm::Mode::ChooseProfile, this))
{
    setWindowTitle(tr("Collector Workstation — Unlock"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>Open your profile</b><br>Your work is kept encrypted on this computer. "
                                  "Enter the passphrase to open it."),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(m_form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_form->setProfileDir(profileDir);
    connect(m_form, &UnlockForm::unlocked, this, [this](std::shared_ptr<Profile> profile) {
        m_profile = std::move(profile);
        accept();
    });
    setMinimumWidth(520);
    m_form->focusPassphrase();
}

std::shared_ptr<Profile> UnlockDialog::takeProfile()
{
    return std::move(m_profile);
}

} // namespace collector::ui
