#include "core/export/spreadsheetexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <system_error>
#include <vector>

#include "core/model/fields.h"
#include "core/report/planreport.h"
#include "core/storage/filemode.h"
#include "core/storage/outputguard.h"

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::SpreadsheetExport)
};

using report::PlanReport;
using report::SlotRow;
using report::SlotState;

/// Number formats of the cells, by what they hold.
struct Formats {
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* integer = nullptr;  ///< kNm, kN, mm, counts
    lxw_format* metres = nullptr;   ///< 0.00
    lxw_format* one = nullptr;      ///< 0.0 (km, t, kg)
    lxw_format* ratio = nullptr;    ///< 0.000 (utilisation)
    lxw_format* degrees = nullptr;  ///< 0.000000
    lxw_format* date = nullptr;     ///< yyyy-mm-dd
};

/// One worksheet, written row by row, remembering how wide each column needs to be.
class Sheet {
public:
    Sheet(lxw_workbook* book, const QString& name, const Formats& formats, QStringList headers)
        : sheet_(workbook_add_worksheet(book, name.toUtf8().constData())),
          formats_(formats),
          headers_(std::move(headers)) {
        widths_.assign(static_cast<std::size_t>(headers_.size()), 8.0);
        // Headers wrap onto two lines: a column is as wide as its longest header word (plus
        // the autofilter button) or half the header, not the whole header.
        worksheet_set_row(sheet_, 0, 30.0, nullptr);
        for (int c = 0; c < headers_.size(); ++c) {
            worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c),
                                   headers_[c].toUtf8().constData(), formats_.header);
            qsizetype word = 0;
            for (const QString& w : headers_[c].split(QLatin1Char(' ')))
                word = std::max(word, w.size());
            fit(c, static_cast<double>(std::max(word + 3, (headers_[c].size() + 1) / 2 + 3)));
        }
    }

    void nextRow() {
        ++row_;
        col_ = 0;
    }
    void text(const QString& value) {
        if (!value.isEmpty())
            worksheet_write_string(sheet_, row_, col_, value.toUtf8().constData(), formats_.text);
        fit(col_, static_cast<double>(value.size()));
        ++col_;
    }
    void number(double value, lxw_format* format, int decimals) {
        if (std::isfinite(value)) {
            // Stored as shown: a sum in the sheet adds the figures the reader sees.
            const double scale = std::pow(10.0, decimals);
            const double shown = std::round(value * scale) / scale;
            worksheet_write_number(sheet_, row_, col_, shown, format);
            fit(col_, static_cast<double>(QString::number(value, 'f', decimals).size()));
        }
        ++col_;
    }
    void optionalNumber(std::optional<double> value, lxw_format* format, int decimals) {
        if (value) {
            number(*value, format, decimals);
        } else {
            ++col_;
        }
    }
    void date(const QDate& d) {
        if (d.isValid()) {
            lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
            worksheet_write_datetime(sheet_, row_, col_, &dt, formats_.date);
            fit(col_, 10.0);
        }
        ++col_;
    }
    void boolean(bool value) {
        worksheet_write_boolean(sheet_, row_, col_, value ? 1 : 0, nullptr);
        fit(col_, 5.0);
        ++col_;
    }

    /// Frozen header row, autofilter over every row written, column widths.
    void finish() {
        const auto lastCol = static_cast<lxw_col_t>(headers_.size() - 1);
        worksheet_freeze_panes(sheet_, 1, 0);
        worksheet_autofilter(sheet_, 0, 0, std::max<lxw_row_t>(row_, 1), lastCol);
        for (std::size_t c = 0; c < widths_.size(); ++c) {
            worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 std::min(widths_[c] + 1.0, 60.0), nullptr);
        }
    }

private:
    void fit(int col, double chars) {
        auto& w = widths_[static_cast<std::size_t>(col)];
        w = std::max(w, chars);
    }

    lxw_worksheet* sheet_;
    const Formats& formats_;
    QStringList headers_;
    std::vector<double> widths_;
    lxw_row_t row_ = 0;
    lxw_col_t col_ = 0;
};

