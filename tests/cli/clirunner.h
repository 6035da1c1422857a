// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real pizhu executable as a user's shell would: no display, a
// UTF-8 C locale, the interface language and annotation file as asked.

#include <QProcess>
#include <QString>
#include <QStringList>
#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pizhu::testing {

struct CliRun
{
    int exitCode = -1; // -1: timed out, -2: crashed
    QString out;
    QString err;
};

struct CliEnvironment
{
    QString language; // LANGUAGE, e.g. zh_CN; empty: none (English)
    QString database; // PIZHU_DB; empty: unset
};

struct CliProcess
{
    QString stdoutFile; // where stdout goes (e.g. /dev/full); empty: captured in CliRun::out
    // Run as an ordinary user when the tests run as root, for whom no
    // permission stops a write (Linux only).
    bool unprivileged = false;
};

inline CliRun runPizhu(const QStringList &args, const CliEnvironment &environment = {},
                       const CliProcess &process = CliProcess())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // the verbs must not need one
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    // Qt reads the UI language from LANGUAGE even where no such locale is installed.
    if (environment.language.isEmpty())
        env.remove(u"LANGUAGE"_s);
    else
        env.insert(u"LANGUAGE"_s, environment.language);
    if (environment.database.isEmpty())
        env.remove(u"PIZHU_DB"_s);
    else
        env.insert(u"PIZHU_DB"_s, environment.database);
    p.setProcessEnvironment(env);
    if (!process.stdoutFile.isEmpty())
        p.setStandardOutputFile(process.stdoutFile);
#ifdef Q_OS_LINUX
    if (process.unprivileged && ::geteuid() == 0) {
        p.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
#endif
    p.start(QStringLiteral(PIZHU_EXECUTABLE), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace pizhu::testing
