// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftextlayout.h"

#include "cjkcompatibility.h"
#include "headingclassifier.h"
#include "pdfpagechrome.h"

#include <algorithm>
#include <optional>
#include <tuple>

namespace pizhu {

namespace {

// Every threshold is in em, the width of one ideograph on the line.
constexpr qreal kSpaceGap = 0.2; // a gap this wide between Latin words is a space
constexpr qreal kTypedSpace = 0.15; // … between Chinese words, a space someone typed
// … this wide, even next to Chinese, a separator: an ideographic space (索引号　
// 发布机构), a tab stop, a table column. Justified Chinese never spreads so far.
constexpr qreal kWideGap = 0.8;
// First-line indents are two characters (some half of one); continuation lines
// start on the margin to a tenth of a point.
constexpr qreal kIndent = 0.4;
constexpr qreal kSetApart = 3.5; // a line this far in is centred or set right
constexpr qreal kFontChange = 1.15; // headings and footnotes are set in other sizes
constexpr qreal kSpacing = 1.25; // paragraph spacing: this much more than the usual line pitch

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x1100)
        return u == 0x00B7; // the middle dot in transliterated names: 马克思·韦伯
    return u <= 0x115F // Hangul Jamo
        || (u >= 0x2014 && u <= 0x2016) || (u >= 0x2018 && u <= 0x201F) || u == 0x2025 || u == 0x2026
        || (u >= 0x2160 && u <= 0x217F) // Ⅰ Ⅱ
        || (u >= 0x2460 && u <= 0x27BF) // ① and bullets ■ ● ★
        || (u >= 0x2E80 && u <= 0xA4CF) // radicals, CJK punctuation, kana, ideographs, Yi
        || (u >= 0xAC00 && u <= 0xD7A3) // Hangul
        || (u >= 0xD800 && u <= 0xDFFF) // beyond the BMP: mostly the ideograph extensions
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE10 && u <= 0xFE1F) || (u >= 0xFE30 && u <= 0xFE6F)
        || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
}

bool isOneOf(QChar c, QStringView set)
{
    return set.contains(c);
}

// The wide characters that are not punctuation: ideographs, kana, Hangul.
bool isIdeograph(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7A3)
        || (u >= 0xF900 && u <= 0xFAFF) || c.isSurrogate();
}

// A space between two Chinese words, or around a breadcrumb's arrow, was
// typed to keep them apart (发布机构 区司法局, 首页 > 政务公开); one between
// characters set one by one with letter spacing was not.
bool typedSpace(const QString &before, const QString &after, qreal gap, qreal em)
{
    if (gap <= kTypedSpace * em || (before.size() < 2 && after.size() < 2))
        return false;
    const QChar b = before.back(), a = after.front();
    constexpr QStringView arrows = u">›»|｜";
    return (isIdeograph(b) || isOneOf(b, arrows)) && (isIdeograph(a) || isOneOf(a, arrows))
        && !(isOneOf(b, arrows) && isOneOf(a, arrows));
}

// Characters that cannot start a line (they move the character before them
// down with them) and that cannot end one.
constexpr QStringView kNoStart = u"，。、；：？！）》」』】〕〉”’…—%‰℃·,.;:?!)]}";
constexpr QStringView kNoEnd = u"（《「『【〔〈“‘([{";
constexpr QStringView kClosers = u"”’）》」』】〕〉)]\"'";
// Line breaking (UAX #14) keeps quotation marks with what stands on either side.
constexpr QStringView kQuotes = u"“”‘’\"'";
constexpr QStringView kSentenceEnd = u"。！？：；.!?:;…";

