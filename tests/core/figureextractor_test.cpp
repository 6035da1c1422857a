// SPDX-License-Identifier: GPL-3.0-or-later
// Figures: the indicators a careful reader marks in the sample report, each
// rule on a sentence of its own, and what must never be taken for a figure.
#include "figureextractor.h"
#include "reportreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

struct Expected
{
    QString label;
    QString value;
    QString unit;
};

// Every figure of the sample, in document order, as a careful reader would
// name it: the indicator, the number as written and its unit.
QList<Expected> sampleFigures()
{
    QList<Expected> out;
    auto row = [&out](const QString &label, const QString &value, const QString &unit) {
        out.append({ label, value, unit });
    };
    // (一)1 政府机构职能高效协同: a shared value (均100%)
    row(u"属地管理责任清单事项"_s, u"96"_s, u"个"_s);
    row(u"监管事项认领率"_s, u"100"_s, u"%"_s);
    row(u"行政检查事项覆盖率"_s, u"100"_s, u"%"_s);
    // (一)2 “放管服”改革: quoted programmes open their clauses
    row(u"权限事项"_s, u"1122"_s, u"项"_s);
    row(u"一网通办率"_s, u"97.1"_s, u"%"_s);
    row(u"为企服务"_s, u"5625"_s, u"次"_s);
    row(u"助企纾困"_s, u"28"_s, u"条"_s);
    row(u"线上兑付资金"_s, u"10.33"_s, u"亿元"_s);
    row(u"双随机监管信用规则关联率"_s, u"96.9"_s, u"%"_s);
    row(u"部门联合率"_s, u"21.75"_s, u"%"_s);
    row(u"掌上执法检查率"_s, u"99.99"_s, u"%"_s);
    // (一)3 法治化营商环境
    row(u"存量文件"_s, u"79"_s, u"件"_s);
    row(u"增量文件"_s, u"13"_s, u"件"_s);
    row(u"法治体检企业"_s, u"4231"_s, u"家"_s);
    row(u"法律咨询"_s, u"4068"_s, u"件"_s);
    // (一)5 依法治网
    row(u"运河净网系列专项行动"_s, u"26"_s, u"个"_s);
    // (二)1 “两高一低”专项整治
    row(u"复议案件"_s, u"164"_s, u"件"_s);
    row(u"案前案中调撤"_s, u"73"_s, u"件"_s);
    row(u"综合调解率"_s, u"34.6"_s, u"%"_s);
    row(u"复议纠错"_s, u"7"_s, u"件"_s);
    row(u"纠错率"_s, u"4.27"_s, u"%"_s);
    row(u"一审行政诉讼"_s, u"157"_s, u"件"_s);
    row(u"败诉率"_s, u"6.37"_s, u"%"_s);
    row(u"经调解原告自愿申请撤诉"_s, u"57"_s, u"件"_s);
    row(u"调撤率"_s, u"36.3"_s, u"%"_s);
    row(u"一审行政诉讼负责人出庭率"_s, u"100"_s, u"%"_s);
    // (二)2 大调解体系: 余, 万元
    row(u"商户"_s, u"2000余"_s, u"家"_s);
    row(u"矛盾"_s, u"324"_s, u"起"_s);
    row(u"行政调解案件"_s, u"59269"_s, u"件"_s);
    row(u"调解成功"_s, u"46376"_s, u"件"_s);
    row(u"调解成功率"_s, u"78.25"_s, u"%"_s);
    row(u"涉案金额"_s, u"4568"_s, u"万元"_s);
    // (三)1 行政规范性文件
    row(u"区本级行政规范性文件制定主体"_s, u"52"_s, u"个"_s);
    row(u"区级行政规范性文件"_s, u"152"_s, u"个"_s);
    row(u"区级行政规范性文件"_s, u"10"_s, u"个"_s);
    row(u"部门、街道行政规范性文件"_s, u"18"_s, u"个"_s);
    row(u"立法征求意见"_s, u"20余"_s, u"个"_s);
    // (三)2 重大行政决策: names after the count (3个区政府事项), 余, 件次
    row(u"区政府事项"_s, u"3"_s, u"个"_s);
    row(u"部门事项"_s, u"5"_s, u"个"_s);
    row(u"合同审查"_s, u"10余"_s, u"次"_s);
    row(u"区政府行政合同"_s, u"40余"_s, u"件"_s);
    row(u"其他区级涉法事务"_s, u"70余"_s, u"件次"_s);
    // (四)1 行政执法改革: two names paired with two values in order
    row(u"街道"_s, u"18"_s, u"个"_s);
    row(u"执法队伍编制下沉比例"_s, u"74.42"_s, u"%"_s);
    row(u"执法人员下沉比例"_s, u"69.44"_s, u"%"_s);
    row(u"区行政执法事项总清单"_s, u"5861"_s, u"项"_s);
    row(u"新划转事项案件"_s, u"1062"_s, u"件"_s);
    row(u"监管事项"_s, u"8200余"_s, u"条"_s);
    // (四)2 行政执法规范化
    row(u"行政执法证"_s, u"1831"_s, u"张"_s);
    row(u"行政执法案卷"_s, u"112"_s, u"个"_s);
    row(u"案卷"_s, u"54"_s, u"个"_s);
    // (五)1 政府督查: X等Y names Y
    row(u"区长专项调研督查活动"_s, u"50余"_s, u"次"_s);
    row(u"交办单"_s, u"51"_s, u"件"_s);
    row(u"省市区三级民生实事任务半月督办"_s, u"76"_s, u"项"_s);
    row(u"市级重大督查问题清单"_s, u"78"_s, u"件"_s);
    row(u"政府工作报告任务"_s, u"108"_s, u"项"_s);
    row(u"八大专项行动任务"_s, u"200"_s, u"项"_s);
    // (五)2 政务公开
    row(u"信息"_s, u"21506"_s, u"条"_s);
    row(u"政策解读"_s, u"116"_s, u"条"_s);
    row(u"依申请公开"_s, u"51"_s, u"件"_s);
    // (六)1 依法行政能力
    row(u"区人大及其常委会任命国家工作人员"_s, u"42"_s, u"名"_s);
    row(u"区政府常务会议讲法"_s, u"4"_s, u"次"_s);
    // (六)2 普法依法治理: 省级 completes itself from the figure before
    row(u"省市公民法治素养观测点"_s, u"3"_s, u"个"_s);
    row(u"全国民主法治社区"_s, u"1"_s, u"个"_s);
    row(u"省级民主法治社区"_s, u"5"_s, u"个"_s);
    // 三、第一责任人
    row(u"单位"_s, u"2"_s, u"家"_s);
    row(u"区政府负责人出庭率"_s, u"100"_s, u"%"_s);
    row(u"街道"_s, u"18"_s, u"个"_s);
    row(u"制度、机制"_s, u"19"_s, u"项"_s);
    row(u"单位"_s, u"10"_s, u"家"_s);
    // 四、下一年度安排: a target
    row(u"行政机关负责人出庭应诉率"_s, u"100"_s, u"%"_s);
    return out;
}

