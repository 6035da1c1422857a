// SPDX-License-Identifier: GPL-3.0-or-later
// Web Annotation JSON in the shapes other tools write, and what is wrong with it.
#include "w3cannotationreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

const QByteArray kOne = R"({"id": "urn:uuid:2b6a3b2e-8f0c-4a55-9d4e-0c6f3f1a2b3c", "type": "Annotation",
    "target": {"source": "urn:sha256:ABCDEF", "selector": {"type": "TextQuoteSelector", "exact": "依法行政"}}})";

// What Hypothesis' W3C export looks like: a URL id, a page URL as source,
// microsecond times with an offset, a creator account, a RangeSelector first.
// (The slashes of its URLs are JSON-escaped: moc reads "//" in a raw string as a comment.)
const QByteArray kHypothesis = R"([{
    "@context": "http:\/\/www.w3.org/ns/anno.jsonld",
    "id": "https:\/\/hypothes.is/a/AbC123xyz_-Q",
    "type": "Annotation",
    "created": "2023-02-02T09:30:00.123456+08:00",
    "modified": "2023-02-03T10:00:00.5+00:00",
    "creator": "acct:alice@hypothes.is",
    "motivation": "commenting",
    "body": [
        {"type": "TextualBody", "value": "值得跟踪", "format": "text/markdown"},
        {"type": "TextualBody", "purpose": "tagging", "value": "承诺"},
        {"type": "TextualBody", "purpose": "tagging", "value": " 指标 "}
    ],
    "target": [{
        "source": "https:\/\/www.gongshu.gov.cn/art/2023/2/1/art_1229.html",
        "selector": [
            {"type": "RangeSelector", "startContainer": "/div[1]/p[3]", "startOffset": 0,
             "endContainer": "/div[1]/p[3]", "endOffset": 12},
            {"type": "TextPositionSelector", "start": 210, "end": 222},
            {"type": "TextQuoteSelector", "exact": "“一网通办”率达97.1%", "prefix": "全面推进", "suffix": "。"}
        ]
    }]
}])";

ExchangedAnnotation only(const QByteArray &json)
{
    const auto read = W3cAnnotationReader::read(json);
    if (!read || read->size() != 1)
        qFatal("expected one annotation: %s", read ? "" : qPrintable(read.error().message));
    return read->first();
}

} // namespace

class W3cAnnotationReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void shapes();
    void ids();
    void hypothesis();
    void selectors();
    void bodies();
    void ourFields();
    void brokenJson();
    void notAnnotations();
    void badEntriesCostOnlyThemselves();
};

void W3cAnnotationReaderTest::shapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count");
    const QByteArray a = kOne;
    QTest::newRow("single") << a << 1;
    QTest::newRow("list") << "[" + a + "," + a + "]" << 2;
    QTest::newRow("empty list") << QByteArray("[]") << 0;
    QTest::newRow("collection") << R"({"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [)"
                                       + a + "]}}"
                                << 1;
    QTest::newRow("collection with items") << R"({"type": "AnnotationCollection", "items": [)" + a + "," + a + "]}"
                                           << 2;
    QTest::newRow("pages in the file")
        << R"({"type": "AnnotationCollection", "first": {"items": [)" + a + R"(], "next": {"items": [)" + a + "," + a
               + "]}}}"
        << 3;
    QTest::newRow("page") << R"({"type": "AnnotationPage", "items": [)" + a + "]}" << 1;
    QTest::newRow("type list") << R"({"type": ["Annotation"], "target": {"source": "w", "selector": [
        {"type": "TextPositionSelector", "start": 1, "end": 3}]}})"_ba
                               << 1;
    QTest::newRow("BOM-less UTF-8 Chinese")
        << R"([{"target": {"source": "工作键", "selector": {"type": "TextQuoteSelector", "exact": "法治"}}}])"_ba << 1;
}

void W3cAnnotationReaderTest::shapes()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    const auto read = W3cAnnotationReader::read(json);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(read->size(), count);
    for (const ExchangedAnnotation &e : read.value())
        QVERIFY2(e.isUsable(), qPrintable(e.problem));
}

