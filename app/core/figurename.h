// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pizhu {

// Words around a figure, as written and folded (ChineseText::fold: full-width
// forms and Traditional characters), and the rules that make an indicator's
// name of them: rules match on the folded copy, names keep the report's
// characters. The word tables the rules use live with them (figurename.cpp).
class FigureName
{
public:
    QString text; // as written
    QString fold; // the same length, folded

    qsizetype size() const { return fold.size(); }
    bool isEmpty() const { return fold.isEmpty(); }
    FigureName mid(qsizetype from, qsizetype n = -1) const
    {
        return { text.mid(from, n), fold.mid(from, n) };
    }
    FigureName left(qsizetype n) const { return { text.left(n), fold.left(n) }; }
    FigureName operator+(const FigureName &o) const { return { text + o.text, fold + o.fold }; }

    // Without punctuation and spaces at either end (a closing bracket whose
    // opening one is inside stays: 街道(镇)).
    static FigureName trimmed(const FigureName &w);
    // Without the markers between a name and its number (达, 为, 共, 同比增长,
    // 办理 …); shared tells whether one said that listed names share the values (均, 分别).
    static FigureName stripMarkers(const FigureName &w, bool *shared);
    // The name in the words before a number, markers already stripped: without
    // the subject and verb (区政府门户网站共公开各类信息 → 信息), the programme in
    // quotes that opens the clause, X of X等Y, enumerations and fillers (全区, 各类).
    static FigureName nounPhrase(const FigureName &w);
    static FigureName withoutFillers(const FigureName &w);
    static FigureName withoutQuoteMarks(const FigureName &w);
    // The name read after a number (1831张行政执法证, 10家单位开展…): up to a stop
    // word and ending in a noun it counts. Returns how much of after it takes, 0 for none.
    static qsizetype nameAfter(const FigureName &after, FigureName *name);
    // Listed names (A、B), the first ones borrowing the last one's measure:
    // 执法队伍编制、执法人员下沉比例 → 执法队伍编制下沉比例, 执法人员下沉比例.
    static QList<FigureName> splitList(const FigureName &w);

    static bool containsChange(const FigureName &w); // 增长, 下降, 提高 …
    // The change as written, without the marker that leads to the number (达, 了, 约).
    static FigureName changeWords(const FigureName &segment);
    // 提高至5% gives the level reached, not the change.
    static bool reachesLevel(const FigureName &segment);
    static bool isVerb(const FigureName &w); // one of the verbs that open an object
    static bool isListJoin(QChar c); // 、 和 及
    static bool isClauseEnd(QChar c); // , ; : 。 … (not brackets)
};

} // namespace pizhu
