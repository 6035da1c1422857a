// SPDX-License-Identifier: GPL-3.0-or-later
// Parse time of the sample report and of generated 1 MB and 10 MB reports.
// Targets (issue 2): sample < 2 ms; 10 MB < 1.5 s; 10× the input costs at
// most 12× the time.
#include "reportgenerator.h"
#include "reportparser.h"
#include "textloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

// The median of several runs: robust against a busy machine.
double medianMs(const QString &text, int runs, int *parts)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const Report r = ReportParser::parse(text);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        *parts = int(r.parts().size());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto sample = TextLoader::load(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
    if (!sample) {
        std::fprintf(stderr, "%s\n", qPrintable(sample.error().message));
        return 1;
    }
    int parts = 0;
    const double sampleMs = medianMs(sample->text, 201, &parts);
    std::printf("parse sample (%lld bytes UTF-8): %.3f ms median of 201 (target < 2 ms), %d parts\n",
                static_cast<long long>(sample->text.toUtf8().size()), sampleMs, parts);

    const QString oneMb = bench::ReportGenerator::generate(sample->text, 1024 * 1024 * 10 / 28);
    const QString tenMb = bench::ReportGenerator::generate(sample->text, 10 * 1024 * 1024 * 10 / 28);
    int partsOne = 0, partsTen = 0;
    const double oneMs = medianMs(oneMb, 7, &partsOne);
    const double tenMs = medianMs(tenMb, 3, &partsTen);
    std::printf("parse 1 MB report (%lld bytes): %.1f ms median of 7, %d parts\n",
                static_cast<long long>(oneMb.toUtf8().size()), oneMs, partsOne);
    std::printf("parse 10 MB report (%lld bytes): %.1f ms median of 3 (target < 1500 ms), %d parts\n",
                static_cast<long long>(tenMb.toUtf8().size()), tenMs, partsTen);
    std::printf("growth: 10x the input costs %.1fx the time (target <= 12x)\n", tenMs / oneMs);
    return 0;
}
