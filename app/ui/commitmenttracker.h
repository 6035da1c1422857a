// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace pizhu {

class AnnotationSession;
class CommitmentFilterModel;
class CommitmentModel;

// Tools → Commitment Tracker: every commitment of every report, filtered and
// sorted by status, responsible unit, due date and report; overdue ones stand
// out. Not modal: staff keep it open beside the reader.
class CommitmentTracker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitmentTracker)

public:
    explicit CommitmentTracker(AnnotationSession *session, QWidget *parent = nullptr);

    void reload();
    // Writes the commitments shown (after the filters) in a notes format:
    // "csv", "md", "pdf" or "json". False with *error when it cannot.
    bool exportTo(const QString &path, const QString &format, QString *error = nullptr) const;
    CommitmentModel *model() const { return m_model; }
    CommitmentFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *unitFilter() const { return m_unit; }
    QComboBox *reportFilter() const { return m_report; }
    QCheckBox *overdueFilter() const { return m_overdue; }

Q_SIGNALS:
    // Double click or Enter: show the commitment in its report.
    void showRequested(const QString &workKey, const QUuid &annotation);

private:
    void applyFilter();
    void chooseExportFile();
    void fillChoices();
    void updateCount();

    AnnotationSession *m_session = nullptr;
    CommitmentModel *m_model = nullptr;
    CommitmentFilterModel *m_filter = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_report = nullptr;
    QCheckBox *m_overdue = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace pizhu
