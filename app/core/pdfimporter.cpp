// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfimporter.h"

#include "pdftextlayout.h"

#include <QLoggingCategory>
#include <QVariant>
#include <memory>
#include <mutex>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace pizhu {

Q_LOGGING_CATEGORY(lcPdfImport, "pizhu.pdf", QtWarningMsg)

namespace {

Error badInput(const QString &message)
{
    return Error{Error::Kind::BadInput, message};
}

// Poppler reports every repair it makes to a damaged file; by default that
// goes to stderr, where the command line keeps only messages for the user.
void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPdfImport) << message;
}

void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(popplerMessage, QVariant()); });
}

bool shouldAbort(const QVariant &closure)
{
    const auto *options = reinterpret_cast<const ImportOptions *>(closure.value<quintptr>());
    return options && options->isCancelled();
}

// The header may follow some junk (the PDF reference allows 1024 bytes of it).
bool hasPdfHeader(const QByteArray &bytes)
{
    return QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 1024)).contains("%PDF-");
}

// Every complete PDF ends with %%EOF (Acrobat wants it in the last 1024
// bytes; a little more is allowed for junk that servers append). Poppler
// would rebuild what it can of a file cut short and show part of the report
// as if it were all of it.
bool hasEnd(const QByteArray &bytes)
{
    return QByteArrayView(bytes).last(qMin<qsizetype>(bytes.size(), 4096)).contains("%%EOF");
}

using TextBoxes = std::vector<std::unique_ptr<Poppler::TextBox>>;

// Text set sideways, as a landscape table printed on a portrait page or a
// page turned by its /Rotate, comes out as words standing on end. The
// rotation that sets it upright again: a quarter turn against the way the
// words run.
Poppler::Page::Rotation uprightRotation(const TextBoxes &boxes)
{
    int upright = 0, onEnd = 0, downwards = 0;
    for (const auto &box : boxes) {
        const qsizetype length = box->text().toUcs4().size();
        if (length < 2)
            continue; // a single character has no direction
        const QRectF r = box->boundingBox();
        if (r.height() > 1.5 * r.width()) {
            ++onEnd;
            if (box->charBoundingBox(int(length - 1)).center().y() > box->charBoundingBox(0).center().y())
                ++downwards;
        } else if (r.width() > 1.5 * r.height()) {
            ++upright;
        }
    }
    if (onEnd <= upright)
        return Poppler::Page::Rotate0;
    return downwards * 2 >= onEnd ? Poppler::Page::Rotate270 : Poppler::Page::Rotate90;
}

bool unlock(Poppler::Document &document, const QString &password)
{
    // Passwords are UTF-8 in AES-256 documents and PDFDocEncoding (Latin-1
    // for our purposes) in older ones; the one given may be the owner's.
    QList<QByteArray> candidates{password.toUtf8()};
    const QByteArray latin1 = password.toLatin1();
    if (latin1 != candidates.front() && QString::fromLatin1(latin1) == password)
        candidates.append(latin1);
    for (const QByteArray &candidate : std::as_const(candidates)) {
        document.unlock(candidate, candidate); // returns whether it is still locked
        if (!document.isLocked())
            return true;
    }
    return false;
}

} // namespace

Result<ImportedText> PdfImporter::import(const QByteArray &bytes, const ImportOptions &options)
{
    if (bytes.isEmpty())
        return badInput(tr("file is empty"));
    if (!hasPdfHeader(bytes))
        return badInput(tr("not a PDF document"));
    if (!hasEnd(bytes))
        return badInput(
            tr("the PDF document is incomplete (the file was cut short, perhaps by a failed download)"));

    routePopplerMessages();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return badInput(tr("the PDF document is damaged and cannot be read"));
    if (document->isLocked()) {
        if (options.password.isEmpty())
            return Error{Error::Kind::PasswordRequired,
                         tr("the PDF document is password-protected; enter its password to open it")};
        if (!unlock(*document, options.password))
            return Error{Error::Kind::PasswordRequired,
                         tr("the password is wrong; the PDF document is password-protected")};
    }

    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return badInput(tr("the PDF document has no pages"));

    const Error cancelled{Error::Kind::Cancelled, tr("import cancelled")};
    const QVariant closure = QVariant::fromValue(reinterpret_cast<quintptr>(&options));
    QList<PdfPageText> pages;
    pages.reserve(pageCount);
    int reported = -1;
    for (int i = 0; i < pageCount; ++i) {
        if (options.isCancelled())
            return cancelled;
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            return badInput(tr("page %1 of the PDF document is damaged and cannot be read").arg(i + 1));
        PdfPageText text;
        text.size = page->pageSizeF();
        TextBoxes boxes = page->textList(Poppler::Page::Rotate0, shouldAbort, closure);
        if (const auto rotation = uprightRotation(boxes); rotation != Poppler::Page::Rotate0) {
            boxes = page->textList(rotation, shouldAbort, closure);
            text.size.transpose();
        }
        if (options.isCancelled())
            return cancelled;
        text.words.reserve(qsizetype(boxes.size()));
        for (const auto &box : boxes)
            text.words.append(PdfWord{box->text(), box->boundingBox(), box->hasSpaceAfter()});
        pages.append(std::move(text));
        // The layout after the last page is quick; pages are the work.
        const int percent = int(qint64(i + 1) * 95 / pageCount);
        if (percent != reported)
            options.report(reported = percent);
    }

    const QStringList paragraphs = PdfTextLayout::paragraphs(pages);
    if (paragraphs.isEmpty())
        return badInput(tr("the PDF document has no text: it is probably a scanned image, "
                           "and Pizhu cannot read text from images"));
    options.report(100);
    return ImportedText{paragraphs.join(u'\n'), u"pdf"_s, QString()};
}

} // namespace pizhu
