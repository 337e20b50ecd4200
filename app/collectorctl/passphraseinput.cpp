#include "passphraseinput.h"

#include <QFile>
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace collector::cli {

namespace {

void trimLineEnd(SecureBytes& bytes, std::size_t& length)
{
    while (length > 0 && (bytes.data()[length - 1] == '\n' || bytes.data()[length - 1] == '\r'))
        --length;
}

// Copies the first `length` bytes into a buffer of exactly that size.
SecureBytes shrink(const SecureBytes& bytes, std::size_t length)
{
    SecureBytes out(length);
    if (length > 0)
        memcpy(out.data(), bytes.data(), length);
    return out;
}

} // namespace

Result<SecureBytes> readPassphraseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("cannot read the passphrase file"));
    constexpr std::size_t kMax = 4096;
    SecureBytes buffer(kMax);
    const qint64 read = file.readLine(reinterpret_cast<char*>(buffer.data()), kMax);
    if (read <= 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the passphrase file is empty"));
    std::size_t length = static_cast<std::size_t>(read);
    trimLineEnd(buffer, length);
    if (length == 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the passphrase file's first line is empty"));
    return shrink(buffer, length);
}

Result<SecureBytes> promptPassphrase(const char* prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("no terminal to ask for the passphrase; use --passphrase-file"));
    termios saved{};
    const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    (void)!::write(fd, prompt, strlen(prompt));
    constexpr std::size_t kMax = 4096;
    SecureBytes buffer(kMax);
    std::size_t length = 0;
    char c = 0;
    while (length < kMax && ::read(fd, &c, 1) == 1 && c != '\n')
        buffer.data()[length++] = static_cast<unsigned char>(c);
    if (isTerminal)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    trimLineEnd(buffer, length);
    return shrink(buffer, length);
}

Result<SecureBytes> obtainPassphrase(const QString& file, const char* prompt)
{
    return file.isEmpty() ? promptPassphrase(prompt) : readPassphraseFile(file);
}

Result<Profile> openProfileWithPassphrase(const QString& dir, const QString& passphraseFile)
{
    auto passphrase = obtainPassphrase(passphraseFile, "Passphrase: ");
    if (!passphrase)
        return passphrase.error();
    return Profile::open(dir, passphrase.value());
}

Result<SecureBytes> obtainNewPassphrase(const QString& file)
{
    auto first = obtainPassphrase(file, "New passphrase: ");
    if (!first)
        return first;
    if (first.value().size() < static_cast<std::size_t>(kMinPassphraseLength))
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("choose a passphrase of at least %1 characters").arg(kMinPassphraseLength));
    if (file.isEmpty()) {
        auto again = promptPassphrase("Repeat the new passphrase: ");
        if (!again)
            return again;
        if (!again.value().equals(first.value()))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("the two passphrases differ"));
    }
    return first;
}

} // namespace collector::cli
