// SPDX-License-Identifier: GPL-3.0-or-later
// Re-anchoring against realistic edits of the sample report. For every anchor
// the test knows where its text went (EditedText tracks each character) or
// that it is gone; a placement must be exactly that span or an orphan, never
// anything else.
#include "anchorfactory.h"
#include "reanchorer.h"
#include "reanchorfixtures.h"
#include "reportparser.h"
#include "textloader.h"

#include <QTest>
#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pizhu;
using namespace pizhu::reanchorfixtures;

namespace {

using How = Reanchorer::Placement::How;

const Report &sample()
{
    static const Report r = [] {
        auto loaded
            = TextLoader::load(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
        if (!loaded)
            qFatal("cannot read the sample");
        return ReportParser::parse(loaded->text);
    }();
    return r;
}

struct EditedVersion
{
    explicit EditedVersion(const Version &v)
        : name(QString::fromLatin1(v.name))
        , edited(sample().canonicalText)
    {
        v.edit(edited);
        raw = v.dress == Version::Dress::None
            ? edited.text()
            : dressAsPage(edited.text(), v.dress == Version::Dress::PageRepeated);
        report = ReportParser::parse(raw);
        reanchorer = std::make_unique<Reanchorer>(report, sample().canonicalText.size());
    }

    QString name;
    EditedText edited;
    QString raw;
    Report report;
    std::unique_ptr<Reanchorer> reanchorer;
};

struct Fixture
{
    QList<AnchorSpec> specs = anchorSpecs();
    QList<Anchor> anchors;
    std::vector<std::unique_ptr<EditedVersion>> versions;
};

const Fixture &fixture()
{
    static const Fixture f = [] {
        Fixture fx;
        for (const AnchorSpec &spec : std::as_const(fx.specs)) {
            const auto [start, end] = locate(sample().canonicalText, spec);
            if (start < 0)
                qFatal("anchor %s: locator not found exactly once", spec.name);
            fx.anchors.append(AnchorFactory::create(sample(), start, end));
        }
        for (const Version &v : versions())
            fx.versions.push_back(std::make_unique<EditedVersion>(v));
        return fx;
    }();
    return f;
}

enum class Outcome { Right, Orphaned, Wrong };

struct Judged
{
    Outcome outcome = Outcome::Wrong;
    EditedText::Expected expected;
    Reanchorer::Placement placement;
};

Judged judge(const EditedVersion &v, const Anchor &anchor)
{
    Judged j;
    j.expected = v.edited.expected(anchor.start, anchor.end);
    j.placement = v.reanchorer->place(anchor);
    if (j.placement.isOrphan())
        j.outcome = Outcome::Orphaned;
    else if (v.edited.placedRight(anchor.start, anchor.end, j.placement.start, j.placement.end))
        j.outcome = Outcome::Right;
    return j;
}

QString describe(const EditedVersion &v, const Anchor &anchor, const Judged &j)
{
    const QString &text = v.report.canonicalText;
    const QString expected = j.expected.gone()
        ? u"gone"_s
        : u"[%1,%2) «%3»"_s.arg(j.expected.start)
              .arg(j.expected.end)
              .arg(text.mid(j.expected.start, j.expected.end - j.expected.start));
    const QString placed = j.placement.isOrphan()
        ? u"orphan"_s
        : u"[%1,%2) «%3» how %4 score %5"_s.arg(j.placement.start)
              .arg(j.placement.end)
              .arg(text.mid(j.placement.start, j.placement.end - j.placement.start))
              .arg(int(j.placement.how))
              .arg(j.placement.score, 0, 'f', 2);
    return u"quote «%1»: expected %2, placed %3"_s.arg(anchor.exact, expected, placed);
}

// Where nothing the quotes consist of changes, every anchor must be placed.
bool mustPlaceAll(const QString &version)
{
    return version == u"unchanged"_s || version == u"paragraph-inserted"_s
        || version == u"punctuation-widened"_s || version == u"converted-page"_s;
}

} // namespace

class ReanchorerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editedVersionsParseBack();
    void placement_data();
    void placement();
    void rate();
    void how_data();
    void how();
    void placedAnchorIsFresh();
    void shortQuoteNeverFuzzy();
    void emptyAnchorIsOrphan();
    void contextChoosesAmongCopies();
};

void ReanchorerTest::editedVersionsParseBack()
{
    // The expectations hold for the edited text; the parser must give it back.
    for (const auto &v : fixture().versions)
        QVERIFY2(v->report.canonicalText == v->edited.text(), qPrintable(v->name));
}

void ReanchorerTest::placement_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("anchor");
    const Fixture &f = fixture();
    for (int v = 0; v < int(f.versions.size()); ++v) {
        for (int a = 0; a < f.specs.size(); ++a)
            QTest::addRow("%s/%s", qPrintable(f.versions[size_t(v)]->name), f.specs[a].name) << v << a;
    }
}

