// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Anchors on meaningful passages of the sample report and the edits a report
// goes through between versions, shared by the re-anchoring test and benchmark.

#include "editedtext.h"
#include "headingclassifier.h"
#include "report.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

using namespace Qt::StringLiterals;

namespace pizhu::reanchorfixtures {

// A quote: the first occurrence of `quote` inside `locator` (found exactly
// once in the sample), or from there up to the end of `until`.
struct AnchorSpec
{
    const char *name;
    QString locator;
    QString quote;
    QString until = {};
};

inline QList<AnchorSpec> anchorSpecs()
{
    return {
        { "title", u"杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告"_s,
            u"杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告"_s },
        { "intro-opening", u"2022年以来,拱墅区法治政府建设工作全面贯彻落实党的二十大精神"_s,
            u"2022年以来,拱墅区法治政府建设工作全面贯彻落实党的二十大精神"_s },
        { "intro-award", u"“大运河世界遗产保护公益诉讼检察创新实践基地建设”项目获第六届中国“法治政府奖”。"_s,
            u"“大运河世界遗产保护公益诉讼检察创新实践基地建设”项目获第六届中国“法治政府奖”。"_s },
        { "intro-community", u"上塘街道蔡马社区获全国民主法治社区。"_s,
            u"上塘街道蔡马社区获全国民主法治社区。"_s },
        { "intro-generic-phrase", u"获省县乡法治政府建设"_s, u"法治政府建设"_s },
        { "intro-best-practice", u"获省县乡法治政府建设“最佳实践”项目"_s,
            u"县乡法治政府建设“最佳实践”项目"_s },
        { "part1-heading", u"一、2022年度推进法治政府建设的主要举措和成效"_s,
            u"一、2022年度推进法治政府建设的主要举措和成效"_s },
        { "section1-heading", u"(一)激发新活力,依法全面履行政府职能"_s,
            u"(一)激发新活力,依法全面履行政府职能"_s },
        { "section2-title", u"(二)推出新举措,有效推进行政争议化解"_s, u"推出新举措,有效推进行政争议化解"_s },
        { "item-lead-title", u"1.政府机构职能高效协同"_s, u"政府机构职能高效协同"_s },
        { "figure-96-in-sentence", u"责任清单事项96个和区行政执法事项清单"_s,
            u"责任清单事项96个和区行政执法事项清单"_s },
        { "two-chars-96", u"事项96个"_s, u"96"_s },
        { "coverage-100", u"监管事项认领率、行政检查事项覆盖率均100%"_s,
            u"监管事项认领率、行政检查事项覆盖率均100%"_s },
        { "one-net-rate", u"“一网通办”率达97.1%"_s, u"“一网通办”率达97.1%"_s },
        { "figure-97.1", u"率达97.1%"_s, u"97.1%"_s },
        { "item-paragraph", u"2.“放管服”改革不断深化。"_s, u"2.“放管服”改革不断深化。"_s,
            u"掌上执法检查率达99.99%。"_s },
        { "credit-rate", u"双随机监管信用规则关联率达96.9%"_s, u"双随机监管信用规则关联率达96.9%"_s },
        { "licence-reform", u"全面推进“证照分离”改革全覆盖试点"_s, u"全面推进“证照分离”改革全覆盖试点"_s },
        { "files-79", u"清理各类存量文件79件"_s, u"清理各类存量文件79件"_s },
        { "short-sentence", u"成立全省首个“法务小镇”。"_s, u"成立全省首个“法务小镇”。"_s },
        { "item3-paragraph", u"3.法治化营商环境持续优化。"_s, u"3.法治化营商环境持续优化。"_s,
            u"拱墅模块实现网上办、掌上办、随身办。"_s },
        { "two-chars-deleted", u"法治体检企业4231家"_s, u"企业"_s },
        { "ip-case", u"侵犯亚运特殊标志专有权案入选国家知识产权行政保护典型案例。"_s,
            u"侵犯亚运特殊标志专有权案入选国家知识产权行政保护典型案例。"_s },
        { "asian-games-plan", u"科学编制亚运环境保障方案。"_s, u"科学编制亚运环境保障方案。"_s },
        { "red-tea", u"“红茶议事会”民主协商模式入选全国社会治理创新案例"_s,
            u"“红茶议事会”民主协商模式入选全国社会治理创新案例"_s },
        { "across-blocks", u"“三微”比赛音乐MV二等奖。\n(二)推出新举措"_s,
            u"“三微”比赛音乐MV二等奖。\n(二)推出新举措"_s },
        { "net-campaigns", u"开展“运河净网”系列专项行动26个"_s, u"开展“运河净网”系列专项行动26个"_s },
        { "item5-paragraph", u"5.依法治网举措深入推进。"_s, u"5.依法治网举措深入推进。"_s,
            u"音乐MV二等奖。"_s },
        { "review-cases", u"审结复议案件164件"_s, u"审结复议案件164件"_s },
        { "correction-rate", u"纠错率4.27%"_s, u"纠错率4.27%"_s },
        { "mediation-rate", u"调解成功率78.25%"_s, u"调解成功率78.25%"_s },
        { "two-chars-district", u"全区一审行政诉讼"_s, u"全区"_s },
        { "files-152", u"全面清理区级行政规范性文件152个"_s, u"全面清理区级行政规范性文件152个"_s },
        { "repeated-phrase", u"合法性审查区级行政规范性文件10个"_s, u"区级行政规范性文件"_s },
        { "catalogue", u"对3个区政府事项、5个部门事项实行目录化管理"_s,
            u"对3个区政府事项、5个部门事项实行目录化管理"_s },
        { "staff-ratio", u"执法队伍编制、执法人员下沉比例达74.42%、69.44%"_s,
            u"执法队伍编制、执法人员下沉比例达74.42%、69.44%"_s },
        { "certificates-1831", u"现有行政执法证1831张"_s, u"现有行政执法证1831张"_s },
        { "case-files-112", u"集中评查行政执法案卷112个"_s, u"集中评查行政执法案卷112个"_s },
        { "inspections", u"开展区长专项调研督查活动50余次"_s, u"开展区长专项调研督查活动50余次"_s },
        { "problem-list", u"上报纳入市级“重大督查问题清单”78件。"_s,
            u"上报纳入市级“重大督查问题清单”78件。"_s },
        { "disclosures", u"区政府门户网站共公开各类信息21506条"_s, u"区政府门户网站共公开各类信息21506条"_s },
        { "oath", u"42名区人大及其常委会任命国家工作人员向宪法宣誓。"_s,
            u"42名区人大及其常委会任命国家工作人员向宪法宣誓。"_s },
        { "live-stream", u"《大运河说法·行政执法篇》直播"_s, u"《大运河说法·行政执法篇》直播"_s },
        { "communities", u"创建全国民主法治社区1个,省级5个。"_s, u"创建全国民主法治社区1个,省级5个。"_s },
        { "part2-heading", u"二、2022年度推进法治政府建设存在的不足和原因"_s,
            u"二、2022年度推进法治政府建设存在的不足和原因"_s },
        { "shortcoming", u"街道法治工作力量有待加强"_s, u"街道法治工作力量有待加强"_s },
        { "shortcomings-paragraph", u"我区法治政府建设工作整体推进有序"_s,
            u"我区法治政府建设工作整体推进有序"_s, u"街道法治工作力量有待加强。"_s },
        { "leader-in-court", u"区政府负责人出庭率100%"_s, u"区政府负责人出庭率100%"_s },
        { "leadership-section", u"(二)强化督察整改,用好“助推器”"_s, u"(二)强化督察整改,用好“助推器”"_s },
        { "special-inspection", u"对民政局等10家单位开展法治专项巡察"_s,
            u"对民政局等10家单位开展法治专项巡察"_s },
        { "street-reform", u"深化街道法治化综合改革"_s, u"深化街道法治化综合改革"_s },
        { "part4-heading", u"四、2023年度推进法治政府建设的主要安排"_s,
            u"四、2023年度推进法治政府建设的主要安排"_s },
        { "plan-rate", u"行政机关负责人出庭应诉率达100%"_s, u"行政机关负责人出庭应诉率达100%"_s },
        { "plan-call", u"打造“1 call就应”拱墅金名片"_s, u"打造“1 call就应”拱墅金名片"_s },
        { "service-count", u"“1 Call就应”为企服务5625次"_s, u"“1 Call就应”为企服务5625次"_s },
        { "funds", u"“亲清在线”线上兑付资金10.33亿元"_s, u"“亲清在线”线上兑付资金10.33亿元"_s },
        { "last-sentence", u"打造“运河法治文化带”法治人文旅游线路,优化全社会大普法格局。"_s,
            u"打造“运河法治文化带”法治人文旅游线路,优化全社会大普法格局。"_s },
        { "two-chars-plan", u"打造“运河法治文化带”法治人文"_s, u"法治"_s },
        { "short-100", u"一审行政诉讼负责人出庭率100%"_s, u"100%"_s },
        { "plan-generic-phrase", u"培育县乡法治政府建设"_s, u"法治政府建设"_s },
        { "section3-whole", u"(三)打造新品质,依法规范政府行政决策"_s,
            u"(三)打造新品质,依法规范政府行政决策"_s, u"处理其他区级涉法事务70余件次。"_s },
    };
}

// Where a spec's quote is in a text: {start, end}, or {-1, -1}.
inline std::pair<qsizetype, qsizetype> locate(const QString &text, const AnchorSpec &spec)
{
    const qsizetype at = text.indexOf(spec.locator);
    if (at < 0 || text.indexOf(spec.locator, at + 1) >= 0)
        return { -1, -1 };
    const qsizetype start = at + spec.locator.indexOf(spec.quote);
    if (spec.until.isEmpty())
        return { start, start + spec.quote.size() };
    const qsizetype until = text.indexOf(spec.until, start);
    return until < 0 ? std::pair<qsizetype, qsizetype> { -1, -1 }
                     : std::pair { start, until + spec.until.size() };
}

// The whole line that starts with `start`, with its line break.
inline QString lineOf(const QString &text, const QString &start)
{
    const qsizetype at = text.indexOf(start);
    const qsizetype end = text.indexOf(u'\n', at);
    return text.mid(at, end < 0 ? -1 : end - at + 1);
}

// A paragraph written in, before the first part and before a section.
inline void insertParagraphs(EditedText &e)
{
    e.insertBefore(u"一、2022年度推进法治政府建设的主要举措和成效"_s,
        u"一年来,全区上下坚持以人民为中心的发展思想,统筹推进法治政府建设各项工作,取得了新的成效。\n"_s);
    e.insertBefore(u"(四)把握新要求"_s, u"此外,全区持续深化法治宣传教育,全年开展各类普法活动300余场次。\n"_s);
}

inline void changeFigures(EditedText &e, bool inItem3 = true)
{
    e.replace(u"事项96个"_s, u"事项98个"_s);
    e.replace(u"率达97.1%"_s, u"率达98.3%"_s);
    if (inItem3)
        e.replace(u"存量文件79件"_s, u"存量文件81件"_s);
    e.replace(u"行政执法证1831张"_s, u"行政执法证1902张"_s);
    e.replace(u"审结复议案件164件"_s, u"审结复议案件171件"_s);
    e.replace(u"调解成功率78.25%"_s, u"调解成功率79.05%"_s);
}

inline void rewordSentences(EditedText &e, bool all = true)
{
    if (all) {
        e.replace(u"全面推进“证照分离”改革全覆盖试点"_s, u"全面深化“证照分离”改革全覆盖试点"_s);
        e.replace(u"对民政局等10家单位开展法治专项巡察"_s, u"对区民政局等10家单位开展了法治专项巡察"_s);
    }
    e.replace(u"科学编制亚运环境保障方案"_s, u"科学制定亚运会环境保障方案"_s);
    e.replace(u"街道法治工作力量有待加强"_s, u"街道法治工作力量仍需加强"_s);
    e.replace(u"“红茶议事会”民主协商模式入选全国社会治理创新案例"_s,
        u"“红茶议事会”民主协商模式成功入选全国社会治理创新典型案例"_s);
}

// A new (一) in the first part: the old (一)…(六) become (二)…(七).
inline void renumberSections(EditedText &e)
{
    e.insertBefore(u"(一)激发新活力"_s,
        u"(一)坚持党的领导,统筹推进法治建设\n全区各级各部门深入学习贯彻习近平法治思想,把法治政府建设摆在全局工作的突出位置。\n"_s);
    const QStringList titles = { u"激发新活力"_s, u"推出新举措"_s, u"打造新品质"_s, u"把握新要求"_s,
        u"立足新形势"_s, u"谋求新跨越"_s };
    const QString numerals = u"一二三四五六七"_s;
    for (qsizetype i = titles.size() - 1; i >= 0; --i)
        e.replace(u"("_s + numerals[i] + u")"_s + titles[i], u"("_s + numerals[i + 1] + u")"_s + titles[i]);
}

inline void widenPunctuation(EditedText &e)
{
    e.replaceAll(u',', u'，');
    e.replaceAll(u':', u'：');
    e.replaceAll(u'(', u'（');
    e.replaceAll(u')', u'）');
    e.replaceAll(u'%', u'％');
}

inline void deletePassages(EditedText &e, bool item3 = true)
{
    if (item3)
        e.remove(lineOf(e.text(), u"3.法治化营商环境持续优化"_s));
    e.remove(u"上报纳入市级“重大督查问题清单”78件。"_s);
    e.remove(lineOf(e.text(), u"(二)强化督察整改"_s) + lineOf(e.text(), u"法治督察与巡察衔接联动常态化"_s));
    e.remove(u"“运河法治文化带”获省县乡法治政府建设“最佳实践”项目。"_s);
    // Passages whose phrases recur elsewhere ("出庭率100%", "街道法治化综合改革").
    e.remove(lineOf(e.text(), u"区委、区政府主要负责人带头履行"_s));
    e.remove(lineOf(e.text(), u"深入学习贯彻党的二十大精神,聚焦"_s));
}

inline void movePassages(EditedText &e, bool fromItem3 = true)
{
    // A paragraph moved to another section and edited there.
    e.move(lineOf(e.text(), u"5.依法治网举措深入推进"_s), u"二、2022年度推进法治政府建设存在的不足和原因"_s);
    e.replace(u"系列专项行动26个"_s, u"系列专项行动28个"_s);
    if (fromItem3) {
        e.move(
            u"侵犯亚运特殊标志专有权案入选国家知识产权行政保护典型案例。"_s, u"推进人民调解组织规范化建设"_s);
        e.move(u"成立全省首个“法务小镇”。"_s, u"打造“运河法治文化带”法治人文旅游线路"_s);
    }
}

// Line breaks every ~50 characters inside paragraphs, as text copied out of
// a PDF has them; never where the next line would read as a heading.
inline void hardWrap(EditedText &e)
{
    constexpr qsizetype width = 50;
    QList<qsizetype> breaks;
    const QString &text = e.text();
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != u'\n')
            continue;
        for (qsizetype at = lineStart + width; at < i - 10; at += width) {
            while (
                at < i - 10 && HeadingClassifier::classify(QStringView(text).sliced(at, i - at)).isHeading())
                ++at;
            if (at < i - 10)
                breaks.append(at);
        }
        lineStart = i + 1;
    }
    for (qsizetype k = breaks.size() - 1; k >= 0; --k)
        e.insertAt(breaks[k], u"\n"_s);
}

