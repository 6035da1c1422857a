// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notesstatistics.h"

#include <QDialog>

class QChart;

namespace pizhu {

// Tools → Dashboard: the open report at a glance — notes by part and by tag,
// commitments by status and by responsible unit, figures by part: the charts
// of NotesStatistics, which the notes PDF draws too.
class DashboardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardDialog)

public:
    explicit DashboardDialog(const NotesStatistics &counts, QWidget *parent = nullptr);

    const QList<QChart *> &charts() const { return m_charts; }
    // A chart as the dashboard draws it (titled, horizontal bars).
    static QChart *chart(const QString &title, const NotesStatistics::Counts &counts, const QColor &color);

private:
    QList<QChart *> m_charts;
};

} // namespace pizhu
