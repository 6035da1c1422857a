// SPDX-License-Identifier: GPL-3.0-or-later
#include "docximporter.h"

#include "docxdocumentreader.h"
#include "docxnumbering.h"
#include "docxstyles.h"
#include "docxxml.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QBuffer>
#include <QDir>
#include <QXmlStreamReader>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

constexpr qint64 kMB = 1024 * 1024;

Error badInput(const QString &message)
{
    return Error{Error::Kind::BadInput, message};
}

Error damaged(const QString &part)
{
    return badInput(DocxImporter::tr("the Word document is damaged: %1 cannot be unpacked").arg(part));
}

Error malformed(const QXmlStreamReader &xml, const QString &part)
{
    return badInput(DocxImporter::tr("the Word document is damaged: %1 is not well-formed XML (%2, line %3, column %4)")
                        .arg(part, xml.errorString())
                        .arg(xml.lineNumber())
                        .arg(xml.columnNumber()));
}

QByteArray utf16le(QStringView text)
{
    QByteArray out;
    for (QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

// An encrypted .docx is no zip: Word wraps it in an OLE compound file with
// the streams EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO). Their
// names are in the file's directory in UTF-16.
bool isEncryptedPackage(const QByteArray &bytes)
{
    static const QByteArray info = utf16le(u"EncryptionInfo");
    static const QByteArray package = utf16le(u"EncryptedPackage");
    return bytes.contains(info) && bytes.contains(package);
}

// What all files in the archive claim to be, unpacked. Iterative: the tree
// is as deep as the file names say.
qint64 unpackedSize(const KArchiveDirectory *root)
{
    qint64 total = 0;
    std::vector<const KArchiveDirectory *> pending{root};
    while (!pending.empty()) {
        const KArchiveDirectory *dir = pending.back();
        pending.pop_back();
        const QStringList names = dir->entries();
        for (const QString &name : names) {
            const KArchiveEntry *entry = dir->entry(name);
            if (!entry || entry == dir)
                continue;
            if (entry->isFile())
                total += std::max<qint64>(0, static_cast<const KArchiveFile *>(entry)->size());
            else if (entry->isDirectory())
                pending.push_back(static_cast<const KArchiveDirectory *>(entry));
            if (total > DocxImporter::kMaxTotalSize)
                return total;
        }
    }
    return total;
}

// Part names in a package are case-insensitive (ECMA-376 part 2); zips are not.
const KArchiveFile *findPart(const KArchiveDirectory *root, const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    if (const KArchiveFile *file = root->file(path))
        return file;
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    const KArchiveDirectory *dir = root;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const KArchiveEntry *found = nullptr;
        const QStringList names = dir->entries();
        for (const QString &name : names) {
            if (name.compare(segments[i], Qt::CaseInsensitive) == 0) {
                found = dir->entry(name);
                break;
            }
        }
        if (!found)
            return nullptr;
        if (i == segments.size() - 1)
            return found->isFile() ? static_cast<const KArchiveFile *>(found) : nullptr;
        if (!found->isDirectory() || found == dir)
            return nullptr;
        dir = static_cast<const KArchiveDirectory *>(found);
    }
    return nullptr;
}

// Unpacks a part, trusting neither the size the archive gives nor the data:
// the size is checked before anything is inflated, and never more than that
// size plus one byte is inflated, so a header that lies cannot make us
// allocate more than the limit.
Result<QByteArray> readPart(const KArchiveFile *file, const QString &name)
{
    const qint64 declared = file->size();
    if (declared > DocxImporter::kMaxEntrySize) {
        return badInput(DocxImporter::tr("%1 is too large when unpacked (%2 MB; up to %3 MB can be opened)")
                            .arg(name)
                            .arg(declared / kMB)
                            .arg(DocxImporter::kMaxEntrySize / kMB));
    }
    if (declared < 0)
        return damaged(name);
    const std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly)))
        return damaged(name);
    QByteArray data;
    // Address space only: pages a lying header never fills are never touched.
    data.reserve(declared + 1);
    char chunk[64 * 1024];
    while (data.size() <= declared) {
        const qint64 want = std::min<qint64>(sizeof chunk, declared + 1 - data.size());
        const qint64 got = device->read(chunk, want);
        if (got < 0)
            return damaged(name);
        if (got == 0)
            break;
        data.append(chunk, got);
    }
    if (data.size() != declared)
        return damaged(name);
    return data;
}

// Where a relationship of the given kind points from a .rels part, resolved
// against the folder of the part the .rels belongs to. Empty if none.
Result<QString> relationshipTarget(const QByteArray &rels, const QString &relsName, QStringView kind,
                                   const QString &baseDir)
{
    QXmlStreamReader xml(rels);
    QString target;
    if (xml.readNextStartElement()) {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"Relationship" && target.isEmpty()) {
                const QXmlStreamAttributes a = xml.attributes();
                const bool external = a.value(u"TargetMode"_s) == u"External";
                if (!external && a.value(u"Type"_s).endsWith(kind))
                    target = a.value(u"Target"_s).toString();
            }
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return malformed(xml, relsName);
    if (target.isEmpty())
        return QString();
    target = target.startsWith(u'/') ? target.mid(1) : baseDir + target;
    target = QDir::cleanPath(target);
    return target.startsWith(u"../"_s) ? QString() : target;
}

