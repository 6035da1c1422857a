// SPDX-License-Identifier: GPL-3.0-or-later
#include "createtagcommand.h"

#include "annotationsession.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace pizhu {

CreateTagCommand::CreateTagCommand(AnnotationSession *session, const Tag &tag, QUndoCommand *parent)
    : TagCommand(session, parent)
    , m_tag(tag)
{
    m_tag.id = -1;
    setText(tr("New Tag “%1”").arg(tag.name.trimmed()));
}

void CreateTagCommand::redo()
{
    auto tags = store();
    if (!tags) {
        setObsolete(true);
        return;
    }
    if (m_tag.id < 0) {
        const auto id = tags->create(m_tag);
        if (!id) {
            fail(id.error());
            return;
        }
        // As stored: the name trimmed, the default colour filled in.
        m_tag = tags->get(id.value())
                    .value_or(Tag{id.value(), m_tag.name.trimmed(), m_tag.color, m_tag.description});
    } else if (const auto restored = tags->restore(m_tag, {}); !restored) {
        fail(restored.error());
        return;
    }
    session()->reloadTags();
}

void CreateTagCommand::undo()
{
    auto tags = store();
    if (!tags)
        return;
    // Unused by now: the steps that tagged annotations with it were undone first.
    const bool used = !tags->annotationsWith(m_tag.id).isEmpty();
    const auto removed = tags->remove(m_tag.id);
    if (used)
        session()->reload();
    else
        session()->reloadTags();
    if (!removed)
        report(removed.error());
}

QString CreateTagCommand::suggestedColor(const QList<TagUsage> &tags)
{
    // Distinct on white and on dark themes, after the starter set's six.
    static const QStringList palette = {
        u"#2F6FD6"_s, u"#0E8C80"_s, u"#3C9A3C"_s, u"#D14343"_s, u"#8A55C9"_s, u"#D98E04"_s,
        u"#C2185B"_s, u"#00838F"_s, u"#6D4C41"_s, u"#5C6BC0"_s, u"#7CB342"_s, u"#F4511E"_s,
    };
    QSet<QString> worn;
    for (const TagUsage &t : tags)
        worn.insert(t.tag.color.toUpper());
    for (const QString &color : palette) {
        if (!worn.contains(color))
            return color;
    }
    return palette.at(tags.size() % palette.size());
}

} // namespace pizhu
