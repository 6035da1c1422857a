// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A text edited the way a report changes between versions, which remembers
// where each character of the original went: the tests (and the benchmark)
// know for every quote where it must be re-anchored, or that it is gone.

#include "chinesetext.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <algorithm>

namespace pizhu {

class EditedText
{
public:
    struct Expected
    {
        qsizetype start = -1; // from the first to the last surviving character
        qsizetype end = -1;
        // Where an edit touches a boundary, the boundary may fall anywhere in
        // [startLow, startHigh] and [endLow, endHigh]: text written in right
        // there, or a boundary character that was changed, may count either way.
        qsizetype startLow = -1;
        qsizetype startHigh = -1;
        qsizetype endLow = -1;
        qsizetype endHigh = -1;
        qsizetype firstOriginal = -1; // original offsets of the first and last survivors
        qsizetype lastOriginal = -1;

        bool gone() const { return start < 0; }
    };

    explicit EditedText(const QString &original)
        : m_original(original)
        , m_text(original)
        , m_pos(original.size())
        , m_changed(original.size(), false)
    {
        for (qsizetype i = 0; i < original.size(); ++i)
            m_pos[i] = i;
    }

    const QString &text() const { return m_text; }

    // Each edit names its place by a string found exactly once in the current text.
    void replace(const QString &before, const QString &after)
    {
        const qsizetype at = unique(before);
        // Only what differs changes: the characters an edit script (Levenshtein,
        // substitutions first) keeps stay the same characters.
        const qsizetype n = before.size(), m = after.size();
        QList<QList<int>> d(n + 1, QList<int>(m + 1));
        for (qsizetype i = 0; i <= n; ++i)
            d[i][0] = int(i);
        for (qsizetype j = 0; j <= m; ++j)
            d[0][j] = int(j);
        for (qsizetype i = 1; i <= n; ++i) {
            for (qsizetype j = 1; j <= m; ++j)
                d[i][j] = std::min({ d[i - 1][j - 1] + (before[i - 1] == after[j - 1] ? 0 : 1),
                    d[i - 1][j] + 1, d[i][j - 1] + 1 });
        }
        QList<qsizetype> map(m_text.size());
        QList<bool> changed(m_text.size(), false);
        const qsizetype delta = m - n;
        for (qsizetype i = 0; i < m_text.size(); ++i)
            map[i] = i < at ? i : i >= at + n ? i + delta : -1;
        for (qsizetype i = n, j = m; i > 0;) {
            if (j > 0 && d[i][j] == d[i - 1][j - 1] + (before[i - 1] == after[j - 1] ? 0 : 1)) {
                map[at + i - 1] = at + j - 1;
                changed[at + i - 1] = before[i - 1] != after[j - 1];
                --i;
                --j;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                --i; // deleted
            } else {
                --j; // inserted
            }
        }
        m_text = m_text.left(at) + after + m_text.mid(at + n);
        compose(map, changed);
    }
    void insertBefore(const QString &at, const QString &text) { splice(unique(at), unique(at), text); }
    void insertAfter(const QString &at, const QString &text)
    {
        const qsizetype p = unique(at) + at.size();
        splice(p, p, text);
    }
    void remove(const QString &what)
    {
        const qsizetype at = unique(what);
        splice(at, at + what.size(), {});
    }
    // Moves a passage to just before another.
    void move(const QString &what, const QString &before)
    {
        const qsizetype a = unique(what), b = a + what.size(), p = unique(before);
        Q_ASSERT(p <= a || p >= b);
        const qsizetype len = b - a;
        QList<qsizetype> map(m_text.size());
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (p <= a)
                map[i] = i < p ? i : i < a ? i + len : i < b ? p + (i - a) : i;
            else
                map[i] = i < a ? i : i < b ? p - len + (i - a) : i < p ? i - len : i;
        }
        m_text = p <= a ? m_text.left(p) + what + m_text.mid(p, a - p) + m_text.mid(b)
                        : m_text.left(a) + m_text.mid(b, p - b) + what + m_text.mid(p);
        compose(map, {});
    }
    // A change of form only (full-width punctuation): the text stays the same.
    void replaceAll(QChar from, QChar to) { m_text.replace(from, to); }
    // Line breaks (hard wrapping) inserted at these positions of the current text.
    void insertAt(qsizetype position, const QString &text) { splice(position, position, text); }

