#include "widgets/unlockform.h"

#include "common/result.h"
#include "profile/profile.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace collector::ui {

UnlockForm::UnlockForm(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
{
    auto* layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    auto* form = new QFormLayout;
    m_profileEdit = new QLineEdit(this);
    m_profileEdit->setObjectName(QStringLiteral("profileEdit"));
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileEdit, 1);
    if (mode == Mode::ChooseProfile) {
        auto* browse = new QPushButton(tr("&Browse…"), this);
        connect(browse, &QPushButton::clicked, this, &UnlockForm::browseForProfile);
        profileRow->addWidget(browse);
    } else {
        m_profileEdit->setReadOnly(true);
    }
    auto* profileLabel = new QLabel(tr("P&rofile folder:"), this);
    profileLabel->setBuddy(m_profileEdit);
    form->addRow(profileLabel, profileRow);

    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    auto* passLabel = new QLabel(tr("Pass&phrase:"), this);
    passLabel->setBuddy(m_passphraseEdit);
    form->addRow(passLabel, m_passphraseEdit);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_unlockButton = new QPushButton(tr("&Unlock"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_unlockButton->setAutoDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_unlockButton);
    layout->addLayout(buttons);

    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockForm::attemptUnlock);
    connect(m_passphraseEdit, &QLineEdit::returnPressed, this, &UnlockForm::attemptUnlock);
    connect(&m_watcher, &QFutureWatcher<OpenedProfile>::finished, this, &UnlockForm::finishUnlock);
}

UnlockForm::~UnlockForm()
{
    m_watcher.waitForFinished(); // an open in flight must not outlive the form it reports to
}

void UnlockForm::setProfileDir(const QString& dir)
{
    m_profileEdit->setText(dir);
}

QString UnlockForm::profileDir() const
{
    return m_profileEdit->text().trimmed();
}

void UnlockForm::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void UnlockForm::focusPassphrase()
{
    m_passphraseEdit->setFocus(Qt::OtherFocusReason);
}

bool UnlockForm::isBusy() const
{
    return m_busy;
}

void UnlockForm::browseForProfile()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a profile folder"), profileDir());
    if (!dir.isEmpty())
        setProfileDir(dir);
}

void UnlockForm::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void UnlockForm::attemptUnlock()
{
    if (isBusy())
        return;
    if (profileDir().isEmpty()) {
        showError(tr("Choose the profile folder first."));
        return;
    }
    // The passphrase leaves the widget at once and travels in locked memory only.
    QByteArray utf8 = m_passphraseEdit->text().toUtf8();
    m_passphraseEdit->clear();
    auto passphrase = std::make_shared<SecureBytes>(SecureBytes::takeFrom(utf8));
    showError(QString());
    m_busy = true;
    m_unlockButton->setEnabled(false);
    m_unlockButton->setText(tr("Unlocking…"));
    setCursor(Qt::WaitCursor);
    const QString dir = profileDir();
    m_watcher.setFuture(QtConcurrent::run(
        [dir, passphrase] { return std::make_shared<Result<Profile>>(Profile::open(dir, *passphrase)); }));
}

void UnlockForm::finishUnlock()
{
    m_busy = false;
    unsetCursor();
    m_unlockButton->setEnabled(true);
    m_unlockButton->setText(tr("&Unlock"));
    OpenedProfile opened = m_watcher.result();
    if (!opened->ok()) {
        if (opened->error().code == ErrorCode::WrongPassphrase)
            ++m_failedAttempts;
        showError(errorAdvice(opened->error().code));
        focusPassphrase();
        return;
    }
    auto profile = std::make_shared<Profile>(std::move(*opened).value());
    Q_EMIT unlocked(std::move(profile));
}

} // namespace collector::ui
