// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two outlines are the same when every node has the same role, label and
// title and the same children, in order. Fails the running Qt test at the
// first difference, naming where it is.

#include "outlinenode.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace pizhu::testing {

inline void compareOutline(const std::vector<OutlineNode> &actual, const std::vector<OutlineNode> &expected,
                           const QString &at)
{
    QVERIFY2(actual.size() == expected.size(),
             qPrintable(at + u": %1 nodes, expected %2"_s.arg(actual.size()).arg(expected.size())));
    for (size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual[i].role, expected[i].role);
        QCOMPARE(actual[i].label, expected[i].label);
        QCOMPARE(actual[i].title, expected[i].title);
        compareOutline(actual[i].children, expected[i].children, at + u" › "_s + expected[i].title);
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace pizhu::testing