    // Where the original span [start, end) is now: the span of the largest
    // group of its characters still together and in order (an edit inside
    // the quote modifies it; a move or text written into it tears it apart),
    // or, if that keeps less than half of the quote, the span over all of it;
    // gone if neither keeps half of the quote's characters unchanged.
    Expected expected(qsizetype start, qsizetype end) const
    {
        const QList<Survivor> survivors = survivorsOf(start, end);
        const qsizetype m = end - start;
        qsizetype best = -1, last = -1, bestUnchanged = 0;
        for (qsizetype g = 0; g < survivors.size();) {
            qsizetype h = g + 1, unchanged = survivors[g].changed ? 0 : 1;
            while (h < survivors.size() && inOrder(survivors, h)
                && survivors[h].now - survivors[h - 1].now - 1 <= kTear) {
                unchanged += survivors[h].changed ? 0 : 1;
                ++h;
            }
            if (unchanged > bestUnchanged) {
                best = g;
                last = h - 1;
                bestUnchanged = unchanged;
            }
            g = h;
        }
        if (best >= 0 && bestUnchanged * 2 >= m)
            return spanOf(survivors, best, last, m);
        return covering(survivors, m);
    }

    // Whether [s, e) is where the original [start, end) went: the span
    // expected(), or, for a quote with text written into it, the span over
    // all of it; within the tolerance at edited boundaries. More text at a
    // boundary also counts if it reads as the quote's own characters there
    // (the "。\n" of a paragraph written in before "一、" is as good as the old one).
    bool placedRight(qsizetype start, qsizetype end, qsizetype s, qsizetype e) const
    {
        if (s >= e)
            return false;
        // A line break more or less at a boundary makes no visible difference.
        auto fits = [&](const Expected &x) {
            if (x.gone())
                return false;
            if (s + 1 < e && m_text[s] == u'\n' && fitsExactly(x, start, end, s + 1, e))
                return true;
            if (s > 0 && m_text[s - 1] == u'\n' && fitsExactly(x, start, end, s - 1, e))
                return true;
            if (e - 1 > s && m_text[e - 1] == u'\n' && fitsExactly(x, start, end, s, e - 1))
                return true;
            if (e < m_text.size() && m_text[e] == u'\n' && fitsExactly(x, start, end, s, e + 1))
                return true;
            return fitsExactly(x, start, end, s, e);
        };
        return fits(expected(start, end)) || fits(covering(survivorsOf(start, end), end - start));
    }

private:
    bool fitsExactly(const Expected &x, qsizetype start, qsizetype end, qsizetype s, qsizetype e) const
    {
        auto same = [](const QString &a, const QString &b) {
            return ChineseText::foldWidth(a) == ChineseText::foldWidth(b);
        };
        const bool startOk = (s >= x.startLow && s <= x.startHigh)
            || (s < x.startLow && x.start - s <= x.firstOriginal - start
                && same(m_text.mid(s, x.start - s),
                    m_original.mid(x.firstOriginal - (x.start - s), x.start - s)));
        const bool endOk = (e >= x.endLow && e <= x.endHigh)
            || (e > x.endHigh && e - x.end <= end - 1 - x.lastOriginal
                && same(m_text.mid(x.end, e - x.end), m_original.mid(x.lastOriginal + 1, e - x.end)));
        return startOk && endOk;
    }

    struct Survivor
    {
        qsizetype now; // where it is
        qsizetype original; // where it was
        bool changed;
    };

