// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDialog>
#include <functional>

class QLineEdit;
class QToolButton;

namespace pizhu {

// Names and colours of the five highlight colours (Annotate → Highlight Colours…).
class HighlightColorsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightColorsDialog)

public:
    // Asks for a colour; replaceable so that tests need no modal QColorDialog.
    using ColorQuestion = std::function<QColor(const QColor &current)>;

    explicit HighlightColorsDialog(QWidget *parent = nullptr);

    void setColorQuestion(ColorQuestion question) { m_askColor = std::move(question); }
    QLineEdit *nameEdit(int index) const { return m_names.at(index); }
    QToolButton *colorButton(int index) const { return m_buttons.at(index); }

    // Saves into the HighlightPalette (and so the settings).
    void accept() override;

private:
    void chooseColor(int index);
    void restoreDefaults();
    void showColor(int index);

    QList<QLineEdit *> m_names;
    QList<QToolButton *> m_buttons;
    QList<QColor> m_colors;
    ColorQuestion m_askColor;
};

} // namespace pizhu