QString stateText(SlotState state) {
    switch (state) {
        case SlotState::Pinned:
            return Tr::tr("pinned");
        case SlotState::Proposed:
            return Tr::tr("proposed");
        case SlotState::Conflict:
            return Tr::tr("breaks a rule");
        case SlotState::Empty:
            break;
    }
    return QString();
}

lxw_format* numberFormat(lxw_workbook* book, const char* pattern) {
    lxw_format* f = workbook_add_format(book);
    format_set_num_format(f, pattern);
    return f;
}

/// The number format for a field shown with `decimals` decimals.
lxw_format* numberFormatFor(const Formats& f, int decimals) {
    switch (decimals) {
        case 0:
            return f.integer;
        case 1:
            return f.one;
        case 2:
            return f.metres;
        default:
            return f.degrees;
    }
}

/// One cell of an element field, by its type (core/model/fields.h).
void writeField(Sheet& s, const Formats& f, const ElementField& field, const Element& e) {
    const FieldValue v = field.get(e);
    switch (field.type) {
        case FieldType::Text:
            s.text(fieldText(v));
            return;
        case FieldType::Number:
            s.optionalNumber(fieldNumber(v), numberFormatFor(f, field.decimals), field.decimals);
            return;
        case FieldType::WholeNumber: {
            const auto i = fieldInt(v);
            s.optionalNumber(i ? std::optional<double>(*i) : std::nullopt, f.integer, 0);
            return;
        }
        case FieldType::Date:
            s.date(fieldDate(v).value_or(QDate()));
            return;
        case FieldType::Choice:
            s.text(choiceName(*field.choices, fieldInt(v).value_or(field.choices->first)));
            return;
    }
}

void writeInventory(lxw_workbook* book, const Formats& f, const PlanReport& r) {
    // Every field of the element field table (the id column named for what a row is), then
    // where the element is placed.
    QStringList headers;
    for (const ElementField& field : elementFields()) {
        headers << (QLatin1String(field.key) == QLatin1String("id")
                        ? Tr::tr("Element")
                        : columnHeader(field.label, field.unit));
    }
    headers << Tr::tr("Placed in") << Tr::tr("Placement");
    Sheet s(book, Tr::tr("Inventory"), f, headers);
    // Where each element is placed in the project's plan.
    QHash<Uid, std::pair<QString, SlotState>> placed;
    for (const report::StructureReport& st : r.structures) {
        for (const report::SpanReport& sp : st.spans) {
            for (const SlotRow& row : sp.rows) {
                if (row.state == SlotState::Empty) continue;
                placed.insert(row.elementUid,
                              {matching::SlotName{st.name, sp.name, row.slot}.path(), row.state});
            }
        }
    }
    for (const Element& e : r.input.match.elements) {
        s.nextRow();
        for (const ElementField& field : elementFields()) writeField(s, f, field, e);
        const auto where = placed.constFind(e.uid);
        s.text(where == placed.constEnd() ? QString() : where->first);
        s.text(where == placed.constEnd() ? QString() : stateText(where->second));
    }
    s.finish();
}

