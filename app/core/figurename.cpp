// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurename.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

using Words = FigureName;

// A word and the characters before it that make it part of another word
// (为 of 行为, 均 of 人均, 公开 of 政务公开).
struct Word
{
    QStringView text;
    QStringView notAfter = {};
};

// Markers between a name and its number, stripped from the end of the name;
// a marker comes before any shorter one it ends with. Those with 均/都/分别 say
// that listed names share the values.
// clang-format off
const Word kMarkers[] = {
    {u"同比增长"}, {u"同比下降"}, {u"同比提高"}, {u"同比减少"}, {u"比上年增长"}, {u"分别达到"}, {u"分别为"},
    {u"分别达"}, {u"分别是"}, {u"分别"}, {u"均达到"}, {u"均为"}, {u"均达"}, {u"均", u"人平"}, {u"都达到"},
    {u"都为"}, {u"都", u"首成京古"}, {u"提高到"}, {u"提高至"}, {u"提升到"}, {u"提升至"}, {u"保持在"},
    {u"稳定在"}, {u"维持在"}, {u"保持"}, {u"缩短"}, {u"压缩"}, {u"不少于"}, {u"不低于"}, {u"不超过"},
    {u"不高于"}, {u"低于"}, {u"高于"}, {u"少于"}, {u"压缩至"}, {u"压缩到"}, {u"缩短至"}, {u"缩短到"},
    {u"控制在"}, {u"减少到"}, {u"减至"}, {u"增长到"}, {u"增长至"}, {u"降低到"}, {u"增至"}, {u"降至"},
    {u"达到"}, {u"达", u"下传表送抵通到"}, {u"为", u"行作认成因称"}, {u"是", u"于但还就也总正"}, {u"共计"},
    {u"累计"}, {u"共有"}, {u"现有"}, {u"拥有"}, {u"总计"}, {u"合计"}, {u"共", u"公"},
    {u"计", u"统设会估审预"}, {u"超过"}, {u"将近"}, {u"接近"}, {u"大约"}, {u"约"}, {u"超"}, {u"逾"},
    {u"近", u"最附邻"}, {u"至", u"截"}, {u"增长"}, {u"提高"}, {u"提升"}, {u"下降"}, {u"减少"}, {u"降低"},
    {u"中有"}, {u"有", u"所国公私没特固原"}, {u"已"}, {u"等", u"平同对均相高初中"}, {u"审结"}, {u"办结"},
    {u"办理"}, {u"受理"}, {u"发放"}, {u"新增"}, {u"完成"}, {u"处理"}, {u"仅占"}, {u"约占"}, {u"占"},
    {u"的", u"目"}, {u"仅有"}, {u"只有"}, {u"仅"}, {u"至少"}, {u"由"}, {u"配备"},
};
// clang-format on

// Verbs that open the object a number counts (办理案件120件 → 案件). The first
// one in a name is cut off with what precedes it (the subject).
// clang-format off
const Word kVerbs[] = {
    {u"梳理公布"}, {u"梳理"}, {u"公布"}, {u"清理"}, {u"审查"}, {u"审结"}, {u"审核"}, {u"受理"}, {u"办理"},
    {u"办结"}, {u"解答"}, {u"开展"}, {u"举办"}, {u"组织开展"}, {u"形成"}, {u"认领"}, {u"评查"}, {u"发布"},
    {u"公开", u"务息"}, {u"落实"}, {u"上报"}, {u"纳入"}, {u"明确"}, {u"反馈"}, {u"处理"}, {u"提供"},
    {u"现有"}, {u"拥有"}, {u"共有"}, {u"创建"}, {u"建成"}, {u"建立"}, {u"完成"}, {u"化解"}, {u"出台"},
    {u"制发"}, {u"印发"}, {u"出具"}, {u"提出"}, {u"培训"}, {u"培育"}, {u"查处"}, {u"发放"}, {u"新增"},
    {u"收到"}, {u"接待"}, {u"接收"}, {u"走访"}, {u"推出"}, {u"召开"}, {u"开通"}, {u"完善"}, {u"修订"},
    {u"废止"}, {u"制定"}, {u"备案"}, {u"排查"}, {u"整治"}, {u"整改"}, {u"聘请"}, {u"签订"}, {u"引进"},
    {u"挽回"}, {u"追回"}, {u"惠及"}, {u"带动"}, {u"主持召开"}, {u"主持"}, {u"组织"}, {u"解决"},
    {u"覆盖", u"全"}, {u"调整"}, {u"推送"}, {u"获评"}, {u"推动"}, {u"推进"}, {u"下放"}, {u"赋予"}, {u"调处"},
    {u"实现"}, {u"承接"}, {u"配备"}, {u"减免"}, {u"兑现"}, {u"征集"}, {u"收集"}, {u"回复"}, {u"答复"},
    {u"选派"},
};
// clang-format on

