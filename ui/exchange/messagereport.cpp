#include "ui/exchange/messagereport.h"

#include <QCoreApplication>

namespace respan::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::MessageReport)
};

QString tsvField(QString text) {
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

}  // namespace

QString MessageReport::toTsv() const {
    QStringList lines;
    QStringList header;
    for (const QString& c : columns) header << tsvField(c);
    lines << header.join(QLatin1Char('\t'));
    for (const QStringList& row : rows) {
        QStringList fields;
        for (const QString& f : row) fields << tsvField(f);
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

MessageReport csvImportReport(const QString& fileName, const io::ImportMessages& errors,
                              const io::ImportMessages& warnings, const QString& added) {
    MessageReport r;
    r.refused = !errors.empty();
    r.title = r.refused ? Tr::tr("Import refused") : Tr::tr("Import warnings");
    r.summary = r.refused
                    ? Tr::tr(
                          "Nothing was imported from %1: it has %n error(s). Correct the file and "
                          "import it again.",
                          nullptr, static_cast<int>(errors.size()))
                          .arg(fileName)
                    : Tr::tr("%1 imported from %2, with %n warning(s).", nullptr,
                             static_cast<int>(warnings.size()))
                          .arg(added, fileName);
    r.columns = {Tr::tr("Kind"),  Tr::tr("Row"),  Tr::tr("Column"),
                 Tr::tr("Value"), Tr::tr("Rule"), Tr::tr("Message")};
    const auto add = [&r](const io::ImportMessage& m, const QString& kind) {
        r.rows.push_back({kind, m.row > 0 ? QString::number(m.row) : QString(), m.column, m.value,
                          m.rule, m.message});
    };
    for (const io::ImportMessage& m : errors) add(m, Tr::tr("error"));
    for (const io::ImportMessage& m : warnings) add(m, Tr::tr("warning"));
    return r;
}

MessageReport passportMessageReport(const QString& fileName,
                                    const passport::PassportMessages& errors,
                                    const passport::PassportMessages& warnings,
                                    const QString& added) {
    MessageReport r;
    r.refused = !errors.empty();
    r.title = r.refused ? Tr::tr("Passport refused") : Tr::tr("Passport warnings");
    r.summary = r.refused ? Tr::tr("Nothing was imported from %1: it has %n error(s).", nullptr,
                                   static_cast<int>(errors.size()))
                                .arg(fileName)
                          : Tr::tr("%1 imported from %2, with %n warning(s).", nullptr,
                                   static_cast<int>(warnings.size()))
                                .arg(added, fileName);
    r.columns = {Tr::tr("Kind"), Tr::tr("Where"), Tr::tr("Value"), Tr::tr("Rule"),
                 Tr::tr("Message")};
    const auto add = [&r](const passport::PassportMessage& m, const QString& kind) {
        r.rows.push_back({kind, m.path, m.value, m.rule, m.message});
    };
    for (const passport::PassportMessage& m : errors) add(m, Tr::tr("error"));
    for (const passport::PassportMessage& m : warnings) add(m, Tr::tr("warning"));
    return r;
}

MessageReport passportConflictReport(const QString& fileName,
                                     const std::vector<passport::PassportConflict>& conflicts) {
    MessageReport r;
    r.refused = true;
    r.title = Tr::tr("Passport conflicts with the project");
    r.summary = Tr::tr(
                    "Nothing was imported from %1: %n element(s) or donor(s) exist in the "
                    "project with different data. The project is left as it is; change one "
                    "side and import again.",
                    nullptr, static_cast<int>(conflicts.size()))
                    .arg(fileName);
    r.columns = {Tr::tr("Element or donor"), Tr::tr("Where in the passport"), Tr::tr("Field"),
                 Tr::tr("In the project"), Tr::tr("In the passport")};
    for (const passport::PassportConflict& c : conflicts) {
        const QString who = c.kind == passport::PassportConflict::Kind::Element
                                ? Tr::tr("element %1").arg(c.key)
                                : Tr::tr("donor %1").arg(c.key);
        if (c.differences.empty()) {
            r.rows.push_back({who, c.path, QString(), QString(), QString()});
            continue;
        }
        for (const passport::Difference& d : c.differences)
            r.rows.push_back({who, c.path, d.path, d.projectValue, d.passportValue});
    }
    return r;
}

}  // namespace respan::ui
