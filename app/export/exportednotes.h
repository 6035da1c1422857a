// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchangedannotation.h"

#include <QList>
#include <QString>

namespace pizhu {

// What a NotesWriter writes: the chosen annotations of one report, in
// document order, with their tags by name.
struct ExportedNotes
{
    QString label; // a title for the whole, e.g. the report's title
    QString workKey; // the report as a work; empty when the notes are not of one report
    QList<ExchangedAnnotation> annotations;
};

} // namespace pizhu