void W3cAnnotationReaderTest::ids()
{
    const QUuid uuid = QUuid::fromString(u"2b6a3b2e-8f0c-4a55-9d4e-0c6f3f1a2b3c"_s);
    QCOMPARE(W3cAnnotationReader::uuidFor(u"urn:uuid:2b6a3b2e-8f0c-4a55-9d4e-0c6f3f1a2b3c"_s), uuid);
    QCOMPARE(W3cAnnotationReader::uuidFor(u"URN:UUID:2B6A3B2E-8F0C-4A55-9D4E-0C6F3F1A2B3C"_s), uuid);
    QCOMPARE(W3cAnnotationReader::uuidFor(u"2b6a3b2e-8f0c-4a55-9d4e-0c6f3f1a2b3c"_s), uuid);
    QCOMPARE(W3cAnnotationReader::uuidFor(u"{2b6a3b2e-8f0c-4a55-9d4e-0c6f3f1a2b3c}"_s), uuid);
    // Other ids: name-based, the same every time, different for different ids.
    const QUuid h = W3cAnnotationReader::uuidFor(u"https://hypothes.is/a/AbC123xyz_-Q"_s);
    QVERIFY(!h.isNull());
    QCOMPARE(h.version(), QUuid::Sha1);
    QCOMPARE(W3cAnnotationReader::uuidFor(u"https://hypothes.is/a/AbC123xyz_-Q"_s), h);
    QVERIFY(W3cAnnotationReader::uuidFor(u"https://hypothes.is/a/AbC123xyz_-R"_s) != h);
    QVERIFY(W3cAnnotationReader::uuidFor(QString()).isNull());
    QCOMPARE(only(kOne).annotation.id, uuid);
    // No id at all: derived from what it marks, so a second import merges.
    const QByteArray anonymous = R"({"target": {"source": "w", "selector": {"type": "TextQuoteSelector", "exact": "甲"}}})";
    const QUuid derived = only(anonymous).annotation.id;
    QVERIFY(!derived.isNull());
    QCOMPARE(only(anonymous).annotation.id, derived);
    QVERIFY(only(R"({"target": {"source": "w", "selector": {"type": "TextQuoteSelector", "exact": "乙"}}})").annotation.id
            != derived);
}

void W3cAnnotationReaderTest::hypothesis()
{
    const ExchangedAnnotation e = only(kHypothesis);
    QVERIFY2(e.isUsable(), qPrintable(e.problem));
    QCOMPARE(e.annotation.id, W3cAnnotationReader::uuidFor(u"https://hypothes.is/a/AbC123xyz_-Q"_s));
    QCOMPARE(e.source, u"https://www.gongshu.gov.cn/art/2023/2/1/art_1229.html"_s);
    QVERIFY(e.annotation.contentHash.isEmpty());
    QCOMPARE(e.annotation.anchor.start, 210);
    QCOMPARE(e.annotation.anchor.end, 222);
    QCOMPARE(e.annotation.anchor.exact, u"“一网通办”率达97.1%"_s);
    QCOMPARE(e.annotation.anchor.prefix, u"全面推进"_s);
    QCOMPARE(e.annotation.anchor.suffix, u"。"_s);
    QCOMPARE(e.annotation.created, QDateTime(QDate(2023, 2, 2), QTime(1, 30, 0, 123), QTimeZone::UTC));
    QCOMPARE(e.annotation.modified, QDateTime(QDate(2023, 2, 3), QTime(10, 0, 0, 500), QTimeZone::UTC));
    QCOMPARE(e.annotation.created.timeSpec(), Qt::UTC);
    QCOMPARE(e.annotation.author, u"acct:alice@hypothes.is"_s);
    QCOMPARE(e.annotation.note, u"值得跟踪"_s);
    QCOMPARE(e.tags.size(), 2);
    QCOMPARE(e.tags.at(0).name, u"承诺"_s);
    QCOMPARE(e.tags.at(1).name, u"指标"_s); // trimmed
    QVERIFY(e.tags.at(1).color.isEmpty());
    QCOMPARE(e.annotation.color, 0);
    QCOMPARE(e.annotation.status, CommitmentStatus::None);
}

void W3cAnnotationReaderTest::selectors()
{
    // Position alone is enough; so is the quote alone.
    const ExchangedAnnotation position = only(R"({"target": {"source": "urn:sha256:ab",
        "selector": {"type": "TextPositionSelector", "start": 0, "end": 5}}})");
    QVERIFY(position.isUsable());
    QCOMPARE(position.annotation.anchor.start, 0);
    QVERIFY(position.annotation.anchor.exact.isEmpty());
    QCOMPARE(position.annotation.contentHash, u"ab"_s);
    const ExchangedAnnotation quote = only(kOne);
    QCOMPARE(quote.annotation.anchor.exact, u"依法行政"_s);
    QCOMPARE(quote.annotation.anchor.start, -1);
    QCOMPARE(quote.annotation.contentHash, u"abcdef"_s); // hashes compare in lower case
    // Several targets: the first with a source.
    const ExchangedAnnotation targets = only(R"({"target": ["https://example.org/page",
        {"source": "w2", "selector": {"type": "TextQuoteSelector", "exact": "乙"}}]})");
    QVERIFY(targets.isUsable());
    QCOMPARE(targets.source, u"w2"_s);
}

