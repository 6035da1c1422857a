// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportopener.h"

#include "reportreader.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTextDocument>
#include <QThreadPool>

namespace pizhu {

// Shared by the worker and the opener: the worker may outlive a cancelled request.
struct ReportOpener::Job
{
    std::atomic<bool> cancelled{false};
    std::atomic<int> lastProgress{-1};
};

ReportOpener::ReportOpener(QObject *parent)
    : QObject(parent)
{
}

ReportOpener::~ReportOpener()
{
    cancel();
}

void ReportOpener::cancel()
{
    if (m_job)
        m_job->cancelled = true;
    m_job.reset();
    m_busy = false;
}

void ReportOpener::open(const QString &path, const ImportOptions &options, DocumentBuilder builder)
{
    cancel();
    auto job = std::make_shared<Job>();
    m_job = job;
    m_busy = true;
    QPointer<ReportOpener> self(this);
    ImportOptions worker = options;
    worker.cancelled = [job] { return job->cancelled.load(); };
    worker.progress = [job, self](int percent) {
        // Only changes travel to the GUI thread.
        if (job->lastProgress.exchange(percent) == percent)
            return;
        // The application object lives in the GUI thread; the opener is only
        // looked at there, where it cannot be half destroyed.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, job, percent] {
            if (self && self->m_job == job)
                Q_EMIT self->progress(percent);
        }, Qt::QueuedConnection);
    };
    QThreadPool::globalInstance()->start([job, self, path, worker, options, builder] {
        auto result = std::make_shared<Result<Report>>(ReportReader::read(path, worker));
        if (result->ok())
            result->value().rememberContentHash();
        QTextDocument *document = nullptr;
        if (result->ok() && builder && !job->cancelled) {
            document = builder(result->value());
            // Handed to the GUI thread, where the reader will own it.
            document->moveToThread(QCoreApplication::instance()->thread());
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, job, path, result, options, document] {
            if (!self || self->m_job != job || job->cancelled) {
                delete document; // replaced or cancelled: nobody waits for this any more
                return;
            }
            self->m_job.reset();
            self->m_busy = false;
            if (result->ok())
                Q_EMIT self->opened(path, result->value(), document);
            else
                Q_EMIT self->failed(path, result->error(), options);
        }, Qt::QueuedConnection);
    });
}

} // namespace pizhu
