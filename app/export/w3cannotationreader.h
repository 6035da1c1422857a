// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchangedannotation.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace pizhu {

// Reads W3C Web Annotation JSON (docs/notes-json.md): what
// W3cAnnotationWriter writes, and what other tools write in that model: a
// list of annotations, a single one, an AnnotationCollection or an
// AnnotationPage. Every annotation of the file comes back in file order; one
// that cannot be used says why in `problem`, so that one bad entry does not
// cost the others. Only JSON that cannot be parsed or holds no annotations
// at all is an Error (BadInput).
class W3cAnnotationReader
{
    Q_DECLARE_TR_FUNCTIONS(W3cAnnotationReader)

public:
    static Result<QList<ExchangedAnnotation>> read(const QByteArray &json);
    static ExchangedAnnotation annotation(const QJsonObject &object);
    // An annotation's id as a UUID: "urn:uuid:…" and bare UUIDs as they are;
    // any other id (a URL, Hypothesis' short ids) as a name-based UUID (v5)
    // of it, so that importing the same file again finds the same annotation.
    static QUuid uuidFor(const QString &id);
};

} // namespace pizhu
