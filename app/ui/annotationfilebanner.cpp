// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfilebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace pizhu {

AnnotationFileBanner::AnnotationFileBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_readOnly(new QPushButton(tr("Open &Read-Only"), this))
    , m_otherFile(new QPushButton(tr("Use &Another File…"), this))
{
    setObjectName(u"annotationFileBanner"_s);
    setAccessibleName(tr("Annotation file problem"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(255, 243, 205)); // a warning's amber, readable in dark mode too
    p.setColor(QPalette::WindowText, QColor(80, 60, 0));
    setPalette(p);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(tr("✕"));
    close->setToolTip(tr("Hide this message"));
    close->setAccessibleName(tr("Hide this message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_otherFile);
    layout->addWidget(close);
    connect(m_readOnly, &QPushButton::clicked, this, &AnnotationFileBanner::openReadOnlyRequested);
    connect(m_otherFile, &QPushButton::clicked, this, &AnnotationFileBanner::otherFileRequested);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void AnnotationFileBanner::showProblem(const QString &message, bool offerReadOnly)
{
    m_label->setText(tr("Annotations are off: %1 You can still read reports.").arg(message));
    m_readOnly->setVisible(offerReadOnly);
    show();
}

void AnnotationFileBanner::showReadOnly(const QString &reason)
{
    m_label->setText(tr("Annotations are read-only: %1").arg(reason));
    m_readOnly->hide();
    show();
}

} // namespace pizhu
