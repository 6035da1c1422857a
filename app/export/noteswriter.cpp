// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteswriter.h"

#include "csvwriter.h"
#include "markdownwriter.h"
#include "pdfwriter.h"
#include "w3cannotationwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace pizhu {

QStringList NotesWriter::formats()
{
    return { u"pdf"_s, u"md"_s, u"csv"_s, u"json"_s };
}

std::unique_ptr<NotesWriter> NotesWriter::create(const QString &format)
{
    const QString id = format.trimmed().toLower();
    if (id == u"pdf"_s)
        return std::make_unique<PdfWriter>();
    if (id == u"md"_s || id == u"markdown"_s)
        return std::make_unique<MarkdownWriter>();
    if (id == u"csv"_s)
        return std::make_unique<CsvWriter>();
    if (id == u"json"_s)
        return std::make_unique<W3cAnnotationWriter>();
    return nullptr;
}

Result<bool> NotesWriter::writeAll(QIODevice &device, const QByteArray &bytes)
{
    if (device.write(bytes) != bytes.size())
        return Error { Error::Kind::Failure, tr("Cannot write the notes: %1").arg(device.errorString()) };
    return true;
}

} // namespace pizhu
