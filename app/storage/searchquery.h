// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QString>
#include <QStringView>

namespace pizhu {

// What the user typed, made into queries for the search tables (see
// docs/schema.md, "Search"). The words are always looked for as they are,
// as one phrase: quotes, *, NEAR, AND, ^ and the like mean themselves, and
// every query reaches SQLite as a bound value. Letters, digits and signs are
// looked for in their half-width and full-width forms alike (２０２２ finds
// 2022 and the other way round: a Chinese input method in full-width mode
// types the one, a re-typeset report may have the other), and Traditional
// characters as the Simplified ones reports are printed in (ChineseText).
class SearchQuery
{
public:
    // The trigram tokenizer needs three characters; shorter queries go to
    // the character tables.
    static constexpr qsizetype kTrigramLength = 3;
    static constexpr qsizetype kContextRadius = 30; // characters on either side of a hit

    struct Context
    {
        QString text;
        qsizetype markStart = 0;
        qsizetype markEnd = 0;
    };

    explicit SearchQuery(const QString &text);

    QString text() const { return m_text; } // trimmed
    // The spellings looked for: the text, and its half-width (and Simplified)
    // and full-width forms where they differ; all as long as the text.
    QStringList variants() const { return m_variants; }
    bool isEmpty() const { return m_text.isEmpty(); }
    // Fewer than three characters (code points, not UTF-16 units).
    bool isShort() const { return m_length < kTrigramLength; }

    // FTS5 MATCH for the trigram tables: the text as one quoted phrase.
    QString trigramMatch() const;
    // FTS5 MATCH for the character tables: the characters' tokens as a
    // phrase, one phrase per upper/lower case spelling of the letters (ASCII
    // and full-width).
    QString characterMatch() const;
    // LIKE pattern (escape character '\') for comparisons.
    QString likePattern() const;

    // Where the text (any variant) occurs in `haystack`, ignoring case, not overlapping.
    QList<qsizetype> occurrences(QStringView haystack, qsizetype max) const;

    // The token the character tables hold for one character: its UTF-8
    // bytes in upper-case hex, as SQLite's hex(substr(text, i, 1)) writes it.
    static QString characterToken(char32_t character);
    // A line of context around [start, end) of text.
    static Context context(
        QStringView text, qsizetype start, qsizetype end, qsizetype radius = kContextRadius);

private:
    QString m_text;
    QStringList m_variants;
    qsizetype m_length = 0; // in code points
};

} // namespace pizhu
