// SPDX-License-Identifier: GPL-3.0-or-later
#include "textloader.h"

#include "encodingdetector.h"
#include "filereader.h"

#include <QCoreApplication>
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
    auto bytes = FileReader::read(path);
    if (!bytes)
        return bytes.error();
    auto result = decode(bytes.value());
    if (!result)
        return badInput(path + u": "_s + result.error().message);
    return result;
}

Result<LoadedText> TextLoader::decode(const QByteArray &bytes, const QString &encoding)
{
    if (bytes.isEmpty())
        return badInput(tr("file is empty"));

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
    } else if (!encoding.isEmpty()) {
        // The user's choice (File → Reopen with Encoding) wins; what does not
        // fit shows as replacement characters rather than nothing at all.
        QStringDecoder decoder(encoding.toLatin1().constData());
        if (!decoder.isValid())
            return badInput(tr("unknown text encoding “%1”").arg(encoding));
        loaded = {decoder.decode(bytes), encoding};
    } else if (auto utf8 = decodeStrict(bytes, QStringConverter::Utf8)) {
        // Strict UTF-8 first: a valid UTF-8 file of any length is almost never anything else.
        loaded = {*utf8, u"UTF-8"_s};
    } else {
        const QString detected = EncodingDetector::detect(bytes);
        std::optional<QString> text;
        if (!detected.isEmpty())
            text = decodeStrict(bytes, detected.toLatin1().constData());
        if (text) {
            loaded = {*text, detected};
        } else if (auto gb = decodeStrict(bytes, "GB18030")) {
            // Government sites still publish GBK; GB18030 is its superset.
            loaded = {*gb, u"GB18030"_s};
        } else if (auto big5 = decodeStrict(bytes, "Big5")) {
            loaded = {*big5, u"Big5"_s};
        } else {
            return badInput(tr("the text encoding is not recognised (expected UTF-8, UTF-16, GB18030/GBK or Big5)"));
        }
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
