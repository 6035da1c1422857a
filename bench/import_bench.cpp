// SPDX-License-Identifier: GPL-3.0-or-later
// Import time of the sample report in each format (issue 5). Targets: text and
// HTML < 10 ms, DOCX < 50 ms, a 3-page PDF < 300 ms, a 100-page PDF < 5 s.
// "Import" is bytes to the text the parser reads; parsing is parser_bench's.
#include "docximporter.h"
#include "htmlimporter.h"
#include "pdfimporter.h"
#include "reportgenerator.h"
#include "reportparser.h"
#include "samplefixtures.h"
#include "textloader.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace pizhu;

namespace {

double medianMs(int runs, const std::function<bool()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return -1;
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int pdfPages(const QByteArray &pdf)
{
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "));
}

// The first blocks of a report whose PDF has at most `pages` pages.
Report firstPages(const Report &r, int pages)
{
    Report cut = r;
    while (cut.blocks.size() > 2 && pdfPages(pdfOf(cut)) > pages)
        cut.blocks.removeLast();
    return cut;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const auto loaded = TextLoader::load(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
    if (!loaded)
        return 1;
    const Report sample = ReportParser::parse(loaded->text);
    QStringEncoder gb("GB18030");
    const QByteArray gbText = gb.encode(loaded->text);
    const QByteArray utf8Text = loaded->text.toUtf8();
    QStringEncoder gbk("GB18030");
    const QByteArray html = gbk.encode(samplePage(sample));
    const QByteArray docx = docxOf(sample);

    std::printf("import sample, UTF-8 text: %.2f ms (target < 10 ms)\n",
                medianMs(51, [&] { return TextLoader::decode(utf8Text).ok(); }));
    std::printf("import sample, GB18030 text: %.2f ms (target < 10 ms)\n",
                medianMs(51, [&] { return TextLoader::decode(gbText).ok(); }));
    std::printf("import sample, GBK web page: %.2f ms (target < 10 ms)\n",
                medianMs(51, [&] { return HtmlImporter::import(html).ok(); }));
    std::printf("import sample, Word document: %.2f ms (target < 50 ms)\n",
                medianMs(51, [&] { return DocxImporter::import(docx).ok(); }));

    const QByteArray threePages = pdfOf(firstPages(sample, 3));
    std::printf("import sample, %d-page PDF: %.1f ms (target < 300 ms for 3 pages)\n", pdfPages(threePages),
                medianMs(11, [&] { return PdfImporter::import(threePages).ok(); }));

    // A hundred pages: the sample's body repeated with varied numbering.
    Report big = sample;
    for (qsizetype chars = 60000; pdfPages(pdfOf(big)) < 100; chars += 15000)
        big = ReportParser::parse(bench::ReportGenerator::generate(loaded->text, chars));
    const QByteArray hundred = pdfOf(big);
    std::printf("import a %d-page PDF: %.0f ms (target < 5000 ms for 100 pages)\n", pdfPages(hundred),
                medianMs(3, [&] { return PdfImporter::import(hundred).ok(); }));
    return 0;
}
