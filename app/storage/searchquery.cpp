// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include "chinesetext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// Letters with an upper and a lower case 0x20 apart: ASCII's and their full-width forms.
bool isCasedLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xFF21 && c <= 0xFF3A)
        || (c >= 0xFF41 && c <= 0xFF5A);
}

// Every upper/lower case spelling of those letters, for an index that
// keeps case (the character tables; the trigram tables ignore case).
QList<QStringList> spellings(const QList<uint> &characters)
{
    QList<QStringList> all { QStringList {} };
    for (const uint code : characters) {
        const char32_t c = code;
        QList<QStringList> next;
        for (const QStringList &prefix : std::as_const(all)) {
            if (isCasedLetter(c)) {
                const char32_t lower = QChar::toLower(c), upper = QChar::toUpper(c);
                next << (QStringList(prefix) << SearchQuery::characterToken(lower))
                     << (QStringList(prefix) << SearchQuery::characterToken(upper));
            } else {
                next << (QStringList(prefix) << SearchQuery::characterToken(c));
            }
        }
        all = next;
    }
    return all;
}

} // namespace

SearchQuery::SearchQuery(const QString &text)
    : m_text(text.trimmed())
{
    m_length = m_text.toUcs4().size();
    if (m_text.isEmpty())
        return;
    // Traditional characters to Simplified ones too: reports are printed in
    // Simplified, a query may come from a Traditional input method.
    const QString folded = ChineseText::fold(m_text);
    for (const QString &v : {m_text, folded, ChineseText::toFullWidth(folded)}) {
        if (!m_variants.contains(v))
            m_variants << v;
    }
}

QString SearchQuery::trigramMatch() const
{
    QStringList phrases;
    for (QString quoted : m_variants) {
        // Inside an FTS5 string only '"' is special, and it is written twice.
        quoted.replace(u'"', u"\"\""_s);
        phrases << u'"' + quoted + u'"';
    }
    return phrases.join(u" OR "_s);
}

QString SearchQuery::characterMatch() const
{
    QStringList phrases;
    for (const QString &variant : m_variants) {
        for (const QStringList &tokens : spellings(variant.toUcs4())) {
            const QString phrase = u'"' + tokens.join(u' ') + u'"'; // hex digits and spaces only
            if (!phrases.contains(phrase))
                phrases << phrase;
        }
    }
    return phrases.join(u" OR "_s);
}

QString SearchQuery::likePattern() const
{
    QString escaped;
    for (const QChar c : m_text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

QList<qsizetype> SearchQuery::occurrences(QStringView haystack, qsizetype max) const
{
    QList<qsizetype> found;
    if (m_text.isEmpty())
        return found;
    // The earliest of any variant each time; all variants are as long as the text.
    qsizetype from = 0;
    while (found.size() < max) {
        qsizetype at = -1;
        for (const QString &variant : m_variants) {
            const qsizetype here = haystack.indexOf(variant, from, Qt::CaseInsensitive);
            if (here >= 0 && (at < 0 || here < at))
                at = here;
        }
        if (at < 0)
            break;
        found << at;
        from = at + m_text.size();
    }
    return found;
}

QString SearchQuery::characterToken(char32_t character)
{
    const QByteArray utf8 = QString::fromUcs4(&character, 1).toUtf8();
    return QString::fromLatin1(utf8.toHex().toUpper());
}

SearchQuery::Context SearchQuery::context(QStringView text, qsizetype start, qsizetype end, qsizetype radius)
{
    start = qBound(qsizetype(0), start, text.size());
    end = qBound(start, end, text.size());
    qsizetype left = qMax(qsizetype(0), start - radius);
    qsizetype right = qMin(text.size(), end + radius);
    // Never cut a character outside the BMP in half.
    if (left > 0 && text.at(left).isLowSurrogate())
        --left;
    if (right < text.size() && text.at(right - 1).isHighSurrogate())
        ++right;
    Context context;
    if (left > 0)
        context.text += u'…';
    const qsizetype offset = context.text.size() - left;
    QString middle = text.mid(left, right - left).toString();
    for (QChar &c : middle) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' '; // one line, same length: the mark stays where it is
    }
    context.text += middle;
    if (right < text.size())
        context.text += u'…';
    context.markStart = start + offset;
    context.markEnd = end + offset;
    return context;
}

} // namespace pizhu
