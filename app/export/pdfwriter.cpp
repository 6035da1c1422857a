// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfwriter.h"

#include "pdfpostprocessor.h"
#include "sharedglyphs.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace pizhu {

QString PdfWriter::formatId() const
{
    return u"pdf"_s;
}

QString PdfWriter::fileSuffix() const
{
    return u"pdf"_s;
}

QString PdfWriter::creator()
{
    return u"Pizhu "_s + QStringLiteral(PIZHU_VERSION);
}

Result<QByteArray> PdfWriter::pdf(const ExportedNotes &notes, const NotesDocument::Progress &progress) const
{
    const NotesDocument document(notes, options());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(72);
        //: The PDF's title: the report's title, then what the file is
        writer.setTitle(document.title().isEmpty() ? tr("Notes") : tr("%1 — notes").arg(document.title()));
        writer.setCreator(creator());
        const auto painted = document.paint(writer, progress);
        if (!painted)
            return painted.error();
    }
    const SharedGlyphs shared(NotesDocument::fonts(), document.drawnText());
    auto finished = PdfPostProcessor::process(buffer.data(), options().authorOrUser(), shared.characters());
    if (!finished)
        return finished.error();
    return std::move(finished).value().pdf;
}

Result<bool> PdfWriter::write(const ExportedNotes &notes, QIODevice &device) const
{
    const auto bytes = pdf(notes, m_progress);
    if (!bytes)
        return bytes.error();
    return writeAll(device, bytes.value());
}

} // namespace pizhu