void writePlan(lxw_workbook* book, const Formats& f, const PlanReport& r) {
    Sheet s(book, Tr::tr("Plan"), f,
            {Tr::tr("Structure"),
             Tr::tr("Span"),
             Tr::tr("Slot"),
             Tr::tr("Element"),
             Tr::tr("Placement"),
             Tr::tr("Counted"),
             Tr::tr("Required length L (m)"),
             Tr::tr("Element length (m)"),
             Tr::tr("Cut (m)"),
             Tr::tr("MEd (kNm)"),
             Tr::tr("MRd (kNm)"),
             Tr::tr("Utilisation bending (-)"),
             Tr::tr("VEd (kN)"),
             Tr::tr("VRd (kN)"),
             Tr::tr("Utilisation shear (-)"),
             Tr::tr("Distance (km)"),
             Tr::tr("Saving (kg CO2e)"),
             Tr::tr("Donor structure"),
             Tr::tr("Rule broken"),
             Tr::tr("Detail")});
    QHash<Uid, const Element*> elements;
    for (const Element& e : r.input.match.elements) elements.insert(e.uid, &e);
    for (const report::StructureReport& st : r.structures) {
        for (const report::SpanReport& sp : st.spans) {
            for (const SlotRow& row : sp.rows) {
                if (row.state == SlotState::Empty) continue;
                const Element* e = elements.value(row.elementUid, nullptr);
                s.nextRow();
                s.text(st.name);
                s.text(sp.name);
                s.text(row.slot);
                s.text(row.element);
                s.text(stateText(row.state));
                s.boolean(row.state != SlotState::Conflict);
                s.number(sp.requiredLengthM, f.metres, 2);
                s.number(row.elementLengthM, f.metres, 2);
                s.number(row.cutM, f.metres, 2);
                s.number(row.momentDemandKnm, f.integer, 0);
                s.number(e != nullptr ? row.momentCapacityKnm : NAN, f.integer, 0);
                s.number(row.bendingUtilisation, f.ratio, 3);
                s.number(row.shearDemandKn, f.integer, 0);
                s.number(e != nullptr ? row.shearCapacityKn : NAN, f.integer, 0);
                s.number(row.shearUtilisation, f.ratio, 3);
                s.number(row.distanceKm, f.one, 1);
                s.number(row.savingKg, f.one, 1);
                s.text(row.donor);
                s.text(matching::ruleKey(row.conflictRule));
                s.text(row.conflictDetail);
            }
        }
    }
    s.finish();
}

void writeUnfilled(lxw_workbook* book, const Formats& f, const PlanReport& r) {
    Sheet s(
        book, Tr::tr("Unfilled slots"), f,
        {Tr::tr("Structure"), Tr::tr("Span"), Tr::tr("Slot"), Tr::tr("Required length L (m)"),
         Tr::tr("Installation"), Tr::tr("MEd (kNm)"), Tr::tr("VEd (kN)"), Tr::tr("Candidate rank"),
         Tr::tr("Candidate element"), Tr::tr("Reason key"), Tr::tr("Reason")});
    QHash<Uid, std::pair<const report::SpanReport*, const SlotRow*>> slots;
    for (const report::StructureReport& st : r.structures) {
        for (const report::SpanReport& sp : st.spans) {
            for (const SlotRow& row : sp.rows) slots.insert(row.slotUid, {&sp, &row});
        }
    }
    for (const matching::UnfilledSlot& u : r.plan.unfilledSlots) {
        const std::pair<const report::SpanReport*, const SlotRow*> where = slots.value(u.slotUid);
        const report::SpanReport* span = where.first;
        const SlotRow* row = where.second;
        auto head = [&] {
            s.nextRow();
            s.text(u.where.structure);
            s.text(u.where.span);
            s.text(u.where.slot);
            s.number(span != nullptr ? span->requiredLengthM : NAN, f.metres, 2);
            s.date(span != nullptr ? span->installDate : QDate());
            s.number(row != nullptr ? row->momentDemandKnm : NAN, f.integer, 0);
            s.number(row != nullptr ? row->shearDemandKn : NAN, f.integer, 0);
        };
        if (u.reasons.empty()) {
            head();
            s.text(QString());
            s.text(QString());
            s.text(QString());
            s.text(Tr::tr("no girders in the project"));
            continue;
        }
        int rank = 0;
        for (const matching::SlotReason& reason : u.reasons) {
            head();
            s.number(++rank, f.integer, 0);
            s.text(reason.element);
            s.text(reason.key());
            s.text(reason.detail);
        }
    }
    s.finish();
}

