// SPDX-License-Identifier: GPL-3.0-or-later
#include "legacywordimporter.h"

#include "docximporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pizhu {

QString LegacyWordImporter::converter()
{
    if (qEnvironmentVariableIsSet("PIZHU_SOFFICE")) {
        const QString forced = qEnvironmentVariable("PIZHU_SOFFICE");
        return QFileInfo(forced).isExecutable() ? forced : QString();
    }
    for (const QString &name : {u"soffice"_s, u"libreoffice"_s}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    // Where the installers put it when it is not on PATH.
    for (const QString &candidate : {u"C:/Program Files/LibreOffice/program/soffice.exe"_s,
                                     u"/Applications/LibreOffice.app/Contents/MacOS/soffice"_s}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

Result<ImportedText> LegacyWordImporter::import(const QString &path, const QByteArray &bytes,
                                                const ImportOptions &options)
{
    // An encrypted .docx is an OLE container too; LibreOffice would only stall on it.
    if (bytes.contains(QByteArrayView("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28)))
        return Error{Error::Kind::BadInput,
                     tr("this Word document is password-protected; remove the password in Word and open it again")};
    const QString soffice = converter();
    if (soffice.isEmpty())
        return Error{Error::Kind::BadInput,
                     tr("opening Word 97–2003 (.doc) and WPS (.wps) files needs LibreOffice; install LibreOffice "
                        "(https://www.libreoffice.org), or save the report as .docx or .txt")};
    QTemporaryDir work;
    if (!work.isValid())
        return Error{Error::Kind::Failure, tr("no temporary folder for the conversion")};
    // A profile of its own, so that a running LibreOffice does not swallow the request.
    const QString profile = QUrl::fromLocalFile(work.filePath(u"profile"_s)).toString();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(soffice, {u"-env:UserInstallation="_s + profile, u"--headless"_s, u"--norestore"_s,
                            u"--convert-to"_s, u"docx"_s, u"--outdir"_s, work.path(), QFileInfo(path).absoluteFilePath()});
    if (!process.waitForStarted(10000))
        return Error{Error::Kind::Failure, tr("LibreOffice could not be started: %1").arg(process.errorString())};
    QElapsedTimer clock;
    clock.start();
    while (!process.waitForFinished(100)) {
        if (options.isCancelled() || clock.elapsed() > kTimeoutSeconds * 1000) {
            process.kill();
            process.waitForFinished(2000);
            if (options.isCancelled())
                return Error{Error::Kind::Cancelled, tr("Opening was cancelled.")};
            return Error{Error::Kind::Failure, tr("LibreOffice did not finish converting within %1 seconds")
                                                   .arg(kTimeoutSeconds)};
        }
        options.report(int(qMin<qint64>(50, clock.elapsed() / 200)));
    }
    const QString converted = work.filePath(QFileInfo(path).completeBaseName() + u".docx"_s);
    QFile out(converted);
    if (process.exitCode() != 0 || !out.open(QIODevice::ReadOnly)) {
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed().left(300);
        return Error{Error::Kind::BadInput, tr("LibreOffice could not convert the document%1")
                                                .arg(output.isEmpty() ? QString() : u": "_s + output)};
    }
    auto imported = DocxImporter::import(out.readAll(), options);
    if (!imported)
        return imported.error();
    ImportedText text = imported.value();
    text.format = u"doc"_s;
    return text;
}

} // namespace pizhu
