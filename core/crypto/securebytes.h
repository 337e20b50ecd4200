// Secret bytes (keys, passphrases) in locked memory that never reaches swap and is wiped when released.
#pragma once

#include <QByteArray>
#include <cstddef>

namespace collector {

// Starts libsodium once per process; safe to call from any thread. False when the library cannot start.
bool ensureSodium();

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    // Copies then wipes the source, so the caller's plain buffer does not linger.
    static SecureBytes takeFrom(QByteArray& plain);
    static SecureBytes random(std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // False when locked memory could not be had (the constructor leaves the buffer empty).
    bool isValid() const { return m_data != nullptr || m_size == 0; }

    bool equals(const SecureBytes& other) const;
    // Lower-case hex in locked memory, for SQLCipher's raw key syntax.
    SecureBytes toHex() const;

private:
    void release();

    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace collector