void writeUnused(lxw_workbook* book, const Formats& f, const PlanReport& r) {
    Sheet s(book, Tr::tr("Unused girders"), f,
            {Tr::tr("Element"), Tr::tr("Donor structure"), Tr::tr("Status"), Tr::tr("Length (m)"),
             Tr::tr("Height (mm)"), Tr::tr("Width (mm)"), Tr::tr("Reason key"), Tr::tr("Reason")});
    QHash<Uid, const Element*> elements;
    for (const Element& e : r.input.match.elements) elements.insert(e.uid, &e);
    for (const matching::UnusedElement& u : r.plan.unusedElements) {
        const Element* e = elements.value(u.elementUid, nullptr);
        s.nextRow();
        s.text(u.element);
        s.text(e != nullptr ? e->donorStructure : QString());
        s.text(e != nullptr ? elementStatusName(e->status) : QString());
        s.number(e != nullptr ? e->length.value() : NAN, f.metres, 2);
        s.number(e != nullptr ? e->height.value() : NAN, f.integer, 0);
        s.number(e != nullptr ? e->width.value() : NAN, f.integer, 0);
        // A rejected or installed girder is unused because of its status (the report says so).
        const bool byStatus = e != nullptr && (e->status == ElementStatus::Rejected ||
                                               e->status == ElementStatus::Installed);
        s.text(byStatus ? QStringLiteral("status") : matching::ruleKey(u.nearestRule));
        s.text(byStatus ? elementStatusName(e->status) : u.reason);
    }
    s.finish();
}

void writeSettings(lxw_workbook* book, const Formats& f, const PlanReport& r) {
    const ProjectSettings& settings = r.input.match.settings;
    Sheet s(book, Tr::tr("Settings"), f,
            {Tr::tr("Setting"), Tr::tr("Key"), Tr::tr("Value"), Tr::tr("Unit"), Tr::tr("Meaning"),
             Tr::tr("Where the value comes from")});
    for (const SettingInfo& info : settingInfos()) {
        s.nextRow();
        s.text(info.label());
        s.text(info.name);
        const QString value = settingValue(settings, info.name);
        if (info.type == SettingType::Real || info.type == SettingType::Integer) {
            s.number(value.toDouble(), info.type == SettingType::Integer ? f.integer : f.ratio,
                     info.type == SettingType::Integer ? 0 : 3);
        } else {
            s.text(value);
        }
        s.text(info.unit);
        s.text(info.description());
        const SettingOrigin from = settingOrigin(settings, info);
        switch (from.kind) {
            case SettingOrigin::Kind::Set:
                s.text(Tr::tr("set in this project by %1 on %2 (the default was %3)")
                           .arg(from.change->user,
                                from.change->time.toUTC().toString(
                                    QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                defaultSettingValue(info.name)));
                break;
            case SettingOrigin::Kind::SetUnknown:
                s.text(Tr::tr("set in this project"));
                break;
            case SettingOrigin::Kind::Default:
                s.text(info.source().isEmpty() ? Tr::tr("default")
                                               : Tr::tr("default: %1").arg(info.source()));
                break;
        }
    }
    s.finish();
}

/// The Impact sheet (docs/impact.md): one row per stage of every girder's scenarios, the figures
/// as typed numbers, so that a pivot table or a sum in the sheet reproduces the report's totals.
void writeImpact(lxw_workbook* book, const Formats& f, const PlanReport& r) {
    const impact::ImpactReport& im = r.input.impact;
    Sheet s(book, Tr::tr("Impact"), f,
            {Tr::tr("Element"), Tr::tr("Structure"), Tr::tr("Span"), Tr::tr("Slot"),
             Tr::tr("Scenario"), Tr::tr("Stage key"), Tr::tr("Stage"), Tr::tr("Quantity"),
             Tr::tr("Unit"), Tr::tr("Factor"), Tr::tr("Cost factor"), Tr::tr("kg CO2e"),
             Tr::tr("MKI EUR (set %1)").arg(weightingSetKey(im.weightingSet)), Tr::tr("Cost EUR")});
    for (const impact::GirderImpact& g : im.girders) {
        for (const impact::ScenarioImpact& sc : g.scenarios) {
            for (const impact::Stage& st : sc.stages) {
                s.nextRow();
                s.text(g.elementId);
                s.text(g.structure);
                s.text(g.span);
                s.text(g.slot);
                s.text(impact::scenarioKey(sc.scenario));
                s.text(st.stage);
                s.text(impact::stageName(st.stage));
                s.number(st.quantity, f.ratio, 3);
                s.text(st.unit);
                s.text(st.factor);
                s.text(st.costFactor);
                s.number(st.kgCo2e, f.ratio, 3);
                s.number(st.mkiEur, f.metres, 2);
                s.number(st.costEur, f.metres, 2);
            }
        }
    }
    s.finish();
}

}  // namespace

