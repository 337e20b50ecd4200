// 128-bit integers for exact money arithmetic (balance x rate x days overflows 64 bits). A GCC and clang
// extension; __extension__ keeps -Wpedantic quiet about it.
#pragma once

namespace collector {

__extension__ using WideInt = __int128;

} // namespace collector
