// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportparser.h"

#include "chinesetext.h"
#include "chromefilter.h"
#include "duplicatedetector.h"
#include "headingclassifier.h"
#include "metadataextractor.h"
#include "outlinebuilder.h"
#include "titlefinder.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x00AD || u == 0x2060;
}

// "1 831张", "97. 1%": spaces that extraction or typing put inside a number.
QString closeNumberSpaces(const QString &line)
{
    static const QRegularExpression re(u"(?<=\\d)[ \\x{00A0}]+(?=\\d)|(?<=\\d\\.)[ \\x{00A0}]+(?=\\d)|(?<=\\d)[ \\x{00A0}]+(?=\\.\\d)|(?<=\\d)[ \\x{00A0}]+(?=%)"_s);
    QString out = line;
    out.remove(re);
    return out;
}

// A line that may close a report: the issuing organ or the date it was signed.
bool isSignature(QStringView line)
{
    if (line.size() > 30)
        return false;
    if (TitleFinder::endsWithOrgan(line))
        return true;
    return line.size() <= 20 && ChineseText::parseDate(line).isValid();
}

bool hasSentenceEnd(QStringView line)
{
    for (QChar c : line) {
        switch (c.unicode()) {
        case u'。':
        case u'；':
        case u';':
        case u'！':
        case u'？':
        case u'：':
        case u'，':
            return true;
        default:
            break;
        }
    }
    return false;
}

int coveredYearOf(const QString &title, const QStringList &lines, const QList<bool> &drop, const QDate &published)
{
    if (int y = ChineseText::findYear(title))
        return y;
    // "一、2022年度推进法治政府建设的主要举措和成效", "2022年以来，……"
    int seen = 0;
    for (qsizetype i = 0; i < lines.size() && seen < 12; ++i) {
        if (drop[i])
            continue;
        ++seen;
        if (int y = ChineseText::findYear(QStringView(lines[i]).first(qMin<qsizetype>(lines[i].size(), 40))))
            return y;
    }
    // Reports are due by 1 April of the following year.
    if (published.isValid())
        return published.month() <= 6 ? published.year() - 1 : published.year();
    return 0;
}

} // namespace

QStringList ReportParser::normalizedLines(const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = nfc.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const QChar c = i < n ? nfc[i] : QChar(u'\n');
        if (c != u'\n' && c != u'\r' && c != QChar(0x2028) && c != QChar(0x2029))
            continue;
        QString line = nfc.mid(start, i - start);
        start = i + 1;
        bool clean = true;
        for (QChar ch : std::as_const(line)) {
            if (isInvisible(ch) || ch == u'\t' || ch == u'\f') {
                clean = false;
                break;
            }
        }
        if (!clean) {
            line.removeIf(isInvisible);
            line.replace(u'\t', u' ');
            line.replace(u'\f', u' ');
        }
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.contains(u' ') || line.contains(QChar(0x00A0)))
            line = closeNumberSpaces(line);
        lines.append(std::move(line));
    }
    return lines;
}

Report ReportParser::parse(const QString &text, const ReportMetadata &metadata)
{
    Report report;
    report.metadata = metadata;
    const QStringList lines = normalizedLines(text);
    QList<bool> drop(lines.size(), false);

    const MetadataExtractor::Found found = MetadataExtractor::extract(lines, drop);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!drop[i] && ChromeFilter::isChrome(lines[i]))
            drop[i] = true;
    }
    report.duplicatesRemoved = DuplicateDetector::removeCopies(lines, drop);

    const TitleFinder::Found title = TitleFinder::find(lines, drop);
    QString titleText = title.title;
    if (title.firstLine >= 0) {
        // What precedes the title on a page is navigation.
        for (int i = 0; i <= title.lastLine; ++i)
            drop[i] = true;
        // Navigation lists after the report: short lines that are neither
        // sentences, headings nor the signature.
        for (qsizetype i = lines.size() - 1; i > title.lastLine; --i) {
            if (drop[i])
                continue;
            const QString &l = lines[i];
            if (l.size() > 30 || hasSentenceEnd(l) || isSignature(l) || HeadingClassifier::classify(l).isHeading())
                break;
            drop[i] = true;
        }
    } else {
        titleText = found.title;
    }

    QStringList body;
    body.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!drop[i])
            body.append(lines[i]);
    }

    ReportMetadata &meta = report.metadata;
    meta.title = titleText;
    meta.indexNumber = found.indexNumber;
    meta.documentNumber = found.documentNumber;
    meta.publisher = found.publisher;
    // 成文日期 is when the report was signed, not when it was made public.
    meta.published = found.published;
    meta.year = coveredYearOf(titleText, lines, drop, meta.published);
    meta.issuer = TitleFinder::issuerOf(titleText);
    if (meta.issuer.isEmpty())
        meta.issuer = meta.publisher;
    if (meta.sourceFormat.isEmpty())
        meta.sourceFormat = u"text"_s;

    OutlineBuilder::build(titleText, body, meta.year, report);
    if (report.parts().empty())
        report.warnings << tr("No report parts were recognised; the text is shown without an outline.");
    return report;
}

} // namespace pizhu
