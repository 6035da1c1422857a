// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace pizhu {

class AnnotationSession;

// Changes an annotation's colour, tags, note or commitment fields: keeps the
// annotation before and after, and puts either back into the file.
class EditAnnotationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAnnotationCommand)

public:
    enum class Kind { Color, Tags, Note, Commitment };

    EditAnnotationCommand(AnnotationSession *session, const Annotation &before, const Annotation &after, Kind kind,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    // Typing in a note is one step: note edits of one annotation merge.
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    AnnotationSession *m_session = nullptr;
    Annotation m_before;
    Annotation m_after;
    Kind m_kind;
};

} // namespace pizhu
