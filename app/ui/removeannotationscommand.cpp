// SPDX-License-Identifier: GPL-3.0-or-later
#include "removeannotationscommand.h"

#include "annotationsession.h"

namespace pizhu {

RemoveAnnotationsCommand::RemoveAnnotationsCommand(AnnotationSession *session, const QList<Annotation> &annotations)
    : m_session(session)
    , m_annotations(annotations)
{
    if (annotations.size() == 1)
        setText(tr("Delete “%1”").arg(annotations.front().anchor.exact.left(12)));
    else
        setText(tr("Delete %n Annotation(s)", nullptr, int(annotations.size())));
}

void RemoveAnnotationsCommand::redo()
{
    bool any = false;
    for (const Annotation &a : std::as_const(m_annotations))
        any = m_session->erase(a.id) || any;
    if (!any)
        setObsolete(true);
}

void RemoveAnnotationsCommand::undo()
{
    for (const Annotation &a : std::as_const(m_annotations))
        m_session->insert(a);
}

} // namespace pizhu
