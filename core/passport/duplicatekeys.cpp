#include "core/passport/duplicatekeys.h"

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

#include "core/passport/jsonfieldreader.h"

namespace respan::passport {

namespace {

/// SAX handler that keeps the keys seen per open object and stops at the first repeat.
class KeyScanner : public nlohmann::json_sax<nlohmann::json> {
public:
    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }

    bool start_object(std::size_t) override {
        open(true);
        return true;
    }
    bool key(string_t& name) override {
        Frame& f = frames_.back();
        f.key = QString::fromStdString(name);
        if (!f.keys.insert(name).second) {
            found_ = DuplicateKey{childPath(f.path, f.key), f.key};
            return false;
        }
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override {
        open(false);
        return true;
    }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false;
    }

    [[nodiscard]] const std::optional<DuplicateKey>& found() const { return found_; }

private:
    struct Frame {
        bool object = false;
        QString path;
        std::set<std::string> keys;
        QString key;          ///< the key whose value is being read (objects)
        qsizetype index = 0;  ///< the item being read (arrays)
    };

    /// Path of the value that starts now.
    [[nodiscard]] QString childOfTop() const {
        if (frames_.empty()) return QString();
        const Frame& f = frames_.back();
        return f.object ? childPath(f.path, f.key) : itemPath(f.path, f.index);
    }
    void open(bool object) {
        Frame f;
        f.object = object;
        f.path = childOfTop();
        frames_.push_back(std::move(f));
    }
    bool close() {
        frames_.pop_back();
        return value();
    }
    bool value() {
        if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
        return true;
    }

    std::vector<Frame> frames_;
    std::optional<DuplicateKey> found_;
};

}  // namespace

std::optional<DuplicateKey> findDuplicateKey(const QByteArray& json) {
    KeyScanner scanner;
    nlohmann::json::sax_parse(json.constData(), json.constData() + json.size(), &scanner,
                              nlohmann::json::input_format_t::json, false);
    return scanner.found();
}

}  // namespace respan::passport
