// SPDX-License-Identifier: GPL-3.0-or-later
// The open report's annotations against a real annotation file: every change
// is one undoable step, and the file always holds what the window shows.
#include "annotationsession.h"
#include "annotationstore.h"
#include "backups.h"
#include "dailybackup.h"
#include "database.h"
#include "mainwindow.h"
#include "reportreader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace pizhu;

class AnnotationSessionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addKeepsDocumentOrder();
    void editUndoRedo();
    void noteTypingIsOneStep();
    void removeUndoRestoresEverything();
    void tagsHaveUsage();
    void reloadSeesOtherConnection();
    void readOnlyFileRefusesEdits();
    void dailyBackupInTheBackground();

private:
    // What the annotation file holds for the report, read through a second connection.
    QList<Annotation> stored() const;
    Annotation at(int row) const { return m_session->annotations().at(row); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AnnotationSession> m_session;
    Report m_report;
};

void AnnotationSessionTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<AnnotationSession>();
    QVERIFY(m_session->openDatabase(m_dir->filePath(u"a.sqlite"_s)));
    m_report = ReportReader::read(QString::fromLatin1(MainWindow::kSamplePath)).value();
    m_session->setReport(m_report);
}

void AnnotationSessionTest::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

QList<Annotation> AnnotationSessionTest::stored() const
{
    auto db = Database::open(m_dir->filePath(u"a.sqlite"_s), Database::OpenMode::ReadOnly);
    return db ? AnnotationStore(*db.value()).forWork(m_report.workKey()) : QList<Annotation>();
}

void AnnotationSessionTest::addKeepsDocumentOrder()
{
    QSignalSpy inserted(m_session.get(), &AnnotationSession::annotationInserted);
    const QUuid late = m_session->addHighlight(900, 920, 0);
    const QUuid early = m_session->addHighlight(100, 110, 1);
    QVERIFY(!late.isNull() && !early.isNull());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(0).toInt(), 0);
    QCOMPARE(inserted.at(1).at(0).toInt(), 0); // the earlier passage goes first
    QCOMPARE(m_session->indexOf(early), 0);
    QCOMPARE(m_session->indexOf(late), 1);
    QCOMPARE(m_session->annotation(late)->anchor.exact, m_report.canonicalText.mid(900, 20));
    QCOMPARE(stored(), m_session->annotations());
    // Out of range: nothing added.
    QVERIFY(m_session->addHighlight(10, 5, 0).isNull());
    QVERIFY(m_session->addHighlight(0, m_report.canonicalText.size() + 1, 0).isNull());
}

void AnnotationSessionTest::editUndoRedo()
{
    const QUuid id = m_session->addHighlight(200, 240, 0);
    Annotation changed = *m_session->annotation(id);
    changed.color = 3;
    changed.status = CommitmentStatus::InProgress;
    changed.responsibleUnit = u"区司法局"_s;
    changed.due = QDate(2023, 12, 31);
    QSignalSpy updated(m_session.get(), &AnnotationSession::annotationUpdated);
    QVERIFY(m_session->edit(changed, EditAnnotationCommand::Kind::Commitment));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(at(0).status, CommitmentStatus::InProgress);
    QVERIFY(at(0).modified >= changed.modified);
    QCOMPARE(stored().front().responsibleUnit, u"区司法局"_s);
    // The same values again change nothing and add no step.
    QVERIFY(!m_session->edit(at(0), EditAnnotationCommand::Kind::Commitment));
    QCOMPARE(m_session->undoStack()->count(), 2);

    m_session->undoStack()->undo();
    QCOMPARE(at(0).status, CommitmentStatus::None);
    QCOMPARE(at(0).color, 0);
    QCOMPARE(stored().front(), at(0));
    m_session->undoStack()->redo();
    QCOMPARE(at(0).color, 3);
    QCOMPARE(stored().front(), at(0));
}

void AnnotationSessionTest::noteTypingIsOneStep()
{
    const QUuid id = m_session->addHighlight(300, 330, 2);
    const int before = m_session->undoStack()->count();
    Annotation a = *m_session->annotation(id);
    for (const QString &text : {u"持"_s, u"持续"_s, u"持续跟踪"_s, u"持续跟踪**进度**"_s}) {
        a.note = text;
        QVERIFY(m_session->edit(a, EditAnnotationCommand::Kind::Note));
    }
    QCOMPARE(m_session->undoStack()->count(), before + 1);
    QCOMPARE(stored().front().note, u"持续跟踪**进度**"_s);
    m_session->undoStack()->undo();
    QCOMPARE(at(0).note, QString());
    QCOMPARE(stored().front().note, QString());
    m_session->undoStack()->redo();
    QCOMPARE(at(0).note, u"持续跟踪**进度**"_s);

    // A note edit on another annotation is its own step.
    const QUuid other = m_session->addHighlight(500, 510, 1);
    Annotation b = *m_session->annotation(other);
    b.note = u"另一条"_s;
    const int count = m_session->undoStack()->count();
    QVERIFY(m_session->edit(b, EditAnnotationCommand::Kind::Note));
    QCOMPARE(m_session->undoStack()->count(), count + 1);
}

