// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotealigner.h"

#include <QString>

#include <algorithm>
#include <limits>
#include <vector>

namespace pizhu {

namespace {

constexpr int kInfinity = std::numeric_limits<int>::max() / 2;
// A substitution costs more than an insertion or a deletion, so that a span
// never starts or ends on text that merely stands in for the quote's
// characters, but less than both, so that a changed figure stays one.
constexpr int kSubstitution = 3;
constexpr int kIndel = 2;
// Choosing a boundary, up to this many characters of agreeing context
// outweigh as many indels; trimming, all of the context counts.
constexpr int kMaxContextBonus = 3;
constexpr int kContextWeight = 2;

// The last row of an alignment, computed only in the band of diagonals
// lo ≤ column − row ≤ hi.
struct Row
{
    std::vector<int> cost; // kInfinity outside the band
    std::vector<int> start; // the column the alignment begins at
};

// freeStart: the alignment may begin anywhere in the text (semi-global),
// otherwise at its first character. Cells that cost more than maxCost are
// dropped as the rows go (costs never decrease along an alignment), so the
// band narrows to the alignments still alive; empty once none is.
Row lastRow(QStringView quote, QStringView text, qsizetype lo, qsizetype hi, bool freeStart, int maxCost)
{
    const qsizetype m = quote.size();
    const qsizetype w = text.size();
    const size_t size = size_t(w + 1);
    Row prev { std::vector<int>(size, kInfinity), std::vector<int>(size, 0) };
    Row cur = prev;
    // The columns of the previous row that may hold a live cell.
    qsizetype liveLo = -1, liveHi = -1;
    for (qsizetype j = std::max<qsizetype>(0, lo); j <= std::min(w, hi); ++j) {
        const int c = freeStart ? 0 : kIndel * int(j);
        if (c > maxCost)
            break;
        prev.cost[size_t(j)] = c;
        prev.start[size_t(j)] = int(j);
        liveLo = liveLo < 0 ? j : liveLo;
        liveHi = j;
    }
    for (qsizetype i = 1; i <= m && liveLo >= 0; ++i) {
        const qsizetype jlo = std::max(std::max<qsizetype>(0, i + lo), liveLo);
        const qsizetype jhi = std::min(w, i + hi);
        // Sentinels around the live cells of the row above.
        if (liveLo >= 1)
            prev.cost[size_t(liveLo - 1)] = kInfinity;
        if (liveHi + 1 <= w)
            prev.cost[size_t(liveHi + 1)] = kInfinity;
        const QChar q = quote[i - 1];
        qsizetype newLo = -1, newHi = -1;
        int left = kInfinity; // the cell to the left in this row
        auto keep = [&](qsizetype j, int best, int begin) {
            cur.cost[size_t(j)] = best;
            cur.start[size_t(j)] = begin;
            left = best;
            if (best <= maxCost) {
                newLo = newLo < 0 ? j : newLo;
                newHi = j;
            }
        };
        qsizetype j = jlo;
        if (j == 0 && j <= jhi)
            keep(j++, kIndel * int(i), 0);
        // Below the live cells: a substitution, a match, a deletion or an insertion.
        for (const qsizetype below = std::min(jhi, liveHi + 1); j <= below; ++j) {
            const size_t u = size_t(j);
            int best = prev.cost[u - 1] + (q == text[j - 1] ? 0 : kSubstitution);
            int begin = prev.start[u - 1];
            if (prev.cost[u] + kIndel < best) {
                best = prev.cost[u] + kIndel;
                begin = prev.start[u];
            }
            if (left + kIndel < best) {
                best = left + kIndel;
                begin = cur.start[u - 1];
            }
            keep(j, best, begin);
        }
        // Further right only insertions reach, while they live.
        for (; j <= jhi && left + kIndel <= maxCost; ++j)
            keep(j, left + kIndel, cur.start[size_t(j - 1)]);
        liveLo = newLo;
        liveHi = newHi;
        std::swap(cur, prev);
    }
    if (liveLo < 0)
        return {};
    Row last { std::vector<int>(size, kInfinity), std::vector<int>(size, 0) };
    for (qsizetype j = liveLo; j <= liveHi; ++j) {
        last.cost[size_t(j)] = prev.cost[size_t(j)];
        last.start[size_t(j)] = prev.start[size_t(j)];
    }
    return last;
}

enum class Op : char { Match, Substitute, Insert, Delete }; // Insert: text only; Delete: quote only

// Global alignment costs of the whole quote against the whole text, within
// drift diagonals of the corner-to-corner band.
class Grid
{
public:
    Grid(QStringView quote, QStringView text, qsizetype drift, int substitution, int indel)
        : m_quote(quote)
        , m_text(text)
        , m_lo(std::min<qsizetype>(0, text.size() - quote.size()) - drift)
        , m_hi(std::max<qsizetype>(0, text.size() - quote.size()) + drift)
        , m_substitution(substitution)
        , m_indel(indel)
        , m_cost(size_t((quote.size() + 1) * (m_hi - m_lo + 1)), kInfinity)
    {
        // Row i holds the columns j = i + lo + d for d in [0, width): the cell
        // above-left is one row back at the same d, the cell above at d + 1,
        // the cell to the left at d − 1.
        const qsizetype m = quote.size(), w = text.size(), width = m_hi - m_lo + 1;
        int *cost = m_cost.data();
        for (qsizetype i = 0; i <= m; ++i) {
            const qsizetype dFrom = std::max<qsizetype>(0, -(i + m_lo));
            const qsizetype dTo = std::min<qsizetype>(width - 1, w - i - m_lo);
            int *row = cost + i * width;
            const int *up = row - width;
            for (qsizetype d = dFrom; d <= dTo; ++d) {
                const qsizetype j = i + m_lo + d;
                int best = i == 0 && j == 0 ? 0 : kInfinity;
                if (i > 0 && j > 0)
                    best = std::min(best, up[d] + (quote[i - 1] == text[j - 1] ? 0 : substitution));
                if (i > 0 && d + 1 < width)
                    best = std::min(best, up[d + 1] + indel);
                if (j > 0 && d > 0)
                    best = std::min(best, row[d - 1] + indel);
                row[d] = best;
            }
        }
    }

