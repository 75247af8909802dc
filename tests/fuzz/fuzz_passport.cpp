// libFuzzer target: the materials passport importer, with the export round trip as a property.
#include <QCoreApplication>

#include "fuzzentries.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    respan::fuzz::passport(data, size);
    return 0;
}