void ReanchorerTest::placement()
{
    QFETCH(int, version);
    QFETCH(int, anchor);
    const EditedVersion &v = *fixture().versions[size_t(version)];
    const Anchor &old = fixture().anchors[anchor];
    const Judged j = judge(v, old);
    QVERIFY2(j.outcome != Outcome::Wrong, qPrintable(describe(v, old, j)));
    if (j.expected.gone())
        QVERIFY2(j.placement.isOrphan(), qPrintable(describe(v, old, j)));
    if (mustPlaceAll(v.name))
        QVERIFY2(j.outcome == Outcome::Right, qPrintable(describe(v, old, j)));
    if (v.name == u"unchanged"_s)
        QCOMPARE(j.placement.how, How::Position);
}

void ReanchorerTest::rate()
{
    const Fixture &f = fixture();
    int existing = 0, right = 0, wrong = 0;
    qInfo().noquote() << u"%1 %2 %3 %4 %5 %6   by position/quote/fuzzy in section/fuzzy anywhere"_s
                             .arg(u"version"_s, -22)
                             .arg(u"exist"_s, 6)
                             .arg(u"right"_s, 6)
                             .arg(u"orphan"_s, 7)
                             .arg(u"gone→orphan"_s, 12)
                             .arg(u"wrong"_s, 6);
    for (const auto &v : f.versions) {
        int vExisting = 0, vRight = 0, vOrphan = 0, vGone = 0, vGoneOrphan = 0, vWrong = 0;
        QList<int> how(5, 0);
        for (const Anchor &a : f.anchors) {
            const Judged j = judge(*v, a);
            ++how[int(j.placement.how)];
            if (j.expected.gone()) {
                ++vGone;
                vGoneOrphan += j.placement.isOrphan() ? 1 : 0;
                vWrong += j.placement.isOrphan() ? 0 : 1;
                continue;
            }
            ++vExisting;
            vRight += j.outcome == Outcome::Right ? 1 : 0;
            vOrphan += j.outcome == Outcome::Orphaned ? 1 : 0;
            vWrong += j.outcome == Outcome::Wrong ? 1 : 0;
            if (j.outcome == Outcome::Orphaned)
                qInfo().noquote() << u"  orphaned in %1: «%2»"_s.arg(
                    v->name, QString(a.exact.left(40)).replace(u'\n', u'⏎'));
        }
        qInfo().noquote() << u"%1 %2 %3 %4 %5 %6   %7/%8/%9/%10"_s.arg(v->name, -22)
                                 .arg(vExisting, 6)
                                 .arg(vRight, 6)
                                 .arg(vOrphan, 7)
                                 .arg(u"%1/%2"_s.arg(vGoneOrphan).arg(vGone), 12)
                                 .arg(vWrong, 6)
                                 .arg(how[0])
                                 .arg(how[1])
                                 .arg(how[2])
                                 .arg(how[3]);
        existing += vExisting;
        right += vRight;
        wrong += vWrong;
    }
    const double rate = double(right) / double(existing);
    qInfo().noquote() << u"re-anchored exactly: %1 of %2 existing quotes (%3%), wrong: %4"_s.arg(right)
                             .arg(existing)
                             .arg(rate * 100, 0, 'f', 1)
                             .arg(wrong);
    QCOMPARE(wrong, 0);
    QVERIFY(rate >= 0.95);
}

void ReanchorerTest::how_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<How>("how");
    QTest::addColumn<bool>("exactScore"); // score 1: the very same characters
    auto row = [](const char *version, const char *anchor, How how, bool exactScore) {
        QTest::addRow("%s/%s", version, anchor)
            << QString::fromLatin1(version) << QString::fromLatin1(anchor) << how << exactScore;
    };
    row("paragraph-inserted", "two-chars-96", How::ExactQuote, true);
    row("paragraph-inserted", "section3-whole", How::ExactQuote, true);
    row("punctuation-widened", "communities", How::ExactQuote, false); // "," became "，"
    row("figures-changed", "figure-96-in-sentence", How::FuzzyInSection, false);
    row("sentences-reworded", "special-inspection", How::FuzzyInSection, false);
    row("sections-renumbered", "section1-heading", How::FuzzyInSection, false); // (一) became (二)
    row("sections-renumbered", "section2-title", How::ExactQuote, true);
    row("converted-wrapped", "intro-award", How::FuzzyInSection, false); // a line break inside
    row("passages-moved", "ip-case", How::ExactQuote, true);
    row("passages-moved", "item5-paragraph", How::FuzzyAnywhere, false); // moved and a figure changed
    row("passages-moved", "net-campaigns", How::FuzzyAnywhere, false);
}

