// SPDX-License-Identifier: GPL-3.0-or-later
#include "reanchorer.h"

#include "anchorfactory.h"
#include "chinesetext.h"
#include "headingclassifier.h"

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

using How = Reanchorer::Placement::How;

// Quotes shorter than this match too much by chance to be placed fuzzily.
constexpr qsizetype kMinFuzzyLength = 6;
// An exact quote this long is its own evidence; shorter ones need context.
constexpr qsizetype kSelfEvidentLength = 24;
// Agreeing characters (quote and context, less 3 per edit) needed to place.
constexpr qsizetype kEvidenceNeeded = 24;
// The same section or the unchanged position count as much as 8 characters.
constexpr qsizetype kLocationBonus = 8;
constexpr double kMaxEditsInSection = 0.25;
constexpr double kMaxEditsAnywhere = 0.15;
// A long quote this close needs no context (its neighbours may have changed).
constexpr qsizetype kLongQuote = 40;
constexpr double kCloseEdits = 0.10;
constexpr double kVeryCloseEdits = 0.05; // the same, outside its section

// A heading path as the titles of its headings: sections get renumbered
// ((三) becomes (四)) and re-typeset, their titles stay.
QStringList sectionKey(const QString &headingPath)
{
    QStringList keys;
    if (headingPath.isEmpty())
        return keys;
    const QStringList parts = headingPath.split(u" › "_s);
    for (const QString &part : parts) {
        const HeadingMatch h = HeadingClassifier::classify(part);
        keys << ChineseText::matchKey(
            h.isHeading() ? QStringView(part).sliced(h.titleStart) : QStringView(part));
    }
    return keys;
}

int commonDepth(const QStringList &a, const QStringList &b)
{
    int depth = 0;
    while (depth < a.size() && depth < b.size() && a[depth] == b[depth])
        ++depth;
    return depth;
}

