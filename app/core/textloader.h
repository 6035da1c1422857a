// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pizhu {

struct LoadedText
{
    QString text;
    QString encoding; // the name QStringDecoder knows it by: UTF-8, UTF-16LE, GB18030 …
};

// Reads a plain-text report from disk and refuses, with a message a user can
// act on, what is not one: a missing or unreadable path, an empty, oversized or
// binary file, a document format that needs its own importer.
class TextLoader
{
    Q_DECLARE_TR_FUNCTIONS(TextLoader)

public:
    static Result<LoadedText> load(const QString &path);
    // The same checks and decoding for bytes already in memory (tests, stdin, fuzzing).
    // encoding: the user's choice over detection (a name QStringDecoder knows), or empty.
    static Result<LoadedText> decode(const QByteArray &bytes, const QString &encoding = {});
};

} // namespace pizhu