// Words that end a name read after a number (42名…人员向宪法宣誓, 10家单位开展…).
// clang-format off
const QStringView kStopsAfter[] = {
    u"实现", u"提供", u"开展", u"实行", u"现场", u"定期", u"参加", u"参与", u"进行", u"完成", u"获得",
    u"入选", u"接受", u"落实", u"纳入", u"通过", u"签订", u"全覆盖", u"覆盖", u"分别", u"共计", u"累计",
    u"用于", u"受到", u"得到", u"达到", u"中有", u"其中", u"设置", u"设立", u"建立", u"开设", u"配备",
    u"推行", u"实施", u"组建", u"成立", u"出台", u"制定", u"推进", u"推动", u"开通", u"上线", u"入驻", u"仅",
    u"下放", u"赋予", u"划转", u"承接", u"交由", u"移交", u"派驻", u"追回", u"挽回", u"向", u"经", u"被",
    u"在", u"等", u"和", u"及", u"与", u"并", u"的", u"均", u"已", u"达", u"为", u"共", u"由", u"从", u"对",
    u"于", u"将", u"把", u"获",
};
// clang-format on

// Nouns that a count counts; a name read after a number must end in one
// (18个街道法治化综合改革全覆盖 counts 街道).
// clang-format off
const QStringView kHeadNouns[] = {
    u"街道", u"社区", u"村", u"乡镇", u"单位", u"部门", u"企业", u"商户", u"市场主体", u"人员", u"干部",
    u"群众", u"负责人", u"律师", u"代表", u"决策", u"主体", u"农民工", u"工人", u"委员", u"事项", u"任务",
    u"案件", u"项目", u"文件", u"点", u"站", u"中心", u"基地", u"机构", u"学校", u"平台", u"场所", u"问题",
    u"案例", u"案卷", u"线索", u"制度", u"机制", u"政策", u"活动", u"会议", u"意见", u"建议", u"合同",
    u"纠纷", u"矛盾", u"清单", u"系统", u"应用", u"场景", u"队伍", u"组织", u"协会", u"团队", u"工作室",
    u"窗口", u"课程", u"讲座", u"家庭", u"学生", u"老人", u"居民", u"村民", u"职工", u"工作人员", u"执法人员",
    u"志愿者", u"法规", u"规章", u"条例", u"标准", u"证", u"书", u"件", u"户", u"人", u"所", u"室", u"库",
    u"馆", u"园",
};
// clang-format on

// Abstract nouns that a count may count when no concrete one is there: 十余项改革
// counts 改革, but 18个街道法治化综合改革 counts 街道.
// clang-format off
const QStringView kWeakHeadNouns[] = {
    u"改革", u"措施", u"举措", u"工作", u"行动", u"工程", u"规定", u"办法", u"指标", u"服务", u"设施",
    u"领域", u"课题", u"成果",
};
// clang-format on

