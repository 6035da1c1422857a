// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: DocxImporter must refuse or read any bytes, never crash,
// hang or allocate without bound. Seeds: fuzz/corpus/docx.
#include "docximporter.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // fromRawData: no copy; the importer only reads.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto imported = pizhu::DocxImporter::import(bytes);
    (void)imported;
    return 0;
}
