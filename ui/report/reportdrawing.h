#pragma once

#include <QRectF>
#include <QSet>
#include <QStringList>

#include <memory>

#include "core/model/uid.h"
#include "core/planning/assignmentchecker.h"

class QPainter;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class ViaductScene;

/// The planning board's viaduct drawing for the report: the same scene, with the slots whose
/// placement breaks a rule drawn as conflicts (as the engine judged them), rendered as vectors
/// into the report's painter, whole structures or one span at a time.
class ReportDrawing {
public:
    explicit ReportDrawing(ProjectDocument& doc);
    ~ReportDrawing();
    ReportDrawing(const ReportDrawing&) = delete;
    ReportDrawing& operator=(const ReportDrawing&) = delete;

    /// Scene rectangle of a structure (with its title), empty when it is not drawn.
    [[nodiscard]] QRectF structureRect(Uid structure) const;
    /// Scene rectangle of one span: its label band and its slots, with half the piers.
    [[nodiscard]] QRectF spanRect(Uid structure, Uid span) const;
    /// Scene units per metre (the drawing is true to scale).
    [[nodiscard]] static double unitsPerMetre();
    /// Draws `source` (scene units) into `target` (points), keeping the aspect ratio.
    void paint(QPainter& painter, const QRectF& target, const QRectF& source) const;
    /// Names of the slot states in the legend (pinned, proposed, conflict, empty), translated
    /// when called: the report asks while its language is in place.
    static QStringList legendNames();
    /// A one-line legend of the slot states at `topLeft` (fonts in points); returns its height.
    static double paintLegend(QPainter& painter, const QPointF& topLeft, double fontPoints,
                              const QStringList& names);

private:
    /// The planning board's own checker: conflicts as the engine judges them (the report's
    /// plan evaluation uses the same checkAssignments).
    AssignmentChecker checker_;
    ProjectDocument& doc_;
    std::unique_ptr<ViaductScene> scene_;
};

}  // namespace respan::ui