// What a verb's object cannot be alone: 办理时间 and 审查率 are one name each.
const QStringView kAttributes[]
    = { u"时间", u"时限", u"时长", u"周期", u"效率", u"成本", u"质量", u"天数", u"成功" };

// Words of a change: 同比增长12.5% names the figure before it.
const QStringView kChanges[] = { u"增长", u"下降", u"提高", u"提升", u"减少", u"降低", u"增加" };

// The scope of the reporting government itself and quantifiers: not part of a name.
// clang-format off
const QStringView kLeadingFillers[] = {
    u"全区", u"全市", u"全省", u"全县", u"全镇", u"全年", u"各类", u"各项", u"各种", u"各级", u"相关",
    u"其中", u"共计", u"累计", u"共", u"年内", u"力争", u"确保", u"争取", u"并",
};
// clang-format on

// The enumerations that open a clause inside a paragraph: 一是…, (2)…, ①….
const QRegularExpression &enumeration()
{
    static const QRegularExpression re(
        u"^(?:[一二三四五六七八九十]+是|\\(\\d{1,2}\\)|\\([一二三四五六七八九十]{1,3}\\)|\\d{1,2}[.、]|[①-⑳])"_s);
    return re;
}

// Endings of a measured quantity: listed names without one borrow the last name's.
const QStringView kIndicatorEndings[] = { u"率", u"比例", u"比重", u"占比", u"数", u"量", u"额" };

// Parentheses are not among them: 街道(镇)9个 is one name.
constexpr QStringView kClauseEnds = u",;:!?[]。【】\n";
constexpr QStringView kQuotes = u"“”‘’\"「」『』";
constexpr QStringView kOpenQuotes = u"“‘「『\"";
// Joins between listed values (25%和28.6%); names split at 、 only (及时率, 调解和解率).
constexpr QStringView kListJoins = u"、和及与";

bool isPunctuationOrSpace(QChar c)
{
    return c.isSpace() || (c.isPunct() && !kQuotes.contains(c) && c != u'《' && c != u'》');
}

Words trimmed(const Words &w)
{
    qsizetype from = 0;
    qsizetype to = w.size();
    while (from < to && isPunctuationOrSpace(w.fold[from]))
        ++from;
    // A closing bracket stays when its opening one is inside: 街道(镇).
    while (to > from && isPunctuationOrSpace(w.fold[to - 1])
        && !(w.fold[to - 1] == u')' && QStringView(w.fold).sliced(from, to - from).contains(u'(')))
        --to;
    return w.mid(from, to - from);
}

bool followsException(const Words &w, qsizetype at, const Word &word)
{
    return at > 0 && word.notAfter.contains(w.fold[at - 1]);
}

// Strips markers from the end; shared tells whether one said the names share values.
Words stripMarkers(Words w, bool *shared)
{
    for (bool again = true; again;) {
        again = false;
        w = trimmed(w);
        for (const Word &m : kMarkers) {
            const qsizetype at = w.size() - m.text.size();
            // 受理、办结120、115件: a listed name, not a marker.
            if (at < 0 || !w.fold.endsWith(m.text) || followsException(w, at, m)
                || (at > 0 && w.fold[at - 1] == u'、'))
                continue;
            if (m.text.contains(u'均') || m.text.contains(u'都') || m.text.contains(u"分别"))
                *shared = true;
            w = w.left(at);
            again = true;
            break;
        }
    }
    return w;
}

// What a name ends with from kIndicatorEndings, or nothing.
QStringView indicatorEnding(const Words &w)
{
    for (QStringView e : kIndicatorEndings) {
        if (w.fold.endsWith(e))
            return e;
    }
    return {};
}

// 落实“互联网+督查”等交办单 names 交办单: X等Y is "Y such as X".
Words afterExamples(const Words &w)
{
    for (qsizetype i = w.size() - 2; i > 0; --i) {
        if (w.fold[i] == u'等' && !QStringView(u"平同对均相高初中").contains(w.fold[i - 1])
            && !QStringView(u"级待候同").contains(w.fold[i + 1]))
            return w.mid(i + 1);
    }
    return w;
}

