// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesexportoptions.h"

#include "highlightdefaults.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

constexpr int kColorCount = HighlightDefaults::kCount;

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
    return HighlightDefaults::color(index);
}

QString NotesExportOptions::highlightName(int index) const
{
    index = qBound(0, index, kColorCount - 1);
    if (index < highlightNames.size() && !highlightNames.at(index).isEmpty())
        return highlightNames.at(index);
    return HighlightDefaults::name(index);
}

} // namespace pizhu
