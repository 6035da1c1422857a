// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "notegroups.h"
#include "notelabels.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// Spreadsheets run a field that starts like this as a formula (CSV injection).
bool looksLikeFormula(const QString &value)
{
    if (value.isEmpty() || !u"=+-@"_s.contains(value.front()))
        return false;
    static const QRegularExpression number(u"^[+-]?\\d+([.,]\\d+)*%?$"_s);
    return !number.match(value).hasMatch();
}

} // namespace

QString CsvWriter::formatId() const
{
    return u"csv"_s;
}

QString CsvWriter::fileSuffix() const
{
    return u"csv"_s;
}

QStringList CsvWriter::header()
{
    return { tr("Part"), tr("Section"), tr("Quote"), tr("Tags"), tr("Colour"), tr("Note"), tr("Status"),
        tr("Responsible unit"), tr("Due date"), tr("Created"), tr("Modified") };
}

QString CsvWriter::field(const QString &value)
{
    QString text = looksLikeFormula(value) ? u"'"_s + value : value;
    if (text.contains(u'"') || text.contains(u',') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

QList<QStringList> CsvWriter::rows(const ExportedNotes &notes) const
{
    const NotesExportOptions &o = options();
    // The groups give the order; a note in two groups (two tags) comes once, first place wins.
    QList<qsizetype> order;
    QSet<qsizetype> seen;
    for (const NoteGroups::Group &group : NoteGroups::build(notes, o.grouping)) {
        for (const NoteGroups::Section &section : group.sections) {
            for (qsizetype n : section.notes) {
                if (!seen.contains(n)) {
                    seen.insert(n);
                    order << n;
                }
            }
        }
    }
    QList<QStringList> rows;
    rows.reserve(order.size());
    for (qsizetype n : std::as_const(order)) {
        const ExchangedAnnotation &e = notes.annotations.at(n);
        const Annotation &a = e.annotation;
        QStringList tags;
        for (const Tag &tag : e.tags)
            tags << tag.name;
        rows.append({ NoteGroups::partTitle(a), NoteGroups::sectionOf(a),
            o.includeQuotes ? a.anchor.exact : QString(), tags.join(u"; "_s), o.highlightName(a.color),
            a.note, NoteLabels::statusText(a.status), a.responsibleUnit, NoteLabels::dateText(a.due),
            NoteLabels::timeText(a.created), NoteLabels::timeText(a.modified) });
    }
    return rows;
}

Result<bool> CsvWriter::write(const ExportedNotes &notes, QIODevice &device) const
{
    QString text;
    auto addRow = [&text](const QStringList &values) {
        QStringList fields;
        fields.reserve(values.size());
        for (const QString &v : values)
            fields << field(v);
        text += fields.join(u',') + u"\r\n"_s;
    };
    addRow(header());
    for (const QStringList &row : rows(notes))
        addRow(row);
    return writeAll(device, QByteArray("\xEF\xBB\xBF") + text.toUtf8());
}

} // namespace pizhu