qreal median(QList<qreal> values)
{
    if (values.isEmpty())
        return 0;
    const auto mid = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

// What a word's text needs before it joins a line: radicals and compatibility
// ideographs as the characters they show, Latin ligatures (ﬁ) undone, control
// and format characters (a space glyph mapped to TAB, zero-width spaces) gone;
// a soft hyphen stays until the lines are joined.
QString cleanWord(const QString &raw)
{
    QString t = CjkCompatibility::toUnified(raw);
    auto isLigature = [](QChar c) { return c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06; };
    if (std::any_of(t.cbegin(), t.cend(), isLigature))
        t = t.normalized(QString::NormalizationForm_KC);
    t.removeIf([](QChar c) {
        return c.category() == QChar::Other_Control
            || (c.category() == QChar::Other_Format && c.unicode() != 0x00AD);
    });
    return t.simplified();
}

struct Word
{
    QString text;
    QRectF box;
    bool spaceAfter = false;
};

// The width of an ideograph on a line: words that are mostly Chinese, width
// over characters (Latin and figures counted as half). Box heights depend on
// the font's ascent and descent and only stand in when there is no Chinese.
std::pair<qreal, bool> emOf(const QList<const Word *> &words)
{
    QList<qreal> estimates, heights;
    for (const Word *w : words) {
        heights.append(w->box.height());
        int wide = 0, narrow = 0;
        for (QChar c : w->text) {
            if (c.isLowSurrogate() || c.isSpace())
                continue;
            (isWide(c) ? wide : narrow) += 1;
        }
        if (wide > 0 && wide >= narrow && w->box.width() > 0)
            estimates.append(w->box.width() / (wide + 0.5 * narrow));
    }
    if (!estimates.isEmpty())
        return {median(estimates), true};
    return {median(heights) / 1.4, false};
}

// The width the first unbreakable piece of a line needs: one ideograph, or
// a Latin word or figure, with the opening brackets before it, the
// punctuation after it, and what quotation marks glue on (置“办), that line
// breaking keeps together with it. Had the previous line had room for it,
// the break was not a wrap.
qreal leadWidth(QStringView text, qreal em)
{
    const qsizetype n = text.size();
    qsizetype k = 0;
    qreal width = 0;
    auto take = [&] {
        if (!text[k].isLowSurrogate())
            width += isWide(text[k]) ? em : 0.5 * em;
        ++k;
    };
    while (k < n && isOneOf(text[k], kNoEnd))
        take();
    if (k < n && isWide(text[k])) {
        take();
        if (k < n && text[k].isLowSurrogate())
            take();
    } else {
        while (k < n && !isWide(text[k]) && !text[k].isSpace())
            take();
    }
    while (k < n && (isOneOf(text[k], kNoStart) || isOneOf(text[k], kQuotes))) {
        const bool quote = isOneOf(text[k], kQuotes);
        take();
        if (quote && k < n && !text[k].isSpace())
            take();
    }
    return width;
}

bool endsSentence(QStringView text)
{
    qsizetype i = text.size() - 1;
    while (i >= 0 && (text[i].isSpace() || isOneOf(text[i], kClosers)))
        --i;
    return i >= 0 && isOneOf(text[i], kSentenceEnd);
}

struct Margins
{
    qreal left = 0;
    qreal right = 0;
};

// The smallest value that at least `support` values share (within tol): the
// left margin, where all the continuation lines start.
std::optional<qreal> lowCluster(QList<qreal> v, qreal tol, qsizetype support)
{
    std::sort(v.begin(), v.end());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const auto end = std::upper_bound(v.cbegin() + i, v.cend(), v[i] + tol);
        if (end - (v.cbegin() + i) >= support)
            return v[i];
    }
    return std::nullopt;
}

// The largest such value: the right margin, where full lines end. A single
// line that runs over (a long URL) has no company there and is passed over.
std::optional<qreal> highCluster(QList<qreal> v, qreal tol, qsizetype support)
{
    std::sort(v.begin(), v.end());
    for (qsizetype i = v.size() - 1; i >= 0; --i) {
        const auto begin = std::lower_bound(v.cbegin(), v.cbegin() + i + 1, v[i] - tol);
        if ((v.cbegin() + i + 1) - begin >= support)
            return v[i];
    }
    return std::nullopt;
}

struct Layout
{
    QList<Margins> margins; // per page
    qreal pitch = 0; // usual distance between lines, in em; 0 when unknown
};

