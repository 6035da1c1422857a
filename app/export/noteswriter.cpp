// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteswriter.h"

#include "w3cannotationwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace pizhu {

QStringList NotesWriter::formats()
{
    return {u"json"_s};
}

std::unique_ptr<NotesWriter> NotesWriter::create(const QString &format)
{
    const QString id = format.trimmed().toLower();
    if (id == u"json"_s)
        return std::make_unique<W3cAnnotationWriter>();
    return nullptr;
}

Result<bool> NotesWriter::writeAll(QIODevice &device, const QByteArray &bytes)
{
    if (device.write(bytes) != bytes.size())
        return Error{Error::Kind::Failure, tr("Cannot write the notes: %1").arg(device.errorString())};
    return true;
}

} // namespace pizhu
