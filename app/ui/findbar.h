// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textfinder.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace pizhu {

// Incremental find over the report: every hit marked, "3 / 12", Enter and
// Shift+Enter (F3 / Shift+F3 from the window) to move, Esc to close. Matching
// ignores full-width/half-width differences (TextFinder).
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    void setText(const QString &text);
    void activate(); // show, focus, select the query
    void findNext();
    void findPrevious();
    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_current; }
    QString query() const;
    void setQuery(const QString &query);
    QString statusText() const;

Q_SIGNALS:
    // hits are canonical offsets, each `length` long; current indexes hits (-1: none).
    void hitsChanged(const QList<qsizetype> &hits, qsizetype length, int current);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void move(int delta);
    void publish();

    TextFinder m_finder;
    QList<qsizetype> m_hits;
    int m_current = -1;
    QLineEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace pizhu