// A programme in quotes that opens the clause is its subject (“亲清在线”线上兑付资金);
// a quote followed by a mere suffix is the name itself (“一网通办”率).
Words withoutQuotedSubject(const Words &w)
{
    if (w.isEmpty() || !kOpenQuotes.contains(w.fold.front()))
        return w;
    const QChar open = w.fold.front();
    const QChar close = open == u'“' ? u'”'
        : open == u'‘'               ? u'’'
        : open == u'「'              ? u'」'
        : open == u'『'              ? u'』'
                                     : u'"';
    const qsizetype end = w.fold.indexOf(close, 1);
    if (end < 0 || w.size() - end - 1 < 4) // “一件事”场景 keeps its name
        return w;
    return w.mid(end + 1);
}

// Where the rest after a verb is a name of its own: at least two characters,
// not a bare measure (受理率 is one name, not 受理 + 率).
bool isObject(const Words &rest)
{
    // 调处成功率 is the rate of 调处, not 成功率 of something.
    if (rest.size() <= 3 && rest.fold.endsWith(u'率'))
        return false;
    return rest.size() >= 2 && !QStringView(u"率数量额比占").contains(rest.fold.front())
        && std::none_of(
            std::begin(kAttributes), std::end(kAttributes), [&](QStringView a) { return rest.fold == a; });
}

// The longest verb at i, or nothing.
const Word *verbStarting(const Words &w, qsizetype i)
{
    // The first characters of the verbs: most positions start none (a 10 MB report
    // asks this millions of times).
    static const QString starts = [] {
        QString s;
        for (const Word &v : kVerbs) {
            if (!s.contains(v.text.front()))
                s += v.text.front();
        }
        return s;
    }();
    if (!starts.contains(w.fold[i]))
        return nullptr;
    const Word *best = nullptr;
    for (const Word &v : kVerbs) {
        if (QStringView(w.fold).sliced(i).startsWith(v.text) && !followsException(w, i, v)
            && (!best || v.text.size() > best->text.size()))
            best = &v;
    }
    return best;
}

qsizetype verbAt(const Words &w, qsizetype from, qsizetype *length)
{
    for (qsizetype i = from; i < w.size(); ++i) {
        const Word *best = verbStarting(w, i);
        // 协调处理欠薪投诉 reads 处理, not 调处: a verb that starts inside this one and
        // reaches further is the one meant.
        if (best && i + 1 < w.size()) {
            const Word *next = verbStarting(w, i + 1);
            if (next && next->text.size() >= best->text.size())
                continue;
        }
        if (best && isObject(w.mid(i + best->text.size()))) {
            *length = best->text.size();
            return i;
        }
    }
    return -1;
}

// Cuts the subject and the verb: 区政府门户网站共公开各类信息 → 各类信息;
// 上报纳入市级清单 → 市级清单 (a second verb right after the first goes too).
Words withoutVerb(Words w)
{
    qsizetype length = 0;
    const qsizetype at = verbAt(w, 0, &length);
    if (at < 0)
        return w;
    w = w.mid(at + length);
    if (w.size() > 2 && QStringView(u"并和及与").contains(w.fold.front())) // 受理并解决群众诉求
        w = w.mid(1);
    if (verbAt(w, 0, &length) == 0 && w.size() - length >= 4)
        w = w.mid(length);
    return w;
}

Words withoutFillers(Words w)
{
    for (bool again = true; again;) {
        again = false;
        for (QStringView f : kLeadingFillers) {
            if (w.fold.startsWith(f) && w.size() > f.size() + 1) {
                w = w.mid(f.size());
                again = true;
            }
        }
        // 区“属地管理”责任清单: the district's own list.
        if (w.size() > 2 && QStringView(u"区市县省").contains(w.fold[0]) && kOpenQuotes.contains(w.fold[1])) {
            w = w.mid(1);
            again = true;
        }
    }
    return w;
}

