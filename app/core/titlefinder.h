// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pizhu {

// Finds the report's title among the lines before its body: a short line
// without a full stop that names a report (报告, 情况, 总结 …), preferring one
// that also names an issuer and a year. Joins a title split over two lines and
// drops a repeated one.
class TitleFinder
{
public:
    struct Found
    {
        QString title;
        int firstLine = -1; // index into lines; -1 when there is no title
        int lastLine = -1; // the last line the title (and its repeats) use
    };

    // lines: trimmed, non-empty; lines marked in drop are skipped.
    static Found find(const QStringList &lines, const QList<bool> &drop);
    // Whether a line ends in the name of an organ (人民政府, 司法局, 委员会 …).
    static bool endsWithOrgan(QStringView text);
    // The issuing organ named at the start of a title, before 关于 or the year.
    static QString issuerOf(QStringView title);
};

} // namespace pizhu
