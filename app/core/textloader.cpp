// SPDX-License-Identifier: GPL-3.0-or-later
#include "textloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

Error badInput(const QString &message)
{
    return Error{Error::Kind::BadInput, message};
}

// Control characters other than tab, newline, form feed and carriage return
// never occur in a text report; more than a few of them (or any NUL) means
// binary data, whatever the file is called.
bool looksBinary(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(qMin<qsizetype>(bytes.size(), 64 * 1024));
    qsizetype control = 0;
    for (char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b)
            ++control;
    }
    return control * 200 > head.size(); // over 0.5 %
}

std::optional<QString> decodeStrict(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> decodeStrict(QByteArrayView bytes, const char *name)
{
    QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool isBlank(const QString &text)
{
    for (QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF))
            return false;
    }
    return true;
}

} // namespace

Result<LoadedText> TextLoader::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return badInput(tr("%1: no such file").arg(path));
    if (info.isDir())
        return badInput(tr("%1: is a folder, not a report file").arg(path));
    // A FIFO or device would block or never end.
    if (!info.isFile())
        return badInput(tr("%1: not a regular file").arg(path));
    if (info.size() > kMaxFileSize) {
        return badInput(tr("%1: file is too large (%2 MB; reports up to %3 MB can be opened)")
                            .arg(path)
                            .arg(info.size() / (1024 * 1024))
                            .arg(kMaxFileSize / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    // Read at most one byte past the limit: the file may grow after the size check.
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (bytes.size() > kMaxFileSize)
        return badInput(tr("%1: file is too large (reports up to %2 MB can be opened)")
                            .arg(path)
                            .arg(kMaxFileSize / (1024 * 1024)));
    auto result = decode(bytes);
    if (!result)
        return badInput(path + u": "_s + result.error().message);
    return result;
}

Result<LoadedText> TextLoader::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return badInput(tr("file is empty"));
    if (bytes.startsWith("%PDF-"))
        return badInput(tr("PDF documents cannot be opened yet; save the report as text (.txt)"));
    if (bytes.startsWith("PK\x03\x04"))
        return badInput(tr("Word (.docx) documents cannot be opened yet; save the report as text (.txt)"));
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return badInput(tr("old Word/WPS documents cannot be opened yet; save the report as text (.txt)"));

    LoadedText loaded;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        auto text = decodeStrict(QByteArrayView(bytes).sliced(3), QStringConverter::Utf8);
        if (!text)
            return badInput(tr("the file claims to be UTF-8 but is not valid UTF-8"));
        loaded = {*text, u"UTF-8"_s};
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        auto text = decodeStrict(QByteArrayView(bytes).sliced(2),
                                 le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        if (!text)
            return badInput(tr("the file claims to be UTF-16 but is not valid UTF-16"));
        loaded = {*text, le ? u"UTF-16LE"_s : u"UTF-16BE"_s};
    } else if (looksBinary(bytes)) {
        return badInput(tr("not a text file (it contains binary data)"));
    } else if (auto utf8 = decodeStrict(bytes, QStringConverter::Utf8)) {
        loaded = {*utf8, u"UTF-8"_s};
    } else if (auto gb = decodeStrict(bytes, "GB18030")) {
        // Government sites still publish GBK; GB18030 is its superset.
        loaded = {*gb, u"GB18030"_s};
    } else {
        return badInput(tr("the text encoding is not recognised (expected UTF-8, UTF-16 or GB18030/GBK)"));
    }
    if (isBlank(loaded.text))
        return badInput(tr("file is empty"));
    // Binary data can survive decoding; a text report has no control characters.
    qsizetype control = 0;
    for (QChar c : loaded.text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f')
            ++control;
    }
    if (control * 200 > loaded.text.size())
        return badInput(tr("not a text file (it contains binary data)"));
    return loaded;
}

} // namespace pizhu
