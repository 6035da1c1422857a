// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerdocument.h"

#include "report.h"

#include <QTextCursor>
#include <QTextDocument>

namespace pizhu {

QTextDocument *ReaderDocument::build(const Report *report, const ReaderFormats &formats, int zoomSteps)
{
    auto *doc = new QTextDocument;
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(formats.baseFont());
    doc->setDocumentMargin(formats.baseFont().pointSizeF() * 2);
    doc->setProperty(kZoomProperty, zoomSteps);
    if (!report)
        return doc;
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    const QString &text = report->canonicalText;
    for (const Block &b : report->blocks) {
        const QTextCharFormat cf = formats.charFormat(b.kind);
        if (b.ordinal == 0) {
            cursor.setBlockFormat(formats.blockFormat(b.kind));
            cursor.setBlockCharFormat(cf);
        } else {
            cursor.insertBlock(formats.blockFormat(b.kind), cf);
        }
        if (b.kind == Block::Kind::Item && b.titleEnd > b.start) {
            // The lead sentence, through its closing 。, stands out.
            const qsizetype lead = qMin(b.end, b.titleEnd + 1);
            cursor.insertText(QStringView(text).sliced(b.start, lead - b.start).toString(), formats.itemTitleFormat());
            cursor.insertText(QStringView(text).sliced(lead, b.end - lead).toString(), cf);
        } else {
            cursor.insertText(QStringView(text).sliced(b.start, b.length()).toString(), cf);
        }
    }
    cursor.endEditBlock();
    return doc;
}

} // namespace pizhu
