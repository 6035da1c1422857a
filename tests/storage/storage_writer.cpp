// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for crash_test and twoinstances_test: another Pizhu process writing
// to the same annotation file.
//   storage_writer write DB COUNT WORKKEY  — COUNT annotations (0 = until killed),
//                                            printing each UUID once it is committed
//   storage_writer hold DB MS WORKKEY      — takes the write lock, prints "holding",
//                                            keeps it MS milliseconds, commits, prints the UUID
//   storage_writer probe DB                — opens for writing, tries one write, reports
#include "annotationstore.h"
#include "database.h"
#include "storagefixtures.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

using namespace pizhu;

namespace {

void printLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return fail(u"usage: storage_writer write|hold|probe DB …"_s);
    const QString verb = args.at(1);
    auto opened = Database::open(args.at(2));
    if (!opened)
        return fail(opened.error().message);
    Database &db = *opened.value();
    AnnotationStore store(db);

    if (verb == u"probe"_s) {
        printLine(u"readonly=%1"_s.arg(db.isReadOnly() ? 1 : 0));
        printLine(u"reason=%1"_s.arg(db.readOnlyReason()));
        const auto added = store.add(sampleAnnotation(u"probe"_s, 1));
        printLine(u"write=%1"_s.arg(added ? u"ok"_s : added.error().message));
        return 0;
    }
    if (args.size() < 5)
        return fail(u"missing arguments"_s);
    const int number = args.at(3).toInt();
    const QString workKey = args.at(4);
    if (verb == u"hold"_s) {
        Transaction transaction(db);
        if (!transaction.ok())
            return fail(transaction.error().message);
        const Annotation a = sampleAnnotation(workKey, 0);
        const auto added = store.add(a);
        if (!added)
            return fail(added.error().message);
        printLine(u"holding"_s);
        QThread::msleep(number);
        const auto committed = transaction.commit();
        if (!committed)
            return fail(committed.error().message);
        printLine(a.id.toString(QUuid::WithoutBraces));
        return 0;
    }
    if (verb == u"write"_s) {
        for (int i = 0; number == 0 || i < number; ++i) {
            const Annotation a = sampleAnnotation(workKey, i);
            const auto added = store.add(a);
            if (!added)
                return fail(added.error().message);
            printLine(a.id.toString(QUuid::WithoutBraces));
        }
        return 0;
    }
    return fail(u"unknown verb "_s + verb);
}
