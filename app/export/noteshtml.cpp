// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteshtml.h"

#include "chinesefonts.h"
#include "notelabels.h"

#include <QColor>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

const QString kAccent = u"#A3281D"_s; // the red of official documents, for headings and the cover
const QString kMuted = u"#5F6368"_s;
const QString kOverviewAnchor = u"overview"_s;
const QString kUntaggedChip = u"#E3E3E3"_s;
constexpr qreal kNoteHeadingSize = 11;
constexpr qreal kCodeSize = 9.5;

QString statusColor(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::NotStarted:
        return u"#6D6D6D"_s;
    case CommitmentStatus::InProgress:
        return u"#1565C0"_s;
    case CommitmentStatus::Done:
        return u"#2E7D32"_s;
    case CommitmentStatus::Unfulfilled:
        return u"#C62828"_s;
    case CommitmentStatus::Unverifiable:
        return u"#8D6E63"_s;
    case CommitmentStatus::None:
        break;
    }
    return kMuted;
}

QString statusText(CommitmentStatus status, const QString &text)
{
    return u"<span style=\"color:%1; font-weight:700;\">%2</span>"_s.arg(
        statusColor(status), NotesHtml::escaped(text));
}

QString anchorName(qsizetype group, qsizetype section = -1)
{
    return section < 0 ? u"g%1"_s.arg(group + 1) : u"g%1s%2"_s.arg(group + 1).arg(section + 1);
}

QString state(int value)
{
    return u"-qt-user-state:%1;"_s.arg(value);
}

} // namespace

NotesHtml::NotesHtml(const ExportedNotes &notes, const NotesExportOptions &options,
    const NotesStatistics &statistics, int chartCount)
    : m_notes(notes)
    , m_options(options)
    , m_statistics(statistics)
    , m_chartCount(chartCount)
    , m_groups(NoteGroups::build(notes, options.grouping))
{
    m_markdown.setDefaultFont(ChineseFonts::sans(10.5));
}

QString NotesHtml::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u"\n"_s, u"<br/>"_s);
}

QString NotesHtml::chip(const QString &text, const QString &background)
{
    const QColor color(background.isEmpty() ? kUntaggedChip : background);
    const QString bg = color.isValid() ? color.name() : kUntaggedChip;
    // Dark text on light chips, white on dark ones (perceived lightness).
    const qreal luma = 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF();
    return u"<span style=\"background-color:%1; color:%2; font-size:8.5pt;\">&nbsp;%3&nbsp;</span>"_s.arg(
        bg, luma > 0.6 ? u"#202124"_s : u"#FFFFFF"_s, escaped(text));
}

QString NotesHtml::html()
{
    QString out;
    out.reserve(int(m_notes.annotations.size()) * 900 + 4096);
    out += u"<html><body style=\"color:#202124;\">"_s;
    out += cover();
    out += contents();
    out += overview();
    out += notesHtml();
    out += u"</body></html>"_s;
    return out;
}

QString NotesHtml::cover() const
{
    QString out;
    out += u"<p style=\"font-size:10pt; font-weight:700; color:%1; margin-bottom:6px;\">%2</p>"_s.arg(
        kAccent, escaped(tr("Notes on the report")));
    const QString title
        = m_notes.label.isEmpty() && m_notes.report ? m_notes.report->metadata.title : m_notes.label;
    out += u"<p style=\"font-size:19pt; font-weight:700; line-height:130%; margin-top:0; margin-bottom:8px;\">%1</p>"_s
               .arg(escaped(title.isEmpty() ? tr("Notes") : title));

    QStringList about;
    if (m_notes.report && !m_notes.report->metadata.issuer.isEmpty())
        about << escaped(m_notes.report->metadata.issuer);
    if (m_notes.report && m_notes.report->metadata.published.isValid())
        about << escaped(tr("Published %1").arg(NoteLabels::dateText(m_notes.report->metadata.published)));
    if (!about.isEmpty())
        out += u"<p style=\"color:%1; margin-top:0; margin-bottom:6px;\">%2</p>"_s.arg(
            kMuted, about.join(u"　·　"_s));

    auto row = [](const QString &key, const QString &value) {
        return u"<tr><td style=\"color:%1; padding-right:14px;\">%2</td><td>%3</td></tr>"_s.arg(
            kMuted, escaped(key), value);
    };
    out += u"<table cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:8px; margin-bottom:4px;\">"_s;
    out += row(tr("Exported on"), escaped(NoteLabels::timeText(m_options.exportTime())));
    if (const QString who = m_options.authorOrUser(); !who.isEmpty())
        out += row(tr("Exported by"), escaped(who));
    out += row(tr("Notes"), QString::number(m_notes.annotations.size()));

    // By tag: the most used first, then untagged.
    QStringList byTag;
    for (const auto &[name, count] : m_statistics.notesByTag)
        byTag << chip(name, m_statistics.tagColors.value(name)) + u"&nbsp;"_s + QString::number(count);
    if (m_statistics.untagged > 0)
        byTag << escaped(tr("no tag")) + u"&nbsp;"_s + QString::number(m_statistics.untagged);
    if (!byTag.isEmpty())
        out += row(tr("By tag"), byTag.join(u"　 "_s));

    QStringList byStatus;
    QList<CommitmentStatus> order(std::cbegin(kCommitmentStatuses), std::cend(kCommitmentStatuses));
    order.append(CommitmentStatus::None);
    for (CommitmentStatus status : std::as_const(order)) {
        const int count = m_statistics.notesWith(status);
        if (count > 0)
            byStatus << statusText(status, NoteLabels::statusGroupText(status)) + u"&nbsp;"_s
                    + QString::number(count);
    }
    if (!byStatus.isEmpty())
        out += row(tr("By status"), byStatus.join(u"　 "_s));
    out += u"</table>"_s;
    return out;
}

