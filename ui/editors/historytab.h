#pragma once

#include <QWidget>

#include <optional>
#include <vector>

#include "core/model/element.h"

class QTableWidget;

namespace respan::ui {

/// The History tab of the element editor: every status change with time, user, from, to and
/// note; a change made in the open dialog is listed last, marked as pending until OK.
class HistoryTab : public QWidget {
    Q_OBJECT
public:
    explicit HistoryTab(std::vector<StatusChange> history, QWidget* parent = nullptr);

    void setPending(const std::optional<StatusChange>& pending);
    [[nodiscard]] QTableWidget* table() const { return table_; }

private:
    void refresh();
    std::vector<StatusChange> history_;
    std::optional<StatusChange> pending_;
    QTableWidget* table_;
};

}  // namespace respan::ui
