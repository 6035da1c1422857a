// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor.h"
#include "quoteindex.h"
#include "report.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace pizhu {

// Finds where annotations made on one version of a report belong in another
// (DESIGN.md §3): the old position if the quote is still there, else the
// quote where its context fits best, else an approximate quote in the same
// section, else anywhere with a stricter threshold; what stays doubtful is an
// orphan. A wrong placement is worse than an orphan: every step asks for
// enough agreeing text (quote and context) before it places anything.
class Reanchorer
{
    Q_DISABLE_COPY_MOVE(Reanchorer)

public:
    struct Placement
    {
        enum class How { Position, ExactQuote, FuzzyInSection, FuzzyAnywhere, Orphan };

        qsizetype start = -1;
        qsizetype end = -1; // exclusive
        How how = How::Orphan;
        double score = 0; // 1 − edits / quote length; 0 for an orphan

        bool isOrphan() const { return how == How::Orphan; }
    };

    // oldTextLength: the length of the text the anchors were made on, if
    // known; old positions are scaled by it when candidates are otherwise equal.
    explicit Reanchorer(const Report &newVersion, qsizetype oldTextLength = -1);

    Placement place(const Anchor &old) const;
    QList<Placement> placeAll(const QList<Anchor> &anchors) const;
    // The anchor for a placement on the new version; invalid for an orphan.
    Anchor anchorFor(const Placement &placement) const;

    const Report &report() const { return m_report; }

private:
    struct Quote; // an old anchor, folded for matching
    struct Candidate;

    Placement placeApproximately(const Quote &quote, int maxEdits) const;
    Candidate evaluate(const Quote &quote, qsizetype start, qsizetype end, int edits) const;
    bool contextSupports(const Quote &quote, const Candidate &candidate) const;
    int sectionDepth(const QStringList &section, int block) const;

    Report m_report;
    QuoteIndex m_index;
    QHash<QString, QStringList> m_sections; // heading path → its titles without numbering
    QList<QStringList> m_blockSections; // per block
    double m_scale = 1.0;
};

} // namespace pizhu