const Report &sample()
{
    static const Report report
        = ReportReader::read(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt")).value();
    return report;
}

const QList<Figure> &sampleExtracted()
{
    static const QList<Figure> figures = FigureExtractor::extract(sample());
    return figures;
}

// "label value+unit | …": the figures of a sentence, compact enough for a table.
QString describe(const QList<Figure> &figures)
{
    QStringList parts;
    for (const Figure &f : figures)
        parts << f.label + u' ' + f.value + f.unit;
    return parts.join(u" | "_s);
}

const Figure *findFigure(
    const QList<Figure> &figures, const QString &label, const QString &value, const QString &unit)
{
    for (const Figure &f : figures) {
        if (f.label == label && f.value == value && f.unit == unit)
            return &f;
    }
    return nullptr;
}

} // namespace

class FigureExtractorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleFigure_data();
    void sampleFigure();
    void sampleInDocumentOrder();
    void sampleCount();
    void sampleDetails();
    void sampleOffsets();
    void sampleNotFigures_data();
    void sampleNotFigures();
    void rules_data();
    void rules();
    void normalized_data();
    void normalized();
    void notFigures_data();
    void notFigures();
    void paragraphOffsets();
};

void FigureExtractorTest::sampleFigure_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");
    int n = 0;
    for (const Expected &e : sampleFigures())
        QTest::addRow("%02d %s", ++n, qPrintable(e.label + u' ' + e.value + e.unit))
            << e.label << e.value << e.unit;
}

