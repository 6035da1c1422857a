// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace pizhu {

// The one typed view of the user's settings. Keys live here and nowhere else;
// a version number lets later releases move or convert old keys.
class Settings
{
public:
    static constexpr int kVersion = 1;
    static constexpr int kMaxRecentFiles = 10;

    Settings();

    QStringList recentFiles() const;
    void addRecentFile(const QString &path); // most recent first, no duplicates, at most 10
    void removeRecentFile(const QString &path);

    QString lastFile() const;
    void setLastFile(const QString &path);
    // Reading position in the last file: the canonical-text offset at the top of the reader.
    qsizetype lastPosition() const;
    void setLastPosition(qsizetype offset);
    bool hasStartedBefore() const;

    int zoomSteps() const; // 0 = default size; each step is 10 %
    void setZoomSteps(int steps);
    QString theme() const; // empty: follow the system palette
    void setTheme(const QString &name);
    // The interface language: "zh_CN", "en", or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &code);
    bool highlightFigures() const;
    void setHighlightFigures(bool on);
    // The export dialog's last choices.
    QString exportFormat() const; // "pdf" by default
    void setExportFormat(const QString &format);
    QString exportFolder() const; // empty: the Documents folder
    void setExportFolder(const QString &folder);
    int exportGrouping() const; // NotesExportOptions::Grouping as int
    void setExportGrouping(int grouping);
    bool exportQuotes() const;
    void setExportQuotes(bool on);
    bool exportCharts() const; // the PDF's page of charts; off by default
    void setExportCharts(bool on);
    // The annotation file the user chose in the window; empty: the default.
    QString annotationFile() const;
    void setAnnotationFile(const QString &path);
    // The five highlight colours' names and "#RRGGBB" colours; an empty entry
    // means the default (names are translated, so defaults are not stored).
    QStringList highlightNames() const;
    void setHighlightNames(const QStringList &names);
    QStringList highlightColors() const;
    void setHighlightColors(const QStringList &colors);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    void sync() { m_settings.sync(); }

private:
    void migrate();
    QSettings m_settings;
};

} // namespace pizhu
