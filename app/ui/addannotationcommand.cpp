// SPDX-License-Identifier: GPL-3.0-or-later
#include "addannotationcommand.h"

#include "annotationsession.h"

namespace pizhu {

AddAnnotationCommand::AddAnnotationCommand(AnnotationSession *session, const Annotation &annotation)
    : m_session(session)
    , m_annotation(annotation)
{
    setText(tr("Highlight “%1”").arg(annotation.anchor.exact.left(12)));
}

void AddAnnotationCommand::redo()
{
    if (!m_session->insert(m_annotation))
        setObsolete(true); // not stored: nothing to undo
}

void AddAnnotationCommand::undo()
{
    m_session->erase(m_annotation.id);
}

} // namespace pizhu
