// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailybackup.h"

#include "database.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pizhu {

DailyBackup::~DailyBackup()
{
    waitForFinished();
}

void DailyBackup::start(const QString &path)
{
    if (path == u":memory:"_s)
        return;
    waitForFinished(); // one at a time (another file was opened meanwhile)
    // Opening with the default options takes the backup (and nothing else
    // that the window's own open did not do already).
    m_running = QtConcurrent::run([path] { (void)Database::open(path); });
}

void DailyBackup::waitForFinished()
{
    m_running.waitForFinished();
}

} // namespace pizhu