// The report as a government page saves to text: the information block,
// breadcrumbs, indented paragraphs between blank lines, Windows line ends,
// buttons, the report repeated under the page's second template, a footer.
inline QString dressAsPage(const QString &text, bool repeat)
{
    const QStringList lines = text.split(u'\n');
    QStringList out
        = { u"信息索引号 K1493206-6/2023-26418 公开方式 主动公开"_s, u"发布机构 区府办 公开范围 面向全社会"_s,
              u"生成日期 2023-02-01 发布日期 2023-02-01"_s, u"当前位置:首页 > 政务公开 > 法治政府建设"_s };
    auto body = [&] {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            out << (i == 0 ? lines[i] : u"\u3000\u3000"_s + lines[i] + u"  "_s) << QString();
            if (i == 0)
                out << u"发布日期: 2023-02-01 15:35:07 点击率:"_s << QString();
        }
    };
    body();
    out << u"【打印】【关闭】"_s << u"扫一扫在手机打开当前页"_s;
    if (repeat) {
        out << u"索引号"_s << QString() << u"K1493206-6/2023-26418"_s << u"发布单位"_s << u"区府办"_s;
        body();
    }
    out << u"主办单位:杭州市拱墅区人民政府办公室 版权所有"_s;
    return out.join(u"\r\n"_s);
}

struct Version
{
    const char *name;
    std::function<void(EditedText &)> edit;
    enum class Dress { None, Page, PageRepeated } dress = Dress::None;
};

inline QList<Version> versions()
{
    return {
        { "unchanged",
            [](EditedText &) {
            } },
        { "paragraph-inserted", insertParagraphs },
        { "figures-changed",
            [](EditedText &e) {
                changeFigures(e);
            } },
        { "sentences-reworded",
            [](EditedText &e) {
                rewordSentences(e);
            } },
        { "sections-renumbered", renumberSections },
        { "punctuation-widened", widenPunctuation },
        { "converted-page", [](EditedText &) {}, Version::Dress::PageRepeated },
        { "converted-wrapped", hardWrap, Version::Dress::Page },
        { "passages-deleted",
            [](EditedText &e) {
                deletePassages(e);
            } },
        { "passages-moved",
            [](EditedText &e) {
                movePassages(e);
            } },
        { "combined",
            [](EditedText &e) {
                insertParagraphs(e);
                changeFigures(e, false);
                rewordSentences(e, false);
                renumberSections(e);
                deletePassages(e);
                movePassages(e, false);
                widenPunctuation(e);
            } },
    };
}

} // namespace pizhu::reanchorfixtures
