// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryversions.h"

#include <karchive_version.h>
#include <poppler-version.h>

using namespace Qt::StringLiterals;

namespace pizhu {

QList<QPair<QString, QString>> LibraryVersions::core()
{
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion())},
        {u"KF6 Archive"_s, QString::fromLatin1(KARCHIVE_VERSION_STRING)},
        {u"Poppler"_s, Poppler::Version::string()},
    };
}

} // namespace pizhu