Layout measure(const QList<QList<PdfLine>> &pages, qreal docEm)
{
    Layout layout;
    QList<qreal> lefts, rights, pitches;
    for (const auto &page : pages) {
        for (qsizetype i = 0; i < page.size(); ++i) {
            lefts.append(page[i].box.left());
            rights.append(page[i].box.right());
            if (i > 0 && page[i].em > 0) {
                const qreal r = (page[i].box.center().y() - page[i - 1].box.center().y()) / page[i].em;
                if (r > 0.8 && r < 4)
                    pitches.append(r);
            }
        }
    }
    // Too few lines to tell where the margins are: the text's extent.
    const qsizetype docSupport = qMax<qsizetype>(2, lefts.size() / 8);
    const qreal minLeft = lefts.isEmpty() ? 0 : *std::min_element(lefts.cbegin(), lefts.cend());
    const qreal maxRight = rights.isEmpty() ? 0 : *std::max_element(rights.cbegin(), rights.cend());
    const Margins doc{lowCluster(lefts, 0.5 * docEm, docSupport).value_or(minLeft),
                      highCluster(rights, docEm, docSupport).value_or(maxRight)};
    for (const auto &page : pages) {
        QList<qreal> l, r;
        for (const PdfLine &line : page) {
            l.append(line.box.left());
            r.append(line.box.right());
        }
        // A page of its own margins needs enough lines to tell; mirrored
        // margins and a last page of three lines differ in that.
        const qsizetype support = qMax<qsizetype>(3, page.size() / 4);
        layout.margins.append(Margins{lowCluster(l, 0.5 * docEm, support).value_or(doc.left),
                                      highCluster(r, docEm, support).value_or(doc.right)});
    }
    if (pitches.size() >= 3)
        layout.pitch = median(pitches);
    return layout;
}

bool startsParagraph(const PdfLine &prev, const Margins &pm, const PdfLine &cur, const Margins &cm,
                     qreal pitch)
{
    const qreal em = cur.em;
    if (cur.emFromCjk && prev.emFromCjk && qMax(cur.em, prev.em) > kFontChange * qMin(cur.em, prev.em))
        return true;
    if (cur.box.left() - cm.left > kIndent * em)
        return true;
    if (prev.box.left() - pm.left > kSetApart * prev.em)
        return true;
    if (prev.page == cur.page && pitch > 0
        && cur.box.center().y() - prev.box.center().y() > kSpacing * pitch * em)
        return true;
    // A line that ends short although the next line's first piece would have
    // fitted: the paragraph ended there. After 。！？：； a little room says
    // so; without them it takes more (a heading, a title).
    const qreal room = pm.right - prev.box.right();
    const qreal lead = leadWidth(cur.text, em);
    const bool sentenceEnd = endsSentence(prev.text);
    if (room > lead + (sentenceEnd ? 0.3 : 1.0) * em)
        return true;
    // 一、 （一） 1. … start a paragraph unless the line before was full and
    // ran on into them: "统\n一、规范" wraps, it is no heading. 一是 … 二是 run
    // on inside a paragraph as often as not, so a full stop is not enough there.
    const HeadingMatch heading = HeadingClassifier::classify(cur.text);
    if (!heading.isHeading())
        return false;
    if (heading.style == HeadingMatch::Style::Ordinal)
        return room > lead;
    return sentenceEnd || room > lead;
}

void appendLine(QString &paragraph, QStringView line)
{
    if (paragraph.endsWith(QChar(0x00AD))) { // soft hyphen: the word goes on
        paragraph.chop(1);
    } else if (!paragraph.isEmpty() && !line.isEmpty() && paragraph.back() != u'-'
               && PdfTextLayout::keepsSpace(paragraph.back(), line.front())) {
        paragraph.append(u' ');
    }
    paragraph.append(line);
}

} // namespace

bool PdfTextLayout::keepsSpace(QChar before, QChar after)
{
    if (isWide(before) || isWide(after) || before.isSpace() || after.isSpace())
        return false;
    return !isOneOf(after, u",.;:!?%)]}‰°℃") && !isOneOf(before, u"([{");
}

