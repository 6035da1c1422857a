// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// The triggers' SQL tokenizes the first 4096 characters of a row (search_positions).
static_assert(SearchIndex::kMaxBlockLength <= 4096);

bool endsSentence(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u'.' || c == u'!' || c == u'?'
        || c == u';';
}

void appendLine(QList<SearchIndex::Span> &spans, QStringView text, qsizetype start, qsizetype end)
{
    while (end - start > SearchIndex::kMaxBlockLength) {
        qsizetype cut = start + SearchIndex::kMaxBlockLength;
        qsizetype sentence = cut;
        while (sentence > start + SearchIndex::kMaxBlockLength / 2 && !endsSentence(text.at(sentence - 1)))
            --sentence;
        if (sentence > start + SearchIndex::kMaxBlockLength / 2)
            cut = sentence;
        else if (text.at(cut - 1).isHighSurrogate())
            --cut; // keep a pair of surrogates together
        spans.append({ start, cut });
        start = cut;
    }
    if (!text.mid(start, end - start).trimmed().isEmpty())
        spans.append({ start, end });
}

} // namespace

QList<SearchIndex::Span> SearchIndex::blocks(QStringView text)
{
    QList<Span> spans;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (end > start)
            appendLine(spans, text, start, end);
        start = end + 1;
    }
    return spans;
}

QString SearchIndex::storedText(QStringView text)
{
    QString stored = text.toString();
    const qsizetype size = stored.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = stored.at(i);
        if (c.isHighSurrogate() && i + 1 < size && stored.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate() || c.isNull())
            stored[i] = QChar::ReplacementCharacter;
    }
    return stored;
}

QString SearchIndex::characterTokens(QStringView text)
{
    static constexpr char16_t kHex[] = u"0123456789ABCDEF";
    QString tokens;
    tokens.reserve(text.size() * 7);
    auto byte = [&tokens](uint value) {
        tokens += QChar(kHex[(value >> 4) & 0xF]);
        tokens += QChar(kHex[value & 0xF]);
    };
    for (const char32_t c : text.toUcs4()) {
        if (!tokens.isEmpty())
            tokens += u' ';
        if (c < 0x80) {
            byte(c);
        } else if (c < 0x800) {
            byte(0xC0 | (c >> 6));
            byte(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            byte(0xE0 | (c >> 12));
            byte(0x80 | ((c >> 6) & 0x3F));
            byte(0x80 | (c & 0x3F));
        } else {
            byte(0xF0 | (c >> 18));
            byte(0x80 | ((c >> 12) & 0x3F));
            byte(0x80 | ((c >> 6) & 0x3F));
            byte(0x80 | (c & 0x3F));
        }
    }
    return tokens;
}

bool SearchIndex::addVersion(Database &db, qint64 versionId, const QString &text)
{
    QSqlQuery insert = db.prepare(u"INSERT INTO search_blocks (version_id, start_offset, end_offset, body) "
                                  "VALUES (:version, :start, :end, :body)"_s);
    // Straight into the FTS5 tables: through a trigger, FTS5 would flush its pending data for every row.
    QSqlQuery trigrams = db.prepare(u"INSERT INTO search_text (rowid, body) VALUES (:id, :body)"_s);
    QSqlQuery characters = db.prepare(u"INSERT INTO search_text_chars (rowid, body) VALUES (:id, :tokens)"_s);
    const QList<Span> spans = blocks(text);
    for (const Span &span : spans) {
        const QString body = storedText(QStringView(text).mid(span.start, span.end - span.start));
        insert.bindValue(u":version"_s, versionId);
        insert.bindValue(u":start"_s, span.start);
        insert.bindValue(u":end"_s, span.end);
        insert.bindValue(u":body"_s, body);
        if (!db.exec(insert))
            return false;
        const QVariant id = insert.lastInsertId();
        trigrams.bindValue(u":id"_s, id);
        trigrams.bindValue(u":body"_s, body);
        if (!db.exec(trigrams))
            return false;
        characters.bindValue(u":id"_s, id);
        characters.bindValue(u":tokens"_s, characterTokens(body));
        if (!db.exec(characters))
            return false;
    }
    return true;
}

bool SearchIndex::addAllVersions(Database &db)
{
    QSqlQuery versions = db.prepare(u"SELECT id, canonical_text FROM report_versions ORDER BY id"_s);
    if (!db.exec(versions))
        return false;
    while (versions.next()) {
        if (!addVersion(db, versions.value(0).toLongLong(), versions.value(1).toString()))
            return false;
    }
    return true;
}

} // namespace pizhu
