// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

// The names of W3C Web Annotation JSON (https://www.w3.org/TR/annotation-model/)
// and of our own fields (docs/notes-json.md), shared by the writer and the reader.
namespace pizhu::w3c {

using namespace Qt::StringLiterals;

inline constexpr auto kAnnoContext = "http://www.w3.org/ns/anno.jsonld"_L1;
// Our extra fields are "pizhu:<name>"; the context maps the prefix to this IRI.
inline constexpr auto kPizhuPrefix = "pizhu"_L1;
inline constexpr auto kPizhuNamespace = "https://pizhu.github.io/ns/annotation#"_L1;

inline constexpr auto kUuidUrn = "urn:uuid:"_L1;

inline constexpr auto kMarkdown = "text/markdown"_L1;
inline constexpr auto kCommenting = "commenting"_L1;
inline constexpr auto kTagging = "tagging"_L1;
inline constexpr auto kHighlighting = "highlighting"_L1;

// Our fields, without the prefix.
inline constexpr auto kColor = "color"_L1; // 0–4, the highlight colour
inline constexpr auto kStatus = "status"_L1; // commitmentStatusId()
inline constexpr auto kResponsibleUnit = "responsibleUnit"_L1;
inline constexpr auto kDue = "due"_L1; // YYYY-MM-DD
inline constexpr auto kWorkKey = "workKey"_L1;
inline constexpr auto kBlockOrdinal = "blockOrdinal"_L1;
inline constexpr auto kHeadingPath = "headingPath"_L1;
inline constexpr auto kOrphaned = "orphaned"_L1;
inline constexpr auto kTagColor = "tagColor"_L1; // on a tagging body: "#RRGGBB"

// "pizhu:color" for "color".
inline QString key(QLatin1StringView name)
{
    return kPizhuPrefix + QChar(u':') + name;
}

} // namespace pizhu::w3c