void FigureExtractorTest::sampleFigure()
{
    QFETCH(QString, label);
    QFETCH(QString, value);
    QFETCH(QString, unit);
    QVERIFY2(findFigure(sampleExtracted(), label, value, unit), qPrintable(describe(sampleExtracted())));
}

void FigureExtractorTest::sampleInDocumentOrder()
{
    const QList<Figure> &figures = sampleExtracted();
    const QList<Expected> expected = sampleFigures();
    QCOMPARE(figures.size(), expected.size());
    for (qsizetype i = 0; i < figures.size(); ++i) {
        QCOMPARE(figures[i].label, expected[i].label);
        QCOMPARE(figures[i].value + figures[i].unit, expected[i].value + expected[i].unit);
        if (i > 0)
            QVERIFY(figures[i - 1].start <= figures[i].start);
    }
}

void FigureExtractorTest::sampleCount()
{
    // The issue asks for at least 60; far more would mean noise (years, labels).
    const qsizetype n = sampleExtracted().size();
    QVERIFY2(n >= 60 && n <= 90, qPrintable(QString::number(n)));
    QVERIFY(sampleFigures().size() >= 60);
}

void FigureExtractorTest::sampleDetails()
{
    const QList<Figure> &figures = sampleExtracted();
    const Figure *funds = findFigure(figures, u"线上兑付资金"_s, u"10.33"_s, u"亿元"_s);
    QVERIFY(funds);
    QCOMPARE(funds->kind, Figure::Kind::Amount);
    QCOMPARE(funds->normalized, 1.033e9);
    QVERIFY(!funds->approximate);
    QVERIFY(!funds->isRange());
    QCOMPARE(funds->part, PartRole::Measures);
    QCOMPARE(funds->sectionLabel, u"(一)"_s);
    QCOMPARE(funds->sectionTitle, u"激发新活力,依法全面履行政府职能"_s);
    QCOMPARE(funds->section(), u"(一)激发新活力,依法全面履行政府职能"_s);
    QCOMPARE(funds->sentence, u"出台助企纾困28条等惠企政策,“亲清在线”线上兑付资金10.33亿元。"_s);
    QVERIFY(funds->headingPath.endsWith(u"2.“放管服”改革不断深化"_s));

    const Figure *rate = findFigure(figures, u"一网通办率"_s, u"97.1"_s, u"%"_s);
    QVERIFY(rate);
    QCOMPARE(rate->kind, Figure::Kind::Percentage);
    QCOMPARE(rate->normalized, 97.1);

    const Figure *amount = findFigure(figures, u"涉案金额"_s, u"4568"_s, u"万元"_s);
    QVERIFY(amount);
    QCOMPARE(amount->normalized, 4.568e7);

    const Figure *merchants = findFigure(figures, u"商户"_s, u"2000余"_s, u"家"_s);
    QVERIFY(merchants);
    QVERIFY(merchants->approximate);
    QCOMPARE(merchants->normalized, 2000.0);
    QCOMPARE(merchants->kind, Figure::Kind::Count);

    const Figure *certificates = findFigure(figures, u"行政执法证"_s, u"1831"_s, u"张"_s);
    QVERIFY(certificates);
    QCOMPARE(certificates->sentence,
        u"落实“基层行政执法规范年行动”,开展行政执法主体和证件清理工作,现有行政执法证1831张。"_s);
    QCOMPARE(certificates->sectionLabel, u"(四)"_s);

    // One value, two names: two figures on the same text.
    const Figure *claimed = findFigure(figures, u"监管事项认领率"_s, u"100"_s, u"%"_s);
    const Figure *covered = findFigure(figures, u"行政检查事项覆盖率"_s, u"100"_s, u"%"_s);
    QVERIFY(claimed && covered);
    QCOMPARE(claimed->start, covered->start);
    QCOMPARE(claimed->sentence, covered->sentence);

    // Two names, two values, in order.
    const Figure *posts = findFigure(figures, u"执法队伍编制下沉比例"_s, u"74.42"_s, u"%"_s);
    const Figure *staff = findFigure(figures, u"执法人员下沉比例"_s, u"69.44"_s, u"%"_s);
    QVERIFY(posts && staff);
    QVERIFY(posts->end < staff->start);

    // The parts by role: the leaders' duties and next year's plans have figures too.
    QCOMPARE(figures.back().part, PartRole::Plans);
    QCOMPARE(figures.back().label, u"行政机关负责人出庭应诉率"_s);
    const Figure *court = findFigure(figures, u"区政府负责人出庭率"_s, u"100"_s, u"%"_s);
    QVERIFY(court);
    QCOMPARE(court->part, PartRole::Leadership);
    QCOMPARE(court->section(), u"(一)强化统筹谋划,绘好“路线图”"_s);
    for (const Figure &f : figures) {
        QVERIFY(!f.label.isEmpty());
        QVERIFY(f.part != PartRole::None);
        QVERIFY(f.sentence.contains(f.value + f.unit));
    }
}

