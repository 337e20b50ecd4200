// The start-up dialog: which profile to open and its passphrase.
#pragma once

#include <QDialog>
#include <memory>

namespace collector {
class Profile;
}

namespace collector::ui {

class UnlockForm;

class UnlockDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(const QString& profileDir, QWidget* parent = nullptr);

    UnlockForm* form() const { return m_form; }
    // The opened profile once the dialog was accepted; the caller takes it.
    std::shared_ptr<Profile> takeProfile();

private:
    UnlockForm* m_form;
    std::shared_ptr<Profile> m_profile;
};

} // namespace collector::ui
