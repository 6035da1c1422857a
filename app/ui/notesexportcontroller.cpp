// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesexportcontroller.h"

#include "annotationsdock.h"
#include "annotationsession.h"
#include "exportnotesdialog.h"
#include "highlightpalette.h"
#include "notesdocument.h"
#include "noteswriter.h"
#include "outputfile.h"
#include "pdfwriter.h"
#include "settings.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSet>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pizhu {

NotesExportController::NotesExportController(QWidget *window, AnnotationSession *session, AnnotationsDock *dock)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_dock(dock)
    , m_pages(std::make_shared<std::atomic<int>>(0))
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_progress)
            m_progress->hide();
        const QString error = m_watcher.result();
        if (error.isEmpty())
            Q_EMIT finished(true, tr("Notes saved to %1.").arg(QDir::toNativeSeparators(m_path)));
        else
            Q_EMIT finished(false, error);
    });
}

NotesExportController::~NotesExportController()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void NotesExportController::populate(QMenu *file)
{
    QAction *exportAction = file->addAction(tr("&Export Notes…"), this, &NotesExportController::exportNotes);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *print = file->addAction(tr("&Print Notes…"), this, &NotesExportController::printNotes);
    print->setShortcut(QKeySequence::Print);
}

ExportedNotes NotesExportController::collect(bool onlyFiltered) const
{
    ExportedNotes notes;
    const Report &report = m_session->report();
    notes.label = report.metadata.title;
    notes.workKey = m_session->workKey();
    notes.report = std::make_shared<const Report>(report);
    // A set: with 10,000 annotations a list lookup per annotation is 10⁸ comparisons.
    const QList<QUuid> visible = onlyFiltered ? m_dock->visibleIds() : QList<QUuid>();
    const QSet<QUuid> shown(visible.cbegin(), visible.cend());
    for (const Annotation &a : m_session->annotations()) {
        if (!onlyFiltered || shown.contains(a.id))
            notes.annotations.append(ExchangedAnnotation::fromStored(a, m_session->tagsOf(a)));
    }
    return notes;
}

NotesExportOptions NotesExportController::withPalette(NotesExportOptions options) const
{
    const HighlightPalette &palette = HighlightPalette::instance();
    options.highlightColors.clear();
    options.highlightNames.clear();
    for (int i = 0; i < HighlightPalette::kCount; ++i) {
        options.highlightColors.append(palette.solidColor(i));
        options.highlightNames.append(palette.name(i));
    }
    return options;
}

NotesExportOptions NotesExportController::printOptions() const
{
    const Settings settings;
    NotesExportOptions options;
    if (const int grouping = settings.exportGrouping();
        grouping >= int(NotesExportOptions::Grouping::Part) && grouping <= int(NotesExportOptions::Grouping::Status))
        options.grouping = NotesExportOptions::Grouping(grouping);
    options.includeQuotes = settings.exportQuotes();
    options.includeCharts = settings.exportCharts();
    return withPalette(options);
}

void NotesExportController::start(const QString &format, const NotesExportOptions &options,
                                  const ExportedNotes &notes, const QString &path)
{
    if (isRunning())
        return;
    m_path = path;
    m_cancel = false;
    *m_pages = 0;
    auto cancel = [this] { return m_cancel.load(); };
    auto pages = m_pages;
    m_watcher.setFuture(QtConcurrent::run([format, options = withPalette(options), notes, path, cancel, pages]() {
        auto writer = NotesWriter::create(format);
        if (!writer)
            return tr("Unknown format %1.").arg(format);
        writer->setOptions(options);
        if (auto *pdf = dynamic_cast<PdfWriter *>(writer.get())) {
            pdf->setProgress([cancel, pages](int page, int) {
                *pages = page;
                return !cancel();
            });
        }
        // Written whole or not at all; a cancel after the last page still leaves no file.
        const auto written = OutputFile::write(path, [&](QIODevice &device) -> Result<bool> {
            const auto done = writer->write(notes, device);
            if (done && cancel())
                return Error{Error::Kind::Cancelled, QString()};
            return done;
        });
        if (!written)
            return written.error().kind == Error::Kind::Cancelled ? tr("The export was cancelled; no file was written.")
                                                                  : written.error().message;
        return QString();
    }));
}

void NotesExportController::waitForFinished()
{
    m_watcher.waitForFinished();
    QCoreApplication::processEvents();
}

void NotesExportController::exportNotes()
{
    if (m_session->report().canonicalText.isEmpty()) {
        Q_EMIT finished(false, tr("Open a report first."));
        return;
    }
    const int all = int(m_session->annotations().size());
    if (all == 0) { // said before the dialog, not after the user has filled it in
        Q_EMIT finished(false, tr("There are no notes to export."));
        return;
    }
    const int filtered = m_dock->filter().isEmpty() ? -1 : int(m_dock->visibleIds().size());
    QString name = m_session->report().metadata.title.isEmpty() ? tr("notes") : m_session->report().metadata.title;
    name.replace(u'/', u'_').replace(u'\\', u'_');
    ExportNotesDialog dialog(all, filtered, name + u".pdf"_s, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportedNotes notes = collect(dialog.onlyFiltered());
    if (notes.annotations.isEmpty()) {
        QMessageBox::information(m_window, tr("Export Notes"), tr("There are no notes to export."));
        return;
    }
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setWindowTitle(tr("Export Notes"));
        m_progress->setMinimumDuration(300); // quick exports show nothing
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &NotesExportController::cancel);
        auto *tick = new QTimer(m_progress);
        tick->setInterval(100);
        connect(tick, &QTimer::timeout, this, [this] {
            if (*m_pages > 0)
                m_progress->setLabelText(tr("Laying out page %1…").arg(m_pages->load()));
        });
        tick->start();
    }
    m_progress->setLabelText(tr("Exporting %n note(s)…", nullptr, int(notes.annotations.size())));
    m_progress->setRange(0, 0); // busy: pages are not known before they are laid out
    m_progress->setValue(0);
    m_progress->show();
    start(dialog.format(), dialog.options(), notes, dialog.path());
}

void NotesExportController::paint(QPrinter *printer, const ExportedNotes &notes, const NotesExportOptions &options)
{
    const NotesDocument document(notes, options);
    document.paint(*printer);
}

void NotesExportController::printNotes()
{
    if (m_session->report().canonicalText.isEmpty() || m_session->annotations().isEmpty()) {
        Q_EMIT finished(false, tr("There are no notes to print."));
        return;
    }
    const ExportedNotes notes = collect(!m_dock->filter().isEmpty());
    const NotesExportOptions options = printOptions();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(notes.label);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Notes"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&notes, &options](QPrinter *p) { paint(p, notes, options); });
    preview.exec();
}

} // namespace pizhu
