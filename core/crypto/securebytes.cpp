#include "crypto/securebytes.h"

#include <sodium.h>
#include <utility>

namespace collector {

bool ensureSodium()
{
    // sodium_init is itself thread-safe and idempotent; a negative answer means the library is unusable.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0 || !ensureSodium())
        return;
    // sodium_malloc guards the allocation with canaries and locks it into memory. On failure the size is kept
    // with a null pointer, which isValid() reports.
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    m_size = size;
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::release()
{
    if (m_data != nullptr)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::takeFrom(QByteArray& plain)
{
    SecureBytes out(static_cast<std::size_t>(plain.size()));
    if (out.m_data != nullptr && !plain.isEmpty())
        memcpy(out.m_data, plain.constData(), static_cast<std::size_t>(plain.size()));
    if (!plain.isEmpty())
        sodium_memzero(plain.data(), static_cast<std::size_t>(plain.size()));
    plain.clear();
    return out;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes out(size);
    if (out.m_data != nullptr)
        randombytes_buf(out.m_data, size);
    return out;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes hex(m_size * 2 + 1);
    if (hex.m_data == nullptr || m_data == nullptr)
        return {};
    sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), hex.m_size, m_data, m_size);
    hex.m_size = m_size * 2; // drop the terminating zero from the visible size; the allocation stays whole
    return hex;
}

} // namespace collector
