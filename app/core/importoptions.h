// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

namespace pizhu {

// How to import: a password for an encrypted PDF, an encoding the user chose
// over the detected one, and hooks for long work (a progress percentage and
// a cancel request, both called from the importing thread).
struct ImportOptions
{
    QString password;
    QString encoding; // empty: detect
    std::function<void(int percent)> progress;
    std::function<bool()> cancelled;

    void report(int percent) const
    {
        if (progress)
            progress(percent);
    }
    bool isCancelled() const { return cancelled && cancelled(); }
};

} // namespace pizhu
