// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followuplink.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace pizhu {

class Database;

// The follow-up decisions of an annotation file (table followup_links,
// docs/schema.md): at most one per plan and measure. Writes return the
// error; reads return plain values and leave a failure in Database::lastError().
class FollowUpLinkStore
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpLinkStore)

public:
    explicit FollowUpLinkStore(Database &db)
        : m_db(db)
    {
    }

    // The decisions between a report's plans and another's measures, by plan then measure key.
    QList<FollowUpLink> links(const QString &planWorkKey, const QString &measureWorkKey) const;
    // The decision on the pair `pair` names (its decision ignored), if any.
    std::optional<FollowUpLink> find(const FollowUpLink &pair) const;
    // Records the decision, replacing one on the same pair. An invalid
    // `modified` is stamped with the current time.
    Result<bool> set(const FollowUpLink &link);
    // Forgets the decision on the pair; false when there was none.
    Result<bool> remove(const FollowUpLink &pair);

private:
    Database &m_db;
};

} // namespace pizhu
