// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace pizhu {

// The versions of the libraries the core layer reads reports with, for the
// About box and bug reports.
class LibraryVersions
{
public:
    static QList<QPair<QString, QString>> core();
};

} // namespace pizhu
