// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace pizhu {

// What went wrong, in words for the user, and of which kind (the command line
// maps kinds to exit codes, the window to dialogs).
struct Error
{
    enum class Kind {
        BadInput, // the file is not something we can read: missing, empty, binary, too large
        Failure, // something failed while working
        PasswordRequired, // an encrypted document: ask for its password and try again
        Cancelled, // the user stopped the work
    };
    Kind kind = Kind::BadInput;
    QString message;
};

// A value or an Error; std::expected is C++23 and not in every compiler we target.
template<typename T>
class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a T reads naturally
        : m_data(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace pizhu
