// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Another report for the window tests that need more than one: the bundled
// sample as if it were another year's (every 2022 replaced), written to path.

#include "mainwindow.h"

#include <QFile>
#include <QString>

namespace pizhu::testing {

// False when the sample cannot be read or path cannot be written.
inline bool writeSampleAsYear(const QString &path, int year)
{
    QFile sample(QString::fromLatin1(MainWindow::kSamplePath));
    QFile copy(path);
    if (!sample.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly))
        return false;
    const QString text = QString::fromUtf8(sample.readAll()).replace(QStringLiteral("2022"), QString::number(year));
    return copy.write(text.toUtf8()) >= 0 && copy.flush();
}

} // namespace pizhu::testing
