// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pizhu {

// Finds every occurrence of a query in a text, ignoring the difference between
// full-width and half-width forms (（一） finds (一), ９７ finds 97) and Latin
// case. The folds keep lengths, so hits are offsets into the original text.
class TextFinder
{
public:
    void setText(const QString &text);
    // Start offsets of the hits, in order; each hit is query.size() long.
    QList<qsizetype> findAll(const QString &query) const;

private:
    QString m_folded;
};

} // namespace pizhu
