// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfilesmenu.h"

#include "settings.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pizhu {

RecentFilesMenu::RecentFilesMenu(Settings &settings, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_settings(settings)
{
    setObjectName(u"recentFilesMenu"_s);
    rebuild();
}

RecentFilesMenu::~RecentFilesMenu() = default;

void RecentFilesMenu::add(const QString &path)
{
    // The bundled sample is always one click away in the empty state; not a "recent file".
    if (path.startsWith(u':'))
        return;
    m_settings.addRecentFile(path);
    rebuild();
}

void RecentFilesMenu::remove(const QString &path)
{
    m_settings.removeRecentFile(path);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings.recentFiles();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        const QString name = QFileInfo(path).fileName();
        // &1 … &9, then 1&0: each entry has a keyboard accelerator.
        const QString number = n < 10 ? u"&"_s + QString::number(n) : u"1&0"_s;
        QAction *action = addAction(u"%1  %2"_s.arg(number, name));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    if (files.isEmpty()) {
        addAction(tr("No recent reports"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("&Clear List"), this, [this] {
        for (const QString &path : m_settings.recentFiles())
            m_settings.removeRecentFile(path);
        rebuild();
    });
}

} // namespace pizhu