// Dice coefficient of the two strings' bigram multisets: context that was
// edited a little still shares most of its bigrams.
double bigramSimilarity(QStringView a, QStringView b)
{
    if (a.size() < 2 || b.size() < 2)
        return a == b ? 1.0 : 0.0;
    std::array<quint32, Anchor::kContextLength * 2> ga {}, gb {};
    const qsizetype na = std::min<qsizetype>(a.size() - 1, qsizetype(ga.size()));
    const qsizetype nb = std::min<qsizetype>(b.size() - 1, qsizetype(gb.size()));
    for (qsizetype i = 0; i < na; ++i)
        ga[size_t(i)] = (quint32(a[i].unicode()) << 16) | a[i + 1].unicode();
    for (qsizetype i = 0; i < nb; ++i)
        gb[size_t(i)] = (quint32(b[i].unicode()) << 16) | b[i + 1].unicode();
    std::sort(ga.begin(), ga.begin() + na);
    std::sort(gb.begin(), gb.begin() + nb);
    qsizetype shared = 0;
    for (qsizetype i = 0, j = 0; i < na && j < nb;) {
        if (ga[size_t(i)] == gb[size_t(j)]) {
            ++shared;
            ++i;
            ++j;
        } else if (ga[size_t(i)] < gb[size_t(j)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * double(shared) / double(na + nb);
}

} // namespace

struct Reanchorer::Quote
{
    QString exact;
    QString prefix;
    QString suffix;
    QStringList section;
    int sectionDepth = 0; // how much of the section the new version still has
    qsizetype oldStart = -1;
    double expectedStart = 0;
};

struct Reanchorer::Candidate
{
    // More agreeing text first, then nearer to where it was.
    bool betterThan(const Candidate &other) const
    {
        return evidence != other.evidence ? evidence > other.evidence : distance < other.distance;
    }

    qsizetype start = -1;
    qsizetype end = -1;
    int edits = 0;
    qsizetype prefixAgrees = 0; // characters of context that agree next to the span
    qsizetype suffixAgrees = 0;
    bool inSection = false;
    qsizetype evidence = 0;
    double distance = 0; // from where the old position says it should be
};

Reanchorer::Reanchorer(const Report &newVersion, qsizetype oldTextLength)
    : m_report(newVersion)
    , m_index(newVersion.canonicalText)
{
    m_blockSections.reserve(m_report.blocks.size());
    for (const Block &b : std::as_const(m_report.blocks)) {
        auto it = m_sections.constFind(b.headingPath);
        if (it == m_sections.cend())
            it = m_sections.insert(b.headingPath, sectionKey(b.headingPath));
        m_blockSections.append(*it);
    }
    if (oldTextLength > 0 && !m_report.canonicalText.isEmpty())
        m_scale = double(m_report.canonicalText.size()) / double(oldTextLength);
}

int Reanchorer::sectionDepth(const QStringList &section, int block) const
{
    return block >= 0 && block < m_blockSections.size() ? commonDepth(m_blockSections[block], section) : 0;
}

Reanchorer::Candidate Reanchorer::evaluate(
    const Quote &quote, qsizetype start, qsizetype end, int edits) const
{
    const QString &text = m_index.folded();
    Candidate c;
    c.start = start;
    c.end = end;
    c.edits = edits;
    while (c.prefixAgrees < quote.prefix.size() && start - c.prefixAgrees > 0
        && quote.prefix[quote.prefix.size() - 1 - c.prefixAgrees] == text[start - 1 - c.prefixAgrees])
        ++c.prefixAgrees;
    while (c.suffixAgrees < quote.suffix.size() && end + c.suffixAgrees < text.size()
        && quote.suffix[c.suffixAgrees] == text[end + c.suffixAgrees])
        ++c.suffixAgrees;
    // The intro and title have no heading path; a quote there is "in section"
    // in the blocks before the first part.
    const int block = m_report.blockAt(start);
    c.inSection = (quote.sectionDepth > 0 || quote.section.isEmpty())
        && sectionDepth(quote.section, block) == quote.sectionDepth
        && (!quote.section.isEmpty() || m_blockSections.value(block).isEmpty());
    c.evidence = quote.exact.size() - 3 * qsizetype(edits) + c.prefixAgrees + c.suffixAgrees
        + (c.inSection ? kLocationBonus : 0) + (start == quote.oldStart ? kLocationBonus : 0);
    c.distance = std::abs(double(start) - quote.expectedStart);
    return c;
}

// At least one side of the old context is found next to the span, exactly
// for a few characters or as most of its bigrams.
bool Reanchorer::contextSupports(const Quote &quote, const Candidate &c) const
{
    const QStringView text(m_index.folded());
    auto side = [](QStringView old, QStringView now, qsizetype agrees) {
        if (old.isEmpty())
            return now.isEmpty(); // both at an end of the text
        return agrees >= std::min<qsizetype>(4, old.size()) || bigramSimilarity(old, now) >= 0.5;
    };
    const qsizetype before = std::max<qsizetype>(0, c.start - quote.prefix.size());
    const qsizetype after = std::min<qsizetype>(text.size(), c.end + quote.suffix.size());
    return side(quote.prefix, text.sliced(before, c.start - before), c.prefixAgrees)
        || side(quote.suffix, text.sliced(c.end, after - c.end), c.suffixAgrees);
}

Reanchorer::Placement Reanchorer::place(const Anchor &old) const
{
    if (old.exact.isEmpty())
        return {};
    const QString &raw = m_report.canonicalText;
    const qsizetype m = old.exact.size();

    Quote quote;
    quote.exact = QuoteIndex::fold(old.exact);
    quote.prefix = QuoteIndex::fold(old.prefix);
    quote.suffix = QuoteIndex::fold(old.suffix);
    // Most anchors sit in sections the new version still has under the same path.
    const auto known = m_sections.constFind(old.headingPath);
    quote.section = known != m_sections.cend() ? *known : sectionKey(old.headingPath);
    quote.oldStart = old.start;
    quote.expectedStart = double(std::max<qsizetype>(0, old.start)) * m_scale;
    for (const QStringList &section : m_sections)
        quote.sectionDepth = std::max(quote.sectionDepth, commonDepth(section, quote.section));

    // A short exact quote is placed only where enough text agrees and at
    // least one side of its context is still next to it.
    auto exactHolds = [&](const Candidate &c) {
        return m >= kSelfEvidentLength || (c.evidence >= kEvidenceNeeded && contextSupports(quote, c));
    };

    // (a) The old position, if the quote is still there and its surroundings
    // agree (a short quote can be there by chance after an edit before it).
    if (old.start >= 0 && old.start + m <= raw.size() && QStringView(raw).sliced(old.start, m) == old.exact
        && exactHolds(evaluate(quote, old.start, old.start + m, 0)))
        return { old.start, old.start + m, How::Position, 1.0 };

    // (b) The quote elsewhere: the occurrence whose context and section fit
    // best, then the one nearest to where it was.
    Candidate best;
    const QList<qsizetype> hits = m_index.findAll(quote.exact);
    for (qsizetype at : hits) {
        const Candidate c = evaluate(quote, at, at + m, 0);
        if (best.start < 0 || c.betterThan(best))
            best = c;
    }
    if (best.start >= 0 && exactHolds(best)) {
        // Only the width of some forms differs, or nothing at all.
        qsizetype differs = 0;
        for (qsizetype i = 0; i < m; ++i)
            differs += raw[best.start + i] != old.exact[i] ? 1 : 0;
        return { best.start, best.end, How::ExactQuote, 1.0 - double(differs) / double(m) };
    }
    if (m < kMinFuzzyLength)
        return {};

    // (c), (d) An approximate quote. Most edits are small: a narrow search
    // first, which is much cheaper for long quotes, then the full one.
    const int maxEdits = int(double(m) * kMaxEditsInSection);
    const int narrow = std::min(maxEdits, 2 + int(m / 16));
    if (narrow < maxEdits) {
        const Placement p = placeApproximately(quote, narrow);
        if (p.how == How::FuzzyInSection)
            return p;
    }
    return placeApproximately(quote, maxEdits);
}

// In its section with up to 25% edits, anywhere with up to 15%; always with
// context to back it, or, for a long quote, very few edits.
Reanchorer::Placement Reanchorer::placeApproximately(const Quote &quote, int maxEdits) const
{
    const qsizetype m = quote.exact.size();
    const QList<QuoteIndex::Match> matches
        = m_index.findApproximate(quote.exact, maxEdits, 4, quote.prefix, quote.suffix);
    Candidate inSection, anywhere;
    for (const QuoteIndex::Match &match : matches) {
        const Candidate c = evaluate(quote, match.start, match.end, match.edits);
        if (c.evidence < kEvidenceNeeded)
            continue;
        const bool close = m >= kLongQuote && double(c.edits) <= double(m) * kCloseEdits;
        if (c.inSection && (close || contextSupports(quote, c))) {
            if (inSection.start < 0 || c.betterThan(inSection))
                inSection = c;
        } else if (!c.inSection && double(c.edits) <= double(m) * kMaxEditsAnywhere
            && c.evidence >= kEvidenceNeeded + kLocationBonus
            && ((m >= kLongQuote && double(c.edits) <= double(m) * kVeryCloseEdits)
                || contextSupports(quote, c))) {
            if (anywhere.start < 0 || c.betterThan(anywhere))
                anywhere = c;
        }
    }
    if (inSection.start >= 0)
        return { inSection.start, inSection.end, How::FuzzyInSection,
            1.0 - double(inSection.edits) / double(m) };
    if (anywhere.start >= 0)
        return { anywhere.start, anywhere.end, How::FuzzyAnywhere, 1.0 - double(anywhere.edits) / double(m) };
    return {};
}

QList<Reanchorer::Placement> Reanchorer::placeAll(const QList<Anchor> &anchors) const
{
    QList<Placement> out;
    out.reserve(anchors.size());
    for (const Anchor &a : anchors)
        out.append(place(a));
    return out;
}

Anchor Reanchorer::anchorFor(const Placement &placement) const
{
    if (placement.isOrphan())
        return {};
    return AnchorFactory::create(m_report, placement.start, placement.end);
}

} // namespace pizhu
