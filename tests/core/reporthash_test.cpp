// SPDX-License-Identifier: GPL-3.0-or-later
// A report's content hash, remembered by the background opener: the same as
// computed, and never stale once the text changes.
#include "report.h"
#include "reportreader.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class ReportHashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rememberedHashIsTheHash();
    void changedTextIsHashedAgain();
};

namespace {

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

void ReportHashTest::rememberedHashIsTheHash()
{
    Report report = ReportReader::read(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt")).value();
    const QString computed = report.contentHash();
    QCOMPARE(computed, sha256(report.canonicalText));
    report.rememberContentHash();
    QCOMPARE(report.contentHash(), computed);
    const Report copy = report; // copies share the text and the hash
    QCOMPARE(copy.contentHash(), computed);
}

void ReportHashTest::changedTextIsHashedAgain()
{
    Report report;
    report.canonicalText = u"法治政府建设年度报告"_s;
    report.rememberContentHash();
    const QString before = report.contentHash();

    Report appended = report;
    appended.canonicalText.append(u"。"_s); // in place: detaches from the remembered text
    QCOMPARE(appended.contentHash(), sha256(u"法治政府建设年度报告。"_s));
    appended.rememberContentHash(); // remembers the new text's hash, not the old one
    QCOMPARE(appended.contentHash(), sha256(u"法治政府建设年度报告。"_s));

    Report replaced = report;
    replaced.canonicalText = u"法治政府建设年度报吿"_s; // same length, other text
    QCOMPARE(replaced.contentHash(), sha256(replaced.canonicalText));
    QVERIFY(replaced.contentHash() != before);

    report.canonicalText[0] = u'灋';
    QCOMPARE(report.contentHash(), sha256(report.canonicalText));
}

QTEST_GUILESS_MAIN(ReportHashTest)
#include "reporthash_test.moc"
