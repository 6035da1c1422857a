// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereader.h"

#include <QFile>
#include <QFileInfo>

namespace pizhu {

namespace {
Error badInput(const QString &message)
{
    return Error{Error::Kind::BadInput, message};
}
} // namespace

Result<QByteArray> FileReader::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return badInput(tr("%1: no such file").arg(path));
    if (info.isDir())
        return badInput(tr("%1: is a folder, not a report file").arg(path));
    // A FIFO or device would block or never end.
    if (!info.isFile())
        return badInput(tr("%1: not a regular file").arg(path));
    if (info.size() > kMaxFileSize) {
        return badInput(tr("%1: file is too large (%2 MB; reports up to %3 MB can be opened)")
                            .arg(path)
                            .arg(info.size() / (1024 * 1024))
                            .arg(kMaxFileSize / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    // Read at most one byte past the limit: the file may grow after the size check.
    QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return badInput(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    if (bytes.size() > kMaxFileSize)
        return badInput(tr("%1: file is too large (reports up to %2 MB can be opened)")
                            .arg(path)
                            .arg(kMaxFileSize / (1024 * 1024)));
    if (bytes.isEmpty())
        return badInput(tr("%1: file is empty").arg(path));
    return bytes;
}

} // namespace pizhu
