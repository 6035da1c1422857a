// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace pizhu {

class Settings;

// File → Open Recent: the last ten reports, most recent first, kept in Settings.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesMenu)

public:
    RecentFilesMenu(Settings &settings, QWidget *parent = nullptr);
    ~RecentFilesMenu() override;

    void add(const QString &path);
    void remove(const QString &path);

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    void rebuild();
    Settings &m_settings;
};

} // namespace pizhu
