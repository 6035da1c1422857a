// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readerformats.h"

class QTextDocument;

namespace pizhu {

class Report;

// Builds the reader's document for a report in the reader's typography. Its
// text is exactly the canonical text. Touches no widget, so a worker thread
// can build the document of a large report while the window stays responsive.
class ReaderDocument
{
public:
    static constexpr const char *kZoomProperty = "pizhuZoomSteps";

    // A new document without a parent; the caller owns it. report may be null (empty document).
    static QTextDocument *build(const Report *report, const ReaderFormats &formats, int zoomSteps);
};

} // namespace pizhu
