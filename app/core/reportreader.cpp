// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportreader.h"

#include "reportparser.h"
#include "textloader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pizhu {

Result<Report> ReportReader::read(const QString &path)
{
    auto loaded = TextLoader::load(path);
    if (!loaded)
        return loaded.error();
    ReportMetadata seed;
    seed.sourcePath = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
    seed.sourceFormat = u"text"_s;
    seed.encoding = loaded->encoding;
    return ReportParser::parse(loaded->text, seed);
}

} // namespace pizhu
