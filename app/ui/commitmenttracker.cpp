// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitmenttracker.h"

#include "annotationsession.h"
#include "commitmentfiltermodel.h"
#include "commitmentmodel.h"
#include "notelabels.h"
#include "noteswriter.h"
#include "outputfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

CommitmentTracker::CommitmentTracker(AnnotationSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new CommitmentModel(this))
    , m_filter(new CommitmentFilterModel(m_model, this))
    , m_text(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_report(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"commitmentTracker"_s);
    setWindowTitle(tr("Commitment Tracker"));
    resize(980, 560);

    m_text->setPlaceholderText(tr("Filter: commitment, note, unit, report"));
    m_text->setAccessibleName(tr("Filter commitments"));
    m_text->setClearButtonEnabled(true);
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("Any status"), -1);
    for (CommitmentStatus s : kCommitmentStatuses)
        m_status->addItem(NoteLabels::statusText(s), int(s));
    m_unit->setAccessibleName(tr("Filter by responsible unit"));
    m_report->setAccessibleName(tr("Filter by report"));
    m_count->setObjectName(u"commitmentCount"_s);

    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Commitments"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CommitmentModel::DueColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(CommitmentModel::QuoteColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(CommitmentModel::ReportColumn, 200);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_unit, 1);
    filters->addWidget(m_report, 1);
    filters->addWidget(m_overdue);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &CommitmentTracker::chooseExportFile);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setShortcut(QKeySequence::Refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &CommitmentTracker::reload);
    connect(m_text, &QLineEdit::textChanged, this, &CommitmentTracker::applyFilter);
    for (QComboBox *box : {m_status, m_unit, m_report})
        connect(box, &QComboBox::currentIndexChanged, this, &CommitmentTracker::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &CommitmentTracker::applyFilter);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT showRequested(i.data(CommitmentModel::WorkKeyRole).toString(),
                             i.data(CommitmentModel::IdRole).toUuid());
    });
    // Edits in the window show here at once.
    connect(session, &AnnotationSession::annotationUpdated, this, &CommitmentTracker::reload);
    connect(session, &AnnotationSession::annotationRemoved, this, &CommitmentTracker::reload);
    connect(session, &AnnotationSession::annotationInserted, this, &CommitmentTracker::reload);
    connect(session, &AnnotationSession::annotationsReset, this, &CommitmentTracker::reload);
    reload();
}

void CommitmentTracker::reload()
{
    m_model->reload(m_session->database());
    fillChoices();
    updateCount();
}

void CommitmentTracker::fillChoices()
{
    const QString unit = m_unit->currentData().toString();
    const QString report = m_report->currentData().toString();
    {
        const QSignalBlocker a(m_unit);
        const QSignalBlocker b(m_report);
        m_unit->clear();
        m_unit->addItem(tr("Any unit"), QString());
        for (const QString &u : m_model->units())
            m_unit->addItem(u, u);
        m_report->clear();
        m_report->addItem(tr("All reports"), QString());
        for (const ReportSummary &r : m_model->reports())
            m_report->addItem(r.title, r.workKey);
        m_unit->setCurrentIndex(qMax(0, m_unit->findData(unit)));
        m_report->setCurrentIndex(qMax(0, m_report->findData(report)));
    }
    applyFilter();
}

void CommitmentTracker::applyFilter()
{
    CommitmentFilterModel::Criteria c;
    c.text = m_text->text();
    if (const int s = m_status->currentData().toInt(); s >= 0)
        c.status = CommitmentStatus(s);
    c.unit = m_unit->currentData().toString();
    c.workKey = m_report->currentData().toString();
    c.overdueOnly = m_overdue->isChecked();
    m_filter->setCriteria(c);
    updateCount();
}

void CommitmentTracker::updateCount()
{
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        overdue += m_model->isOverdue(row) ? 1 : 0;
    m_count->setText(tr("%1 of %n commitment(s) shown, %2 overdue", nullptr, m_model->rowCount())
                         .arg(m_filter->rowCount())
                         .arg(overdue));
}

bool CommitmentTracker::exportTo(const QString &path, const QString &format, QString *error) const
{
    ExportedNotes notes;
    notes.label = tr("Commitments");
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        notes.annotations.append(
            ExchangedAnnotation::fromStored(m_model->annotationAt(source), m_model->tagsAt(source)));
    }
    auto writer = NotesWriter::create(format);
    if (!writer) {
        if (error)
            *error = tr("Unknown format %1.").arg(format);
        return false;
    }
    NotesExportOptions options;
    options.grouping = NotesExportOptions::Grouping::Status;
    writer->setOptions(options);
    const auto written = OutputFile::write(path, [&](QIODevice &device) { return writer->write(notes, device); });
    if (!written && error)
        *error = written.error().message;
    return written.ok();
}

void CommitmentTracker::chooseExportFile()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Commitments"), tr("commitments") + u".csv"_s,
        tr("CSV table (*.csv);;PDF document (*.pdf);;Markdown (*.md);;W3C Web Annotation JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString format = suffix == u"pdf"_s || suffix == u"md"_s || suffix == u"json"_s ? suffix : u"csv"_s;
    QString error;
    if (!exportTo(path, format, &error))
        QMessageBox::warning(this, tr("Export Commitments"), error);
}

} // namespace pizhu
