// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlefinder.h"

#include "chinesetext.h"
#include "headingclassifier.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

constexpr qsizetype kMaxTitleLength = 90;

bool hasSentenceEnd(QStringView line)
{
    return line.contains(u'。') || line.contains(u'；') || line.contains(u';');
}

// Where the body starts: the first heading or the first real paragraph.
bool startsBody(QStringView line)
{
    if (HeadingClassifier::classify(line).isHeading())
        return true;
    return line.size() > kMaxTitleLength || (line.size() > 40 && hasSentenceEnd(line));
}

int score(QStringView line)
{
    if (line.size() > kMaxTitleLength || line.size() < 4 || hasSentenceEnd(line))
        return 0;
    const QString f = ChineseText::fold(line);
    int s = 0;
    if (f.contains(u"报告"_s))
        s += 4;
    else if (f.contains(u"情况"_s) || f.contains(u"总结"_s) || f.contains(u"年报"_s) || f.contains(u"工作要点"_s))
        s += 2;
    else
        return 0;
    if (f.contains(u"法治政府"_s) || f.contains(u"依法行政"_s) || f.contains(u"法治建设"_s))
        s += 2;
    if (f.contains(u"关于"_s))
        s += 1;
    if (ChineseText::findYear(f) > 0)
        s += 1;
    if (!TitleFinder::issuerOf(line).isEmpty())
        s += 1;
    return s;
}

} // namespace

bool TitleFinder::endsWithOrgan(QStringView text)
{
    static const QRegularExpression organ(
        u"(人民政府|政府|司法局|局|委员会|委|办公室|办公厅|厅|署|院|中心|管委会|管理委员会|街道办事处|办事处|街道|镇|乡|部|处)$"_s);
    return organ.matchView(ChineseText::fold(text)).hasMatch();
}

QString TitleFinder::issuerOf(QStringView title)
{
    const QString f = ChineseText::fold(title);
    qsizetype cut = f.indexOf(u"关于"_s);
    if (cut < 0) {
        // "某某县司法局2022年度法治政府建设工作报告": the organ stops at the year.
        static const QRegularExpression year(u"(\\d{4}|[〇○零一二三四五六七八九]{4})年"_s);
        const auto m = year.matchView(f);
        cut = m.hasMatch() ? m.capturedStart() : -1;
    }
    if (cut <= 1)
        return {};
    const QStringView prefix = title.first(cut).trimmed();
    // "枫岭县2022年法治政府建设情况": a bare county or district reports as its government.
    static const QRegularExpression division(u"(省|市|县|区|州|旗|盟|自治县|自治州)$"_s);
    if (endsWithOrgan(prefix) || division.matchView(ChineseText::fold(prefix)).hasMatch())
        return prefix.toString();
    return {};
}

TitleFinder::Found TitleFinder::find(const QStringList &lines, const QList<bool> &drop)
{
    QList<int> head; // live lines before the body
    for (int i = 0; i < lines.size(); ++i) {
        if (drop[i])
            continue;
        if (startsBody(lines[i]))
            break;
        head.append(i);
    }
    int best = -1;
    int bestScore = 0;
    for (qsizetype h = 0; h < head.size(); ++h) {
        const int s = score(lines[head[h]]);
        // Ties go to the later line: navigation comes before the title.
        if (s > 0 && s >= bestScore) {
            best = int(h);
            bestScore = s;
        }
    }
    if (best < 0)
        return {};

    Found found;
    QString title = lines[head[best]];
    int first = head[best];
    int last = first;
    // A title split over two lines: "某某区人民政府" / "关于……的报告", or
    // "关于……法治政府建设" / "年度报告".
    if (best > 0) {
        const QString &prev = lines[head[best - 1]];
        const QString prevFolded = ChineseText::fold(prev);
        const QString titleFolded = ChineseText::fold(title);
        static const QRegularExpression openEnd(u"(关于|年|年度|的|和|及|与|建设)$"_s);
        const bool joins = titleFolded.startsWith(u"关于"_s) || prevFolded.endsWith(u"关于"_s)
            || (score(prev) == 0
                && (openEnd.matchView(prevFolded).hasMatch() || (endsWithOrgan(prev) && issuerOf(title).isEmpty())));
        if (prev.size() <= 40 && !hasSentenceEnd(prev) && prevFolded != titleFolded && joins) {
            title = prev + title;
            first = head[best - 1];
        }
    }
    if (best + 1 < head.size()) {
        const QString &next = lines[head[best + 1]];
        const QString nextFolded = ChineseText::fold(next);
        if (next.size() <= 20 && !hasSentenceEnd(next) && !ChineseText::fold(title).contains(u"报告"_s)
            && (nextFolded.contains(u"报告"_s) || nextFolded.endsWith(u"情况"_s))) {
            title += next;
            last = head[best + 1];
        }
    }
    // The same title printed again right after (page heading, then article heading).
    const QString key = ChineseText::matchKey(title);
    for (qsizetype h = 0; h < head.size(); ++h) {
        if (head[h] > last && ChineseText::matchKey(lines[head[h]]) == key)
            last = head[h];
    }
    found.title = title;
    found.firstLine = first;
    found.lastLine = last;
    return found;
}

} // namespace pizhu
