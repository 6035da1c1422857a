// SPDX-License-Identifier: GPL-3.0-or-later
#include "chromefilter.h"

#include "chinesetext.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// Words that page tool bars consist of. A line made of nothing else is chrome.
const QStringList &toolbarWords()
{
    static const QStringList words = [] {
        QStringList w = {
            u"扫一扫在手机打开当前页"_s, u"用手机扫描二维码"_s, u"在手机上打开"_s, u"打印本页"_s, u"打印此页"_s,
            u"关闭窗口"_s, u"关闭本页"_s, u"返回顶部"_s, u"我要纠错"_s, u"分享到"_s, u"QQ空间"_s,
            u"新浪微博"_s, u"腾讯微博"_s, u"微信好友"_s, u"朋友圈"_s, u"二维码"_s, u"扫一扫"_s, u"收藏"_s,
            u"分享"_s, u"打印"_s, u"关闭"_s, u"微信"_s, u"微博"_s, u"QQ"_s, u"字体"_s, u"字号"_s,
            u"默认"_s, u"放大"_s, u"缩小"_s, u"纠错"_s, u"保存"_s, u"繁体"_s, u"简体"_s, u"无障碍"_s,
            u"长者模式"_s, u"返回"_s, u"顶部"_s, u"当前页"_s, u"手机版"_s, u"更多"_s, u"more"_s, u"大"_s,
            u"中"_s, u"小"_s,
        };
        // Longest first, so that 打印本页 goes before 打印.
        std::stable_sort(w.begin(), w.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return w;
    }();
    return words;
}

bool onlyToolbarWords(const QString &folded)
{
    if (folded.size() > 60)
        return false;
    QString rest = folded;
    for (const QString &w : toolbarWords())
        rest.remove(w, Qt::CaseInsensitive);
    qsizetype meaningful = 0;
    for (QChar c : std::as_const(rest)) {
        if (c.isLetterOrNumber())
            ++meaningful;
    }
    return meaningful == 0;
}

const QStringList &footerMarks()
{
    static const QStringList marks = {
        u"版权所有"_s, u"copyright"_s, u"©"_s,       u"icp备"_s,    u"icp证"_s,    u"公网安备"_s,
        u"网站标识码"_s, u"主办单位"_s, u"承办单位"_s, u"技术支持"_s, u"联系我们"_s, u"网站地图"_s,
        u"建议使用"_s, u"分辨率"_s,   u"网站声明"_s, u"隐私政策"_s, u"网站纠错"_s, u"政府网站找错"_s,
        u"主办:"_s,    u"承办:"_s,    u"维护:"_s,
    };
    return marks;
}

} // namespace

bool ChromeFilter::isChrome(QStringView line)
{
    const QString folded = ChineseText::fold(line);
    if (folded.isEmpty())
        return true;
    // "……", "...", ">>": leftovers of link lists.
    static const QRegularExpression punctuationOnly(u"^[\\s.…·•>»›<«‹|/\\-—_=*]+$"_s);
    if (punctuationOnly.matchView(folded).hasMatch())
        return true;
    // 【打印】【关闭】, 【字体:大 中 小】: a line of bracketed buttons.
    static const QRegularExpression buttons(u"^(\\s*[【\\[][^】\\]]{0,12}[】\\]]\\s*)+$"_s);
    if (buttons.matchView(folded).hasMatch())
        return true;
    if (onlyToolbarWords(folded))
        return true;
    if (folded.size() <= 160) {
        const QString lower = folded.toLower();
        for (const QString &mark : footerMarks()) {
            if (lower.contains(mark))
                return true;
        }
        // Breadcrumbs: 当前位置：首页 > 政务公开 > …
        if (folded.startsWith(u"当前位置"_s) || folded.startsWith(u"您现在的位置"_s)
            || folded.startsWith(u"您的位置"_s) || folded.startsWith(u"所在位置"_s))
            return true;
        if (folded.contains(u"首页"_s)
            && (folded.contains(u'>') || folded.contains(u'»') || folded.contains(u'›') || folded.contains(u'/')))
            return true;
        if (folded.startsWith(u"上一篇"_s) || folded.startsWith(u"下一篇"_s) || folded.startsWith(u"上一条"_s)
            || folded.startsWith(u"下一条"_s) || folded.startsWith(u"相关链接"_s) || folded.startsWith(u"相关文章"_s)
            || folded.startsWith(u"相关阅读"_s) || folded.startsWith(u"相关信息"_s))
            return true;
    }
    return false;
}

} // namespace pizhu
