// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "figure.h"
#include "notesstatistics.h"
#include "report.h"
#include "tagusage.h"

#include <QList>

namespace pizhu {

// What the dashboard charts: the open report's annotations, as the window
// stores them (tags by id), handed to NotesStatistics as an export would
// hand them — so the dashboard and the notes PDF's charts count alike.
class DashboardData
{
public:
    // The annotations as ExportedNotes of the report (which must outlive them).
    static ExportedNotes notesOf(
        const Report &report, const QList<Annotation> &annotations, const QList<TagUsage> &tags);
    static NotesStatistics build(const Report &report, const QList<Annotation> &annotations,
        const QList<TagUsage> &tags, const QList<Figure> &figures);
};

} // namespace pizhu
