// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the text path a report file takes —
// decoding (BOM, UTF-8, uchardet) and the whole parser. Nothing may crash,
// hang or break the parser's invariants.
#include "reportparser.h"
#include "textloader.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = pizhu::TextLoader::decode(bytes);
    if (!decoded)
        return 0;
    const pizhu::Report report = pizhu::ReportParser::parse(decoded->text);
    // Blocks tile the canonical text; a violation is a bug worth a crash report.
    qsizetype expected = 0;
    for (const pizhu::Block &b : report.blocks) {
        if (b.start != expected || b.end < b.start || b.end > report.canonicalText.size())
            std::abort();
        expected = b.end + 1;
    }
    return 0;
}
