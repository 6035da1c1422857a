// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagcommand.h"
#include "tagusage.h"

#include <QList>

namespace pizhu {

// Creates a tag. Undo deletes it; redo brings it back with the same id, so
// that the steps above it on the stack (tagging an annotation with it) still apply.
class CreateTagCommand final : public TagCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateTagCommand)

public:
    CreateTagCommand(AnnotationSession *session, const Tag &tag, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The new tag's id; -1 until it was created.
    qint64 tagId() const { return m_tag.id; }
    // A colour for a new tag: the first of a palette that no tag wears yet.
    static QString suggestedColor(const QList<TagUsage> &tags);

private:
    Tag m_tag;
};

} // namespace pizhu
