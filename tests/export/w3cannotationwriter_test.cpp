// SPDX-License-Identifier: GPL-3.0-or-later
// Notes as a W3C AnnotationCollection, and every field back through the reader.
#include "exchangefixtures.h"
#include "noteswriter.h"
#include "w3cannotationreader.h"
#include "w3cannotationwriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

ExportedNotes sampleNotes(int count)
{
    ExportedNotes notes;
    notes.label = u"杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告"_s;
    notes.workKey = u"0123456789abcdef0123456789abcdef"_s;
    for (int n = 0; n < count; ++n)
        notes.annotations << exchangedAnnotation(n);
    return notes;
}

QByteArray written(const ExportedNotes &notes)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto ok = W3cAnnotationWriter().write(notes, buffer);
    if (!ok)
        qFatal("write failed: %s", qPrintable(ok.error().message));
    return buffer.data();
}

} // namespace

class W3cAnnotationWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectionShape();
    void annotationShape();
    void optionalFieldsAreLeftOut();
    void roundTripsEveryField();
    void emptyCollection();
    void failedWrite();
    void formats();
};

void W3cAnnotationWriterTest::collectionShape()
{
    const QJsonObject o = QJsonDocument::fromJson(written(sampleNotes(3))).object();
    const QJsonArray context = o.value(u"@context"_s).toArray();
    QCOMPARE(context.at(0).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    QCOMPARE(context.at(1).toObject().value(u"pizhu"_s).toString(), u"https://pizhu.github.io/ns/annotation#"_s);
    QCOMPARE(o.value(u"type"_s).toString(), u"AnnotationCollection"_s);
    QCOMPARE(o.value(u"label"_s).toString(), sampleNotes(0).label);
    QCOMPARE(o.value(u"total"_s).toInt(), 3);
    const QJsonObject first = o.value(u"first"_s).toObject();
    QCOMPARE(first.value(u"type"_s).toString(), u"AnnotationPage"_s);
    QCOMPARE(first.value(u"items"_s).toArray().size(), 3);
}

void W3cAnnotationWriterTest::annotationShape()
{
    const ExchangedAnnotation e = exchangedAnnotation(1);
    const QJsonObject o = W3cAnnotationWriter::annotation(e);
    QCOMPARE(o.value(u"id"_s).toString(), u"urn:uuid:"_s + e.annotation.id.toString(QUuid::WithoutBraces));
    QCOMPARE(o.value(u"type"_s).toString(), u"Annotation"_s);
    QCOMPARE(o.value(u"created"_s).toString(), u"2024-03-01T08:15:31.250Z"_s);
    QCOMPARE(o.value(u"modified"_s).toString(), u"2024-03-01T08:15:32.752Z"_s);
    QCOMPARE(o.value(u"creator"_s).toObject(), (QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, u"法制科 王某"_s}}));

    const QJsonArray body = o.value(u"body"_s).toArray();
    QCOMPARE(body.size(), 1); // n = 1: a note, no tags
    QCOMPARE(body.at(0).toObject().value(u"format"_s).toString(), u"text/markdown"_s);
    QCOMPARE(body.at(0).toObject().value(u"purpose"_s).toString(), u"commenting"_s);
    QCOMPARE(body.at(0).toObject().value(u"value"_s).toString(), e.annotation.note);
    const QJsonArray tagged = W3cAnnotationWriter::annotation(exchangedAnnotation(2)).value(u"body"_s).toArray();
    QCOMPARE(tagged.size(), 3); // n = 2: no note, three tags in their order
    QCOMPARE(tagged.at(0).toObject(), (QJsonObject{{u"type"_s, u"TextualBody"_s},
                                                   {u"value"_s, u"承诺"_s},
                                                   {u"purpose"_s, u"tagging"_s},
                                                   {u"pizhu:tagColor"_s, u"#2F6FD6"_s}}));
    QCOMPARE(tagged.at(2).toObject().value(u"value"_s).toString(), u"KPI 2025"_s);

    const QJsonObject target = o.value(u"target"_s).toObject();
    QCOMPARE(target.value(u"source"_s).toString(), u"urn:sha256:"_s + e.annotation.contentHash);
    const QJsonArray selectors = target.value(u"selector"_s).toArray();
    QCOMPARE(selectors.at(0).toObject(), (QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                                      {u"exact"_s, e.annotation.anchor.exact},
                                                      {u"prefix"_s, e.annotation.anchor.prefix},
                                                      {u"suffix"_s, e.annotation.anchor.suffix}}));
    QCOMPARE(selectors.at(1).toObject(), (QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                                      {u"start"_s, 129},
                                                      {u"end"_s, 143}}));
    QCOMPARE(o.value(u"pizhu:color"_s).toInt(), 1);
    QCOMPARE(o.value(u"pizhu:status"_s).toString(), u"not-started"_s);
    QCOMPARE(o.value(u"pizhu:responsibleUnit"_s).toString(), u"区司法局"_s);
    QCOMPARE(o.value(u"pizhu:due"_s).toString(), u"2025-07-01"_s);
    QCOMPARE(o.value(u"pizhu:workKey"_s).toString(), e.annotation.workKey);
    QCOMPARE(o.value(u"pizhu:blockOrdinal"_s).toInt(), 4);
    QCOMPARE(o.value(u"pizhu:headingPath"_s).toString(), e.annotation.anchor.headingPath);
    QCOMPARE(o.value(u"pizhu:orphaned"_s).toBool(true), false);
}

