// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesetext.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// Pairs of Traditional → Simplified characters found in report headings,
// part names, metadata keys and page chrome.
constexpr char16_t kTraditional[] =
    u"舉與問題責負職計劃報關於設務體規執權進況開項號發佈機構單據點擊頁閉時間國區縣長黨"
    u"級處專業應會當實現將學習貫徹運動營環優強組織領導標準歲訂屆後續總結寫書檢審諮詢議"
    u"決聽證評價監護糾紛調訴訟復範備類覽層數網絡萬億個餘條們為這說對從覺認識統籌謀辦廳"
    u"員門綜鎮鄉產經濟場競爭質綱築轉變風險難礙細嚴態勢輿論擔傳達憲齊稱記錄週啟創緩懸顯"
    u"華陽陰歷屬聯繫係獻參幣額費貸資財稅銷購買賣貿讓請訪訊誤緊線維綠紀約績圍園圖團夠歡"
    u"農醫衛藥療養勞車軍輕載輔輸較邊遠選適違還遲過遼鄰醜鐘錢鐵銀錯鍵鏈閱隊陸際隨雜離雙"
    u"電靈靜預頒頭顧飛館驗髮鬥齡龍眾東兩麼亂僅儲兒內冊凍則剛劇勝匯協卻厲圓堅壞壓壯複奪"
    u"婦媽孫寧寬島嶺幹廣廢彈彙徵懷戰戶拋擁擇擴擾攜斷晉極樣檔歐歸殘氣滅湯溝滿漢潔濫災無"
    u"煙熱燈獨獎畫盡盤確禮禍種積穩簡糧紅紙給絕緣編練繳罰腦臨興舊艱藝蘇補裝製視親觀討訓"
    u"許診試詳誠話語課談諾讀貧貼賠趨躍輪轄連遺釋鑑閒陣階雖雞雲響順頻願飯驅鬆龐";
constexpr char16_t kSimplified[] =
    u"举与问题责负职计划报关于设务体规执权进况开项号发布机构单据点击页闭时间国区县长党"
    u"级处专业应会当实现将学习贯彻运动营环优强组织领导标准岁订届后续总结写书检审咨询议"
    u"决听证评价监护纠纷调诉讼复范备类览层数网络万亿个余条们为这说对从觉认识统筹谋办厅"
    u"员门综镇乡产经济场竞争质纲筑转变风险难碍细严态势舆论担传达宪齐称记录周启创缓悬显"
    u"华阳阴历属联系系献参币额费贷资财税销购买卖贸让请访讯误紧线维绿纪约绩围园图团够欢"
    u"农医卫药疗养劳车军轻载辅输较边远选适违还迟过辽邻丑钟钱铁银错键链阅队陆际随杂离双"
    u"电灵静预颁头顾飞馆验发斗龄龙众东两么乱仅储儿内册冻则刚剧胜汇协却厉圆坚坏压壮复夺"
    u"妇妈孙宁宽岛岭干广废弹汇征怀战户抛拥择扩扰携断晋极样档欧归残气灭汤沟满汉洁滥灾无"
    u"烟热灯独奖画尽盘确礼祸种积稳简粮红纸给绝缘编练缴罚脑临兴旧艰艺苏补装制视亲观讨训"
    u"许诊试详诚话语课谈诺读贫贴赔趋跃轮辖连遗释鉴闲阵阶虽鸡云响顺频愿饭驱松庞";

const QHash<char16_t, char16_t> &traditionalMap()
{
    static const QHash<char16_t, char16_t> map = [] {
        QHash<char16_t, char16_t> m;
        static_assert(std::size(kTraditional) == std::size(kSimplified));
        for (size_t i = 0; i + 1 < std::size(kTraditional); ++i) {
            if (kTraditional[i] != kSimplified[i])
                m.insert(kTraditional[i], kSimplified[i]);
        }
        return m;
    }();
    return map;
}

int digitValue(QChar c)
{
    switch (c.unicode()) {
    case u'〇':
    case u'○':
    case u'零':
    case u'Ｏ':
    case u'O':
    case u'0':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        break;
    }
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    return -1;
}