    int total() const { return cost(m_quote.size(), m_text.size()); }

    // The operations of an optimal alignment, in order. gapsLate: of equal
    // alignments, the one with insertions and deletions as late as possible.
    std::vector<Op> path(bool gapsLate) const
    {
        std::vector<Op> ops;
        if (total() >= kInfinity)
            return ops;
        for (qsizetype i = m_quote.size(), j = m_text.size(); i > 0 || j > 0;) {
            const int here = cost(i, j);
            const bool diagonal = i > 0 && j > 0 && cost(i - 1, j - 1) + step(i, j) == here;
            const bool up = i > 0 && cost(i - 1, j) + m_indel == here;
            if (diagonal && (!gapsLate || !up)) {
                ops.push_back(m_quote[i - 1] == m_text[j - 1] ? Op::Match : Op::Substitute);
                --i;
                --j;
            } else if (up) {
                ops.push_back(Op::Delete);
                --i;
            } else if (j > 0 && cost(i, j - 1) + m_indel == here && !diagonal) {
                ops.push_back(Op::Insert);
                --j;
            } else {
                ops.push_back(m_quote[i - 1] == m_text[j - 1] ? Op::Match : Op::Substitute);
                --i;
                --j;
            }
        }
        std::reverse(ops.begin(), ops.end());
        return ops;
    }

private:
    qsizetype index(qsizetype i, qsizetype j) const
    {
        const qsizetype d = j - i;
        return d < m_lo || d > m_hi || j < 0 || j > m_text.size() ? -1 : i * (m_hi - m_lo + 1) + (d - m_lo);
    }
    int cost(qsizetype i, qsizetype j) const
    {
        const qsizetype k = index(i, j);
        return k < 0 ? kInfinity : m_cost[size_t(k)];
    }
    int step(qsizetype i, qsizetype j) const { return m_quote[i - 1] == m_text[j - 1] ? 0 : m_substitution; }

    QStringView m_quote;
    QStringView m_text;
    qsizetype m_lo;
    qsizetype m_hi;
    int m_substitution;
    int m_indel;
    std::vector<int> m_cost;
};

// The old context next to a candidate boundary: how many of its characters
// agree there, as a bonus of perCharacter each. A single one may be chance
// (a "。" or a "“" is everywhere) and counts half.
struct Context
{
    QStringView text;
    QStringView prefix;
    QStringView suffix;

