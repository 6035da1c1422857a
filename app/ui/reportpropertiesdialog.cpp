// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpropertiesdialog.h"

#include "report.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

QString formatName(const QString &format)
{
    if (format == u"html"_s)
        return ReportPropertiesDialog::tr("Web page");
    if (format == u"docx"_s)
        return ReportPropertiesDialog::tr("Word document");
    if (format == u"doc"_s)
        return ReportPropertiesDialog::tr("Word 97–2003 / WPS document (converted)");
    if (format == u"pdf"_s)
        return ReportPropertiesDialog::tr("PDF document");
    return ReportPropertiesDialog::tr("Plain text");
}

} // namespace

ReportPropertiesDialog::ReportPropertiesDialog(const Report &report, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Report Properties"));
    setObjectName(u"reportPropertiesDialog"_s);
    const ReportMetadata &m = report.metadata;
    auto *form = new QFormLayout;
    auto row = [this, form](const QString &label, const QString &value) {
        auto *field = new QLabel(value.isEmpty() ? tr("—") : value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setWordWrap(true);
        field->setAccessibleName(label);
        form->addRow(label, field);
    };
    row(tr("Title"), m.title);
    row(tr("Issuer"), m.issuer);
    row(tr("Published by"), m.publisher);
    row(tr("Published"), m.published.isValid() ? m.published.toString(Qt::ISODate) : QString());
    row(tr("Year covered"), m.year > 0 ? QString::number(m.year) : QString());
    row(tr("Index number"), m.indexNumber);
    row(tr("Document number"), m.documentNumber);
    row(tr("File"), m.sourcePath.startsWith(u':') ? tr("Bundled sample report") : QDir::toNativeSeparators(m.sourcePath));
    row(tr("Format"), formatName(m.sourceFormat));
    row(tr("Text encoding"), m.encoding);
    row(tr("Size"), tr("%1 characters, %2 paragraphs, %3 parts")
                        .arg(report.canonicalText.size())
                        .arg(report.paragraphCount())
                        .arg(report.parts().size()));
    row(tr("Repeated copies removed"), QString::number(report.duplicatesRemoved));
    row(tr("Content fingerprint"), report.contentHash().left(16));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

ReportPropertiesDialog::~ReportPropertiesDialog() = default;

} // namespace pizhu
