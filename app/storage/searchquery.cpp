// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

// Every upper/lower case spelling of the ASCII letters, for an index that
// keeps case (the character tables; the trigram tables ignore case).
QList<QStringList> spellings(const QList<uint> &characters)
{
    QList<QStringList> all { QStringList {} };
    for (const uint code : characters) {
        const char32_t c = code;
        QList<QStringList> next;
        for (const QStringList &prefix : std::as_const(all)) {
            if (isAsciiLetter(c)) {
                const char32_t lower = c | 0x20, upper = c & ~char32_t(0x20);
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
}

QString SearchQuery::trigramMatch() const
{
    // Inside an FTS5 string only '"' is special, and it is written twice.
    QString quoted = m_text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString SearchQuery::characterMatch() const
{
    QStringList phrases;
    const QList<QStringList> all = spellings(m_text.toUcs4());
    for (const QStringList &tokens : all)
        phrases << u'"' + tokens.join(u' ') + u'"'; // hex digits and spaces only
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
    qsizetype from = 0;
    while (found.size() < max) {
        const qsizetype at = haystack.indexOf(m_text, from, Qt::CaseInsensitive);
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
