// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuresdock.h"

#include "figureextractor.h"
#include "figuremodel.h"
#include "figuresformatter.h"
#include "outputfile.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pizhu {

FiguresDock::FiguresDock(QWidget *parent)
    : QWidget(parent)
    , m_model(new FigureModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FigureModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter figures"));
    m_filter->setAccessibleName(tr("Filter figures"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("CSV…"));
    exportButton->setToolTip(tr("Save the figures as CSV"));
    exportButton->setAccessibleName(tr("Save the figures as CSV"));
    connect(exportButton, &QToolButton::clicked, this, &FiguresDock::chooseCsvFile);

    m_view->setObjectName(u"figuresView"_s);
    m_view->setAccessibleName(tr("Figures"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // document order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(FigureModel::LabelColumn, QHeaderView::Stretch);
    for (int c = FigureModel::ValueColumn; c < FigureModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(FigureModel::NormalizedColumn, true);
    m_view->setColumnHidden(FigureModel::SectionColumn, true);
    auto show = [this](const QModelIndex &i) {
        Q_EMIT showRequested(i.data(FigureModel::StartRole).toLongLong(), i.data(FigureModel::EndRole).toLongLong());
    };
    connect(m_view, &QTableView::clicked, this, show);
    connect(m_view, &QTableView::activated, this, show);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(&m_watcher, &QFutureWatcher<QList<Figure>>::finished, this, [this] {
        if (!m_watcher.isCanceled())
            m_model->setFigures(m_watcher.result());
        updateCount();
    });
    updateCount();
}

FiguresDock::~FiguresDock()
{
    m_watcher.waitForFinished();
}

void FiguresDock::setReport(const Report &report)
{
    m_title = report.metadata.title;
    m_model->setFigures({});
    m_watcher.waitForFinished(); // the previous report's result is dropped by setFuture
    m_watcher.setFuture(QtConcurrent::run([report] { return FigureExtractor::extract(report); }));
    updateCount();
}

void FiguresDock::waitForFigures()
{
    m_watcher.waitForFinished();
    QCoreApplication::processEvents(); // deliver finished()
}

void FiguresDock::updateCount()
{
    if (m_watcher.isRunning()) {
        m_count->setText(tr("Finding figures…"));
        return;
    }
    m_count->setText(tr("%1 of %n figure(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

bool FiguresDock::exportCsv(const QString &path, QString *error) const
{
    const auto written = OutputFile::write(path, FiguresFormatter::csv(m_model->figures()).toUtf8());
    if (!written && error)
        *error = written.error().message;
    return written.ok();
}

void FiguresDock::chooseCsvFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = (m_title.isEmpty() ? tr("figures") : m_title) + u".csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Figures"), folder + u'/' + name,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error))
        Q_EMIT message(tr("Saved %n figure(s) to %1.", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT message(error);
}

} // namespace pizhu
