// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoteindex.h"

#include "chinesetext.h"
#include "quotealigner.h"

#include <algorithm>

namespace pizhu {

namespace {

// Bigrams this frequent (punctuation pairs, 法治, 建设) say little about where a
// quote is and would flood the seeding; they are left out of the votes.
constexpr qsizetype kMaxGramOccurrences = 256;
// Bigrams of a long quote looked up at most.
constexpr qsizetype kMaxSeeds = 64;

quint32 gramAt(QStringView text, qsizetype i)
{
    return (quint32(text[i].unicode()) << 16) | text[i + 1].unicode();
}

} // namespace

QuoteIndex::QuoteIndex(const QString &text)
    : m_folded(fold(text))
{
    const qsizetype n = m_folded.size();
    m_grams.reserve(size_t(std::max<qsizetype>(0, n - 1)));
    for (qsizetype i = 0; i + 1 < n; ++i)
        m_grams.push_back((quint64(gramAt(m_folded, i)) << 32) | quint64(i));
    std::sort(m_grams.begin(), m_grams.end());
    for (size_t i = 0; i < m_grams.size();) {
        const quint32 gram = quint32(m_grams[i] >> 32);
        size_t j = i + 1;
        while (j < m_grams.size() && quint32(m_grams[j] >> 32) == gram)
            ++j;
        m_ranges.insert(gram, { quint32(i), quint32(j - i) });
        i = j;
    }
}

QString QuoteIndex::fold(QStringView text)
{
    return ChineseText::foldWidth(text);
}

std::pair<const quint64 *, const quint64 *> QuoteIndex::occurrences(quint32 gram) const
{
    const auto it = m_ranges.constFind(gram);
    if (it == m_ranges.cend())
        return { nullptr, nullptr };
    const quint64 *begin = m_grams.data() + it->first;
    return { begin, begin + it->second };
}

QList<qsizetype> QuoteIndex::findAll(QStringView quote) const
{
    QList<qsizetype> hits;
    const qsizetype m = quote.size();
    if (m == 0 || m > m_folded.size())
        return hits;
    if (m == 1) {
        for (qsizetype at = m_folded.indexOf(quote[0]); at >= 0; at = m_folded.indexOf(quote[0], at + 1))
            hits.append(at);
        return hits;
    }
    // Verify the occurrences of the quote's rarest bigram (of the first few).
    std::pair<const quint64 *, const quint64 *> rarest { nullptr, nullptr };
    qsizetype rarestOffset = 0;
    for (qsizetype i = 0; i + 1 < std::min<qsizetype>(m, 64); ++i) {
        const auto range = occurrences(gramAt(quote, i));
        if (range.first == range.second)
            return hits;
        if (!rarest.first || range.second - range.first < rarest.second - rarest.first) {
            rarest = range;
            rarestOffset = i;
        }
    }
    const QStringView text(m_folded);
    for (const quint64 *it = rarest.first; it != rarest.second; ++it) {
        const qsizetype start = qsizetype(*it & 0xffffffffULL) - rarestOffset;
        if (start >= 0 && start + m <= text.size() && text.sliced(start, m) == quote)
            hits.append(start);
    }
    return hits;
}

// Diagonals (text offset − quote offset) of the shared bigrams, clustered:
// a match with k edits keeps all but 2k of the quote's bigrams (q-gram
// lemma) on diagonals at most k apart.
QList<QuoteIndex::Candidate> QuoteIndex::seed(QStringView quote, int maxEdits, int maxCandidates) const
{
    QList<Candidate> picked;
    const qsizetype m = quote.size();
    if (m < 2)
        return picked;
    // A long quote is seeded by a sample of its bigrams, spread evenly: two
    // or more apart, each edit destroys at most one of them.
    const qsizetype grams = m - 1;
    const qsizetype step = grams > kMaxSeeds ? (grams + kMaxSeeds - 1) / kMaxSeeds : 1;
    std::vector<qsizetype> diagonals;
    qsizetype sampled = 0, skipped = 0;
    for (qsizetype i = 0; i < grams; i += step) {
        ++sampled;
        const auto [begin, end] = occurrences(gramAt(quote, i));
        if (end - begin > kMaxGramOccurrences) {
            ++skipped;
            continue;
        }
        for (const quint64 *it = begin; it != end; ++it)
            diagonals.push_back(qsizetype(*it & 0xffffffffULL) - i);
    }
    if (diagonals.empty())
        return picked;
    std::sort(diagonals.begin(), diagonals.end());

    // A sampled gram dies when an edit hits it or the character after it;
    // edits spread evenly over the quote hit about twice their share of the
    // sample. Adversarial spreads are not what editors write.
    const qsizetype destroyed = step == 1
        ? 2 * qsizetype(maxEdits)
        : std::min<qsizetype>(maxEdits, 2 * ((qsizetype(maxEdits) * sampled + grams - 1) / grams) + 2);
    const qsizetype needed = std::max<qsizetype>(1, sampled - skipped - destroyed);
    const qsizetype width = 2 * qsizetype(maxEdits) + 1;
    std::vector<Candidate> windows;
    for (size_t a = 0, b = 0; a < diagonals.size(); ++a) {
        while (b < diagonals.size() && diagonals[b] < diagonals[a] + width)
            ++b;
        const qsizetype votes = qsizetype(b - a);
        if (votes >= needed)
            windows.push_back({ diagonals[a], diagonals[b - 1], votes });
    }
    std::stable_sort(windows.begin(), windows.end(),
        [](const Candidate &x, const Candidate &y) { return x.votes > y.votes; });
    // One candidate per stretch of text: the best-voted window there; and
    // none with less than half the votes of the best.
    const qsizetype radius = std::max(width, m / 2);
    for (const Candidate &w : windows) {
        if (2 * w.votes < windows.front().votes)
            break;
        const bool near = std::any_of(picked.cbegin(), picked.cend(), [&](const Candidate &p) {
            return w.lowDiagonal <= p.highDiagonal + radius && w.highDiagonal >= p.lowDiagonal - radius;
        });
        if (near)
            continue;
        picked.append(w);
        if (picked.size() >= maxCandidates)
            break;
    }
    return picked;
}

QList<QuoteIndex::Match> QuoteIndex::findApproximate(
    QStringView quote, int maxEdits, int maxMatches, QStringView prefix, QStringView suffix) const
{
    QList<Match> matches;
    if (quote.size() < 2 || maxEdits < 0)
        return matches;
    const QList<Candidate> candidates = seed(quote, maxEdits, maxMatches);
    for (const Candidate &c : candidates) {
        const QuoteAligner::Span span
            = QuoteAligner::align(m_folded, quote, c.lowDiagonal, c.highDiagonal, maxEdits, prefix, suffix);
        if (span.start < 0)
            continue;
        const Match match { span.start, span.end, span.edits };
        const bool seen = std::any_of(matches.cbegin(), matches.cend(),
            [&](const Match &x) { return x.start == match.start && x.end == match.end; });
        if (!seen)
            matches.append(match);
    }
    std::stable_sort(
        matches.begin(), matches.end(), [](const Match &x, const Match &y) { return x.edits < y.edits; });
    return matches;
}

} // namespace pizhu