void FigureExtractorTest::sampleOffsets()
{
    const Report &report = sample();
    for (const Figure &f : sampleExtracted()) {
        QCOMPARE(report.canonicalText.mid(f.start, f.end - f.start), f.value + f.unit);
        QVERIFY(report.canonicalText.indexOf(f.sentence) >= 0);
    }
}

void FigureExtractorTest::sampleNotFigures_data()
{
    // Text of the sample that has digits or numerals and is no indicator.
    QTest::addColumn<QString>("text");
    for (const QString &s : { u"2022年以来"_s, u"2022年度"_s, u"2023年度"_s, u"第六届"_s, u"第四届"_s,
             u"二十大"_s, u"最多80天"_s, u"1+5"_s, u"1 Call"_s, u"1 call"_s, u"三项制度"_s, u"1+N"_s,
             u"首批"_s, u"1.政府机构职能高效协同"_s, u"《2022年法治拱墅建设重点工作清单》"_s, u"三级"_s,
             u"一件事"_s, u"一支队伍"_s, u"二等奖"_s, u"八大"_s })
        QTest::newRow(qPrintable(s)) << s;
}

void FigureExtractorTest::sampleNotFigures()
{
    QFETCH(QString, text);
    const QString &canonical = sample().canonicalText;
    qsizetype at = canonical.indexOf(text);
    QVERIFY2(at >= 0, "the sample has this text");
    for (; at >= 0; at = canonical.indexOf(text, at + 1)) {
        for (const Figure &f : sampleExtracted())
            QVERIFY2(
                f.end <= at || f.start >= at + text.size(), qPrintable(f.label + u' ' + f.value + f.unit));
    }
}

