// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

namespace pizhu {

class Database;

// Puts an opened report into the library (ReportStore) without holding up
// the window: a large report's text and its search index take seconds to
// write, so they are written on a worker thread, on a connection of its own
// to the same file (WAL lets the window read and write meanwhile; a write of
// the window waits for the lock). A report the file has already, and a small
// one, are dealt with at once, so that the library lists it when store()
// returns.
class ReportStorer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportStorer)

public:
    // From this many characters on (about 400 KB of text, a long report), the
    // write goes to a worker.
    static constexpr qsizetype kBackgroundChars = 200'000;

    explicit ReportStorer(QObject *parent = nullptr);
    // Waits for the writes in progress: the library keeps every report opened.
    ~ReportStorer() override;

    // db: the window's connection (writable); report: best with its content
    // hash remembered (Report::rememberContentHash), as the session's is.
    void store(Database &db, const Report &report);
    bool isBusy() const;
    void waitForFinished();

Q_SIGNALS:
    // The library has a new version (written in the background).
    void stored();
    void failed(const QString &message);

private:
    QList<QFutureWatcher<QString> *> m_writes; // each one's error message, empty when stored
};

} // namespace pizhu