    static int bonus(qsizetype agree, int perCharacter)
    {
        return agree >= 2 ? int(agree) * perCharacter : int(agree) * perCharacter / 2;
    }
    int before(qsizetype at, qsizetype limit, int perCharacter) const
    {
        qsizetype k = 0;
        while (
            k < prefix.size() && k < limit && at - k > 0 && prefix[prefix.size() - 1 - k] == text[at - 1 - k])
            ++k;
        return bonus(k, perCharacter);
    }
    int after(qsizetype at, qsizetype limit, int perCharacter) const
    {
        qsizetype k = 0;
        while (k < suffix.size() && k < limit && at + k < text.size() && suffix[k] == text[at + k])
            ++k;
        return bonus(k, perCharacter);
    }
};

// Running sums over an alignment's operations, before each of them.
struct Sums
{
    explicit Sums(const std::vector<Op> &ops)
        : score(ops.size() + 1, 0)
        , gaps(ops.size() + 1, 0)
        , matches(ops.size() + 1, 0)
        , textAt(ops.size() + 1, 0)
        , quoteAt(ops.size() + 1, 0)
    {
        for (size_t k = 0; k < ops.size(); ++k) {
            const Op o = ops[k];
            score[k + 1] = score[k] + (o == Op::Match ? 1 : -1); // as a local alignment
            gaps[k + 1] = gaps[k] + (o == Op::Insert || o == Op::Delete ? 1 : 0);
            matches[k + 1] = matches[k] + (o == Op::Match ? 1 : 0);
            textAt[k + 1] = textAt[k] + (o == Op::Delete ? 0 : 1);
            quoteAt[k + 1] = quoteAt[k] + (o == Op::Insert ? 0 : 1);
        }
    }

