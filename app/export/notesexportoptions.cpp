// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesexportoptions.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

constexpr int kColorCount = 5;

} // namespace

QString NotesExportOptions::groupingId(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Part:
        return u"part"_s;
    case Grouping::Tag:
        return u"tag"_s;
    case Grouping::Status:
        return u"status"_s;
    }
    return {};
}

std::optional<NotesExportOptions::Grouping> NotesExportOptions::groupingFromId(const QString &id)
{
    for (auto g : { Grouping::Part, Grouping::Tag, Grouping::Status }) {
        if (groupingId(g) == id.trimmed().toLower())
            return g;
    }
    return std::nullopt;
}

QStringList NotesExportOptions::groupingIds()
{
    return { groupingId(Grouping::Part), groupingId(Grouping::Tag), groupingId(Grouping::Status) };
}

QString NotesExportOptions::userName()
{
    // USER on Unix, USERNAME on Windows; the home folder's name when neither is set.
    for (const char *name : { "USER", "USERNAME", "LOGNAME" }) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    const QString home = QDir::home().dirName();
    return home == u"."_s ? QString() : home;
}

QColor NotesExportOptions::highlightColor(int index) const
{
    index = qBound(0, index, kColorCount - 1);
    if (index < highlightColors.size() && highlightColors.at(index).isValid())
        return highlightColors.at(index);
    // The window's default marker colours (HighlightPalette): yellow, green, blue, pink, orange.
    static const QColor defaults[kColorCount] = { QColor(255, 213, 79), QColor(129, 199, 132),
        QColor(100, 181, 246), QColor(240, 98, 146), QColor(255, 167, 38) };
    return defaults[index];
}

QString NotesExportOptions::highlightName(int index) const
{
    index = qBound(0, index, kColorCount - 1);
    if (index < highlightNames.size() && !highlightNames.at(index).isEmpty())
        return highlightNames.at(index);
    switch (index) {
    case 0:
        return tr("Yellow");
    case 1:
        return tr("Green");
    case 2:
        return tr("Blue");
    case 3:
        return tr("Pink");
    default:
        return tr("Orange");
    }
}

} // namespace pizhu
