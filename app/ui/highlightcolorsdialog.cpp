// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightcolorsdialog.h"

#include "highlightpalette.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace pizhu {

HighlightColorsDialog::HighlightColorsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Highlight Colours"));
    const HighlightPalette &palette = HighlightPalette::instance();
    auto *form = new QFormLayout;
    for (int i = 0; i < HighlightPalette::kCount; ++i) {
        auto *button = new QToolButton(this);
        button->setAccessibleName(tr("Colour %1").arg(i + 1));
        button->setToolTip(tr("Choose the colour"));
        auto *name = new QLineEdit(palette.name(i), this);
        name->setAccessibleName(tr("Name of colour %1").arg(i + 1));
        name->setPlaceholderText(HighlightDefaults::name(i));
        m_colors.append(palette.solidColor(i));
        m_buttons.append(button);
        m_names.append(name);
        showColor(i);
        connect(button, &QToolButton::clicked, this, [this, i] { chooseColor(i); });
        auto *row = new QHBoxLayout;
        row->addWidget(button);
        row->addWidget(name, 1);
        form->addRow(tr("Key %1").arg(i + 1), row);
    }
    m_askColor = [this](const QColor &current) {
        return QColorDialog::getColor(current, this, tr("Highlight Colour"));
    };

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &HighlightColorsDialog::restoreDefaults);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void HighlightColorsDialog::showColor(int index)
{
    QPixmap swatch(28, 18);
    swatch.fill(m_colors.at(index));
    m_buttons.at(index)->setIcon(QIcon(swatch));
    m_buttons.at(index)->setIconSize(swatch.size());
}

void HighlightColorsDialog::chooseColor(int index)
{
    const QColor chosen = m_askColor(m_colors.at(index));
    if (!chosen.isValid())
        return; // cancelled
    m_colors[index] = chosen;
    showColor(index);
}

void HighlightColorsDialog::restoreDefaults()
{
    for (int i = 0; i < HighlightPalette::kCount; ++i) {
        m_colors[i] = HighlightDefaults::color(i);
        m_names.at(i)->setText(HighlightDefaults::name(i));
        showColor(i);
    }
}

void HighlightColorsDialog::accept()
{
    QStringList names;
    for (const QLineEdit *edit : std::as_const(m_names))
        names.append(edit->text());
    HighlightPalette::instance().set(names, m_colors);
    QDialog::accept();
}

} // namespace pizhu
