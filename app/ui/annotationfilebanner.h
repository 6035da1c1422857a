// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace pizhu {

// A bar above the reader that says why annotations are off or read-only and
// offers a way on. Not a modal dialog: the app starts and the report can be
// read whatever is wrong with the annotation file.
class AnnotationFileBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFileBanner)

public:
    explicit AnnotationFileBanner(QWidget *parent = nullptr);

    // The file could not be opened; the file was not touched.
    void showProblem(const QString &message, bool offerReadOnly);
    // The file is open read-only.
    void showReadOnly(const QString &reason);

    QLabel *label() const { return m_label; }
    QPushButton *readOnlyButton() const { return m_readOnly; }
    QPushButton *otherFileButton() const { return m_otherFile; }

Q_SIGNALS:
    void openReadOnlyRequested();
    void otherFileRequested();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_readOnly = nullptr;
    QPushButton *m_otherFile = nullptr;
};

} // namespace pizhu
