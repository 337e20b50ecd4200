// The passphrase form that opens a profile: on the start-up dialog (with a profile chooser) and on the lock
// screen (profile fixed). Opening runs Argon2id, about a second at production limits, off the UI thread.
#pragma once

#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <utility>

class QLabel;
class QLineEdit;
class QPushButton;

namespace collector {
class Profile;
template <typename T> class Result;
} // namespace collector

namespace collector::ui {

using OpenedProfile = std::shared_ptr<Result<Profile>>;

class UnlockForm final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        ChooseProfile, // start-up: the profile folder can be changed
        Relock,        // lock screen: the profile is the one that was open
    };

    UnlockForm(Mode mode, QWidget* parent = nullptr);
    ~UnlockForm() override;

    void setProfileDir(const QString& dir);
    QString profileDir() const;
    void setNotice(const QString& text);
    void focusPassphrase();
    // True from the unlock request until its result has been shown or handed over.
    bool isBusy() const;
    // Wrong passphrases since the last call: the store is closed while they happen, so the window that
    // opens it records them in the audit trail afterwards.
    int takeFailedAttempts() { return std::exchange(m_failedAttempts, 0); }

Q_SIGNALS:
    // The form hands the open profile over and forgets it.
    void unlocked(std::shared_ptr<collector::Profile> profile);

private:
    void attemptUnlock();
    void finishUnlock();
    void browseForProfile();
    void showError(const QString& text);

    Mode m_mode;
    QLabel* m_notice = nullptr;
    QLineEdit* m_profileEdit = nullptr;
    QLineEdit* m_passphraseEdit = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QLabel* m_error = nullptr;
    QFutureWatcher<OpenedProfile> m_watcher;
    bool m_busy = false; // from the click until the result has been handled
    int m_failedAttempts = 0;
};

} // namespace collector::ui
