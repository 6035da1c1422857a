// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QMenuBar;

namespace pizhu {

// Help: the user guide (F1), an overview of every keyboard shortcut the
// menus offer, and About with the versions of the libraries in use.
class HelpMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)

public:
    explicit HelpMenu(QMenuBar *menuBar);
    ~HelpMenu() override;

    // Every action with a shortcut in the menu bar: "File › Open…" and its keys.
    static QList<QPair<QString, QString>> shortcuts(const QMenuBar *menuBar);
    // Names and versions shown in About.
    static QList<QPair<QString, QString>> libraryVersions();

private:
    void showGuide();
    void showShortcuts();
    void showAbout();
    QMenuBar *m_menuBar = nullptr;
};

} // namespace pizhu
