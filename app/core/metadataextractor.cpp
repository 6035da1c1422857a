// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadataextractor.h"

#include "chinesetext.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

enum class Field { Ignored, IndexNumber, DocumentNumber, Publisher, Title, Published, Written, Attachment };

// Keys as they appear on government sites (Simplified; the line is folded first).
const QHash<QString, Field> &keys()
{
    static const QHash<QString, Field> map = {
        {u"信息索引号"_s, Field::IndexNumber}, {u"索引号"_s, Field::IndexNumber},
        {u"备注/文号"_s, Field::DocumentNumber}, {u"文号"_s, Field::DocumentNumber},
        {u"发文字号"_s, Field::DocumentNumber}, {u"发文号"_s, Field::DocumentNumber},
        {u"字号"_s, Field::DocumentNumber},
        {u"发布机构"_s, Field::Publisher}, {u"发布单位"_s, Field::Publisher},
        {u"发文机关"_s, Field::Publisher}, {u"发文单位"_s, Field::Publisher},
        {u"所属机构"_s, Field::Publisher}, {u"信息来源"_s, Field::Publisher}, {u"来源"_s, Field::Publisher},
        {u"名称"_s, Field::Title}, {u"标题"_s, Field::Title}, {u"信息名称"_s, Field::Title},
        {u"发布日期"_s, Field::Published}, {u"公布日期"_s, Field::Published},
        {u"发布时间"_s, Field::Published}, {u"公开日期"_s, Field::Published},
        {u"成文日期"_s, Field::Written}, {u"生成日期"_s, Field::Written}, {u"印发日期"_s, Field::Written},
        {u"发文日期"_s, Field::Written},
        {u"附件"_s, Field::Attachment},
        {u"公开方式"_s, Field::Ignored}, {u"公开形式"_s, Field::Ignored}, {u"公开范围"_s, Field::Ignored},
        {u"公开时限"_s, Field::Ignored}, {u"主题分类"_s, Field::Ignored}, {u"体裁分类"_s, Field::Ignored},
        {u"组配分类"_s, Field::Ignored}, {u"服务对象分类"_s, Field::Ignored}, {u"主题词"_s, Field::Ignored},
        {u"关键词"_s, Field::Ignored}, {u"有效性"_s, Field::Ignored}, {u"是否有效"_s, Field::Ignored},
        {u"有效日期"_s, Field::Ignored}, {u"废止日期"_s, Field::Ignored}, {u"点击率"_s, Field::Ignored},
        {u"点击数"_s, Field::Ignored}, {u"浏览次数"_s, Field::Ignored}, {u"访问次数"_s, Field::Ignored},
        {u"阅读次数"_s, Field::Ignored}, {u"作者"_s, Field::Ignored}, {u"所属主题"_s, Field::Ignored},
        {u"分类"_s, Field::Ignored}, {u"时效"_s, Field::Ignored}, {u"内容概述"_s, Field::Ignored},
        {u"责任部门"_s, Field::Ignored}, {u"统一编号"_s, Field::Ignored}, {u"编号"_s, Field::Ignored},
    };
    return map;
}

// Keys that make a line metadata on their own, without a block around them:
// "发布日期：2023-02-01", "来源：区司法局".
bool standsAlone(const QString &key)
{
    static const QStringList solo = {u"发布日期"_s, u"发布时间"_s, u"公布日期"_s, u"来源"_s, u"信息来源"_s,
                                     u"点击率"_s,   u"浏览次数"_s, u"阅读次数"_s, u"作者"_s, u"字号"_s,
                                     u"索引号"_s,   u"文号"_s};
    return solo.contains(key);
}

struct Pair
{
    QString key;
    QString value;
};

struct Candidate
{
    int line = -1;
    QList<Pair> pairs;
    bool loneKey = false; // the line is only a key: its value is on the next line
    bool colon = false; // a key was written with a colon
};

QString stripColon(QString token, bool *had = nullptr)
{
    bool c = false;
    while (token.endsWith(u':')) {
        token.chop(1);
        c = true;
    }
    if (had)
        *had = c;
    return token;
}

