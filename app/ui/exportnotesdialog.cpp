// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportnotesdialog.h"

#include "noteswriter.h"
#include "settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

QString ExportNotesDialog::formatName(const QString &format)
{
    if (format == u"pdf"_s)
        return tr("PDF document");
    if (format == u"md"_s)
        return tr("Markdown");
    if (format == u"csv"_s)
        return tr("CSV table (Excel)");
    if (format == u"json"_s)
        return tr("W3C Web Annotation JSON (for colleagues)");
    return format;
}

ExportNotesDialog::ExportNotesDialog(int allCount, int filteredCount, const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_all(new QRadioButton(tr("&All notes of the report (%1)").arg(allCount), this))
    , m_filtered(new QRadioButton(this))
    , m_grouping(new QComboBox(this))
    , m_quotes(new QCheckBox(tr("Include the &quoted passages"), this))
    , m_charts(new QCheckBox(tr("Include &charts (a page after the contents)"), this))
    , m_author(new QLineEdit(this))
    , m_path(new QLineEdit(this))
{
    setWindowTitle(tr("Export Notes"));
    const Settings settings;
    for (const QString &f : NotesWriter::formats())
        m_format->addItem(formatName(f), f);
    m_format->setCurrentIndex(qMax(0, m_format->findData(settings.exportFormat())));
    m_format->setAccessibleName(tr("Format"));

    m_filtered->setText(filteredCount >= 0 ? tr("The annotations list's &filter (%1)").arg(filteredCount)
                                           : tr("The annotations list's &filter (none set)"));
    m_filtered->setEnabled(filteredCount >= 0);
    (filteredCount >= 0 ? m_filtered : m_all)->setChecked(true);
    auto *which = new QButtonGroup(this);
    which->addButton(m_all);
    which->addButton(m_filtered);

    m_grouping->addItem(tr("By the report's parts"), int(NotesExportOptions::Grouping::Part));
    m_grouping->addItem(tr("By tag"), int(NotesExportOptions::Grouping::Tag));
    m_grouping->addItem(tr("By status"), int(NotesExportOptions::Grouping::Status));
    m_grouping->setCurrentIndex(qMax(0, m_grouping->findData(settings.exportGrouping())));
    m_grouping->setAccessibleName(tr("Grouping"));
    m_quotes->setChecked(settings.exportQuotes());
    m_charts->setChecked(settings.exportCharts());
    m_charts->setToolTip(tr("Notes by part and by tag, commitments by status and by responsible unit, figures "
                            "by part, as on the dashboard"));
    m_author->setText(NotesExportOptions::userName());
    m_author->setAccessibleName(tr("Exported by"));

    const QString folder = settings.exportFolder().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : settings.exportFolder();
    m_path->setText(QDir(folder).filePath(suggestedName));
    m_path->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportNotesDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *whichBox = new QVBoxLayout;
    whichBox->addWidget(m_all);
    whichBox->addWidget(m_filtered);
    form->addRow(tr("Notes:"), whichBox);
    form->addRow(tr("&Grouping:"), m_grouping);
    form->addRow(QString(), m_quotes);
    form->addRow(QString(), m_charts);
    form->addRow(tr("Exported &by:"), m_author);
    form->addRow(tr("&Save to:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportNotesDialog::formatChanged);
    formatChanged();
    resize(560, sizeHint().height());
}

QString ExportNotesDialog::format() const
{
    return m_format->currentData().toString();
}

bool ExportNotesDialog::onlyFiltered() const
{
    return m_filtered->isChecked();
}

NotesExportOptions ExportNotesDialog::options() const
{
    NotesExportOptions o;
    o.grouping = NotesExportOptions::Grouping(m_grouping->currentData().toInt());
    o.includeQuotes = m_quotes->isChecked();
    // Only the PDF draws charts; the box keeps its tick for the next PDF.
    o.includeCharts = format() == u"pdf"_s && m_charts->isChecked();
    o.author = m_author->text().trimmed();
    return o;
}

QString ExportNotesDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportNotesDialog::formatChanged()
{
    // The file name follows the format; JSON carries everything, so layout options do not apply.
    const auto writer = NotesWriter::create(format());
    QString p = path();
    if (writer && !p.isEmpty())
        m_path->setText(QFileInfo(p).dir().filePath(QFileInfo(p).completeBaseName() + u'.' + writer->fileSuffix()));
    const bool layout = format() != u"json"_s;
    m_grouping->setEnabled(layout);
    m_quotes->setEnabled(layout);
    m_author->setEnabled(format() == u"pdf"_s);
    m_charts->setEnabled(format() == u"pdf"_s);
}

void ExportNotesDialog::browse()
{
    const auto writer = NotesWriter::create(format());
    const QString suffix = writer ? writer->fileSuffix() : QString();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Notes"), path(),
                                                        tr("%1 (*.%2)").arg(formatName(format()), suffix));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportNotesDialog::accept()
{
    const QFileInfo target(path());
    if (path().isEmpty() || target.isDir()) {
        QMessageBox::warning(this, tr("Export Notes"), tr("Choose a file to save the notes to."));
        return;
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        QMessageBox::warning(this, tr("Export Notes"),
                             tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
        return;
    }
    if (target.exists()
        && QMessageBox::question(this, tr("Export Notes"),
                                 tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(target.filePath())))
            != QMessageBox::Yes)
        return;
    Settings settings;
    settings.setExportFormat(format());
    settings.setExportFolder(target.absolutePath());
    settings.setExportGrouping(m_grouping->currentData().toInt());
    settings.setExportQuotes(m_quotes->isChecked());
    settings.setExportCharts(m_charts->isChecked());
    QDialog::accept();
}

} // namespace pizhu