void W3cAnnotationWriterTest::optionalFieldsAreLeftOut()
{
    ExchangedAnnotation e;
    e.annotation.id = QUuid::createUuid();
    e.annotation.anchor.exact = u"引文"_s;
    e.annotation.workKey = u"w"_s;
    const QJsonObject o = W3cAnnotationWriter::annotation(e);
    for (const auto &key : {u"created"_s, u"modified"_s, u"creator"_s, u"body"_s, u"pizhu:status"_s,
                            u"pizhu:responsibleUnit"_s, u"pizhu:due"_s, u"pizhu:headingPath"_s})
        QVERIFY2(!o.contains(key), qPrintable(key));
    // No position: only the quote; no version: the work is the source.
    QCOMPARE(o.value(u"target"_s).toObject().value(u"selector"_s).toArray().size(), 1);
    QCOMPARE(o.value(u"target"_s).toObject().value(u"source"_s).toString(), u"w"_s);
    QCOMPARE(o.value(u"motivation"_s).toString(), u"highlighting"_s);
}

void W3cAnnotationWriterTest::roundTripsEveryField()
{
    const ExportedNotes notes = sampleNotes(12); // every status twice, notes and none, tags and none
    const auto read = W3cAnnotationReader::read(written(notes));
    QVERIFY(read.ok());
    QCOMPARE(read->size(), notes.annotations.size());
    for (qsizetype i = 0; i < notes.annotations.size(); ++i) {
        const ExchangedAnnotation &sent = notes.annotations.at(i);
        const ExchangedAnnotation &got = read->at(i);
        QVERIFY2(got.isUsable(), qPrintable(got.problem));
        QCOMPARE(got.annotation.id, sent.annotation.id);
        QCOMPARE(got.annotation.anchor, sent.annotation.anchor);
        QCOMPARE(got.annotation.note, sent.annotation.note);
        QCOMPARE(got.annotation.created, sent.annotation.created);
        QCOMPARE(got.annotation.modified, sent.annotation.modified);
        QCOMPARE(got.annotation.status, sent.annotation.status);
        QCOMPARE(got.annotation.due, sent.annotation.due);
        QCOMPARE(got.tags, sent.tags);
        QCOMPARE(got.annotation, sent.annotation);
        QCOMPARE(got, sent);
    }
}

void W3cAnnotationWriterTest::emptyCollection()
{
    const QJsonObject o = QJsonDocument::fromJson(written(sampleNotes(0))).object();
    QCOMPARE(o.value(u"total"_s).toInt(-1), 0);
    QVERIFY(o.value(u"first"_s).toObject().value(u"items"_s).isArray());
    const auto read = W3cAnnotationReader::read(written(sampleNotes(0)));
    QVERIFY(read.ok());
    QVERIFY(read->isEmpty());
}

void W3cAnnotationWriterTest::failedWrite()
{
    QBuffer closed; // not open: every write fails
    const auto result = W3cAnnotationWriter().write(sampleNotes(1), closed);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::Failure);
}

void W3cAnnotationWriterTest::formats()
{
    QCOMPARE(NotesWriter::formats(), (QStringList{u"pdf"_s, u"md"_s, u"csv"_s, u"json"_s}));
    const auto json = NotesWriter::create(u" JSON "_s);
    QVERIFY(json);
    QCOMPARE(json->formatId(), u"json"_s);
    QCOMPARE(json->fileSuffix(), u"json"_s);
    for (const QString &id : NotesWriter::formats()) {
        const auto writer = NotesWriter::create(id);
        QVERIFY(writer);
        QCOMPARE(writer->formatId(), id);
        QCOMPARE(writer->fileSuffix(), id);
    }
    QCOMPARE(NotesWriter::create(u"Markdown"_s)->formatId(), u"md"_s);
    QVERIFY(!NotesWriter::create(u"xml"_s));
}

QTEST_GUILESS_MAIN(W3cAnnotationWriterTest)
#include "w3cannotationwriter_test.moc"
