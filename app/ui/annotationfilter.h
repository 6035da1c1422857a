// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "partrole.h"

#include <QList>
#include <QString>
#include <optional>

namespace pizhu {

// What the annotations list shows: every criterion that is set must hold.
// The export dialog starts from the list's current filter.
struct AnnotationFilter
{
    QString text; // in the quote, note, responsible unit or a tag's name; any case
    qint64 tagId = -1; // -1: any tag or none
    int color = -1; // -1: any colour
    std::optional<CommitmentStatus> status; // unset: any; None: annotations that are not commitments
    PartRole part = PartRole::None; // None: any part

    bool isEmpty() const { return text.isEmpty() && tagId < 0 && color < 0 && !status && part == PartRole::None; }
    // roles: the parts the annotation lies in; tagNames: the names of its tags.
    bool accepts(const Annotation &annotation, const QList<PartRole> &roles, const QStringList &tagNames) const;

    friend bool operator==(const AnnotationFilter &, const AnnotationFilter &) = default;
};

} // namespace pizhu
