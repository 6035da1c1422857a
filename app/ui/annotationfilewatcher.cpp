// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfilewatcher.h"

#include "annotationsession.h"

#include <QFileInfo>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace pizhu {

AnnotationFileWatcher::AnnotationFileWatcher(AnnotationSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &AnnotationFileWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    // The -wal file appears and disappears with checkpoints: watching the
    // folder notices it coming back.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watch(m_path);
        m_settle.start();
    });
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            check();
    });
}

void AnnotationFileWatcher::watch(const QString &path)
{
    m_path = path;
    if (path.isEmpty() || path == u":memory:"_s)
        return;
    const QStringList wanted{path, path + u"-wal"_s, QFileInfo(path).absolutePath()};
    for (const QString &p : wanted) {
        if (QFileInfo::exists(p) && !m_watcher.files().contains(p) && !m_watcher.directories().contains(p))
            m_watcher.addPath(p);
    }
}

void AnnotationFileWatcher::check()
{
    if (m_session->reloadIfChangedOutside())
        Q_EMIT reloaded();
}

} // namespace pizhu
