// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notesexportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace pizhu {

// File → Export Notes…: the format, which notes (all of the report's or the
// annotations list's current filter — preselected when one is set), the
// grouping, whether quotes go with them, whether a PDF has a page of charts,
// who exports, and where to. The choices are remembered (Settings).
class ExportNotesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportNotesDialog)

public:
    // filtered: how many notes the list's filter shows, -1 when no filter is set.
    ExportNotesDialog(int allCount, int filteredCount, const QString &suggestedName, QWidget *parent = nullptr);

    QString format() const; // "pdf", "md", "csv", "json"
    bool onlyFiltered() const;
    NotesExportOptions options() const;
    QString path() const;

    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathEdit() const { return m_path; }
    QRadioButton *filteredButton() const { return m_filtered; }
    QCheckBox *chartsBox() const { return m_charts; }

    static QString formatName(const QString &format);

    void accept() override;

private:
    void browse();
    void formatChanged();

    QComboBox *m_format = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_filtered = nullptr;
    QComboBox *m_grouping = nullptr;
    QCheckBox *m_quotes = nullptr;
    QCheckBox *m_charts = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_path = nullptr;
};

} // namespace pizhu
