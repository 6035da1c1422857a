// SPDX-License-Identifier: GPL-3.0-or-later
#include "partroleclassifier.h"

#include "chinesetext.h"

#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

struct Keywords
{
    PartRole role;
    QStringList words;
};

const QList<Keywords> &keywordTable()
{
    // Simplified; headings are folded before matching, so Traditional works too.
    static const QList<Keywords> table = {
        {PartRole::Shortcomings,
         {u"不足"_s, u"问题"_s, u"差距"_s, u"短板"_s, u"薄弱"_s, u"困难"_s, u"瓶颈"_s, u"弱项"_s}},
        {PartRole::Plans,
         {u"安排"_s, u"打算"_s, u"计划"_s, u"下一步"_s, u"下一年"_s, u"下年度"_s, u"明年"_s, u"来年"_s,
          u"思路"_s, u"工作要点"_s, u"展望"_s, u"努力方向"_s, u"工作重点"_s, u"今后"_s}},
        {PartRole::Measures,
         {u"举措"_s, u"措施"_s, u"成效"_s, u"做法"_s, u"成绩"_s, u"成果"_s, u"主要工作"_s, u"工作情况"_s,
          u"开展情况"_s, u"推进情况"_s, u"进展"_s, u"完成情况"_s, u"落实情况"_s, u"基本情况"_s,
          u"总体情况"_s, u"建设情况"_s, u"工作开展"_s, u"取得"_s}},
    };
    return table;
}

const QStringList &leadershipWords()
{
    static const QStringList words = {u"第一责任人"_s, u"主要负责人"_s, u"主要负责同志"_s, u"党政主要负责"_s,
                                      u"主要领导"_s,   u"一把手"_s,    u"履行推进法治建设"_s};
    return words;
}

} // namespace

bool PartRoleClassifier::isLeadership(QStringView heading)
{
    const QString folded = ChineseText::fold(heading);
    return std::any_of(leadershipWords().cbegin(), leadershipWords().cend(),
                       [&folded](const QString &w) { return folded.contains(w); });
}

QList<PartRole> PartRoleClassifier::classify(QStringView heading, int coveredYear)
{
    if (isLeadership(heading))
        return {PartRole::Leadership};
    const QString folded = ChineseText::fold(heading);
    QList<std::pair<qsizetype, PartRole>> found;
    for (const Keywords &k : keywordTable()) {
        qsizetype first = -1;
        for (const QString &w : k.words) {
            const qsizetype at = folded.indexOf(w);
            if (at >= 0 && (first < 0 || at < first))
                first = at;
        }
        if (first >= 0)
            found.append({first, k.role});
    }
    if (found.isEmpty())
        return {PartRole::Other};
    std::stable_sort(found.begin(), found.end(), [](auto a, auto b) { return a.first < b.first; });
    QList<PartRole> roles;
    for (const auto &f : std::as_const(found))
        roles.append(f.second);
    // "2023年度法治政府建设工作举措" in the 2022 report is about next year.
    if (roles.front() == PartRole::Measures && coveredYear > 0) {
        const int year = ChineseText::findYear(heading);
        if (year > coveredYear) {
            roles.removeAll(PartRole::Plans);
            roles.prepend(PartRole::Plans);
        }
    }
    return roles;
}

} // namespace pizhu
