#pragma once

// The parts of a main window as a test reaches them: through Qt's object tree, the way any
// outside code would, not through accessors of MainWindow (which hands out none but its
// document). Each part must exist exactly once below the window; otherwise the test fails
// with an exception naming the part (benchmarks use this too, so no gtest macros here).

#include <QObject>

#include <stdexcept>
#include <string>
#include <typeinfo>

namespace respan::test {

template <class T>
T& part(const QObject& window) {
    const QList<T*> found = window.findChildren<T*>();
    if (found.size() != 1) {
        const std::string what = std::string("expected one ") + T::staticMetaObject.className() +
                                 " below the window, found " + std::to_string(found.size());
        throw std::logic_error(what);
    }
    return *found.front();
}

}  // namespace respan::test
