// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchangedannotation.h"
#include "report.h"

#include <QList>
#include <QString>
#include <memory>

namespace pizhu {

// What a NotesWriter writes: the chosen annotations of one report, in
// document order, with their tags by name.
struct ExportedNotes
{
    QString label; // a title for the whole, e.g. the report's title
    QString workKey; // the report as a work; empty when the notes are not of one report
    QList<ExchangedAnnotation> annotations;
    // The report the notes are on, when known: its metadata for the PDF's
    // cover, its outline for the parts' roles. Notes are grouped by the
    // heading path their anchors carry, so null works too.
    std::shared_ptr<const Report> report;
};

} // namespace pizhu
