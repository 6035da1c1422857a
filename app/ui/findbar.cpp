// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace pizhu {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"findBar"_s);
    setAccessibleName(tr("Find in report"));
    m_edit->setObjectName(u"findEdit"_s);
    m_edit->setPlaceholderText(tr("Find in report"));
    m_edit->setAccessibleName(tr("Text to find"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_count->setObjectName(u"findCount"_s);
    m_count->setAccessibleName(tr("Number of matches"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(u"000 / 000"_s));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setText(u"✕"_s);
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAccessibleName(tr("Close find bar"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        m_hits.clear();
        m_current = -1;
        publish();
    });
    search();
}

FindBar::~FindBar() = default;

void FindBar::setText(const QString &text)
{
    m_finder.setText(text);
    search();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    search();
}

QString FindBar::query() const
{
    return m_edit->text();
}

void FindBar::setQuery(const QString &query)
{
    m_edit->setText(query);
}

QString FindBar::statusText() const
{
    return m_count->text();
}

void FindBar::search()
{
    m_hits = m_finder.findAll(m_edit->text());
    m_current = m_hits.isEmpty() ? -1 : 0;
    publish();
}

void FindBar::findNext()
{
    move(+1);
}

void FindBar::findPrevious()
{
    move(-1);
}

void FindBar::move(int delta)
{
    if (m_hits.isEmpty())
        return;
    // Wraps around, as readers expect of find.
    m_current = int((m_current + delta + m_hits.size()) % m_hits.size());
    publish();
}

void FindBar::publish()
{
    const bool any = !m_hits.isEmpty();
    if (m_edit->text().isEmpty())
        m_count->clear();
    else if (!any)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 / %2").arg(m_current + 1).arg(m_hits.size()));
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
    Q_EMIT hitsChanged(isVisible() ? m_hits : QList<qsizetype>(), m_edit->text().size(), isVisible() ? m_current : -1);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            (key->modifiers() & Qt::ShiftModifier) ? findPrevious() : findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        m_close->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace pizhu