void FigureExtractorTest::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("figures");
    QTest::newRow("issue: one value shared by listed names")
        << u"监管事项认领率、行政检查事项覆盖率均100%。"_s
        << u"监管事项认领率 100% | 行政检查事项覆盖率 100%"_s;
    QTest::newRow("issue: listed names paired with listed values")
        << u"编制、人员下沉比例达74.42%、69.44%。"_s << u"编制下沉比例 74.42% | 人员下沉比例 69.44%"_s;
    QTest::newRow("分别为, and a shared measure of its own")
        << u"复议、诉讼案件分别为120件、80件,受理、办结率均达98%。"_s
        << u"复议案件 120件 | 诉讼案件 80件 | 受理率 98% | 办结率 98%"_s;
    QTest::newRow("the verb before the object goes") << u"办理案件120件。"_s << u"案件 120件"_s;
    QTest::newRow("subject, adverb and quantifier go")
        << u"区政府门户网站共公开各类信息21506条。"_s << u"信息 21506条"_s;
    QTest::newRow("a quoted programme opening the clause is its subject")
        << u"“亲清在线”线上兑付资金10.33亿元。"_s << u"线上兑付资金 10.33亿元"_s;
    QTest::newRow("a quoted name with a suffix is the name")
        << u"“一网通办”率达97.1%。"_s << u"一网通办率 97.1%"_s;
    QTest::newRow("a quoted name after the verb stays")
        << u"开展“运河净网”系列专项行动26个。"_s << u"运河净网系列专项行动 26个"_s;
    QTest::newRow("X等Y names Y") << u"落实“互联网+督查”等交办单51件。"_s << u"交办单 51件"_s;
    QTest::newRow("name after the count") << u"为2000余家商户提供法律服务。"_s << u"商户 2000余家"_s;
    QTest::newRow("name after the count, up to the verb")
        << u"对民政局等10家单位开展法治专项巡察。"_s << u"单位 10家"_s;
    QTest::newRow("name after the count, a long one") << u"42名区人大及其常委会任命国家工作人员向宪法宣誓。"_s
                                                      << u"区人大及其常委会任命国家工作人员 42名"_s;
    QTest::newRow("names after counts in a list")
        << u"对3个区政府事项、5个部门事项实行目录化管理。"_s << u"区政府事项 3个 | 部门事项 5个"_s;
    QTest::newRow("the name after 的") << u"95%的事项实现网上办理。"_s << u"事项 95%"_s;
    QTest::newRow("a bare level completes itself")
        << u"创建全国民主法治社区1个,省级5个。"_s << u"全国民主法治社区 1个 | 省级民主法治社区 5个"_s;
    QTest::newRow("a change names the figure before")
        << u"全市共办理行政复议案件1,234件,同比增长12.5%。"_s
        << u"行政复议案件 1,234件 | 行政复议案件同比增长 12.5%"_s;
    QTest::newRow("a comparison keeps its words") << u"比法定时限减少76.8%。"_s << u"比法定时限减少 76.8%"_s;
    QTest::newRow("a bare verb takes the object before")
        << u"全年共收到行政复议申请523件,受理478件,审结465件,其中维持312件。"_s
        << u"行政复议申请 523件 | 受理行政复议申请 478件 | 审结行政复议申请 465件 | 维持 312件"_s;
    QTest::newRow("bounds are markers")
        << u"培训时长不少于40学时,调解成功率达98%以上。"_s << u"培训时长 40学时 | 调解成功率 98%"_s;
    QTest::newRow("an attribute stays with its verb")
        << u"办理时间压缩至3至5个工作日。"_s << u"办理时间 3至5个工作日"_s;
    QTest::newRow("percent in words")
        << u"百分之九十五点五的事项实现网上办理。"_s << u"事项 九十五点五百分之"_s;
    QTest::newRow("Chinese numerals that count")
        << u"两家单位入选,十余项改革落地。"_s << u"单位 两家 | 改革 十余项"_s;
    QTest::newRow("multipliers and 约")
        << u"新增市场主体1.2万户,惠及群众约4.6万人次。"_s << u"市场主体 1.2万户 | 群众 4.6万人次"_s;
    QTest::newRow("余 before the multiplier") << u"挽回经济损失3000余万元。"_s << u"经济损失 3000余万元"_s;
    QTest::newRow("full-width and Traditional, kept as written")
        << u"“一網通辦”率達９７．１％,辦理案件１２０件。"_s << u"一網通辦率 ９７．１％ | 案件 １２０件"_s;
    QTest::newRow("a concrete noun beats an abstract one")
        << u"18个街道法治化综合改革全覆盖。"_s << u"街道 18个"_s;
    QTest::newRow("no name anywhere: the words after")
        << u"57件经调解原告自愿申请撤诉。"_s << u"经调解原告自愿申请撤诉 57件"_s;
    QTest::newRow("score, multiple, area") << u"综合得分98.5分,受理量增长1.5倍,新增绿地12.5平方公里。"_s
                                           << u"综合得分 98.5分 | 受理量增长 1.5倍 | 绿地 12.5平方公里"_s;
    QTest::newRow("listed changes pair with the figures before")
        << u"发生生产安全事故6起、死亡5人,同比分别下降25%和28.6%。"_s
        << u"发生生产安全事故 6起 | 死亡 5人 | 发生生产安全事故同比下降 25% | 死亡同比下降 28.6%"_s;
    QTest::newRow("a change keeps its words, a level does not")
        << u"满意度较上年提高1.6个百分点,权重提高至5%。"_s << u"满意度较上年提高 1.6个百分点 | 权重 5%"_s;
    QTest::newRow("from one value to another")
        << u"审批时限由40个工作日压缩至15个工作日。"_s << u"审批时限 40个工作日 | 审批时限 15个工作日"_s;
    QTest::newRow("one unit for two numbers")
        << u"受理、办结120、115件,分别下降2.1个和1.8个百分点。"_s
        << u"受理 120件 | 办结 115件 | 受理下降 2.1个百分点 | 办结下降 1.8个百分点"_s;
    QTest::newRow("和 joins measures, not words")
        << u"参考率和合格率均为100%,报备率、及时率均达100%。"_s
        << u"参考率 100% | 合格率 100% | 报备率 100% | 及时率 100%"_s;
    QTest::newRow("overlapping verbs: the later, longer one")
        << u"协调处理欠薪投诉89件。"_s << u"欠薪投诉 89件"_s;
    QTest::newRow("a rate of the verb's action keeps the verb")
        << u"调处矛盾纠纷5263件,调处成功率98.4%。"_s << u"矛盾纠纷 5263件 | 调处成功率 98.4%"_s;
    QTest::newRow("the name after a clause with 的")
        << u"年内对不少于2项已实施的重大行政决策开展后评估。"_s << u"重大行政决策 2项"_s;
    QTest::newRow("a count that leaves out its noun")
        << u"全县14个司法所中有5个仅配备1名工作人员。"_s << u"司法所 14个 | 司法所 5个 | 工作人员 1名"_s;
    QTest::newRow("the name after a count stops at the next verb")
        << u"向9个街道下放行政执法事项173项。"_s << u"街道 9个 | 行政执法事项 173项"_s;
    QTest::newRow("和 inside a name after a count")
        << u"82名部门和街道主要负责人书面述法。"_s << u"部门和街道主要负责人 82名"_s;
    QTest::newRow("brackets inside a name")
        << u"在9个街道(镇)便民服务中心设置窗口。"_s << u"街道(镇)便民服务中心 9个"_s;
    QTest::newRow("an enumeration opening the clause")
        << u"二是组织全县行政执法人员资格考试2次。"_s << u"行政执法人员资格考试 2次"_s;
}

