#pragma once

#include <QDate>
#include <QWidget>

#include "core/model/storagesite.h"
#include "core/yard/storageplan.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTableWidget;
class QTimer;
class QUndoStack;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class OccupancyChart;
class YardView;

/// The Storage dock (docs/storage-layout.md): per site the yard drawn to scale on the date of the
/// slider (replaying it over time), the weekly occupancy chart, the stays with their cost (dates
/// editable: then manual), and the conflicts. Moving or turning a girder in the yard, editing a
/// stay or putting either back to the plan is one undo step.
class StoragePanel : public QWidget {
    Q_OBJECT
public:
    StoragePanel(ProjectDocument& doc, QUndoStack& undo, QWidget* parent = nullptr);

    [[nodiscard]] YardView* yardView() const { return yard_; }
    [[nodiscard]] OccupancyChart* chart() const { return chart_; }
    [[nodiscard]] QSlider* dateSlider() const { return slider_; }
    [[nodiscard]] QComboBox* siteBox() const { return sites_; }
    [[nodiscard]] QPushButton* removeSiteButton() const { return removeSite_; }
    [[nodiscard]] QTableWidget* staysTable() const { return stays_; }
    [[nodiscard]] QDate shownDate() const { return date_; }
    void setEditable(bool editable);
    /// Recomputes now (otherwise after the next edit, when the panel shows).
    void refresh();
    void showDate(QDate date);
    /// Writes the yard as shown to a PNG or SVG file (by its suffix); empty on success, else why.
    QString exportYard(const QString& path) const;

Q_SIGNALS:
    void elementSelected(Uid element);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createToolBar();
    QWidget* createStaysColumn();
    void showSite();
    void updateYard();
    void fillStays();
    void stayEdited(int row, int column);
    void resetStay();
    void exportClicked();
    /// Takes the shown site out of the project (one undo step); its girders keep the site's id
    /// and show as "unknown site" conflicts until they get another one.
    void removeCurrentSite();
    void setPlace(Uid element, const std::optional<YardPlace>& place);
    [[nodiscard]] const StorageSite* currentSite() const;

    ProjectDocument& doc_;
    QUndoStack& undo_;
    yard::StoragePlan plan_;
    QDate first_;
    QDate date_;
    QComboBox* sites_;
    QSlider* slider_;
    QLabel* dateLabel_;
    QLabel* summary_;
    QPushButton* export_;
    QPushButton* removeSite_;
    QPushButton* reset_;
    YardView* yard_;
    OccupancyChart* chart_;
    QTableWidget* stays_;
    QLabel* conflicts_;
    QTimer* rebuildTimer_;
    bool dirty_ = true;
    bool editable_ = true;
    bool filling_ = false;
};

}  // namespace respan::ui
