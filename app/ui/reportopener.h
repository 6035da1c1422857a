// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importoptions.h"
#include "report.h"
#include "result.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QTextDocument;

namespace pizhu {

// Opens a report off the GUI thread: reading, decoding, importing and parsing
// run in the thread pool while the window stays responsive; progress comes
// back as percentages, and the work can be cancelled. One opening at a time:
// a new request cancels the one before.
// Builds what the window shows of a report (its reader document) in the worker thread too.
using DocumentBuilder = std::function<QTextDocument *(const Report &)>;

class ReportOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportOpener)

public:
    explicit ReportOpener(QObject *parent = nullptr);
    ~ReportOpener() override;

    void open(const QString &path, const ImportOptions &options = {}, DocumentBuilder builder = {});
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void progress(int percent);
    // Exactly one of these per open(), unless a later open() replaced it. The
    // receiver owns document (null without a builder).
    void opened(const QString &path, const pizhu::Report &report, QTextDocument *document);
    void failed(const QString &path, const pizhu::Error &error, const pizhu::ImportOptions &options);

private:
    struct Job;
    std::shared_ptr<Job> m_job;
    bool m_busy = false;
};

} // namespace pizhu