void FigureExtractorTest::rules()
{
    QFETCH(QString, text);
    QFETCH(QString, figures);
    QCOMPARE(describe(FigureExtractor::extractFromParagraph(text)), figures);
}

void FigureExtractorTest::normalized_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("normalized");
    QTest::addColumn<double>("normalizedTo");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<Figure::Kind>("kind");
    using K = Figure::Kind;
    QTest::newRow("亿元") << u"兑付资金10.33亿元"_s << u"10.33"_s << u"亿元"_s << 1.033e9 << 1.033e9 << false
                          << K::Amount;
    QTest::newRow("万元") << u"涉案金额4568万元"_s << u"4568"_s << u"万元"_s << 4.568e7 << 4.568e7 << false
                          << K::Amount;
    QTest::newRow("元") << u"人均5000元"_s << u"5000"_s << u"元"_s << 5000.0 << 5000.0 << false << K::Amount;
    QTest::newRow("%") << u"率达97.1%"_s << u"97.1"_s << u"%"_s << 97.1 << 97.1 << false << K::Percentage;
    QTest::newRow("‰ as a percentage")
        << u"发生率5‰"_s << u"5"_s << u"‰"_s << 0.5 << 0.5 << false << K::Percentage;
    QTest::newRow("百分点") << u"提高5个百分点"_s << u"5"_s << u"个百分点"_s << 5.0 << 5.0 << false
                            << K::Percentage;
    QTest::newRow("百分之") << u"百分之九十五点五"_s << u"九十五点五"_s << u"百分之"_s << 95.5 << 95.5
                            << false << K::Percentage;
    QTest::newRow("余") << u"为2000余家商户"_s << u"2000余"_s << u"家"_s << 2000.0 << 2000.0 << true
                        << K::Count;
    QTest::newRow("多") << u"服务企业20多家"_s << u"20多"_s << u"家"_s << 20.0 << 20.0 << true << K::Count;
    QTest::newRow("约 and 万人次") << u"惠及群众约4.6万人次"_s << u"4.6"_s << u"万人次"_s << 46000.0
                                   << 46000.0 << true << K::Count;
    QTest::newRow("以上") << u"满意率98%以上"_s << u"98"_s << u"%"_s << 98.0 << 98.0 << true << K::Percentage;
    QTest::newRow("range 至") << u"压缩至3至5个工作日"_s << u"3至5"_s << u"个工作日"_s << 3.0 << 5.0 << false
                              << K::Duration;
    QTest::newRow("range -") << u"培育3-5个示范点"_s << u"3-5"_s << u"个"_s << 3.0 << 5.0 << false
                             << K::Count;
    QTest::newRow("thousands") << u"办理案件1,234件"_s << u"1,234"_s << u"件"_s << 1234.0 << 1234.0 << false
                               << K::Count;
    QTest::newRow("十余") << u"十余项改革"_s << u"十余"_s << u"项"_s << 10.0 << 10.0 << true << K::Count;
    QTest::newRow("二十三") << u"二十三个部门"_s << u"二十三"_s << u"个"_s << 23.0 << 23.0 << false
                            << K::Count;
    QTest::newRow("两") << u"两家单位"_s << u"两"_s << u"家"_s << 2.0 << 2.0 << false << K::Count;
    QTest::newRow("3000余万元") << u"挽回损失3000余万元"_s << u"3000余"_s << u"万元"_s << 3e7 << 3e7 << true
                                << K::Amount;
    QTest::newRow("10万余元") << u"挽回损失10万余元"_s << u"10余"_s << u"万元"_s << 1e5 << 1e5 << true
                              << K::Amount;
    QTest::newRow("万 alone") << u"惠及群众1.5万"_s << u"1.5"_s << u"万"_s << 15000.0 << 15000.0 << false
                              << K::Count;
    QTest::newRow("score") << u"综合得分98.5分"_s << u"98.5"_s << u"分"_s << 98.5 << 98.5 << false
                           << K::Measure;
}

