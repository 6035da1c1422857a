// SPDX-License-Identifier: GPL-3.0-or-later
#include "followuplinkstore.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// How a decision is written in the file; the table's CHECK allows these two only.
QString decisionText(FollowUpLink::Decision decision)
{
    return decision == FollowUpLink::Decision::Confirmed ? u"confirmed"_s : u"rejected"_s;
}

void bindPair(QSqlQuery &query, const FollowUpLink &pair)
{
    query.bindValue(u":plan_work_key"_s, SqlValues::text(pair.planWorkKey));
    query.bindValue(u":plan_key"_s, SqlValues::text(pair.planKey));
    query.bindValue(u":measure_work_key"_s, SqlValues::text(pair.measureWorkKey));
    query.bindValue(u":measure_key"_s, SqlValues::text(pair.measureKey));
}

const QString kPairCondition = uR"(plan_work_key = :plan_work_key AND measure_work_key = :measure_work_key
    AND plan_key = :plan_key AND measure_key = :measure_key)"_s;

FollowUpLink linkFrom(const QSqlQuery &query)
{
    FollowUpLink link;
    link.planWorkKey = query.value(0).toString();
    link.planKey = query.value(1).toString();
    link.measureWorkKey = query.value(2).toString();
    link.measureKey = query.value(3).toString();
    link.decision = query.value(4).toString() == u"rejected"_s ? FollowUpLink::Decision::Rejected
                                                               : FollowUpLink::Decision::Confirmed;
    link.modified = SqlValues::toTime(query.value(5));
    return link;
}

const QString kSelect =
    u"SELECT plan_work_key, plan_key, measure_work_key, measure_key, decision, modified FROM followup_links"_s;

} // namespace

QList<FollowUpLink> FollowUpLinkStore::links(const QString &planWorkKey, const QString &measureWorkKey) const
{
    QSqlQuery query = m_db.prepare(kSelect + uR"( WHERE plan_work_key = :plan_work_key
        AND measure_work_key = :measure_work_key ORDER BY plan_key, measure_key)"_s);
    query.bindValue(u":plan_work_key"_s, SqlValues::text(planWorkKey));
    query.bindValue(u":measure_work_key"_s, SqlValues::text(measureWorkKey));
    QList<FollowUpLink> links;
    if (!m_db.exec(query)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the follow-up links")));
        return links;
    }
    while (query.next())
        links.append(linkFrom(query));
    return links;
}

std::optional<FollowUpLink> FollowUpLinkStore::find(const FollowUpLink &pair) const
{
    QSqlQuery query = m_db.prepare(kSelect + u" WHERE "_s + kPairCondition);
    bindPair(query, pair);
    if (!m_db.exec(query)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the follow-up links")));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return linkFrom(query);
}

Result<bool> FollowUpLinkStore::set(const FollowUpLink &link)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    QSqlQuery query = m_db.prepare(uR"(INSERT INTO followup_links
        (plan_work_key, plan_key, measure_work_key, measure_key, decision, modified)
        VALUES (:plan_work_key, :plan_key, :measure_work_key, :measure_key, :decision, :modified)
        ON CONFLICT DO UPDATE SET decision = excluded.decision, modified = excluded.modified)"_s);
    bindPair(query, link);
    query.bindValue(u":decision"_s, decisionText(link.decision));
    query.bindValue(u":modified"_s,
                    SqlValues::time(link.modified.isValid() ? link.modified : QDateTime::currentDateTimeUtc()));
    if (!m_db.exec(query))
        return m_db.failure(tr("Cannot save the follow-up link"));
    return transaction.commit();
}

Result<bool> FollowUpLinkStore::remove(const FollowUpLink &pair)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    QSqlQuery query = m_db.prepare(u"DELETE FROM followup_links WHERE "_s + kPairCondition);
    bindPair(query, pair);
    if (!m_db.exec(query))
        return m_db.failure(tr("Cannot remove the follow-up link"));
    const bool removed = query.numRowsAffected() > 0;
    const auto committed = transaction.commit();
    if (!committed)
        return committed.error();
    return removed;
}

} // namespace pizhu
