// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "figure.h"
#include "report.h"
#include "tagusage.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace pizhu {

// The counts the dashboard charts: a report's notes by part and by tag, its
// commitments by status and by responsible unit, its figures by part.
struct DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    using Counts = QList<QPair<QString, int>>; // label, count; in a meaningful order

    Counts notesByPart;
    Counts notesByTag;
    Counts commitmentsByStatus;
    Counts commitmentsByUnit;
    Counts figuresByPart;

    static DashboardData build(const Report &report, const QList<Annotation> &annotations,
                               const QList<TagUsage> &tags, const QList<Figure> &figures);
};

} // namespace pizhu