void FigureExtractorTest::normalized()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(QString, unit);
    QFETCH(double, normalized);
    QFETCH(double, normalizedTo);
    QFETCH(bool, approximate);
    QFETCH(Figure::Kind, kind);
    const QList<Figure> figures = FigureExtractor::extractFromParagraph(text);
    QCOMPARE(figures.size(), 1);
    const Figure &f = figures.front();
    QCOMPARE(f.value, value);
    QCOMPARE(f.unit, unit);
    QCOMPARE(f.normalized, normalized);
    QCOMPARE(f.normalizedTo, normalizedTo);
    QCOMPARE(f.isRange(), normalizedTo != normalized);
    QCOMPARE(f.approximate, approximate);
    QCOMPARE(f.kind, kind);
}

void FigureExtractorTest::notFigures_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("years") << u"2022年以来,2021-2025年规划,2022年度,二〇二三年。"_s;
    QTest::newRow("dates and times") << u"发布日期:2023-02-01 15:35:07,2023年2月1日,1-6月,5月10日。"_s;
    QTest::newRow("ordinals") << u"获第六届中国“法治政府奖”,排名第3名,位列前3名,首批试点。"_s;
    QTest::newRow("item labels") << u"1.政府机构职能高效协同;(2)规范执法;一是强化,二是深化。"_s;
    QTest::newRow("document numbers")
        << u"索引号K1493206-6/2023-26418,杭政办〔2022〕12号,浙政发[2022]5号。"_s;
    QTest::newRow("phone numbers") << u"电话0571-85463215,拨打12345热线,110报警。"_s;
    QTest::newRow("codes and formulas") << u"整合“1+5”执法队伍,建设5G基站,打造1+N矩阵,3.0版本。"_s;
    QTest::newRow("names in quotes and titles") << u"“最多80天”改革,《2022年重点工作清单》,“三项制度”。"_s;
    QTest::newRow("set phrases") << u"增强四个意识、坚定四个自信、做到两个维护,落实三项制度。"_s;
    QTest::newRow("numerals that are words")
        << u"一网通办,一件事,十分重要,三级联动,十四五规划,党的二十大,三个月内办结。"_s;
}

void FigureExtractorTest::notFigures()
{
    QFETCH(QString, text);
    QCOMPARE(describe(FigureExtractor::extractFromParagraph(text)), QString());
}

void FigureExtractorTest::paragraphOffsets()
{
    const QString text = u"审结复议案件164件,纠错率4.27%。"_s;
    const QList<Figure> figures = FigureExtractor::extractFromParagraph(text);
    QCOMPARE(figures.size(), 2);
    QCOMPARE(text.mid(figures[0].start, figures[0].end - figures[0].start), u"164件"_s);
    QCOMPARE(text.mid(figures[1].start, figures[1].end - figures[1].start), u"4.27%"_s);
    QCOMPARE(figures[1].sentence, text);
    QCOMPARE(figures[0].part, PartRole::None);
    QVERIFY(figures[0].section().isEmpty());
}

QTEST_GUILESS_MAIN(FigureExtractorTest)
#include "figureextractor_test.moc"
