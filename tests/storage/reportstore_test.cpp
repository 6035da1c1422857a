// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "database.h"
#include "reportparser.h"
#include "reportstore.h"
#include "storagefixtures.h"
#include "textloader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

Report report(const QString &title, const QString &issuer, int year, const QString &text)
{
    Report r;
    r.metadata.title = title;
    r.metadata.issuer = issuer;
    r.metadata.year = year;
    r.metadata.publisher = issuer + u"办公室"_s;
    r.metadata.indexNumber = u"K1493206-6/2023-00012"_s;
    r.metadata.documentNumber = u"拱政〔2023〕3号"_s;
    r.metadata.published = QDate(year + 1, 2, 1);
    r.metadata.sourcePath = u"/home/user/下载/report's copy.html"_s;
    r.metadata.sourceFormat = u"html"_s;
    r.metadata.encoding = u"GB18030"_s;
    r.canonicalText = text;
    return r;
}

} // namespace

class ReportStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = openDatabase(u":memory:"_s);
        m_reports = std::make_unique<ReportStore>(*m_db);
    }
    void cleanup()
    {
        m_reports.reset();
        m_db.reset();
    }
    void storesTheSample();
    void versionsOfOneWork();
    void library();
    void hostileMetadata();
    void refusesEmpty();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReportStore> m_reports;
};

void ReportStoreTest::storesTheSample()
{
    const auto text =
        TextLoader::load(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
    QVERIFY(text);
    const Report parsed = ReportParser::parse(text->text);
    const auto id = m_reports->store(parsed);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    const auto version = m_reports->version(parsed.contentHash());
    QVERIFY(version);
    QCOMPARE(version->reportId, id.value());
    QCOMPARE(version->workKey, parsed.workKey());
    QCOMPARE(version->canonicalText, parsed.canonicalText);
    QCOMPARE(version->metadata.title, parsed.metadata.title);
    QCOMPARE(version->metadata.issuer, parsed.metadata.issuer);
    QCOMPARE(version->metadata.year, parsed.metadata.year);
    QCOMPARE(version->metadata.published, parsed.metadata.published);
    QCOMPARE(version->metadata.indexNumber, parsed.metadata.indexNumber);
    QVERIFY(version->importedAt.isValid());
    // Parsed again from the stored text, it is the same report.
    QCOMPARE(ReportParser::parse(version->canonicalText).contentHash(), parsed.contentHash());
    QCOMPARE(m_reports->store(parsed).value(), id.value()); // stored once
    QCOMPARE(m_reports->reports().size(), 1);
}

void ReportStoreTest::versionsOfOneWork()
{
    const Report first = report(u"拱墅区2022年法治政府建设年度报告"_s, u"杭州市拱墅区人民政府"_s, 2022,
                                u"标题\n一、主要举措和成效\n正文"_s);
    Report second = first;
    second.canonicalText += u"\n更正：第二版"_s;
    second.metadata.sourceFormat = u"pdf"_s;
    second.metadata.published = QDate();
    const auto id = m_reports->store(first);
    QVERIFY(id);
    QCOMPARE(m_reports->store(second).value(), id.value());

    const auto summary = m_reports->findByWorkKey(first.workKey());
    QVERIFY(summary);
    QCOMPARE(summary->id, id.value());
    QCOMPARE(summary->versionCount, 2);
    QCOMPARE(summary->latestContentHash, second.contentHash());
    QCOMPARE(m_reports->findByContentHash(first.contentHash()), summary);
    QCOMPARE(m_reports->findByContentHash(second.contentHash()), summary);
    QVERIFY(!m_reports->findByContentHash(u"0000"_s));
    QVERIFY(!m_reports->findByWorkKey(u"none"_s));

    const auto old = m_reports->version(first.contentHash());
    QVERIFY(old);
    QCOMPARE(old->canonicalText, first.canonicalText);
    QCOMPARE(old->metadata.sourceFormat, u"html"_s);
    QCOMPARE(old->metadata.published, QDate(2023, 2, 1));
    QCOMPARE(old->metadata.publisher, u"杭州市拱墅区人民政府办公室"_s);
    QCOMPARE(old->metadata.documentNumber, u"拱政〔2023〕3号"_s);
    QCOMPARE(old->metadata.encoding, u"GB18030"_s);
    const auto latest = m_reports->latestVersion(first.workKey());
    QVERIFY(latest);
    QCOMPARE(latest->contentHash, second.contentHash());
    QCOMPARE(latest->metadata.sourceFormat, u"pdf"_s);
    QVERIFY(!latest->metadata.published.isValid());
    QVERIFY(!m_reports->version(u"none"_s));
}

void ReportStoreTest::library()
{
    const Report a = report(u"报告甲"_s, u"甲区人民政府"_s, 2021, u"甲"_s);
    const Report b = report(u"报告乙"_s, u"乙区人民政府"_s, 2023, u"乙"_s);
    const Report c = report(u"报告丙"_s, u"丙局"_s, 2022, u"丙"_s);
    for (const Report &r : {a, b, c})
        QVERIFY(m_reports->store(r));
    AnnotationStore annotations(*m_db);
    for (int i = 0; i < 3; ++i)
        QVERIFY(annotations.add(sampleAnnotation(c.workKey(), i)).ok());
    QVERIFY(annotations.add(sampleAnnotation(b.workKey(), 0)).ok());
    QVERIFY(annotations.add(sampleAnnotation(u"a work not imported yet"_s, 0)).ok());

    const QList<ReportSummary> all = m_reports->reports();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).title, u"报告乙"_s); // newest year first
    QCOMPARE(all.at(1).title, u"报告丙"_s);
    QCOMPARE(all.at(2).title, u"报告甲"_s);
    QCOMPARE(all.at(0).annotationCount, 1);
    QCOMPARE(all.at(1).annotationCount, 3);
    QCOMPARE(all.at(2).annotationCount, 0);
    QCOMPARE(all.at(1).issuer, u"丙局"_s);
    QCOMPARE(all.at(1).year, 2022);
    QCOMPARE(all.at(1).workKey, c.workKey());
    QCOMPARE(all.at(1).versionCount, 1);
}

void ReportStoreTest::hostileMetadata()
{
    Report r = report(u"'); DROP TABLE reports;--"_s, u"某局' OR '1'='1"_s, 2020,
                      u"正文 \"; DELETE FROM report_versions; --"_s);
    r.metadata.documentNumber = u"第'1'号"_s;
    const auto id = m_reports->store(r);
    QVERIFY(id);
    const auto v = m_reports->version(r.contentHash());
    QVERIFY(v);
    QCOMPARE(v->metadata.title, r.metadata.title);
    QCOMPARE(v->metadata.issuer, r.metadata.issuer);
    QCOMPARE(v->metadata.documentNumber, u"第'1'号"_s);
    QCOMPARE(v->canonicalText, r.canonicalText);
    QCOMPARE(m_reports->reports().size(), 1);
}

void ReportStoreTest::refusesEmpty()
{
    const auto id = m_reports->store(Report{});
    QVERIFY(!id);
    QCOMPARE(id.error().kind, Error::Kind::BadInput);
    QVERIFY(m_reports->reports().isEmpty());
}

QTEST_GUILESS_MAIN(ReportStoreTest)
#include "reportstore_test.moc"
