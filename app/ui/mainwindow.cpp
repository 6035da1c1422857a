// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "outlinemodel.h"
#include "reportreader.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextBlock>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace pizhu {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_outlineModel(new OutlineModel(this))
    , m_outlineView(new QTreeView(this))
    , m_reader(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Pizhu"));
    m_reader->setReadOnly(true);
    m_reader->setObjectName(u"reader"_s);
    m_reader->setAccessibleName(tr("Report text"));
    m_reader->setCenterOnScroll(false);
    setCentralWidget(m_reader);

    m_outlineView->setObjectName(u"outlineView"_s);
    m_outlineView->setAccessibleName(tr("Outline"));
    m_outlineView->setModel(m_outlineModel);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->setTextElideMode(Qt::ElideRight);
    auto *dock = new QDockWidget(tr("Outline"), this);
    dock->setObjectName(u"outlineDock"_s);
    dock->setAccessibleName(tr("Outline"));
    dock->setWidget(m_outlineView);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {360}, Qt::Horizontal);

    connect(m_outlineView, &QTreeView::activated, this,
            [this](const QModelIndex &index) { goToBlock(index.data(OutlineModel::BlockRole).toInt()); });
    connect(m_outlineView, &QTreeView::clicked, this,
            [this](const QModelIndex &index) { goToBlock(index.data(OutlineModel::BlockRole).toInt()); });

    createActions();
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Report"), QString(),
                                                      tr("Text reports (*.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    auto result = ReportReader::read(path);
    if (!result) {
        QMessageBox::warning(this, tr("Cannot Open Report"), result.error().message);
        return false;
    }
    m_report = std::move(result).value();
    showReport();
    return true;
}

void MainWindow::showReport()
{
    m_reader->setPlainText(m_report.canonicalText);
    m_outlineModel->setReport(m_report);
    m_outlineView->expandToDepth(1);
    const QString title = m_report.metadata.title.isEmpty() ? tr("Untitled report") : m_report.metadata.title;
    setWindowTitle(tr("%1 — Pizhu").arg(title));
    statusBar()->showMessage(
        tr("Parts: %1 · Paragraphs: %2").arg(m_report.parts().size()).arg(m_report.paragraphCount()));
}

void MainWindow::goToBlock(int blockOrdinal)
{
    if (blockOrdinal < 0 || blockOrdinal >= m_report.blocks.size())
        return;
    // One canonical line is one text block, so the ordinal is the block number.
    const QTextBlock block = m_reader->document()->findBlockByNumber(blockOrdinal);
    QTextCursor cursor(block);
    m_reader->setTextCursor(cursor);
    // Bring the heading to the top rather than merely into view.
    m_reader->verticalScrollBar()->setValue(m_reader->verticalScrollBar()->maximum());
    m_reader->ensureCursorVisible();
}

} // namespace pizhu