// "2022" or "二〇二二": four digits of either kind.
int yearFromDigits(QStringView s)
{
    if (s.size() != 4)
        return 0;
    int y = 0;
    for (QChar c : s) {
        const int d = digitValue(c);
        if (d < 0)
            return 0;
        y = y * 10 + d;
    }
    return (y >= 1949 && y <= 2100) ? y : 0;
}

} // namespace

QChar ChineseText::foldWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFF01 + 0x21));
    if (u == 0x3000)
        return QChar(u' ');
    return c;
}

QString ChineseText::foldWidth(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        d[i] = foldWidth(text[i]);
    return out;
}

QString ChineseText::toFullWidth(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.unicode() >= 0x21 && c.unicode() <= 0x7E)
            c = QChar(char16_t(c.unicode() - 0x21 + 0xFF01));
    }
    return out;
}

QString ChineseText::toSimplified(QStringView text)
{
    const auto &map = traditionalMap();
    QString out = text.toString();
    QChar *d = out.data();
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t u = d[i].unicode();
        if (u >= 0x4E00) {
            auto it = map.constFind(u);
            if (it != map.constEnd())
                d[i] = QChar(*it);
        }
    }
    return out;
}

QString ChineseText::matchKey(QStringView text)
{
    const QString f = fold(text);
    QString out;
    out.reserve(f.size());
    for (QChar c : f) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

bool ChineseText::isChineseDigit(QChar c)
{
    switch (c.unicode()) {
    case u'〇':
    case u'○':
    case u'零':
    case u'一':
    case u'二':
    case u'两':
    case u'三':
    case u'四':
    case u'五':
    case u'六':
    case u'七':
    case u'八':
    case u'九':
    case u'十':
    case u'百':
        return true;
    default:
        return false;
    }
}

int ChineseText::parseNumber(QStringView text)
{
    if (text.isEmpty())
        return -1;
    int total = 0;
    int digit = -1;
    for (QChar c : text) {
        if (c == u'百') {
            total += (digit < 0 ? 1 : digit) * 100;
            digit = -1;
        } else if (c == u'十') {
            total += (digit < 0 ? 1 : digit) * 10;
            digit = -1;
        } else {
            const int d = digitValue(c);
            if (d < 0 || (c >= u'0' && c <= u'9'))
                return -1;
            if (d == 0) // 一百零五: the zero only fills a place
                continue;
            if (digit >= 0) // two digits in a row: not a numeral of this form
                return -1;
            digit = d;
        }
    }
    if (digit > 0)
        total += digit;
    return total > 0 ? total : -1;
}

QString ChineseText::numeral(int n)
{
    static const QString digits = u"〇一二三四五六七八九"_s;
    if (n <= 0)
        return QString(digits[0]);
    QString out;
    if (n >= 100) {
        out += digits[n / 100] + u"百"_s;
        n %= 100;
        if (n == 0)
            return out;
        if (n < 10)
            return out + digits[0] + digits[n];
        // 一百一十
        return out + digits[n / 10] + u'十' + (n % 10 ? QString(digits[n % 10]) : QString());
    }
    if (n >= 10) {
        if (n / 10 > 1)
            out += digits[n / 10];
        out += u'十';
        n %= 10;
        if (n == 0)
            return out;
    }
    return out + digits[n];
}

int ChineseText::findYear(QStringView text)
{
    // Arabic and Chinese digits both; 年 must follow directly.
    for (qsizetype i = text.indexOf(u'年'); i >= 0; i = text.indexOf(u'年', i + 1)) {
        if (i < 4)
            continue;
        const QStringView digits = text.mid(i - 4, 4);
        // The year must start at a non-digit boundary: "12022年" is not a year.
        if (i > 4 && digitValue(text[i - 5]) >= 0)
            continue;
        if (int y = yearFromDigits(ChineseText::foldWidth(digits)))
            return y;
    }
    return 0;
}

QDate ChineseText::parseDate(QStringView text)
{
    static const QRegularExpression numeric(
        u"(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})"_s);
    const QString folded = foldWidth(text);
    if (auto m = numeric.match(folded); m.hasMatch()) {
        const QDate d(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        if (d.isValid())
            return d;
    }
    static const QRegularExpression chinese(
        u"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"_s);
    if (auto m = chinese.match(folded); m.hasMatch()) {
        const QDate d(yearFromDigits(m.capturedView(1)), parseNumber(m.capturedView(2)),
                      parseNumber(m.capturedView(3)));
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace pizhu