QString NotesHtml::contents() const
{
    if (m_groups.isEmpty() && m_chartCount == 0)
        return {};
    QString out;
    out += u"<p style=\"font-size:13pt; font-weight:700; color:%1; margin-top:22px; margin-bottom:8px;\">%2</p>"_s
               .arg(kAccent, escaped(tr("Contents")));
    out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s;
    // count < 0: an entry that is not of notes (the overview).
    auto entry = [](const QString &anchor, const QString &title, qsizetype count, bool top) {
        return u"<tr><td style=\"%1\"><a href=\"#%2\" style=\"color:#202124; text-decoration:none;\">%3</a>"
               "<span style=\"color:#9AA0A6; font-size:8.5pt; font-weight:400;\">　%4</span></td>"
               "<td width=\"40\" align=\"right\" style=\"%5\"><p style=\"%6\">0</p></td></tr>"_s.arg(
                   top ? u"font-weight:700; padding-top:5px;"_s : u"padding-left:18px;"_s, anchor,
                   escaped(title),
                   //: After an entry of the contents: how many notes it has
                   count < 0 ? QString() : escaped(tr("(%1)").arg(count)),
                   top ? u"padding-top:5px;"_s : QString(), state(TocPage));
    };
    // In the order of the headings the entries point to: the overview comes first.
    if (m_chartCount > 0)
        out += entry(kOverviewAnchor, overviewTitle(), -1, true);
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const NoteGroups::Group &group = m_groups.at(g);
        out += entry(anchorName(g), group.title, group.noteCount(), true);
        for (qsizetype s = 0; s < group.sections.size(); ++s) {
            if (!group.sections.at(s).title.isEmpty())
                out += entry(
                    anchorName(g, s), group.sections.at(s).title, group.sections.at(s).notes.size(), false);
        }
    }
    out += u"</table>"_s;
    return out;
}

QString NotesHtml::overview() const
{
    if (m_chartCount == 0)
        return {};
    // A page of its own, between the contents and the notes; a heading the contents point to.
    QString out = u"<p style=\"page-break-before:always; font-size:15pt; font-weight:700; color:%1; "
                  u"margin-top:18px; margin-bottom:10px; %2\"><a name=\"%3\"></a>%4</p>"_s.arg(
                      kAccent, state(GroupHeading), kOverviewAnchor, escaped(overviewTitle()));
    // NotesDocument puts chart i where the paragraph says i.
    for (int i = 0; i < m_chartCount; ++i)
        out += u"<p style=\"margin-top:8px; margin-bottom:0; %1\">%2</p>"_s.arg(state(ChartSlot)).arg(i);
    return out;
}

QString NotesHtml::overviewTitle()
{
    //: The heading of the PDF's page of charts
    return tr("Overview");
}

QString NotesHtml::details(const ExchangedAnnotation &e) const
{
    const Annotation &a = e.annotation;
    QStringList items;
    QStringList chips;
    for (const Tag &tag : e.tags)
        chips << chip(tag.name, tag.color);
    if (!chips.isEmpty())
        items << chips.join(u" "_s);
    if (a.status != CommitmentStatus::None)
        items << statusText(a.status, NoteLabels::statusText(a.status));
    if (!a.responsibleUnit.isEmpty())
        items << escaped(tr("Responsible unit: %1").arg(a.responsibleUnit));
    if (a.due.isValid())
        items << escaped(tr("Due: %1").arg(NoteLabels::dateText(a.due)));
    return items.join(u"<span style=\"color:#9AA0A6;\">　·　</span>"_s);
}