Words withoutQuoteMarks(const Words &w)
{
    Words out;
    for (qsizetype i = 0; i < w.size(); ++i) {
        if (!kQuotes.contains(w.fold[i])) {
            out.text += w.text[i];
            out.fold += w.fold[i];
        }
    }
    return out;
}

// A name from the words before its number, markers already stripped.
Words nounPhrase(const Words &w)
{
    Words name = trimmed(w);
    if (const auto m = enumeration().match(name.fold); m.hasMatch())
        name = trimmed(name.mid(m.capturedLength()));
    name = afterExamples(name);
    name = withoutQuotedSubject(name);
    name = withoutVerb(name);
    name = withoutFillers(name);
    return trimmed(withoutQuoteMarks(name));
}

// A name after a number: up to a stop word, ending in a noun it counts.
// Returns the length of text it takes (0: none).
qsizetype nameAfterFrom(const Words &after, qsizetype skip, Words *name);

qsizetype nameAfter(const Words &after, Words *name)
{
    // 95%的事项: the name follows 的; so it does in 2项已实施的重大行政决策.
    if (const qsizetype used = nameAfterFrom(after, after.fold.startsWith(u'的') ? 1 : 0, name))
        return used;
    const qsizetype of = after.fold.indexOf(u'的');
    return of > 0 && of < std::min<qsizetype>(after.size(), 8) ? nameAfterFrom(after, of + 1, name) : 0;
}

qsizetype nameAfterFrom(const Words &after, qsizetype skip, Words *name)
{
    qsizetype stop = skip;
    for (; stop < after.size(); ++stop) {
        const QStringView rest = QStringView(after.fold).sliced(stop);
        if (kClauseEnds.contains(rest.front()) || rest.front() == u'、')
            break;
        if (rest.startsWith(u"及其")) // 区人大及其常委会: one name
            continue;
        // 部门和街道主要负责人 is one name; 38个部门和12个街道 are two.
        if (stop > skip && QStringView(u"和及与").contains(rest.front()) && rest.size() > 1
            && !rest[1].isDigit() && !QStringView(u"一二两三四五六七八九十").contains(rest[1]))
            continue;
        static const QString stopStarts = [] {
            QString s;
            for (QStringView w : kStopsAfter) {
                if (!s.contains(w.front()))
                    s += w.front();
            }
            return s;
        }();
        if (stopStarts.contains(rest.front())
            && std::any_of(std::begin(kStopsAfter), std::end(kStopsAfter),
                [rest](QStringView s) { return rest.startsWith(s); }))
            break;
    }
    const QStringView span = QStringView(after.fold).first(stop);
    qsizetype end = -1;
    for (QStringView noun : kHeadNouns) {
        // A one-character noun only ends the name (人 of 人大 does not).
        const qsizetype at = noun.size() > 1 ? span.lastIndexOf(noun)
            : span.endsWith(noun)            ? span.size() - 1
                                             : -1;
        if (at >= 0)
            end = std::max(end, at + noun.size());
    }
    for (qsizetype n = 0; end < 0 && n < qsizetype(std::size(kWeakHeadNouns)); ++n) {
        if (const qsizetype at = span.indexOf(kWeakHeadNouns[n]); at >= 0)
            end = at + kWeakHeadNouns[n].size();
    }
    if (end <= skip)
        return 0;
    Words found = after.mid(skip, end - skip);
    qsizetype verbLength = 0;
    if (verbAt(found, 0, &verbLength) == 0) // 8次主持召开局党组会议 counts 局党组会议
        found = found.mid(verbLength);
    *name = trimmed(withoutQuoteMarks(found));
    return name->isEmpty() ? 0 : end;
}

