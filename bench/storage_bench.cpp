// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation file under load: importing 10,000 annotations in one
// transaction, loading them for their report, adding and updating one.
// Targets (issue "Annotate"): import 10,000 < 2 s; add one < 10 ms.
#include "annotationstore.h"
#include "database.h"
#include "storagefixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QList<Annotation> annotations(int count)
{
    QList<Annotation> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list << sampleAnnotation(u"bench-work"_s, i, i % 3 ? QList<qint64>{1 + i % 6} : QList<qint64>{1, 4});
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    constexpr int kCount = 10000;
    const QList<Annotation> list = annotations(kCount);

    std::vector<double> imports, reimports, loads;
    for (int run = 0; run < 3; ++run) {
        const auto db = openDatabase(dir.filePath(u"import-%1.sqlite"_s.arg(run)));
        AnnotationStore store(*db);
        QElapsedTimer timer;
        timer.start();
        const auto imported = store.upsert(list);
        imports.push_back(msSince(timer));
        if (!imported || imported->added != kCount) {
            std::fprintf(stderr, "import failed\n");
            return 1;
        }
        timer.restart();
        const auto again = store.upsert(list); // every one known: the update path
        reimports.push_back(msSince(timer));
        if (!again || again->updated != kCount)
            return 1;
    }
    std::printf("upsert %d new annotations (one transaction, file): %.0f ms median of 3 (target < 2000 ms)\n",
                kCount, median(imports));
    std::printf("upsert the same %d again (all updates): %.0f ms median of 3\n", kCount, median(reimports));

    const auto db = openDatabase(dir.filePath(u"import-0.sqlite"_s));
    AnnotationStore store(*db);
    qsizetype loaded = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        loaded = store.forWork(u"bench-work"_s).size();
        loads.push_back(msSince(timer));
    }
    std::printf("load %lld annotations of one report (document order, with tags): %.1f ms median of 7\n",
                static_cast<long long>(loaded), median(loads));

    std::vector<double> adds, updates;
    for (int i = 0; i < 101; ++i) {
        Annotation a = sampleAnnotation(u"bench-work"_s, kCount + i, {2, 3});
        QElapsedTimer timer;
        timer.start();
        if (!store.add(a))
            return 1;
        adds.push_back(msSince(timer));
        a.note += u" 改"_s;
        timer.restart();
        if (!store.update(a))
            return 1;
        updates.push_back(msSince(timer));
    }
    std::printf("add one annotation to a file of %d: %.2f ms median of 101, worst %.2f ms (target < 10 ms)\n",
                kCount, median(adds), *std::max_element(adds.begin(), adds.end()));
    std::printf("update one annotation: %.2f ms median of 101\n", median(updates));

    std::vector<double> opens;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto reopened = openDatabase(dir.filePath(u"import-1.sqlite"_s));
        opens.push_back(msSince(timer));
    }
    std::printf("open a file of %d annotations (quick_check, daily backup on the first): "
                "%.1f ms median of 5, "
                "first %.1f ms\n",
                kCount, median(opens), opens.front());
    return 0;
}
