// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagechrome.h"

#include "chinesetext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// Headers and footers sit in the outer 15 % of the page and are at most the
// first or last few lines there.
constexpr qreal kBand = 0.15;
constexpr int kBandLines = 3;

QString squeezed(QStringView line)
{
    QString s = ChineseText::foldWidth(line);
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s;
}

// The same running header with another page number is the same header.
QString chromeKey(QStringView line)
{
    QString key;
    const QString s = squeezed(line);
    key.reserve(s.size());
    for (QChar c : s) {
        if (c.isDigit()) {
            if (!key.endsWith(u'#'))
                key.append(u'#');
        } else {
            key.append(c);
        }
    }
    return key;
}

enum class Band { None, Top, Bottom };

Band bandOf(const QList<PdfLine> &lines, qsizetype i, qreal height)
{
    const qreal y = lines[i].box.center().y();
    if (i < kBandLines && y < height * kBand)
        return Band::Top;
    if (i >= lines.size() - kBandLines && y > height * (1 - kBand))
        return Band::Bottom;
    return Band::None;
}

} // namespace

bool PdfPageChrome::isPageNumber(QStringView line)
{
    static const QString cn = u"[0-9一二三四五六七八九十百零〇]+"_s;
    static const QList<QRegularExpression> patterns = {
        // 1, -1-, —1—, ·1·, [1], (iv): decorations either side of a number.
        QRegularExpression(u"^[-—–―~～_·•.\\[(<{【〔《〈]*(?:[0-9]{1,4}|[ivxlc]{1,7})"
                           u"[-—–―~～_·•.\\])>}】〕》〉]*$"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"^第"_s + cn + u"页(?:[,、]?共"_s + cn + u"页)?$"_s),
        QRegularExpression(u"^共"_s + cn + u"页[,、]?第"_s + cn + u"页$"_s),
        QRegularExpression(u"^第?[0-9]{1,4}/[0-9]{1,4}页?$"_s),
        QRegularExpression(u"^(?:page)?[0-9]{1,4}(?:of[0-9]{1,4})?$"_s,
                           QRegularExpression::CaseInsensitiveOption),
    };
    const QString s = squeezed(line);
    if (s.isEmpty() || s.size() > 24)
        return false;
    for (const QRegularExpression &re : patterns) {
        if (re.matchView(s).hasMatch())
            return true;
    }
    return false;
}

int PdfPageChrome::remove(QList<QList<PdfLine>> &pages, const QList<qreal> &heights)
{
    const qsizetype n = pages.size();
    auto heightOf = [&](qsizetype p) {
        if (p < heights.size() && heights[p] > 0)
            return heights[p];
        qreal bottom = 0; // no page size: the text's extent stands in for it
        for (const PdfLine &l : pages[p])
            bottom = qMax(bottom, l.box.bottom());
        return bottom;
    };

    // On how many pages each band line occurs, numbers aside.
    QHash<QString, int> top, bottom;
    if (n >= 2) {
        for (qsizetype p = 0; p < n; ++p) {
            QSet<QString> seenTop, seenBottom;
            const qreal h = heightOf(p);
            for (qsizetype i = 0; i < pages[p].size(); ++i) {
                const Band band = bandOf(pages[p], i, h);
                if (band == Band::Top)
                    seenTop.insert(chromeKey(pages[p][i].text));
                else if (band == Band::Bottom)
                    seenBottom.insert(chromeKey(pages[p][i].text));
            }
            for (const QString &k : std::as_const(seenTop))
                ++top[k];
            for (const QString &k : std::as_const(seenBottom))
                ++bottom[k];
        }
    }
    // "Most pages": half of them, so that a header that skips the title page,
    // or alternates between odd and even pages, still counts.
    const int most = int(qMax<qsizetype>(2, (n + 1) / 2));

    int removed = 0;
    for (qsizetype p = 0; p < n; ++p) {
        QList<PdfLine> &lines = pages[p];
        const qreal h = heightOf(p);
        QList<bool> drop(lines.size(), false);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Band band = bandOf(lines, i, h);
            if (band == Band::None)
                continue;
            const auto &counts = band == Band::Top ? top : bottom;
            drop[i] = isPageNumber(lines[i].text) || counts.value(chromeKey(lines[i].text)) >= most;
        }
        qsizetype out = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (drop[i])
                ++removed;
            else if (out++ != i)
                lines[out - 1] = std::move(lines[i]);
        }
        lines.resize(out);
    }
    return removed;
}

} // namespace pizhu
