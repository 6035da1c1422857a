// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "noteswriter.h"

#include <QJsonObject>

namespace pizhu {

// Notes as a W3C Web Annotation AnnotationCollection (docs/notes-json.md):
// the note and the tags as TextualBody bodies, the anchor as a
// TextQuoteSelector and a TextPositionSelector on "urn:sha256:<contentHash>",
// and what the model has no words for (colour, commitment fields, outline
// position) as "pizhu:" fields. W3cAnnotationReader reads it back.
class W3cAnnotationWriter final : public NotesWriter
{
public:
    W3cAnnotationWriter() = default;

    QString formatId() const override;
    QString fileSuffix() const override;
    Result<bool> write(const ExportedNotes &notes, QIODevice &device) const override;

    static QJsonObject collection(const ExportedNotes &notes);
    static QJsonObject annotation(const ExchangedAnnotation &exchanged);
    // "2024-03-01T08:15:30.250Z"; empty for an invalid time.
    static QString timeText(const QDateTime &time);
};

} // namespace pizhu