    // Text written into a quote longer than this tears it into groups.
    static constexpr qsizetype kTear = 4;
    // Text written in at a boundary, up to this long, may count either way.
    static qsizetype tolerance(qsizetype m) { return std::max<qsizetype>(4, m / 8); }
    static bool inOrder(const QList<Survivor> &s, qsizetype k) { return s[k].original > s[k - 1].original; }

    // The quote's characters still in the text, in their new order.
    QList<Survivor> survivorsOf(qsizetype start, qsizetype end) const
    {
        QList<Survivor> survivors;
        for (qsizetype i = start; i < end; ++i) {
            if (m_pos[i] >= 0)
                survivors.append({ m_pos[i], i, m_changed[i] });
        }
        std::sort(survivors.begin(), survivors.end(),
            [](const Survivor &a, const Survivor &b) { return a.now < b.now; });
        return survivors;
    }

    // The span over all survivors, if they are still in order, not spread
    // much wider than the quote and keep half of it unchanged.
    Expected covering(const QList<Survivor> &survivors, qsizetype m) const
    {
        qsizetype unchanged = 0;
        for (qsizetype k = 0; k < survivors.size(); ++k) {
            if (k > 0 && !inOrder(survivors, k))
                return {};
            unchanged += survivors[k].changed ? 0 : 1;
        }
        if (survivors.isEmpty() || unchanged * 2 < m)
            return {};
        Expected all = spanOf(survivors, 0, survivors.size() - 1, m);
        return all.end - all.start <= m + m / 2 ? all : Expected {};
    }

    Expected spanOf(const QList<Survivor> &survivors, qsizetype first, qsizetype last, qsizetype m) const
    {
        Expected e;
        e.start = survivors[first].now;
        e.end = survivors[last].now + 1;
        e.firstOriginal = survivors[first].original;
        e.lastOriginal = survivors[last].original;
        qsizetype k = first;
        while (k < last && survivors[k].changed)
            ++k;
        e.startHigh = survivors[k].now;
        k = last;
        while (k > first && survivors[k].changed)
            --k;
        e.endLow = survivors[k].now + 1;
        // The neighbours of the first and last survivors, if text was written in between.
        const qsizetype before = e.firstOriginal - 1, after = e.lastOriginal + 1;
        e.startLow = before >= 0 && m_pos[before] >= 0 && m_pos[before] < e.start - 1
                && e.start - m_pos[before] <= tolerance(m)
            ? m_pos[before] + 1
            : e.start;
        e.endHigh = after < m_pos.size() && m_pos[after] > e.end && m_pos[after] - e.end <= tolerance(m)
            ? m_pos[after]
            : e.end;
        return e;
    }

    qsizetype unique(const QString &s) const
    {
        const qsizetype at = m_text.indexOf(s);
        if (at < 0 || m_text.indexOf(s, at + 1) >= 0)
            qFatal("EditedText: \"%s\" is not found exactly once", qPrintable(s));
        return at;
    }

    // Deletes [from, to) and writes text in its place.
    void splice(qsizetype from, qsizetype to, const QString &text)
    {
        QList<qsizetype> map(m_text.size());
        const qsizetype delta = text.size() - (to - from);
        for (qsizetype i = 0; i < m_text.size(); ++i)
            map[i] = i < from ? i : i < to ? -1 : i + delta;
        m_text = m_text.left(from) + text + m_text.mid(to);
        compose(map, {});
    }

    void compose(const QList<qsizetype> &map, const QList<bool> &changed)
    {
        for (qsizetype i = 0; i < m_pos.size(); ++i) {
            const qsizetype p = m_pos[i];
            if (p < 0)
                continue;
            if (!changed.isEmpty() && changed[p])
                m_changed[i] = true;
            m_pos[i] = map[p];
        }
    }

    QString m_original;
    QString m_text;
    QList<qsizetype> m_pos; // per original character: where it is now, -1 if deleted
    QList<bool> m_changed; // per original character: replaced by another
};

} // namespace pizhu