    std::vector<int> score, gaps, matches;
    std::vector<qsizetype> textAt, quoteAt;
};

// The ends of an alignment that do the quote more harm than good, scored as
// a local alignment: a few characters matched by chance around a long gap
// ("法治政府建设" at the end of another heading, then the rest of a deleted
// paragraph; "⏎3.法治化" against "⏎4.社会"). Old context that agrees at a
// boundary argues for keeping it, at twice its length. On a tie, trim a lone
// character cut off by an edit, but not the quote's own end with only
// substitutions in it (".1%" → ".3%"). Quote characters left over at either
// end cost nothing here: they are not in the span either way.
// Returns the operation the kept part starts at.
size_t trimStart(const std::vector<Op> &ops, const Sums &sums, qsizetype start, const Context &context)
{
    size_t first = 0;
    while (first < ops.size() && ops[first] == Op::Delete)
        ++first;
    const size_t textFirst = first;
    int firstValue = context.before(start + sums.textAt[first], context.prefix.size(), kContextWeight);
    for (size_t k = textFirst + 1; k < ops.size(); ++k) {
        if (ops[k] != Op::Match)
            continue;
        const int value = sums.score[textFirst] - sums.score[k]
            + context.before(start + sums.textAt[k], context.prefix.size(), kContextWeight);
        const bool keepOnTie
            = ops[k - 1] == Op::Match || (textFirst == 0 && sums.gaps[k] == 0) || sums.matches[k] >= 2;
        if (value > firstValue || (value == firstValue && !keepOnTie)) {
            first = k;
            firstValue = value;
        }
    }
    return first;
}

// The same at the end: the operation the kept part ends before. The kept
// part must end after notBefore in the text.
size_t trimEnd(const std::vector<Op> &ops, const Sums &sums, qsizetype start, qsizetype notBefore,
    const Context &context)
{
    size_t last = ops.size();
    while (last > 0 && ops[last - 1] == Op::Delete)
        --last;
    const size_t textLast = last;
    int lastValue = context.after(start + sums.textAt[last], context.suffix.size(), kContextWeight);
    for (size_t k = textLast; k-- > 1;) {
        if (ops[k - 1] != Op::Match || start + sums.textAt[k] <= notBefore)
            continue;
        const int value = sums.score[k] - sums.score[textLast]
            + context.after(start + sums.textAt[k], context.suffix.size(), kContextWeight);
        const bool keepOnTie = ops[k] == Op::Match
            || (textLast == ops.size() && sums.gaps[textLast] == sums.gaps[k])
            || sums.matches[textLast] - sums.matches[k] >= 2;
        if (value > lastValue || (value == lastValue && !keepOnTie)) {
            last = k;
            lastValue = value;
        }
    }
    return last;
}

} // namespace

QuoteAligner::Span QuoteAligner::align(QStringView text, QStringView quote, qsizetype lowDiagonal,
    qsizetype highDiagonal, int maxEdits, QStringView prefix, QStringView suffix)
{
    const qsizetype m = quote.size();
    const qsizetype n = text.size();
    const int maxCost = kSubstitution * maxEdits; // every edit costs at most a substitution
    const qsizetype from = std::max<qsizetype>(0, lowDiagonal - maxEdits);
    const qsizetype to = std::min<qsizetype>(n, highDiagonal + m + maxEdits);
    if (m == 0 || to <= from)
        return {};
    const Context context { text, prefix, suffix };

    // The end: free start, every end in the band. Where an edit sits at the
    // boundary ("创新案例" → "创新典型案例": stop before or after 典型?), the
    // end whose next characters agree with the old suffix wins.
    const Row ends = lastRow(quote, text.sliced(from, to - from), lowDiagonal - maxEdits - from,
        highDiagonal + maxEdits - from, true, maxCost);
    if (ends.cost.empty())
        return {};
    qsizetype end = -1;
    int endCost = 0, endValue = 0;
    qsizetype endSkew = 0;
    for (qsizetype j = 0; j < qsizetype(ends.cost.size()); ++j) {
        const int c = ends.cost[size_t(j)];
        if (c > maxCost)
            continue;
        const int value = c - context.after(from + j, kMaxContextBonus, kIndel);
        const qsizetype skew = std::abs(j - ends.start[size_t(j)] - m);
        if (end < 0 || value < endValue || (value == endValue && skew < endSkew)) {
            end = from + j;
            endCost = c;
            endValue = value;
            endSkew = skew;
        }
    }
    if (end < 0)
        return {};

    // The start: backward from that end (anchored there), the same way.
    const int slack = std::min(maxCost, endCost + kMaxContextBonus * kIndel);
    const qsizetype drift = slack / kIndel;
    const qsizetype back = std::max<qsizetype>(0, end - m - drift);
    QString reversedQuote = quote.toString(), reversedText = text.sliced(back, end - back).toString();
    std::reverse(reversedQuote.begin(), reversedQuote.end());
    std::reverse(reversedText.begin(), reversedText.end());
    const Row begins = lastRow(reversedQuote, reversedText, -drift, drift, false, slack);
    if (begins.cost.empty())
        return {};
    qsizetype start = -1;
    int startCost = 0, startValue = 0;
    for (qsizetype j = 1; j < qsizetype(begins.cost.size()); ++j) {
        const int c = begins.cost[size_t(j)];
        if (c > slack)
            continue;
        const int value = c - context.before(end - j, kMaxContextBonus, kIndel);
        if (start < 0 || value < startValue
            || (value == startValue && std::abs(j - m) < std::abs(end - start - m))) {
            start = end - j;
            startCost = c;
            startValue = value;
        }
    }
    if (start < 0)
        return {};

    // Trim, looking at the equal alignment that keeps the matches together
    // with the rest: gaps early for the start, late for the end. Straying
    // from the corner-to-corner diagonal by x takes x insertions and x
    // deletions, which bounds the band.
    const Grid grid(quote, text.sliced(start, end - start), startCost / (2 * kIndel), kSubstitution, kIndel);
    const std::vector<Op> early = grid.path(false), late = grid.path(true);
    if (early.empty() || late.empty())
        return {};
    const Sums earlySums(early), lateSums(late);
    const size_t first = trimStart(early, earlySums, start, context);
    const qsizetype trimmedStart = start + earlySums.textAt[first];
    const qsizetype trimmedEnd
        = start + lateSums.textAt[trimEnd(late, lateSums, start, trimmedStart, context)];
    if (trimmedEnd <= trimmedStart)
        return {};

    // The edits of what is kept, counted on the first path: the quote's
    // characters outside the span are deletions.
    size_t keptEnd = first;
    while (keptEnd < early.size() && start + earlySums.textAt[keptEnd] < trimmedEnd)
        ++keptEnd;
    int edits = int(earlySums.quoteAt[first] + (m - earlySums.quoteAt[keptEnd]));
    for (size_t k = first; k < keptEnd; ++k)
        edits += early[k] == Op::Match ? 0 : 1;
    if (edits > maxEdits)
        return {};
    return { trimmedStart, trimmedEnd, edits };
}

} // namespace pizhu
