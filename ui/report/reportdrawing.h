#pragma once

#include <QRectF>
#include <QSet>
#include <QStringList>

#include <memory>

#include "model/uid.h"
#include "planning/assignmentchecker.h"

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
    ReportDrawing(ProjectDocument& doc, QSet<Uid> conflictSlots);
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
    /// Conflicts as the engine found them; admissibility is not asked in a report.
    class Checker : public AssignmentChecker {
    public:
        explicit Checker(QSet<Uid> conflictSlots) : conflicts_(std::move(conflictSlots)) {}
        [[nodiscard]] AdmissibilityVerdict check(const ProjectDocument&, Uid, Uid,
                                                 std::span<const Assignment>) const override {
            return AdmissibilityVerdict::ok();
        }
        [[nodiscard]] std::optional<AdmissibilityVerdict> conflict(
            const ProjectDocument&, const Assignment& assignment) const override;

    private:
        QSet<Uid> conflicts_;
    };

    ProjectDocument& doc_;
    Checker checker_;
    std::unique_ptr<ViaductScene> scene_;
};

}  // namespace respan::ui
