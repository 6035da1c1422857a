// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "reportsummary.h"
#include "tag.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pizhu {

class Database;

// Every tracked commitment of every report in the annotation file, for the
// commitment tracker: what was promised, by whom, by when, and how it stands.
class CommitmentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitmentModel)

public:
    enum Column { ReportColumn, QuoteColumn, StatusColumn, UnitColumn, DueColumn, TagsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QUuid
        WorkKeyRole,
        StatusRole, // int(CommitmentStatus)
        OverdueRole, // bool
        SortRole, // what the column sorts by
        ReportTitleRole,
    };

    explicit CommitmentModel(QObject *parent = nullptr);

    // Reads the commitments again; an empty model when db is null.
    void reload(Database *db);
    // For "overdue": the day to compare due dates with (tests fix it).
    void setToday(const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Annotation &annotationAt(int row) const { return m_rows.at(row); }
    ReportSummary reportAt(int row) const { return m_reports.value(m_rows.at(row).workKey); }
    bool isOverdue(int row) const;
    QList<Tag> tagsAt(int row) const;
    QStringList units() const; // the responsible units that occur, sorted
    QList<ReportSummary> reports() const; // the reports that have commitments, by title

private:
    QString tagNames(const Annotation &a) const;

    QList<Annotation> m_rows;
    QHash<QString, ReportSummary> m_reports; // by work key
    QHash<qint64, Tag> m_tags;
    QDate m_today;
};

} // namespace pizhu