void ReanchorerTest::how()
{
    QFETCH(QString, version);
    QFETCH(QString, anchor);
    QFETCH(How, how);
    QFETCH(bool, exactScore);
    const Fixture &f = fixture();
    const auto v = std::find_if(
        f.versions.cbegin(), f.versions.cend(), [&](const auto &e) { return e->name == version; });
    QVERIFY(v != f.versions.cend());
    const auto spec = std::find_if(f.specs.cbegin(), f.specs.cend(),
        [&](const AnchorSpec &s) { return QLatin1StringView(s.name) == anchor; });
    QVERIFY(spec != f.specs.cend());
    const Anchor &old = f.anchors[spec - f.specs.cbegin()];
    const Judged j = judge(**v, old);
    QVERIFY2(j.outcome == Outcome::Right, qPrintable(describe(**v, old, j)));
    QCOMPARE(j.placement.how, how);
    QCOMPARE(j.placement.score == 1.0, exactScore);
    QVERIFY(j.placement.score > 0.75);
}

void ReanchorerTest::placedAnchorIsFresh()
{
    const Fixture &f = fixture();
    for (const auto &v : f.versions) {
        const QList<Reanchorer::Placement> placements = v->reanchorer->placeAll(f.anchors);
        QCOMPARE(placements.size(), f.anchors.size());
        for (const Reanchorer::Placement &p : placements) {
            const Anchor fresh = v->reanchorer->anchorFor(p);
            if (p.isOrphan()) {
                QVERIFY(!fresh.isValid());
                continue;
            }
            QCOMPARE(fresh, AnchorFactory::create(v->report, p.start, p.end));
            QCOMPARE(fresh.exact, v->report.canonicalText.mid(p.start, p.end - p.start));
            // Placed again on the same version, an anchor stays where it is.
            const Reanchorer::Placement again = v->reanchorer->place(fresh);
            QCOMPARE(again.how, How::Position);
            QCOMPARE(again.start, p.start);
        }
    }
}

void ReanchorerTest::shortQuoteNeverFuzzy()
{
    const Report before = ReportParser::parse(
        u"某某县人民政府关于2022年度法治政府建设情况的报告\n一、主要举措和成效\n全年审查重大行政决策12件,备案规范性文件8件。"_s);
    const Report after = ReportParser::parse(
        u"某某县人民政府关于2022年度法治政府建设情况的报告\n一、主要举措和成效\n全年审查重大行政决策15件,备案规范性文件8件。"_s);
    const qsizetype at = before.canonicalText.indexOf(u"决策12件"_s);
    const Reanchorer r(after);
    // Five characters with one changed: a fuzzy match would be a guess.
    QVERIFY(r.place(AnchorFactory::create(before, at, at + 5)).isOrphan());
    // Seven with one changed, context intact: placed, as the modified text.
    const Reanchorer::Placement p = r.place(AnchorFactory::create(before, at - 2, at + 5));
    QCOMPARE(p.how, How::FuzzyInSection);
    QCOMPARE(after.canonicalText.mid(p.start, p.end - p.start), u"行政决策15件"_s);
}

void ReanchorerTest::emptyAnchorIsOrphan()
{
    const Reanchorer r(sample());
    QVERIFY(r.place(Anchor {}).isOrphan());
    QVERIFY(!r.anchorFor(r.place(Anchor {})).isValid());
    const Report empty = ReportParser::parse(QString());
    const Reanchorer none(empty);
    QVERIFY(none.place(fixture().anchors.first()).isOrphan());
}

void ReanchorerTest::contextChoosesAmongCopies()
{
    // The same sentence twice, after a paragraph was written in before both:
    // what surrounds the second copy tells them apart.
    const QString para = u"全年办理行政复议案件12件,均在法定期限内办结。"_s;
    const QString head = u"某某县人民政府关于2022年度法治政府建设情况的报告\n一、主要举措和成效\n"_s;
    const Report before = ReportParser::parse(head + para + u"\n甲\n"_s + para + u"\n乙"_s);
    const Report after
        = ReportParser::parse(head + u"新增的一段说明文字。\n"_s + para + u"\n甲\n"_s + para + u"\n乙"_s);
    const qsizetype second = before.canonicalText.lastIndexOf(para);
    const Anchor a = AnchorFactory::create(before, second, second + 12);
    const Reanchorer r(after, before.canonicalText.size());
    const Reanchorer::Placement p = r.place(a);
    QCOMPARE(p.how, How::ExactQuote);
    QCOMPARE(p.start, after.canonicalText.lastIndexOf(para));
}

QTEST_GUILESS_MAIN(ReanchorerTest)
#include "reanchorer_test.moc"
