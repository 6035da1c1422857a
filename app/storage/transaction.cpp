// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace pizhu {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (db.m_transactionDepth > 0) {
        ++db.m_transactionDepth;
        m_active = true;
        return;
    }
    if (db.m_readOnly) {
        m_error = Error{Error::Kind::Failure,
                        tr("%1 is open read-only: changes cannot be saved.").arg(db.path())};
        return;
    }
    for (int attempt = 1;; ++attempt) {
        if (db.execSql(u"BEGIN IMMEDIATE"_s))
            break;
        if (!db.lastFailureWasBusy() || attempt >= kAttempts) {
            m_error = db.failure(tr("Cannot start saving to %1").arg(db.path()));
            return;
        }
        qCInfo(lcStorage) << "write lock busy, retrying" << attempt;
    }
    db.m_transactionDepth = 1;
    db.m_rollbackOnly = false;
    m_outer = true;
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_outer) {
        m_db.m_transactionDepth = 0;
        m_db.execSql(u"ROLLBACK"_s);
    } else {
        --m_db.m_transactionDepth;
        m_db.m_rollbackOnly = true;
    }
}

Result<bool> Transaction::commit()
{
    if (!m_active)
        return m_error.value_or(
            Error{Error::Kind::Failure, tr("The changes were already saved or dropped.")});
    m_active = false;
    if (!m_outer) {
        --m_db.m_transactionDepth;
        return true;
    }
    m_db.m_transactionDepth = 0;
    if (m_db.m_rollbackOnly) {
        m_db.execSql(u"ROLLBACK"_s);
        return Error{Error::Kind::Failure, tr("The changes were not saved: one of their steps failed.")};
    }
    for (int attempt = 1;; ++attempt) {
        if (m_db.execSql(u"COMMIT"_s))
            return true;
        if (!m_db.lastFailureWasBusy() || attempt >= kAttempts)
            break;
    }
    const Error error = m_db.failure(tr("Cannot save the changes to %1").arg(m_db.path()));
    m_db.execSql(u"ROLLBACK"_s);
    return error;
}

} // namespace pizhu
