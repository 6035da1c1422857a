// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportreader.h"

#include "documentformat.h"
#include "docximporter.h"
#include "filereader.h"
#include "htmlimporter.h"
#include "legacywordimporter.h"
#include "pdfimporter.h"
#include "reportparser.h"
#include "textloader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

Result<ImportedText> importText(const QByteArray &bytes, const ImportOptions &options)
{
    auto decoded = TextLoader::decode(bytes, options.encoding);
    if (!decoded)
        return decoded.error();
    return ImportedText{decoded->text, u"text"_s, decoded->encoding};
}

} // namespace

Result<Report> ReportReader::read(const QString &path, const ImportOptions &options)
{
    auto bytes = FileReader::read(path);
    if (!bytes)
        return bytes.error();
    options.report(5);
    const DocumentFormat format = detectFormat(bytes.value(), QFileInfo(path).fileName());
    // The importer's 0–100 % is this reader's 5–55 %: progress never runs backwards.
    ImportOptions importing = options;
    if (options.progress)
        importing.progress = [&options](int percent) { options.report(5 + qBound(0, percent, 100) / 2); };
    Result<ImportedText> imported = Error{};
    switch (format) {
    case DocumentFormat::Text:
        imported = importText(bytes.value(), importing);
        break;
    case DocumentFormat::Html:
        imported = HtmlImporter::import(bytes.value(), importing);
        break;
    case DocumentFormat::Docx:
        imported = DocxImporter::import(bytes.value(), importing);
        break;
    case DocumentFormat::Pdf:
        imported = PdfImporter::import(bytes.value(), importing);
        break;
    case DocumentFormat::LegacyWord:
        imported = LegacyWordImporter::import(path, bytes.value(), importing);
        break;
    }
    if (!imported) {
        Error e = imported.error();
        e.message = path + u": "_s + e.message;
        return e;
    }
    if (options.isCancelled())
        return Error{Error::Kind::Cancelled, tr("Opening was cancelled.")};
    options.report(60);
    ReportMetadata seed;
    seed.sourcePath = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
    seed.sourceFormat = imported->format;
    seed.encoding = imported->encoding;
    Report report = ReportParser::parse(imported->text, seed);
    options.report(95);
    return report;
}

} // namespace pizhu