QList<PdfLine> PdfTextLayout::lines(const PdfPageText &page, int pageIndex)
{
    QList<Word> words;
    words.reserve(page.words.size());
    for (const PdfWord &w : page.words) {
        QString text = cleanWord(w.text);
        if (text.isEmpty() || !(w.box.height() > 0) || !(w.box.width() >= 0))
            continue;
        words.append(Word{std::move(text), w.box, w.spaceAfter});
    }
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) {
        const qreal ya = a.box.center().y(), yb = b.box.center().y();
        return ya != yb ? ya < yb : a.box.left() < b.box.left();
    });

    // Words whose boxes overlap by half the smaller height share a line; a
    // superscript joins its line, the next line (even with tight leading and
    // tall boxes) does not.
    struct Group
    {
        qreal top, bottom;
        QList<const Word *> words;
    };
    QList<Group> groups;
    for (const Word &w : std::as_const(words)) {
        if (!groups.isEmpty()) {
            Group &g = groups.last();
            const qreal overlap = qMin(g.bottom, w.box.bottom()) - qMax(g.top, w.box.top());
            if (overlap >= 0.5 * qMin(g.bottom - g.top, w.box.height())) {
                g.words.append(&w);
                if (w.box.height() > g.bottom - g.top) {
                    g.top = w.box.top();
                    g.bottom = w.box.bottom();
                }
                continue;
            }
        }
        groups.append(Group{w.box.top(), w.box.bottom(), {&w}});
    }

    QList<PdfLine> result;
    result.reserve(groups.size());
    for (Group &g : groups) {
        std::sort(g.words.begin(), g.words.end(),
                  [](const Word *a, const Word *b) { return a->box.left() < b->box.left(); });
        PdfLine line;
        line.page = pageIndex;
        std::tie(line.em, line.emFromCjk) = emOf(g.words);
        const Word *prev = nullptr;
        for (const Word *w : std::as_const(g.words)) {
            if (prev) {
                // Text drawn twice a little apart is fake bold, not two words.
                if (w->text == prev->text && w->box.left() < prev->box.center().x())
                    continue;
                const qreal gap = w->box.left() - prev->box.right();
                // Single characters spread over a line are a title set wide.
                const bool separated
                    = gap > kWideGap * line.em && (prev->text.size() > 1 || w->text.size() > 1);
                if (separated || typedSpace(prev->text, w->text, gap, line.em)
                    || ((prev->spaceAfter || gap > kSpaceGap * line.em)
                        && keepsSpace(line.text.back(), w->text.front())))
                    line.text.append(u' ');
            }
            line.text.append(w->text);
            line.box = prev ? line.box.united(w->box) : w->box;
            prev = w;
        }
        result.append(std::move(line));
    }
    return result;
}

QStringList PdfTextLayout::paragraphs(const QList<PdfPageText> &pages)
{
    QList<QList<PdfLine>> pageLines;
    QList<qreal> heights;
    pageLines.reserve(pages.size());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        pageLines.append(lines(pages[i], int(i)));
        heights.append(pages[i].size.height());
    }
    PdfPageChrome::remove(pageLines, heights);

    QList<qreal> ems;
    for (const auto &page : std::as_const(pageLines)) {
        for (const PdfLine &line : page) {
            if (line.emFromCjk)
                ems.append(line.em);
        }
    }
    const qreal docEm = ems.isEmpty() ? 10.0 : median(ems);
    for (auto &page : pageLines) {
        for (PdfLine &line : page) {
            if (!(line.em > 0))
                line.em = docEm;
        }
    }
    const Layout layout = measure(pageLines, docEm);

    QStringList result;
    QString paragraph;
    auto finish = [&] {
        paragraph.remove(QChar(0x00AD));
        if (!paragraph.isEmpty())
            result.append(paragraph);
    };
    const PdfLine *prev = nullptr;
    Margins prevMargins;
    for (qsizetype p = 0; p < pageLines.size(); ++p) {
        const Margins &margins = layout.margins[p];
        for (const PdfLine &line : std::as_const(pageLines[p])) {
            if (prev && !startsParagraph(*prev, prevMargins, line, margins, layout.pitch)) {
                appendLine(paragraph, line.text);
            } else {
                finish();
                paragraph = line.text;
            }
            prev = &line;
            prevMargins = margins;
        }
    }
    finish();
    return result;
}

} // namespace pizhu
