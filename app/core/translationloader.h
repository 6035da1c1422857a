// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace pizhu {

// Installs Pizhu's own and Qt's translations for a locale. The .qm files are
// embedded in the executable under :/i18n; Qt's come from the Qt installation.
class TranslationLoader
{
public:
    static void install(QCoreApplication &app, const QLocale &locale = QLocale());
};

} // namespace pizhu
