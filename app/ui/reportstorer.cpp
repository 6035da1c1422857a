// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstorer.h"

#include "database.h"
#include "reportstore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {
using Watcher = QFutureWatcher<QString>;
}

ReportStorer::ReportStorer(QObject *parent)
    : QObject(parent)
{
}

ReportStorer::~ReportStorer()
{
    waitForFinished();
}

void ReportStorer::store(Database &db, const Report &report)
{
    if (report.canonicalText.isEmpty() || db.isReadOnly())
        return;
    ReportStore library(db);
    if (library.findByContentHash(report.contentHash()))
        return; // opened before: nothing to write
    // An in-memory file is only this connection's; a worker could not see it.
    if (report.canonicalText.size() < kBackgroundChars || db.path() == u":memory:"_s) {
        if (const auto written = library.store(report); !written)
            Q_EMIT failed(written.error().message);
        return;
    }
    auto *watcher = new Watcher(this);
    m_writes.append(watcher);
    connect(watcher, &Watcher::finished, this, [this, watcher] {
        const QString error = watcher->result();
        m_writes.removeOne(watcher);
        watcher->deleteLater();
        if (error.isEmpty())
            Q_EMIT stored();
        else
            Q_EMIT failed(error);
    });
    watcher->setFuture(QtConcurrent::run([path = db.path(), report]() -> QString {
        Database::Options options;
        options.dailyBackup = false; // DailyBackup's business
        auto worker = Database::open(path, Database::OpenMode::ReadWrite, options);
        if (!worker)
            return worker.error().message;
        const auto written = ReportStore(*worker.value()).store(report);
        return written ? QString() : written.error().message;
    }));
}

bool ReportStorer::isBusy() const
{
    return std::any_of(m_writes.cbegin(), m_writes.cend(), [](const Watcher *w) { return w->isRunning(); });
}

void ReportStorer::waitForFinished()
{
    for (Watcher *watcher : std::as_const(m_writes))
        watcher->waitForFinished();
}

} // namespace pizhu
