// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"


using namespace Qt::StringLiterals;

namespace pizhu {

namespace {
const QString kVersionKey = u"settingsVersion"_s;
const QString kRecent = u"files/recent"_s;
const QString kLastFile = u"files/last"_s;
const QString kLastPosition = u"files/lastPosition"_s;
const QString kZoom = u"reader/zoomSteps"_s;
const QString kTheme = u"reader/theme"_s;
const QString kFigures = u"reader/highlightFigures"_s;
const QString kLanguage = u"interface/language"_s;
const QString kAnnotationFile = u"annotate/file"_s;
const QString kExportFormat = u"export/format"_s;
const QString kExportFolder = u"export/folder"_s;
const QString kExportGrouping = u"export/grouping"_s;
const QString kExportQuotes = u"export/quotes"_s;
const QString kExportCharts = u"export/charts"_s;
const QString kHighlightNames = u"annotate/highlightNames"_s;
const QString kHighlightColors = u"annotate/highlightColors"_s;
const QString kGeometry = u"window/geometry"_s;
const QString kState = u"window/state"_s;
} // namespace

Settings::Settings()
{
    migrate();
}

void Settings::migrate()
{
    const int version = m_settings.value(kVersionKey, 0).toInt();
    if (version == kVersion)
        return;
    // Version 0 is a fresh profile: nothing to convert yet. Later versions
    // convert old keys here, one step at a time.
    m_settings.setValue(kVersionKey, kVersion);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(kRecent).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings.setValue(kRecent, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    m_settings.setValue(kRecent, files);
}

QString Settings::lastFile() const
{
    return m_settings.value(kLastFile).toString();
}

void Settings::setLastFile(const QString &path)
{
    m_settings.setValue(kLastFile, path);
}

qsizetype Settings::lastPosition() const
{
    return m_settings.value(kLastPosition, 0).toLongLong();
}

void Settings::setLastPosition(qsizetype offset)
{
    m_settings.setValue(kLastPosition, qint64(offset));
}

bool Settings::hasStartedBefore() const
{
    return m_settings.contains(kLastFile);
}

int Settings::zoomSteps() const
{
    return m_settings.value(kZoom, 0).toInt();
}

void Settings::setZoomSteps(int steps)
{
    m_settings.setValue(kZoom, steps);
}

QString Settings::theme() const
{
    return m_settings.value(kTheme).toString();
}

void Settings::setTheme(const QString &name)
{
    m_settings.setValue(kTheme, name);
}

QString Settings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(kLanguage, code);
}

bool Settings::highlightFigures() const
{
    return m_settings.value(kFigures, true).toBool();
}

QString Settings::exportFormat() const
{
    return m_settings.value(kExportFormat, u"pdf"_s).toString();
}

void Settings::setExportFormat(const QString &format)
{
    m_settings.setValue(kExportFormat, format);
}

QString Settings::exportFolder() const
{
    return m_settings.value(kExportFolder).toString();
}

void Settings::setExportFolder(const QString &folder)
{
    m_settings.setValue(kExportFolder, folder);
}

int Settings::exportGrouping() const
{
    return m_settings.value(kExportGrouping, 0).toInt();
}

void Settings::setExportGrouping(int grouping)
{
    m_settings.setValue(kExportGrouping, grouping);
}

bool Settings::exportQuotes() const
{
    return m_settings.value(kExportQuotes, true).toBool();
}

void Settings::setExportQuotes(bool on)
{
    m_settings.setValue(kExportQuotes, on);
}

bool Settings::exportCharts() const
{
    return m_settings.value(kExportCharts, false).toBool();
}

void Settings::setExportCharts(bool on)
{
    m_settings.setValue(kExportCharts, on);
}

QString Settings::annotationFile() const
{
    return m_settings.value(kAnnotationFile).toString();
}

void Settings::setAnnotationFile(const QString &path)
{
    m_settings.setValue(kAnnotationFile, path);
}

QStringList Settings::highlightNames() const
{
    return m_settings.value(kHighlightNames).toStringList();
}

void Settings::setHighlightNames(const QStringList &names)
{
    m_settings.setValue(kHighlightNames, names);
}

QStringList Settings::highlightColors() const
{
    return m_settings.value(kHighlightColors).toStringList();
}

void Settings::setHighlightColors(const QStringList &colors)
{
    m_settings.setValue(kHighlightColors, colors);
}

void Settings::setHighlightFigures(bool on)
{
    m_settings.setValue(kFigures, on);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

} // namespace pizhu
