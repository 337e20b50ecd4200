// Fuzzes the key file parser: a damaged or hostile profile.key must give an error, never a crash, and never
// Argon2 limits that would exhaust memory.
#include "crypto/keyfile.h"

#include <cstddef>
#include <cstdint>

using namespace collector;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto parsed = KeyFile::parse(bytes);
    if (parsed.ok() && !parsed.value().limits().isAcceptable())
        __builtin_trap();
    if (parsed.ok())
        (void)KeyFile::parse(parsed.value().serialize()); // what we write must read back
    return 0;
}