// "信息索引号 K1493206-6/2023-26418 公开方式 主动公开" → pairs; nothing when the
// line does not start with a key.
Candidate parseLine(const QString &line, int index)
{
    Candidate cand;
    cand.line = index;
    if (line.size() > 160)
        return cand;
    const QString folded = ChineseText::fold(line);
    static const QRegularExpression space(u"\\s+"_s);
    QStringList tokens;
    for (const QString &raw : folded.split(space, Qt::SkipEmptyParts)) {
        // "发布日期:2023-02-01" → "发布日期:" "2023-02-01"
        const qsizetype colon = raw.indexOf(u':');
        if (colon > 0 && colon + 1 < raw.size() && keys().contains(raw.left(colon))) {
            tokens << raw.left(colon + 1) << raw.mid(colon + 1);
        } else {
            tokens << raw;
        }
    }
    if (tokens.isEmpty())
        return cand;
    for (const QString &token : std::as_const(tokens)) {
        bool colon = false;
        const QString bare = stripColon(token, &colon);
        if (keys().contains(bare)) {
            cand.pairs.append({bare, {}});
            cand.colon = cand.colon || colon;
        } else if (cand.pairs.isEmpty()) {
            return Candidate{index, {}, false, false}; // does not start with a key
        } else {
            Pair &p = cand.pairs.last();
            p.value += (p.value.isEmpty() ? QString() : u" "_s) + token;
        }
    }
    cand.loneKey = cand.pairs.size() == 1 && cand.pairs.front().value.isEmpty();
    return cand;
}

bool isPlausibleValue(const QString &line, const QString &key)
{
    if (keys().value(key) == Field::Title)
        return line.size() <= 120;
    return line.size() <= 60 && !line.contains(u'。');
}

} // namespace

MetadataExtractor::Found MetadataExtractor::extract(const QStringList &lines, QList<bool> &drop)
{
    QList<Candidate> cands;
    for (int i = 0; i < lines.size(); ++i) {
        Candidate c = parseLine(lines[i], i);
        if (!c.pairs.isEmpty())
            cands.append(std::move(c));
    }

    Found found;
    auto assign = [&found](const Pair &p) {
        const QString value = p.value.trimmed();
        if (value.isEmpty())
            return;
        switch (keys().value(p.key)) {
        case Field::IndexNumber:
            if (found.indexNumber.isEmpty())
                found.indexNumber = value;
            break;
        case Field::DocumentNumber:
            if (found.documentNumber.isEmpty())
                found.documentNumber = value;
            break;
        case Field::Publisher:
            // 发布机构 is more precise than 来源; the first of the block wins.
            if (found.publisher.isEmpty())
                found.publisher = value;
            break;
        case Field::Title:
            if (found.title.isEmpty())
                found.title = value;
            break;
        case Field::Published:
            if (!found.published.isValid())
                found.published = ChineseText::parseDate(value);
            break;
        case Field::Written:
            if (!found.written.isValid())
                found.written = ChineseText::parseDate(value);
            break;
        case Field::Attachment:
        case Field::Ignored:
            break;
        }
    };

    for (qsizetype k = 0; k < cands.size(); ++k) {
        Candidate &c = cands[k];
        // A single key counts only inside a block of them, unless it is one that
        // pages print by itself ("发布日期：…").
        const bool nearOther = (k > 0 && c.line - cands[k - 1].line <= 3)
            || (k + 1 < cands.size() && cands[k + 1].line - c.line <= 3);
        const bool accepted = c.pairs.size() >= 2 || nearOther
            || (standsAlone(c.pairs.front().key) && (c.colon || c.loneKey) && lines[c.line].size() <= 60);
        if (!accepted)
            continue;
        drop[c.line] = true;
        if (c.loneKey) {
            // Key and value on separate lines; an empty value shows as the next key.
            const int next = c.line + 1;
            const bool nextIsKey = k + 1 < cands.size() && cands[k + 1].line == next;
            const QString &key = c.pairs.front().key;
            if (keys().value(key) != Field::Attachment && next < lines.size() && !nextIsKey
                && isPlausibleValue(lines[next], key)) {
                c.pairs.front().value = lines[next];
                drop[next] = true;
            }
        }
        for (const Pair &p : std::as_const(c.pairs))
            assign(p);
    }
    return found;
}

} // namespace pizhu
