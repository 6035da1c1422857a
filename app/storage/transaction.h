// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <optional>

namespace pizhu {

class Database;

// Every write runs inside one of these: BEGIN IMMEDIATE takes the write lock
// up front (waiting up to the busy timeout, then retrying, while another
// instance writes), so that no statement inside fails with "database is
// locked" halfway through. Rolls back unless commit() succeeded.
//
// Transactions nest: an inner one joins the outer one, and abandoning the
// inner one makes the outer commit() fail, so a store method called inside a
// caller's transaction is all-or-nothing with it.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    static constexpr int kAttempts = 3; // each waits up to Database::kBusyTimeoutMs

    explicit Transaction(Database &db);
    ~Transaction();

    bool ok() const { return !m_error.has_value(); }
    Error error() const { return m_error.value_or(Error{}); }
    Result<bool> commit();

private:
    Database &m_db;
    std::optional<Error> m_error;
    bool m_active = false;
    bool m_outer = false;
};

} // namespace pizhu
