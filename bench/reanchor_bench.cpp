// SPDX-License-Identifier: GPL-3.0-or-later
// Re-anchoring 10,000 anchors made on the sample report, on the unchanged
// text and on the edited versions of tests/core/reanchorfixtures.h. Prints
// the time (median of five runs) in total and per anchor, and how the
// anchors fared against where their text really went (EditedText): placed
// right, orphaned, or wrong, the last split into boundaries a few characters
// off where an edit touches the quote, and misplaced (nowhere near, or the
// text is gone). Target (issue "Annotate"): well under a second for 10,000.
// PIZHU_SHOW_WRONG=1 prints the first wrong placements of each version.
#include "anchorfactory.h"
#include "reanchorer.h"
#include "reanchorfixtures.h"
#include "reportparser.h"
#include "textloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

// Anchors anywhere, of the lengths people select: a few figures and words,
// mostly phrases and sentences, some paragraphs.
QList<Anchor> randomAnchors(const Report &report, int count)
{
    QRandomGenerator random(20230201);
    const qsizetype n = report.canonicalText.size();
    QList<Anchor> anchors;
    anchors.reserve(count);
    while (anchors.size() < count) {
        const int kind = random.bounded(100);
        const qsizetype length = kind < 15 ? random.bounded(2, 6)
            : kind < 50                    ? random.bounded(6, 21)
            : kind < 85                    ? random.bounded(21, 81)
                                           : random.bounded(81, 401);
        const qsizetype start = random.bounded(qint64(std::max<qsizetype>(1, n - length)));
        const Anchor a = AnchorFactory::create(report, start, start + length);
        if (a.isValid() && !a.exact.trimmed().isEmpty())
            anchors.append(a);
    }
    return anchors;
}

// Long quotes as their beginning and end, line breaks shown.
QString brief(QString text)
{
    text.replace(u'\n', u'⏎');
    return text.size() <= 40 ? text : text.left(18) + u"…"_s + text.right(18);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto loaded
        = TextLoader::load(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
        return 1;
    }
    const Report sample = ReportParser::parse(loaded->text);
    constexpr int count = 10000;
    const QList<Anchor> anchors = randomAnchors(sample, count);
    const bool showWrong = qEnvironmentVariableIsSet("PIZHU_SHOW_WRONG");
    std::printf("%d anchors on the sample (%lld bytes; %lld characters of canonical text)\n", count,
        static_cast<long long>(loaded->text.toUtf8().size()),
        static_cast<long long>(sample.canonicalText.size()));
    std::printf("%-22s %9s %9s %9s %7s %7s %7s %7s %9s\n", "version", "index ms", "place ms", "us/anchor",
        "right", "orphan", "gone", "off", "misplaced");

    for (const reanchorfixtures::Version &v : reanchorfixtures::versions()) {
        EditedText edited(sample.canonicalText);
        v.edit(edited);
        const Report report = ReportParser::parse(edited.text());
        std::vector<double> indexMs, placeMs;
        QList<Reanchorer::Placement> placements;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Reanchorer reanchorer(report, sample.canonicalText.size());
            indexMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            placements = reanchorer.placeAll(anchors);
            placeMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }

        int right = 0, orphan = 0, gone = 0, off = 0, misplaced = 0;
        for (qsizetype i = 0; i < anchors.size(); ++i) {
            const Anchor &a = anchors[i];
            const EditedText::Expected e = edited.expected(a.start, a.end);
            const Reanchorer::Placement &p = placements[i];
            gone += e.gone() ? 1 : 0;
            if (p.isOrphan()) {
                ++orphan;
                continue;
            }
            if (edited.placedRight(a.start, a.end, p.start, p.end)) {
                ++right;
                continue;
            }
            const bool overlaps = !e.gone() && p.start < e.end && e.start < p.end;
            (overlaps ? off : misplaced) += 1;
            if (showWrong && (off + misplaced <= 8 || !overlaps))
                std::printf("  %s: how %d, score %.2f\n    quote    %s\n    expected %s\n    placed   %s\n",
                    overlaps ? "off" : "misplaced", int(p.how), p.score, qPrintable(brief(a.exact)),
                    e.gone() ? "gone" : qPrintable(brief(report.canonicalText.mid(e.start, e.end - e.start))),
                    qPrintable(brief(report.canonicalText.mid(p.start, p.end - p.start))));
        }
        const double ms = median(placeMs);
        std::printf("%-22s %9.2f %9.2f %9.2f %7d %7d %7d %7d %9d\n", v.name, median(indexMs), ms,
            1000.0 * ms / double(count), right, orphan, gone, off, misplaced);
    }
    return 0;
}