// Splits listed names (A、B) and lets the first ones borrow the last one's
// measure: 执法队伍编制、执法人员下沉比例 → 执法队伍编制下沉比例, 执法人员下沉比例.
QList<Words> splitList(const Words &w)
{
    QList<Words> parts;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= w.size(); ++i) {
        // 和/及/与 join names that each end in a measure (参考率和合格率), never
        // inside one (调解和解率, 及时率).
        const bool join = i < w.size()
            && (w.fold[i] == u'、'
                || (QStringView(u"和及与").contains(w.fold[i])
                    && !indicatorEnding(w.mid(from, i - from)).isEmpty() && w.size() - i > 2));
        if (i == w.size() || join) {
            parts.append(nounPhrase(w.mid(from, i - from)));
            from = i + 1;
        }
    }
    const Words &last = parts.back();
    const QStringView ending = indicatorEnding(last);
    Words suffix;
    if (!ending.isEmpty()) {
        // The measure and up to two characters of the action measured (下沉比例),
        // leaving at least two characters of the last name (受理、办结率 → 率).
        const qsizetype length = std::min(ending.size() + 2, last.size() - 2);
        if (length >= ending.size())
            suffix = last.mid(last.size() - length);
    } else if (parts.front().size() <= 2 && last.size() >= parts.front().size() + 2) {
        suffix = last.mid(parts.front().size()); // 复议、诉讼案件 → 复议案件
    }
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (!suffix.isEmpty() && indicatorEnding(parts[i]).isEmpty() && !parts[i].fold.endsWith(suffix.fold))
            parts[i] = parts[i] + suffix;
    }
    return parts;
}

bool containsChange(const Words &w)
{
    return std::any_of(
        std::begin(kChanges), std::end(kChanges), [&](QStringView c) { return w.fold.contains(c); });
}

// The change as written, without the marker that leads to the number (达, 了, 约).
Words changeWords(Words segment)
{
    while (!segment.isEmpty() && QStringView(u"达为了约近超逾").contains(segment.fold.back()))
        segment = segment.left(segment.size() - 1);
    return segment;
}

// 提高至5% and 增长到95% give the level reached, not the change.
bool reachesLevel(const Words &segment)
{
    return segment.fold.endsWith(u'至') || segment.fold.endsWith(u'到') || segment.fold.endsWith(u"达到");
}

bool isVerb(const Words &w)
{
    return std::any_of(std::begin(kVerbs), std::end(kVerbs), [&](const Word &v) { return w.fold == v.text; });
}

} // namespace

// The rules above are free functions; these give them their public names.
FigureName FigureName::trimmed(const FigureName &w)
{
    return pizhu::trimmed(w);
}

FigureName FigureName::stripMarkers(const FigureName &w, bool *shared)
{
    return pizhu::stripMarkers(w, shared);
}

FigureName FigureName::nounPhrase(const FigureName &w)
{
    return pizhu::nounPhrase(w);
}

FigureName FigureName::withoutFillers(const FigureName &w)
{
    return pizhu::withoutFillers(w);
}

FigureName FigureName::withoutQuoteMarks(const FigureName &w)
{
    return pizhu::withoutQuoteMarks(w);
}

qsizetype FigureName::nameAfter(const FigureName &after, FigureName *name)
{
    return pizhu::nameAfter(after, name);
}

QList<FigureName> FigureName::splitList(const FigureName &w)
{
    return pizhu::splitList(w);
}

bool FigureName::containsChange(const FigureName &w)
{
    return pizhu::containsChange(w);
}

FigureName FigureName::changeWords(const FigureName &segment)
{
    return pizhu::changeWords(segment);
}

bool FigureName::reachesLevel(const FigureName &segment)
{
    return pizhu::reachesLevel(segment);
}

bool FigureName::isVerb(const FigureName &w)
{
    return pizhu::isVerb(w);
}

bool FigureName::isListJoin(QChar c)
{
    return kListJoins.contains(c);
}

bool FigureName::isClauseEnd(QChar c)
{
    return kClauseEnds.contains(c);
}

} // namespace pizhu
