// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportsummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace pizhu {

class Database;

// The library: every report stored in the annotation file, with its
// numbers of notes and commitments. Reads the file on reload(); owns no
// storage.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Column { IssuerColumn, YearColumn, TitleColumn, NotesColumn, CommitmentsColumn, ColumnCount };
    enum Role {
        ReportIdRole = Qt::UserRole + 1, // qint64
        ContentHashRole, // the latest version: what opens
        WorkKeyRole,
        SortRole, // numbers as numbers, an unknown year before every known one
        FilterRole, // issuer, year and title in one string
    };

    explicit LibraryModel(QObject *parent = nullptr);

    // Null: an empty library. The database must outlive the model or be replaced first.
    void setDatabase(Database *db);
    Database *database() const { return m_db; }
    // Reads the list again (after an import, or when another instance changed the file).
    void reload();
    // Shows these reports (reload() replaces them with the file's).
    void setReports(const QList<ReportSummary> &reports);

    const QList<ReportSummary> &reports() const { return m_reports; }
    // The row of a report, -1 when it is not listed.
    int rowOf(qint64 reportId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const ReportSummary &report, int column) const;

    Database *m_db = nullptr;
    QList<ReportSummary> m_reports;
};

} // namespace pizhu
