// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchresults.h"

#include <QAbstractItemModel>

namespace pizhu {

// The results of a library search as a tree: a row per report, under it a
// row per hit with its line of context. Shows what it is given; owns no
// storage.
class SearchModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchModel)

public:
    enum Role {
        ReportIdRole = Qt::UserRole + 1, // qint64, on both levels
        ContentHashRole, // the version a hit's offsets refer to; a report: its latest version
        IsReportRole, // bool
        KindRole, // int(SearchHit::Kind); -1 on a report
        StartRole, // qsizetype: UTF-16 offsets into the version's canonical text
        EndRole,
        AnnotationRole, // QUuid, null for text hits
        ContextRole, // the context alone, without the label DisplayRole adds for notes
        MarkStartRole, // where the words are in DisplayRole's text
        MarkEndRole,
        HitCountRole, // a report's number of hits
    };

    explicit SearchModel(QObject *parent = nullptr);

    void setResults(const SearchResults &results);
    void clear();
    const SearchResults &results() const { return m_results; }
    // Null for a report row or an invalid index.
    const SearchHit *hitAt(const QModelIndex &index) const;
    const SearchReport *reportAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant reportData(const SearchReport &report, int role) const;
    QVariant hitData(const SearchReport &report, const SearchHit &hit, int role) const;
    QString label(const SearchHit &hit) const;

    SearchResults m_results;
};

} // namespace pizhu
