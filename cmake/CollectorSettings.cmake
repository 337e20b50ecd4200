# One INTERFACE target carries the language standard, the warnings (errors in every configuration) and the
# Qt hygiene defines. Every target of the project links it; nothing is set globally.
add_library(collector_settings INTERFACE)
add_library(collector::settings ALIAS collector_settings)

target_compile_features(collector_settings INTERFACE cxx_std_20)

target_compile_options(collector_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wformat=2
    -Werror)

target_compile_definitions(collector_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    # Honoured from Qt 6.7 on; kept so a newer Qt enforces connect() with a context object.
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    COLLECTOR_VERSION="${PROJECT_VERSION}")

option(COLLECTOR_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(COLLECTOR_SANITIZE)
    target_compile_options(collector_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(collector_settings INTERFACE -fsanitize=address,undefined)
endif()

if(COLLECTOR_BUILD_FUZZERS)
    # Coverage instrumentation for everything the fuzzers reach; the fuzz targets add the libFuzzer driver.
    target_compile_options(collector_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
