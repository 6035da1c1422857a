// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace pizhu {

class AnnotationSession;

// Keeps the window in step with other instances of the app on the same
// annotation file: looks again when the file (or its write-ahead log)
// changes on disk and when the app comes back to the front.
class AnnotationFileWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFileWatcher)

public:
    static constexpr int kSettleMs = 250; // a burst of writes is one reload

    explicit AnnotationFileWatcher(AnnotationSession *session, QObject *parent = nullptr);

    // Watches the session's annotation file (call after it opened one).
    void watch(const QString &path);

Q_SIGNALS:
    // Another instance changed the annotations; they were reloaded.
    void reloaded();

private:
    void check();

    AnnotationSession *m_session = nullptr;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
};

} // namespace pizhu