void AnnotationSessionTest::removeUndoRestoresEverything()
{
    const QUuid first = m_session->addHighlight(100, 120, 0);
    const QUuid second = m_session->addHighlight(400, 430, 4);
    Annotation a = *m_session->annotation(second);
    a.note = u"# 要点"_s;
    a.tagIds = {m_session->tags().front().tag.id};
    QVERIFY(m_session->edit(a, EditAnnotationCommand::Kind::Tags));
    const QList<Annotation> all = m_session->annotations();

    QSignalSpy removed(m_session.get(), &AnnotationSession::annotationRemoved);
    QVERIFY(m_session->remove({first, second}));
    QCOMPARE(removed.size(), 2);
    QVERIFY(m_session->annotations().isEmpty());
    QVERIFY(stored().isEmpty());
    QCOMPARE(m_session->tags().front().annotationCount, 0);

    m_session->undoStack()->undo();
    QCOMPARE(m_session->annotations(), all);
    QCOMPARE(stored(), all);
    QCOMPARE(m_session->tags().front().annotationCount, 1);
    QVERIFY(!m_session->remove({QUuid::createUuid()}));
}

void AnnotationSessionTest::tagsHaveUsage()
{
    const QList<TagUsage> tags = m_session->tags();
    QCOMPARE(tags.size(), 6);
    QCOMPARE(tags.front().tag.name, u"承诺"_s);
    QCOMPARE(m_session->tag(tags.at(1).tag.id)->name, u"指标"_s);
    QVERIFY(!m_session->tag(-5));
}

void AnnotationSessionTest::reloadSeesOtherConnection()
{
    m_session->addHighlight(100, 120, 0);
    // Another instance adds an annotation to the same report.
    {
        auto db = Database::open(m_dir->filePath(u"a.sqlite"_s));
        QVERIFY(db);
        Annotation other = m_session->annotations().front();
        other.id = QUuid::createUuid();
        other.anchor.start = 50;
        other.anchor.end = 60;
        other.anchor.exact = m_report.canonicalText.mid(50, 10);
        QVERIFY(AnnotationStore(*db.value()).add(other));
    }
    QSignalSpy reset(m_session.get(), &AnnotationSession::annotationsReset);
    m_session->reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_session->annotations().size(), 2);
    QCOMPARE(m_session->annotations().front().anchor.start, 50);
}

void AnnotationSessionTest::readOnlyFileRefusesEdits()
{
    const QUuid id = m_session->addHighlight(100, 120, 0);
    AnnotationSession readOnly;
    QVERIFY(readOnly.openDatabase(m_dir->filePath(u"a.sqlite"_s), true));
    readOnly.setReport(m_report);
    QVERIFY(!readOnly.isAvailable());
    QCOMPARE(readOnly.annotations().size(), 1);
    Annotation a = readOnly.annotations().front();
    a.note = u"x"_s;
    QVERIFY(!readOnly.edit(a, EditAnnotationCommand::Kind::Note));
    QVERIFY(!readOnly.remove({id}));
    QVERIFY(readOnly.addHighlight(1, 5, 0).isNull());
}

void AnnotationSessionTest::dailyBackupInTheBackground()
{
    // The file exists (init() made it): opening it again takes the day's backup, on a worker.
    const QString file = m_dir->filePath(u"a.sqlite"_s);
    QVERIFY(Backups::dailyBackups(file).isEmpty()); // a new file has nothing worth a backup
    AnnotationSession again;
    QVERIFY(again.openDatabase(file));
    again.dailyBackup().waitForFinished();
    QCOMPARE(Backups::dailyBackups(file).size(), 1);
    // Read-only: no backup is taken by the window (it writes nothing).
    AnnotationSession readOnly;
    QVERIFY(readOnly.openDatabase(file, true));
    readOnly.dailyBackup().waitForFinished();
    QCOMPARE(Backups::dailyBackups(file).size(), 1);
}

QTEST_MAIN(AnnotationSessionTest)
#include "annotationsession_test.moc"
