// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace pizhu {

class AnnotationSession;

// Adds a highlight (and takes it away again on undo).
class AddAnnotationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAnnotationCommand)

public:
    AddAnnotationCommand(AnnotationSession *session, const Annotation &annotation);

    void redo() override;
    void undo() override;

private:
    AnnotationSession *m_session = nullptr;
    Annotation m_annotation;
};

} // namespace pizhu
