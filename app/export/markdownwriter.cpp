// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownwriter.h"

#include "notegroups.h"
#include "notelabels.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

QString escapedLine(const QString &line)
{
    static const QString special = u"\\`*_[]<>#|~&"_s;
    QString out;
    out.reserve(line.size() + 8);
    for (QChar c : line) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    // At the start of a line these begin a list, a heading underline or a block.
    static const QRegularExpression listMark(u"^(\\s*)([-+=]|\\d+(?=[.)]))"_s);
    const QRegularExpressionMatch m = listMark.match(out);
    if (m.hasMatch()) {
        const qsizetype at = m.capturedStart(2);
        if (out.at(at).isDigit())
            out.insert(m.capturedEnd(2), u'\\'); // 1\. rather than an ordered list
        else
            out.insert(at, u'\\');
    }
    return out;
}

QString blockQuote(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines << (line.trimmed().isEmpty() ? u">"_s : u"> "_s + escapedLine(line));
    return lines.join(u'\n');
}

QString details(const ExchangedAnnotation &e)
{
    const Annotation &a = e.annotation;
    QStringList items;
    QStringList tags;
    for (const Tag &tag : e.tags)
        tags << MarkdownWriter::escaped(tag.name);
    if (!tags.isEmpty())
        items << MarkdownWriter::tr("Tags: %1").arg(tags.join(MarkdownWriter::tr(", ")));
    if (a.status != CommitmentStatus::None)
        items << MarkdownWriter::tr("Status: %1").arg(NoteLabels::statusText(a.status));
    if (!a.responsibleUnit.isEmpty())
        items << MarkdownWriter::tr("Responsible unit: %1").arg(MarkdownWriter::escaped(a.responsibleUnit));
    if (a.due.isValid())
        items << MarkdownWriter::tr("Due: %1").arg(NoteLabels::dateText(a.due));
    return items.join(u" · "_s);
}

} // namespace

QString MarkdownWriter::formatId() const
{
    return u"md"_s;
}

QString MarkdownWriter::fileSuffix() const
{
    return u"md"_s;
}

QString MarkdownWriter::escaped(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = escapedLine(line);
    return lines.join(u'\n');
}

QString MarkdownWriter::markdown(const ExportedNotes &notes) const
{
    const NotesExportOptions &o = options();
    QString out;
    const QString title = notes.label.isEmpty() ? tr("Notes") : notes.label;
    out += u"# "_s + escaped(title) + u"\n\n"_s;
    QStringList about;
    if (notes.report && !notes.report->metadata.issuer.isEmpty())
        about << tr("Issuer: %1").arg(escaped(notes.report->metadata.issuer));
    if (notes.report && notes.report->metadata.published.isValid())
        about << tr("Published: %1").arg(NoteLabels::dateText(notes.report->metadata.published));
    const QString who = o.authorOrUser();
    about << (who.isEmpty()
            ? tr("Exported: %1").arg(NoteLabels::timeText(o.exportTime()))
            : tr("Exported: %1 by %2").arg(NoteLabels::timeText(o.exportTime()), escaped(who)));
    about << tr("Notes: %1").arg(notes.annotations.size());
    for (const QString &line : std::as_const(about))
        out += u"- "_s + line + u'\n';

    for (const NoteGroups::Group &group : NoteGroups::build(notes, o.grouping)) {
        out += u"\n## "_s + escaped(group.title);
        if (group.role != PartRole::None)
            out += u" ("_s + NoteLabels::roleText(group.role) + u')';
        out += u"\n"_s;
        for (const NoteGroups::Section &section : group.sections) {
            if (!section.title.isEmpty())
                out += u"\n### "_s + escaped(section.title) + u'\n';
            for (qsizetype n : section.notes) {
                const ExchangedAnnotation &e = notes.annotations.at(n);
                if (o.includeQuotes && !e.annotation.anchor.exact.isEmpty())
                    out += u'\n' + blockQuote(e.annotation.anchor.exact) + u'\n';
                if (const QString line = details(e); !line.isEmpty())
                    out += u'\n' + line + u'\n';
                // As written: a note is Markdown already.
                QString note = e.annotation.note;
                while (!note.isEmpty() && note.back().isSpace())
                    note.chop(1);
                if (!note.trimmed().isEmpty())
                    out += u'\n' + note + u'\n';
            }
        }
    }
    return out;
}

Result<bool> MarkdownWriter::write(const ExportedNotes &notes, QIODevice &device) const
{
    return writeAll(device, markdown(notes).toUtf8());
}

} // namespace pizhu
