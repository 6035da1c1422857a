// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace pizhu {

// Finds quotes in a text, exactly or approximately, through an index of the
// text's character bigrams (Chinese has no word boundaries to index on).
// The text is folded (full-width and half-width forms alike: "，" is ",")
// with a fold that keeps lengths, so offsets in the folded text are offsets
// into the original. Quotes given to the finders must be folded with fold() too.
class QuoteIndex
{
public:
    struct Match
    {
        qsizetype start = -1;
        qsizetype end = -1; // exclusive
        int edits = 0; // Levenshtein distance between the quote and the span
    };

    explicit QuoteIndex(const QString &text);

    static QString fold(QStringView text);
    const QString &folded() const { return m_folded; }

    // Start offsets of every occurrence, in order.
    QList<qsizetype> findAll(QStringView quote) const;
    // The best approximate occurrences with at most maxEdits edits, at most
    // one per stretch of text, fewest edits first. Seeds with shared bigrams
    // and aligns only around the seeds, so the cost is bounded by the quote's
    // length times a window about its size, never the text's length.
    // prefix and suffix (folded), the text the quote stood between, decide
    // between spans of (nearly) equal cost when an edit touches a boundary.
    QList<Match> findApproximate(QStringView quote, int maxEdits, int maxMatches = 8, QStringView prefix = {},
        QStringView suffix = {}) const;

private:
    struct Candidate
    {
        qsizetype lowDiagonal = 0; // text offset - quote offset of the seeds
        qsizetype highDiagonal = 0;
        qsizetype votes = 0;
    };

    // Positions of a bigram, as (gram << 32 | position) entries of m_grams.
    std::pair<const quint64 *, const quint64 *> occurrences(quint32 gram) const;
    QList<Candidate> seed(QStringView quote, int maxEdits, int maxCandidates) const;

    QString m_folded;
    std::vector<quint64> m_grams; // sorted
    QHash<quint32, std::pair<quint32, quint32>> m_ranges; // gram → (first entry in m_grams, count)
};

} // namespace pizhu