QString NotesHtml::notesHtml()
{
    QString out;
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const NoteGroups::Group &group = m_groups.at(g);
        // The notes start on a page of their own, after the cover and the contents.
        out += u"<p style=\"%1font-size:15pt; font-weight:700; color:%2; margin-top:18px; margin-bottom:6px; "
               u"%3\">"
               "<a name=\"%4\"></a>%5"_s.arg(g == 0 ? u"page-break-before:always; "_s : QString(), kAccent,
                   state(GroupHeading), anchorName(g), escaped(group.title));
        if (group.role != PartRole::None)
            out += u" "_s + chip(NoteLabels::roleText(group.role), kAccent);
        else if (m_options.grouping == NotesExportOptions::Grouping::Tag && !group.color.isEmpty())
            out += u" "_s + chip(u"  "_s, group.color);
        out += u"</p>"_s;
        for (qsizetype s = 0; s < group.sections.size(); ++s) {
            const NoteGroups::Section &section = group.sections.at(s);
            if (!section.title.isEmpty()) {
                out += u"<p style=\"font-size:12pt; font-weight:700; margin-top:14px; margin-bottom:2px; "
                       u"%1\">"
                       "<a name=\"%2\"></a>%3</p>"_s.arg(
                           state(SectionHeading), anchorName(g, s), escaped(section.title));
            }
            for (qsizetype n : section.notes) {
                const ExchangedAnnotation &e = m_notes.annotations.at(n);
                const QString quote = e.annotation.anchor.exact;
                const bool withQuote = m_options.includeQuotes && !quote.isEmpty();
                if (withQuote) {
                    out += u"<p style=\"margin-left:%1px; margin-top:12px; margin-bottom:4px; "
                           u"white-space:pre-wrap; "
                           "color:#3C4043; %2\">%3</p>"_s.arg(kIndent + 6)
                               .arg(state(QuoteFirst + qBound(0, e.annotation.color, QuoteLast - QuoteFirst)),
                                   quote.toHtmlEscaped());
                }
                if (const QString line = details(e); !line.isEmpty()) {
                    out += u"<p style=\"margin-left:%1px; margin-top:%2px; margin-bottom:3px; font-size:9pt; "
                           "color:%3;\">%4</p>"_s.arg(kIndent)
                               .arg(withQuote ? 0 : 12)
                               .arg(kMuted, line);
                }
                if (!e.annotation.note.trimmed().isEmpty())
                    out += noteHtml(e.annotation.note);
            }
        }
    }
    return out;
}

QString NotesHtml::noteHtml(const QString &markdown)
{
    m_markdown.setMarkdown(markdown);
    struct Span
    {
        int start = 0;
        int end = 0;
        QTextCharFormat format;
    };
    QList<Span> spans;
    QTextCursor cursor(&m_markdown);
    for (QTextBlock block = m_markdown.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const bool heading = format.headingLevel() > 0;
        format.setLeftMargin(format.leftMargin() + kIndent);
        if (heading) {
            // A paragraph in bold: the document's own headings stay above the notes'.
            format.setHeadingLevel(0);
            format.setTopMargin(6);
            format.setBottomMargin(2);
        }
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat change;
            if (fragment.charFormat().fontFixedPitch()) {
                change.setFontFamilies(ChineseFonts::monoFamilies());
                change.setFontPointSize(kCodeSize);
            }
            if (heading) {
                change.setFontPointSize(kNoteHeadingSize);
                change.setFontWeight(QFont::Bold);
            }
            if (!change.properties().isEmpty())
                spans.append({ fragment.position(), fragment.position() + fragment.length(), change });
        }
    }
    for (const Span &span : std::as_const(spans)) {
        cursor.setPosition(span.start);
        cursor.setPosition(span.end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(span.format);
    }
    const QString html = m_markdown.toHtml();
    const qsizetype body = html.indexOf(u"<body"_s);
    const qsizetype start = body < 0 ? -1 : html.indexOf(u'>', body);
    const qsizetype end = html.lastIndexOf(u"</body>"_s);
    if (start < 0 || end < start)
        return {};
    return html.mid(start + 1, end - start - 1);
}

} // namespace pizhu
