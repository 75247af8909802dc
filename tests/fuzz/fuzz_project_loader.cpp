// libFuzzer target: the project loader (bytes as a database file).
#include <QCoreApplication>

#include "fuzzentries.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);  // Qt Sql needs an application object
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    respan::fuzz::projectLoader(data, size);
    return 0;
}
