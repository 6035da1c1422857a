// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurelabeler.h"

#include "chinesetext.h"
#include "figurename.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

using Words = FigureName;

// Levels that, standing alone as a name, repeat the name before (全国…1个,省级5个).
const QStringView kLevels[]
    = { u"全国", u"国家级", u"省级", u"市级", u"区级", u"县级", u"镇级", u"街道级", u"部级" };

constexpr QStringView kSentenceEnds = u"。!?;";

// A name taken from an earlier figure, folded again for the rules.
Words wordsOf(const QString &text)
{
    return { text, ChineseText::fold(text) };
}

bool inOneSentence(QStringView f, qsizetype from, qsizetype to)
{
    return from <= to
        && std::none_of(f.begin() + from, f.begin() + to, [](QChar c) { return kSentenceEnds.contains(c); });
}

qsizetype clauseStart(QStringView f, qsizetype from, qsizetype at)
{
    for (qsizetype i = at - 1; i >= from; --i) {
        if (FigureName::isClauseEnd(f[i]))
            return i + 1;
    }
    return from;
}

qsizetype clauseEnd(QStringView f, qsizetype at, qsizetype limit)
{
    for (qsizetype i = at; i < limit; ++i) {
        if (FigureName::isClauseEnd(f[i]))
            return i;
    }
    return limit;
}

QString sentenceOf(QStringView text, QStringView f, qsizetype start, qsizetype end)
{
    qsizetype from = start;
    while (from > 0 && !kSentenceEnds.contains(f[from - 1]))
        --from;
    qsizetype to = end;
    while (to < f.size() && !kSentenceEnds.contains(f[to]))
        ++to;
    if (to < f.size())
        ++to; // with its full stop
    return text.sliced(from, to - from).trimmed().toString();
}

// A change with no name of its own: 同比, 较上年, 分别较上年 (or nothing at all).
bool isBareComparison(const Words &name)
{
    QStringView n = name.fold;
    if (n.startsWith(u"分别"))
        n = n.sliced(2);
    return n.isEmpty() || n == u"同比" || n == u"比上年" || n == u"较上年" || n == u"比去年"
        || n == u"较去年";
}

// What the paragraph said before a figure: names that leave out what they
// count (收到申请523件,受理478件) or what changed (案件1234件,同比增长12.5%) take it from there.
struct Context
{
    Words object; // the last name read before a number
    QString label; // the last figure's name
    QString unit; // and its unit
    bool sameSentence = false; // no full stop between that figure and this one
};

// The name of a single value from the words before it (segment), after the
// rules for names of their own have given name (perhaps empty).
Words completedName(const Words &segment, const Words &name, const QString &unit, const Context &context)
{
    // A change keeps its words: 办件量同比增长20%, 满意度较上年提高1.6个百分点.
    if (FigureName::containsChange(segment) && !FigureName::reachesLevel(segment)) {
        if (isBareComparison(name))
            return context.sameSentence ? wordsOf(context.label) + FigureName::changeWords(segment)
                                        : FigureName::changeWords(segment);
        if (name.fold.startsWith(u'比') || name.fold.startsWith(u'较')) // 比法定时限减少76.8%
            return FigureName::changeWords(segment);
        if (const Words changed = FigureName::nounPhrase(FigureName::changeWords(segment));
            FigureName::containsChange(changed))
            return changed;
    }
    if (!name.isEmpty())
        return name;
    const Words verb = FigureName::withoutFillers(segment);
    if (FigureName::isVerb(verb) && context.sameSentence
        && !context.object.isEmpty()) // 受理478件 → 受理行政复议申请
        return verb + context.object;
    const Words rest = FigureName::withoutFillers(FigureName::trimmed(segment));
    bool shared = false;
    if (FigureName::stripMarkers(rest, &shared).isEmpty() && context.sameSentence && unit == context.unit
        && !context.label.isEmpty()) // 14个司法所中有5个 → 司法所
        return wordsOf(context.label);
    return FigureName::withoutQuoteMarks(segment);
}

// 发生事故6起、死亡5人,同比分别下降25%和28.6%: listed changes pair with the
// figures before them in order (事故同比下降, 死亡同比下降). Otherwise names as they were.
QList<Words> pairedChanges(const Words &segment, const Words &name, qsizetype count, const QList<Figure> &out,
    QStringView f, qsizetype at, const QList<Words> &names)
{
    if (!isBareComparison(name) || !FigureName::containsChange(segment) || FigureName::reachesLevel(segment)
        || out.size() < count || !inOneSentence(f, out[out.size() - count].end, at))
        return names;
    Words change = FigureName::changeWords(segment);
    if (const qsizetype each = change.fold.indexOf(u"分别"); each >= 0)
        change = change.left(each) + change.mid(each + 2);
    QList<Words> paired;
    for (qsizetype i = out.size() - count; i < out.size(); ++i)
        paired.append(wordsOf(out[i].label) + change);
    return paired;
}