// A package part: its name in the archive and its bytes.
struct Part
{
    QString name;
    QByteArray data;
    bool found = false;
};

// Reads the part the relationship of this kind names, else the part by its
// usual name (Word always writes word/document.xml and the like; other
// writers follow the relationships).
Result<Part> relatedPart(const KArchiveDirectory *root, const QByteArray &rels, const QString &relsName,
                         QStringView kind, const QString &baseDir, const QString &usualName)
{
    Part part;
    if (!rels.isEmpty()) {
        auto target = relationshipTarget(rels, relsName, kind, baseDir);
        if (!target)
            return target.error();
        part.name = target.value();
    }
    const KArchiveFile *file = findPart(root, part.name);
    if (!file) {
        part.name = usualName;
        file = findPart(root, usualName);
    }
    if (!file)
        return part;
    auto data = readPart(file, part.name);
    if (!data)
        return data.error();
    part.data = std::move(data).value();
    part.found = true;
    return part;
}

} // namespace

Result<ImportedText> DocxImporter::import(const QByteArray &bytes, const ImportOptions &options)
{
    if (bytes.isEmpty())
        return badInput(tr("file is empty"));
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (isEncryptedPackage(bytes))
            return badInput(tr("this Word document is password-protected; remove the password in Word "
                               "(File → Info → Protect Document) and save it again"));
        return badInput(tr("this is an old Word (.doc) document, not a .docx; save it as .docx in Word or WPS"));
    }
    if (!bytes.startsWith("PK"))
        return badInput(tr("not a Word (.docx) document"));
    options.report(0);

    QBuffer buffer;
    buffer.setData(bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly))
        return badInput(tr("not a Word (.docx) document, or a damaged one: %1").arg(zip.errorString()));
    const KArchiveDirectory *root = zip.directory();
    if (!root)
        return badInput(tr("not a Word (.docx) document"));
    // Refused before anything is inflated: a package that claims this much is
    // a zip bomb, not a report.
    if (unpackedSize(root) > kMaxTotalSize) {
        return badInput(tr("the document is too large when unpacked (more than %1 MB)").arg(kMaxTotalSize / kMB));
    }

    QByteArray packageRels;
    if (const KArchiveFile *file = findPart(root, u"_rels/.rels"_s)) {
        auto data = readPart(file, u"_rels/.rels"_s);
        if (!data)
            return data.error();
        packageRels = std::move(data).value();
    }
    auto document = relatedPart(root, packageRels, u"_rels/.rels"_s, u"/officeDocument", QString(),
                                u"word/document.xml"_s);
    if (!document)
        return document.error();
    if (!document->found)
        return badInput(tr("not a Word document: the archive has no word/document.xml"));

    // The document's own relationships name its styles and numbering.
    const QString documentName = document->name;
    const qsizetype slash = documentName.lastIndexOf(u'/');
    const QString baseDir = slash >= 0 ? documentName.left(slash + 1) : QString();
    const QString relsName = baseDir + u"_rels/"_s + documentName.mid(slash + 1) + u".rels"_s;
    QByteArray documentRels;
    if (const KArchiveFile *file = findPart(root, relsName)) {
        auto data = readPart(file, relsName);
        if (!data)
            return data.error();
        documentRels = std::move(data).value();
    }
    auto stylesPart = relatedPart(root, documentRels, relsName, u"/styles", baseDir, baseDir + u"styles.xml"_s);
    if (!stylesPart)
        return stylesPart.error();
    auto numberingPart =
        relatedPart(root, documentRels, relsName, u"/numbering", baseDir, baseDir + u"numbering.xml"_s);
    if (!numberingPart)
        return numberingPart.error();
    options.report(5);

    DocxStyles styles;
    if (stylesPart->found) {
        QXmlStreamReader xml(stylesPart->data);
        styles = DocxStyles::read(xml);
        if (xml.hasError())
            return malformed(xml, stylesPart->name);
    }
    DocxNumbering numbering;
    if (numberingPart->found) {
        QXmlStreamReader xml(numberingPart->data);
        numbering = DocxNumbering::read(xml, styles);
        if (xml.hasError())
            return malformed(xml, numberingPart->name);
    }
    options.report(10);

    QBuffer documentBuffer;
    documentBuffer.setData(document->data);
    if (!documentBuffer.open(QIODevice::ReadOnly))
        return damaged(documentName);
    QXmlStreamReader xml(&documentBuffer);
    DocxDocumentReader reader(xml, styles, numbering);
    const qint64 size = std::max<qint64>(1, documentBuffer.size());
    const std::function<int()> percent = [&] { return 10 + int(89 * documentBuffer.pos() / size); };
    switch (reader.read(options, percent)) {
    case DocxDocumentReader::Status::Ok:
        break;
    case DocxDocumentReader::Status::NotWordprocessing:
        return badInput(tr("not a Word document: %1 holds no Word text (is it another kind of Office file?)")
                            .arg(documentName));
    case DocxDocumentReader::Status::XmlError:
        return malformed(xml, documentName);
    case DocxDocumentReader::Status::Cancelled:
        return Error{Error::Kind::Cancelled, tr("import cancelled")};
    }
    if (reader.lines().isEmpty())
        return badInput(tr("the Word document contains no text (it may hold only pictures)"));
    options.report(100);
    return ImportedText{reader.lines().join(u'\n'), u"docx"_s, QString()};
}

} // namespace pizhu
