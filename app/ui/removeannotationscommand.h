// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace pizhu {

class AnnotationSession;

// Deletes annotations; undo puts them back with their ids, tags and times.
class RemoveAnnotationsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAnnotationsCommand)

public:
    RemoveAnnotationsCommand(AnnotationSession *session, const QList<Annotation> &annotations);

    void redo() override;
    void undo() override;

private:
    AnnotationSession *m_session = nullptr;
    QList<Annotation> m_annotations;
};

} // namespace pizhu
