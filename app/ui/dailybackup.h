// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QString>

namespace pizhu {

// The day's backup of the annotation file (Backups::daily), taken on a worker
// thread by a connection of its own once the window has opened the file:
// copying a library of a thousand reports takes seconds, which the first
// start of the day should not spend with a frozen window. A failed backup is
// logged and keeps nobody from their notes, as in Database::open.
class DailyBackup
{
public:
    DailyBackup() = default;
    ~DailyBackup(); // waits: the copy is not left half-written at exit
    Q_DISABLE_COPY_MOVE(DailyBackup)

    // path: an annotation file the window has opened for writing.
    void start(const QString &path);
    void waitForFinished();

private:
    QFuture<void> m_running;
};

} // namespace pizhu