bool isListJoin(QStringView between)
{
    const QStringView t = between.trimmed();
    return t.size() == 1 && FigureName::isListJoin(t.front());
}

// 省级 after 全国民主法治社区: 省级民主法治社区.
void completeLevels(QList<Figure> &figures, QStringView f)
{
    auto levelOf = [](const QString &name) {
        for (QStringView l : kLevels) {
            if (name.startsWith(l))
                return l;
        }
        return QStringView();
    };
    for (qsizetype i = 1; i < figures.size(); ++i) {
        Figure &fig = figures[i];
        const Figure &before = figures[i - 1];
        if (fig.label.isEmpty() || levelOf(fig.label).size() != fig.label.size() || before.unit != fig.unit
            || !inOneSentence(f, before.end, fig.start))
            continue;
        const QString rest = before.label.mid(levelOf(before.label).size());
        if (!rest.isEmpty())
            fig.label += rest;
    }
}

} // namespace

QList<Figure> FigureLabeler::label(
    QStringView text, QStringView folded, const QList<QuantityScanner::Match> &matches)
{
    const QStringView f = folded;
    auto words = [&](qsizetype from, qsizetype to) {
        return Words { text.sliced(from, to - from).toString(), f.sliced(from, to - from).toString() };
    };
    QList<Figure> out;
    qsizetype taken = 0; // text before this is spoken for by earlier figures and their names
    Words object; // the last name read before a number
    for (qsizetype i = 0; i < matches.size();) {
        // Values listed with 、 or 和 (74.42%、69.44%) are named together.
        qsizetype g = i + 1;
        while (g < matches.size()
            && isListJoin(f.sliced(matches[g - 1].tailEnd, matches[g].figure.start - matches[g - 1].tailEnd)))
            ++g;
        const QuantityScanner::Match &first = matches[i];
        const QuantityScanner::Match &last = matches[g - 1];
        const qsizetype limit = g < matches.size() ? matches[g].figure.start : f.size();
        const qsizetype afterEnd = clauseEnd(f, last.tailEnd, limit);
        const qsizetype from = clauseStart(f, taken, first.figure.start);

        bool shared = false;
        const Words before = FigureName::stripMarkers(words(from, first.figure.start), &shared);
        const qsizetype count = g - i;
        QList<Words> names;
        Words name;
        const qsizetype used = count == 1 ? FigureName::nameAfter(words(last.tailEnd, afterEnd), &name) : 0;
        if (used > 0) {
            names = { name };
        } else if ((count > 1 || shared)
            && std::any_of(before.fold.cbegin(), before.fold.cend(),
                [](QChar c) { return FigureName::isListJoin(c); })) {
            names = FigureName::splitList(before);
            if (count > 1 && names.size() != count) // names and values do not pair: one name for all
                names = { FigureName::nounPhrase(before) };
        } else {
            names = { FigureName::nounPhrase(before) };
        }
        const Words segment = FigureName::trimmed(words(from, first.figure.start));
        if (count > 1 && names.size() == 1)
            names = pairedChanges(segment, names.front(), count, out, f, first.figure.start, names);
        if (used == 0 && names.size() == 1) {
            Context context;
            context.object = object;
            if (!out.isEmpty()) {
                context.label = out.back().label;
                context.unit = out.back().unit;
                context.sameSentence = inOneSentence(f, out.back().end, first.figure.start);
            }
            if (!names.front().isEmpty())
                object = names.front();
            names = { completedName(segment, names.front(), first.figure.unit, context) };
        }
        if (names.size() == 1 && names.front().isEmpty()) // 57件经调解原告自愿申请撤诉
            names = { FigureName::trimmed(FigureName::withoutQuoteMarks(words(last.tailEnd, afterEnd))) };
        taken = used > 0 ? last.tailEnd + used : last.tailEnd;

        for (qsizetype m = i; m < g; ++m) {
            Figure fig = matches[m].figure;
            fig.sentence = sentenceOf(text, f, fig.start, fig.end);
            if (count > 1) { // values pair with names in order; too few names: all share them
                fig.label = (names.size() == count ? names[m - i] : names.front()).text;
                out.append(fig);
            } else {
                for (const Words &n : std::as_const(names)) { // one value, several names
                    fig.label = n.text;
                    out.append(fig);
                }
            }
        }
        i = g;
    }
    completeLevels(out, f);
    return out;
}

} // namespace pizhu
