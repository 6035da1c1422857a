// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportgenerator.h"

#include "chinesetext.h"
#include "headingclassifier.h"
#include "reportparser.h"

using namespace Qt::StringLiterals;

namespace pizhu::bench {

QString ReportGenerator::generate(const QString &sampleText, qsizetype targetChars)
{
    const Report sample = ReportParser::parse(sampleText);
    QStringList body;
    for (const Block &b : sample.blocks) {
        if (b.kind != Block::Kind::Title)
            body << sample.canonicalText.mid(b.start, b.length());
    }
    QString out = sample.metadata.title + u"\n\n"_s;
    out.reserve(targetChars + 64 * 1024);
    int part = 0, section = 0, item = 0, round = 0;
    while (out.size() < targetChars) {
        ++round;
        for (const QString &line : std::as_const(body)) {
            const HeadingMatch m = HeadingClassifier::classify(line);
            // Every line made unique, headings too, or the repeats would be
            // (rightly) removed as copies of the report.
            const QString rest = u"第"_s + QString::number(round) + u"轮"_s + line.mid(m.titleStart);
            switch (m.style) {
            case HeadingMatch::Style::ChineseComma:
                part = part % 999 + 1; // numerals stop at 九百九十九: wrap, as a restart would
                out += ChineseText::numeral(part) + u"、"_s + rest;
                break;
            case HeadingMatch::Style::ParenChinese:
                section = section % 999 + 1;
                out += u"（"_s + ChineseText::numeral(section) + u"）"_s + rest;
                break;
            case HeadingMatch::Style::ArabicDot:
                item = item % 999 + 1;
                out += QString::number(item) + u'.' + rest;
                break;
            default:
                out += u"第"_s + QString::number(round) + u"轮，"_s + line;
                break;
            }
            out += u"\n\n"_s;
        }
    }
    return out;
}

} // namespace pizhu::bench
