// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "tagstore.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

namespace pizhu {

class AnnotationSession;

// What the tag commands share: the session whose annotation file they change,
// and how they tell the window that a change failed (the session's failed()
// signal, which the window shows in its status bar and dialogs next to their
// buttons).
class TagCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagCommand)

public:
    ~TagCommand() override;

protected:
    TagCommand(AnnotationSession *session, QUndoCommand *parent);

    AnnotationSession *session() const { return m_session; }
    // The tags of the annotation file; nullopt (and reported) when it cannot be written.
    std::optional<TagStore> store() const;
    // After reloading the session, not before: dialogs clear their message when the tags reload.
    void report(const Error &error) const;
    // For a redo that changed nothing: report, and leave the stack without this step.
    void fail(const Error &error);

private:
    AnnotationSession *m_session = nullptr;
};

} // namespace pizhu