report::PlanReport spreadsheetPlan(const ProjectDocument& doc, const QLocale& locale) {
    report::ReportOptions options;
    options.runOptimiser = false;  // the spreadsheet lists the project's own plan
    options.locale = locale;
    return report::buildPlanReport(report::makeReportInput(doc), options);
}

QString writePlanSpreadsheet(const PlanReport& report, const QString& path) {
    const QFileInfo target(path);
    const QString name = target.fileName();
    if (const QString refusal = outputRefusal(path, {}); !refusal.isEmpty()) return refusal;
    // Written beside the target and renamed over it: an interrupted export leaves the old file.
    QTemporaryFile temp(
        QDir(target.absolutePath()).filePath(QStringLiteral(".respan-XXXXXX.xlsx")));
    if (!temp.open()) {
        return Tr::tr("%1 could not be written: %2").arg(name, temp.errorString());
    }
    temp.close();
    const QByteArray tempPath = QFile::encodeName(temp.fileName());

    lxw_workbook* book = workbook_new(tempPath.constData());
    if (book == nullptr) return Tr::tr("%1 could not be written").arg(name);
    const QByteArray title = Tr::tr("ReSpan plan").toUtf8();
    const QByteArray author = report.input.match.settings.author.toUtf8();
    const QByteArray subject = report.input.match.settings.projectName.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    properties.subject = const_cast<char*>(subject.constData());
    properties.author = const_cast<char*>(author.constData());
    workbook_set_properties(book, &properties);

    Formats f;
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xE8EDF3);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.text = nullptr;
    f.integer = numberFormat(book, "0");
    f.metres = numberFormat(book, "0.00");
    f.one = numberFormat(book, "0.0");
    f.ratio = numberFormat(book, "0.000");
    f.degrees = numberFormat(book, "0.000000");
    f.date = numberFormat(book, "yyyy-mm-dd");

    writeInventory(book, f, report);
    writePlan(book, f, report);
    writeUnfilled(book, f, report);
    writeUnused(book, f, report);
    writeSettings(book, f, report);
    writeImpact(book, f, report);
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        return Tr::tr("%1 could not be written: %2")
            .arg(name, QString::fromUtf8(lxw_strerror(closed)));
    }
    // QTemporaryFile made it 0600: give it the permissions a new file gets (the umask), or
    // those of the file it replaces, so colleagues on a shared drive can open it.
    const bool replaces = target.exists();
    const bool permitted = replaces ? QFile::setPermissions(temp.fileName(), target.permissions())
                                    : filemode::applyTo(temp.fileName());
    if (!permitted) {
        return Tr::tr("%1 could not be written: its permissions could not be set").arg(name);
    }
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(tempPath.toStdString()),
        std::filesystem::path(QFile::encodeName(target.absoluteFilePath()).toStdString()), ec);
    if (ec) {
        return Tr::tr("%1 could not be written: %2")
            .arg(name, QString::fromLocal8Bit(ec.message().c_str()));
    }
    temp.setAutoRemove(false);  // it is the target now
    return QString();
}

}  // namespace respan
