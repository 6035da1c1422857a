// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a saved web page, then through the parser.
#include "htmlimporter.h"
#include "reportparser.h"

#include <QByteArray>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto imported = pizhu::HtmlImporter::import(bytes);
    if (imported)
        (void)pizhu::ReportParser::parse(imported->text);
    return 0;
}