void W3cAnnotationReaderTest::bodies()
{
    const ExchangedAnnotation shorthand = only(R"({"bodyValue": "简写的批注", "target": {"source": "w",
        "selector": {"type": "TextQuoteSelector", "exact": "甲"}}})");
    QCOMPARE(shorthand.annotation.note, u"简写的批注"_s);
    // Tagging as the motivation, bodies without a purpose; a tag twice is one tag; an IRI body is ignored.
    const ExchangedAnnotation tagging = only(R"({"motivation": "tagging", "body": [
        {"type": "TextualBody", "value": "问题"}, {"type": "TextualBody", "value": "问题"},
        "https://example.org/tag/1", {"type": "TextualBody", "value": "Kpi", "purpose": ["tagging"],
        "pizhu:tagColor": "#0e8c80"}, {"type": "TextualBody", "value": "kpi", "purpose": "tagging"}],
        "target": {"source": "w", "selector": {"type": "TextQuoteSelector", "exact": "甲"}}})");
    QCOMPARE(tagging.tags.size(), 2);
    QCOMPARE(tagging.tags.at(1).name, u"Kpi"_s);
    QCOMPARE(tagging.tags.at(1).color, u"#0E8C80"_s);
    QVERIFY(tagging.annotation.note.isEmpty());
    // A colour that is not #RRGGBB is dropped, not passed on.
    const ExchangedAnnotation badColor = only(R"({"body": {"type": "TextualBody", "value": "承诺",
        "purpose": "tagging", "pizhu:tagColor": "blue"},
        "target": {"source": "w", "selector": {"type": "TextQuoteSelector", "exact": "甲"}}})");
    QVERIFY(badColor.tags.at(0).color.isEmpty());
}

void W3cAnnotationReaderTest::ourFields()
{
    // Prefixed or spelled out with the namespace IRI; out-of-range colour clamped; unknown status ignored.
    const ExchangedAnnotation e = only(R"({"target": {"source": "w", "selector": {"type": "TextQuoteSelector", "exact": "甲"}},
        "https://pizhu.github.io/ns/annotation#color": 9, "pizhu:status": "done", "pizhu:due": "2025-12-31",
        "pizhu:responsibleUnit": "区财政局", "pizhu:orphaned": true, "pizhu:blockOrdinal": 7,
        "pizhu:headingPath": "四、下一步 › （一）", "pizhu:workKey": "wk"})");
    QCOMPARE(e.annotation.color, 4);
    QCOMPARE(e.annotation.status, CommitmentStatus::Done);
    QCOMPARE(e.annotation.due, QDate(2025, 12, 31));
    QCOMPARE(e.annotation.responsibleUnit, u"区财政局"_s);
    QVERIFY(e.annotation.orphaned);
    QCOMPARE(e.annotation.anchor.blockOrdinal, 7);
    QCOMPARE(e.annotation.anchor.headingPath, u"四、下一步 › （一）"_s);
    QCOMPARE(e.annotation.workKey, u"wk"_s);
    QCOMPARE(only(R"({"pizhu:status": "someday", "target": {"source": "w",
        "selector": {"type": "TextQuoteSelector", "exact": "甲"}}})").annotation.status, CommitmentStatus::None);
}

void W3cAnnotationReaderTest::brokenJson()
{
    const auto read = W3cAnnotationReader::read(R"([{"id": "x", "target": {"source": "w",})");
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::BadInput);
    QVERIFY2(read.error().message.contains(u"offset 39"_s), qPrintable(read.error().message));
    QVERIFY(!W3cAnnotationReader::read(QByteArray()));
    QVERIFY(!W3cAnnotationReader::read("\x89PNG\r\n\x1a\n"));
}

void W3cAnnotationReaderTest::notAnnotations()
{
    const auto read = W3cAnnotationReader::read(R"({"title": "not notes", "parts": []})");
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::BadInput);
    QVERIFY(read.error().message.contains(u"AnnotationCollection"_s));
}

void W3cAnnotationReaderTest::badEntriesCostOnlyThemselves()
{
    const auto read = W3cAnnotationReader::read(R"([
        42,
        {"id": "a"},
        {"id": "b", "target": {"selector": {"type": "TextQuoteSelector", "exact": "甲"}}},
        {"id": "c", "target": {"source": "w"}},
        {"id": "d", "target": {"source": "w", "selector": {"type": "TextPositionSelector", "start": 5, "end": 5}}},
        {"id": "e", "target": {"source": "w", "selector": {"type": "TextQuoteSelector", "exact": ""}}},
        {"id": "f", "target": {"source": "  ", "selector": {"type": "TextQuoteSelector", "exact": "甲"}}},
        {"id": "g", "target": {"source": "w", "selector": {"type": "TextQuoteSelector", "exact": "乙"}}}
    ])");
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 8);
    QStringList problems;
    for (const ExchangedAnnotation &e : read.value())
        problems << e.problem;
    QCOMPARE(problems.at(0), u"it is not an annotation object"_s);
    QCOMPARE(problems.at(1), u"it has no target"_s);
    QCOMPARE(problems.at(2), u"its target names no source document"_s);
    for (int i : {3, 4, 5})
        QCOMPARE(problems.at(i), u"its target has no TextQuoteSelector or TextPositionSelector"_s);
    QCOMPARE(problems.at(6), u"its target names no source document"_s);
    QVERIFY(read->at(7).isUsable());
    QCOMPARE(read->at(7).annotation.anchor.exact, u"乙"_s);
}

QTEST_GUILESS_MAIN(W3cAnnotationReaderTest)
#include "w3cannotationreader_test.moc"
