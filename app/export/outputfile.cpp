// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

Error failure(const QString &path, const QString &why)
{
    return Error{Error::Kind::Failure, OutputFile::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
}

// A write the device refused is said with the file's name; other failures as the writer says them.
Result<bool> writerFailure(const QFileDevice &file, const QString &name, const Result<bool> &written)
{
    if (written.error().kind == Error::Kind::Failure && file.error() != QFileDevice::NoError)
        return failure(name, file.errorString());
    return written;
}

// Devices and pipes cannot be replaced by a rename; nothing partial stays in them either.
Result<bool> writeDirectly(QFile &file, const QString &name, const OutputFile::Writer &writer)
{
    const auto written = writer(file);
    if (!written)
        return writerFailure(file, name, written);
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return failure(name, file.errorString());
    file.close();
    if (file.error() != QFileDevice::NoError)
        return failure(name, file.errorString());
    return true;
}

} // namespace

Result<bool> OutputFile::write(const QString &path, const Writer &writer)
{
    if (path == u"-"_s) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return failure(tr("standard output"), out.errorString());
        return writeDirectly(out, tr("standard output"), writer);
    }
    const QFileInfo info(path);
    if (info.isDir())
        return failure(path, tr("it is a folder"));
    if (info.exists() && !info.isFile()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly))
            return failure(path, device.errorString());
        return writeDirectly(device, path, writer);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    const auto written = writer(file);
    if (!written) {
        const auto why = writerFailure(file, path, written);
        file.cancelWriting();
        return why;
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return true;
}

Result<bool> OutputFile::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&bytes](QIODevice &device) -> Result<bool> {
        if (device.write(bytes) != bytes.size())
            return Error{Error::Kind::Failure, device.errorString()};
        return true;
    });
}

} // namespace pizhu
