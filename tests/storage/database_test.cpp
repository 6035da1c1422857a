// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "backups.h"
#include "database.h"
#include "followuplinkstore.h"
#include "migrations.h"
#include "reportstore.h"
#include "searchindex.h"
#include "searchstore.h"
#include "storagefixtures.h"
#include "tagstore.h"
#include "transaction.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

// The file as another program sees it: a connection of its own.
QVariant rawValue(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = u"raw-%1"_s.arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = u"raw-write"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant value(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

Database::Options atVersion(int version)
{
    Database::Options options;
    options.schemaVersion = version;
    return options;
}

Database::Options onDay(QDate today)
{
    Database::Options options;
    options.today = today;
    return options;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class DatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }
    void pragmas();
    void freshFileGetsLatestSchema();
    void memoryDatabase();
    void migratesV1ToV2KeepingEveryRow();
    void migratesV2ToV3FillingTheSearchIndex();
    void migratesV3ToV4AddingFollowUpLinks();
    void dailyBackupsRotate();
    void newerSchemaIsRefused();
    void notSqliteIsRefused_data();
    void notSqliteIsRefused();
    void corruptFileIsRefused_data();
    void corruptFileIsRefused();
    void readOnlyMode();
    void readOnlyPermissions_data();
    void readOnlyPermissions();
    void nestedTransactions();
    void resolvePath();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A real file with some weight: 2000 annotations with notes.
    QString populated(const QString &name);
    QTemporaryDir m_dir;
};

void DatabaseTest::pragmas()
{
    const auto db = openDatabase(path(u"pragmas.sqlite"_s));
    QCOMPARE(value(*db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(value(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(value(*db, u"PRAGMA busy_timeout"_s).toInt(), Database::kBusyTimeoutMs);
    QCOMPARE(value(*db, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
    QVERIFY(!db->isReadOnly());
    QVERIFY(db->dataVersion() > 0);
}

void DatabaseTest::freshFileGetsLatestSchema()
{
    const QString file = path(u"sub/folder/fresh.sqlite"_s); // the folders are created
    {
        const auto db = openDatabase(file);
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(value(*db, u"PRAGMA user_version"_s).toInt(), Database::kSchemaVersion);
        QCOMPARE(value(*db, u"PRAGMA application_id"_s).toInt(), Migrations::kApplicationId);
        QCOMPARE(TagStore(*db).all().size(), 6);
        QVERIFY(db->migrationBackupPath().isEmpty());
    }
    // Nothing to protect in a new file: no backups of it.
    const QStringList siblings = QDir(path(u"sub/folder"_s)).entryList(QDir::Files);
    QCOMPARE(siblings, QStringList{u"fresh.sqlite"_s});
    // Opening it again migrates nothing and keeps the tags.
    const auto again = openDatabase(file);
    QCOMPARE(TagStore(*again).all().size(), 6);
    QVERIFY(again->migrationBackupPath().isEmpty());
}

void DatabaseTest::memoryDatabase()
{
    const auto db = openDatabase(u":memory:"_s);
    QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
    AnnotationStore store(*db);
    QVERIFY(store.add(sampleAnnotation(u"w"_s, 1)).ok());
    QCOMPARE(store.count(), 1);
    QCOMPARE(value(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
}

void DatabaseTest::migratesV1ToV2KeepingEveryRow()
{
    const QString file = path(u"old.sqlite"_s);
    {
        // A file as version 1 of the schema left it, with rows in every table.
        const auto v1 = openDatabase(file, Database::OpenMode::ReadWrite, atVersion(1));
        QCOMPARE(v1->schemaVersion(), 1);
        QSqlQuery q(v1->connection());
        QVERIFY(q.exec(u"INSERT INTO reports (work_key, title, issuer, year, content_hash, source_path, "
                       "canonical_text, imported_at) VALUES ('wk1', '拱墅区2022年法治政府建设年度报告', "
                       "'杭州市拱墅区人民政府', 2022, 'hash1', '/tmp/r''1.txt', '全文一\n一、举措', "
                       "'2024-01-02T03:04:05.006Z')"_s));
        QVERIFY(q.exec(u"INSERT INTO reports (work_key, title, issuer, year) "
                       "VALUES ('wk2', '无正文', '某局', 2021)"_s));
        QVERIFY(q.exec(u"INSERT INTO tags (name, color) VALUES ('自定义', '#123456')"_s));
        for (int i = 0; i < 3; ++i) {
            q.prepare(u"INSERT INTO annotations (uuid, work_key, content_hash, start_offset, end_offset, "
                      "exact, note, created, modified, author) VALUES (?, 'wk1', 'hash1', ?, ?, '举措', ?, "
                      "'2024-01-02T03:04:05.006Z', '2024-01-03T03:04:05.007Z', '王')"_s);
            q.addBindValue(u"00000000-0000-0000-0000-00000000000%1"_s.arg(i + 1));
            q.addBindValue(10 * i);
            q.addBindValue(10 * i + 2);
            q.addBindValue(u"旧批注 %1"_s.arg(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.prepare(u"INSERT INTO annotation_tags (annotation_uuid, tag_id, position) VALUES (?, ?, 0)"_s);
            q.addBindValue(u"00000000-0000-0000-0000-00000000000%1"_s.arg(i + 1));
            q.addBindValue(i == 2 ? 7 : 1);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    QCOMPARE(rawValue(file, u"PRAGMA user_version"_s).toInt(), 1);

    const auto db = openDatabase(file, Database::OpenMode::ReadWrite, atVersion(2));
    QCOMPARE(db->schemaVersion(), 2);
    QCOMPARE(value(*db, u"PRAGMA user_version"_s).toInt(), 2);
    QCOMPARE(value(*db, u"PRAGMA foreign_key_check"_s), QVariant()); // no violations
    // Every row is still there.
    const QList<Annotation> annotations = AnnotationStore(*db).forWork(u"wk1"_s);
    QCOMPARE(annotations.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const Annotation &a = annotations.at(i);
        QCOMPARE(a.id, QUuid::fromString(u"00000000-0000-0000-0000-00000000000%1"_s.arg(i + 1)));
        QCOMPARE(a.note, u"旧批注 %1"_s.arg(i));
        QCOMPARE(a.anchor.start, 10 * i);
        QCOMPARE(a.created, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), QTimeZone::UTC));
        QCOMPARE(a.status, CommitmentStatus::None);
        QVERIFY(a.responsibleUnit.isEmpty());
        QVERIFY(!a.due.isValid());
        QCOMPARE(a.tagIds, QList<qint64>{i == 2 ? 7 : 1});
    }
    const auto tags = TagStore(*db).all();
    QCOMPARE(tags.size(), 7);
    QCOMPARE(tags.first().annotationCount, 2);
    QCOMPARE(tags.last().tag.name, u"自定义"_s);
    ReportStore reports(*db);
    QCOMPARE(reports.reports().size(), 2);
    const auto first = reports.findByWorkKey(u"wk1"_s);
    QVERIFY(first);
    QCOMPARE(first->annotationCount, 3);
    QCOMPARE(first->versionCount, 1);
    QCOMPARE(first->latestContentHash, u"hash1"_s);
    const auto version = reports.version(u"hash1"_s);
    QVERIFY(version);
    QCOMPARE(version->canonicalText, u"全文一\n一、举措"_s);
    QCOMPARE(version->metadata.sourcePath, u"/tmp/r'1.txt"_s);
    QCOMPARE(version->metadata.year, 2022);
    QCOMPARE(reports.findByWorkKey(u"wk2"_s)->versionCount, 0);

    // The backup was written first, beside the file, and holds version 1.
    const QString backup = db->migrationBackupPath();
    QVERIFY(QFileInfo(backup).fileName().contains(
        QRegularExpression(u"^old\\.sqlite\\.backup-v1-\\d{8}-\\d{6}\\.sqlite$"_s)));
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(rawValue(backup, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(rawValue(backup, u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(rawValue(backup, u"SELECT count(*) FROM annotations"_s).toInt(), 3);
    QCOMPARE(rawValue(backup, u"SELECT canonical_text FROM reports WHERE work_key = 'wk1'"_s).toString(),
             u"全文一\n一、举措"_s);
    // And the file had its first daily backup.
    QCOMPARE(Backups::dailyBackups(file).size(), 1);
}

void DatabaseTest::migratesV2ToV3FillingTheSearchIndex()
{
    const QString file = path(u"v2.sqlite"_s);
    const QString first = u"一、2022年度主要举措和成效\n推进依法行政，“一网通办”率达97.1%。"_s;
    const QString second = u"一、2022年度主要举措和成效\n推进依法行政，“一网通办”率达98.6%。"_s;
    const QString other = u"二、存在的不足\n执法队伍建设仍需加强。"_s;
    {
        // A file as version 2 left it: a report with two versions, another with one, notes, a tag link.
        const auto v2 = openDatabase(file, Database::OpenMode::ReadWrite, atVersion(2));
        QCOMPARE(v2->schemaVersion(), 2);
        QSqlQuery q(v2->connection());
        QVERIFY(q.exec(u"INSERT INTO reports (id, work_key, title, issuer, year) VALUES "
                       "(1, 'wk1', '拱墅区2022年报告', '拱墅区人民政府', 2022), (2, 'wk2', '西湖区报告', '西湖区', 2023)"_s));
        const QList<std::pair<qint64, QString>> versions = {{1, first}, {1, second}, {2, other}};
        for (qsizetype i = 0; i < versions.size(); ++i) {
            q.prepare(u"INSERT INTO report_versions (id, report_id, content_hash, canonical_text) VALUES (?, ?, ?, ?)"_s);
            q.addBindValue(i + 1);
            q.addBindValue(versions.at(i).first);
            q.addBindValue(u"hash%1"_s.arg(i + 1));
            q.addBindValue(versions.at(i).second);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const QStringList notes = {u"旧批注：核实数据来源"_s, u"督办"_s, u""_s};
        for (int i = 0; i < 3; ++i) {
            q.prepare(u"INSERT INTO annotations (uuid, work_key, content_hash, start_offset, end_offset, exact, note, "
                      "status) VALUES (?, ?, ?, 20, 26, '“一网通办”', ?, ?)"_s);
            q.addBindValue(u"00000000-0000-0000-0000-00000000000%1"_s.arg(i + 1));
            q.addBindValue(i < 2 ? u"wk1"_s : u"wk2"_s);
            q.addBindValue(i < 2 ? u"hash2"_s : u"hash3"_s);
            q.addBindValue(notes.at(i));
            q.addBindValue(i == 1 ? u"in-progress"_s : u""_s);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(u"INSERT INTO annotation_tags (annotation_uuid, tag_id) "
                       "VALUES ('00000000-0000-0000-0000-000000000001', 2)"_s));
    }
    QCOMPARE(rawValue(file, u"PRAGMA user_version"_s).toInt(), 2);

    const auto db = openDatabase(file, Database::OpenMode::ReadWrite, atVersion(3));
    QCOMPARE(db->schemaVersion(), 3);
    QCOMPARE(value(*db, u"PRAGMA user_version"_s).toInt(), 3);
    QCOMPARE(value(*db, u"PRAGMA foreign_key_check"_s), QVariant());
    // Every row is still there.
    QCOMPARE(value(*db, u"SELECT count(*) FROM reports"_s).toInt(), 2);
    QCOMPARE(value(*db, u"SELECT count(*) FROM report_versions"_s).toInt(), 3);
    QCOMPARE(value(*db, u"SELECT count(*) FROM annotations"_s).toInt(), 3);
    QCOMPARE(value(*db, u"SELECT count(*) FROM annotation_tags"_s).toInt(), 1);
    QCOMPARE(value(*db, u"SELECT count(*) FROM tags"_s).toInt(), 6);
    QCOMPARE(ReportStore(*db).version(u"hash1"_s)->canonicalText, first);
    QCOMPARE(AnnotationStore(*db).get(QUuid::fromString(u"00000000-0000-0000-0000-000000000001"_s))->tagIds,
             QList<qint64>{2});
    // And the search tables hold every version and every annotation.
    QCOMPARE(value(*db, u"SELECT count(*) FROM search_blocks"_s).toInt(),
             SearchIndex::blocks(first).size() + SearchIndex::blocks(second).size() + SearchIndex::blocks(other).size());
    QCOMPARE(value(*db, u"SELECT count(*) FROM search_note_docs"_s).toInt(), 3);
    for (const QString &table : {u"search_text"_s, u"search_text_chars"_s, u"search_notes"_s, u"search_notes_chars"_s}) {
        QSqlQuery check(db->connection());
        QVERIFY2(check.exec(u"INSERT INTO %1 (%1) VALUES ('integrity-check')"_s.arg(table)), qPrintable(table));
    }
    SearchStore search(*db);
    const SearchResults latest = search.search(u"98.6%"_s);
    QCOMPARE(latest.reports.size(), 1);
    QCOMPARE(latest.reports.first().hits.first().contentHash, u"hash2"_s);
    QVERIFY(search.search(u"97.1%"_s).reports.isEmpty()); // only the latest version is searched
    for (const QString &query : {u"旧"_s, u"批注"_s, u"核实数据来源"_s}) {
        const SearchResults notes = search.search(query);
        QCOMPARE(notes.hitCount(), 1);
        QCOMPARE(notes.reports.first().hits.first().kind, SearchHit::Kind::Note);
    }
    QCOMPARE(search.search(u"执法队伍"_s).reports.first().reportId, 2);
    // The library counts notes and commitments.
    const auto wk1 = ReportStore(*db).findByWorkKey(u"wk1"_s);
    QCOMPARE(wk1->annotationCount, 2);
    QCOMPARE(wk1->commitmentCount, 1);
    // The backup holds version 2.
    QCOMPARE(rawValue(db->migrationBackupPath(), u"PRAGMA user_version"_s).toInt(), 2);
    QCOMPARE(rawValue(db->migrationBackupPath(), u"SELECT count(*) FROM report_versions"_s).toInt(), 3);
}

void DatabaseTest::migratesV3ToV4AddingFollowUpLinks()
{
    const QString file = path(u"v3.sqlite"_s);
    FollowUpLink link;
    link.planWorkKey = u"old"_s;
    link.planKey = u"（一） 计划"_s;
    link.measureWorkKey = u"new"_s;
    link.measureKey = u"（二） 措施"_s;
    {
        const auto db = openDatabase(file, Database::OpenMode::ReadWrite, atVersion(3));
        QVERIFY(AnnotationStore(*db).add(sampleAnnotation(u"wk"_s, 1)).ok());
        QVERIFY(!FollowUpLinkStore(*db).set(link).ok()); // no table yet
    }
    const auto db = openDatabase(file);
    QCOMPARE(db->schemaVersion(), 4);
    QCOMPARE(value(*db, u"PRAGMA user_version"_s).toInt(), 4);
    QCOMPARE(AnnotationStore(*db).forWork(u"wk"_s).size(), 1);
    FollowUpLinkStore links(*db);
    QVERIFY(links.set(link).ok());
    QCOMPARE(links.links(u"old"_s, u"new"_s).size(), 1);
    QCOMPARE(rawValue(db->migrationBackupPath(), u"PRAGMA user_version"_s).toInt(), 3);
}

void DatabaseTest::dailyBackupsRotate()
{
    const QString file = path(u"daily.sqlite"_s);
    const QDate first(2025, 1, 28);
    openDatabase(file, Database::OpenMode::ReadWrite, onDay(first));
    QVERIFY(Backups::dailyBackups(file).isEmpty()); // a new file has nothing worth a backup
    // Files that only look alike are left alone.
    QVERIFY(writeFile(path(u"daily.sqlite.daily-notes.txt"_s), "x"));
    QVERIFY(writeFile(path(u"other.sqlite.daily-2020-01-01.sqlite"_s), "x"));
    for (int day = 0; day < 10; ++day) {
        for (int twice = 0; twice < 2; ++twice) { // at most one a day
            const auto db = openDatabase(file, Database::OpenMode::ReadWrite,
                                         onDay(first.addDays(day)));
            QVERIFY(AnnotationStore(*db).add(sampleAnnotation(u"w"_s, day * 2 + twice)).ok());
        }
        QCOMPARE(Backups::dailyBackups(file).size(), qMin(day + 1, Database::kDailyBackups));
    }
    QStringList expected;
    for (int day = 9; day >= 3; --day)
        expected << path(u"daily.sqlite.daily-%1.sqlite"_s.arg(first.addDays(day).toString(Qt::ISODate)));
    QCOMPARE(Backups::dailyBackups(file), expected);
    // Opened without it (the window takes it in the background): no new day's backup.
    Database::Options without = onDay(first.addDays(10));
    without.dailyBackup = false;
    openDatabase(file, Database::OpenMode::ReadWrite, without);
    QCOMPARE(Backups::dailyBackups(file), expected);
    QVERIFY(QFileInfo::exists(path(u"daily.sqlite.daily-notes.txt"_s)));
    QVERIFY(QFileInfo::exists(path(u"other.sqlite.daily-2020-01-01.sqlite"_s)));
    // Each is a whole database as it was when that day began: day 9's holds 18 annotations.
    QCOMPARE(rawValue(expected.first(), u"SELECT count(*) FROM annotations"_s).toInt(), 18);
    QCOMPARE(rawValue(expected.first(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void DatabaseTest::newerSchemaIsRefused()
{
    const QString file = path(u"newer.sqlite"_s);
    {
        const auto db = openDatabase(file);
        QVERIFY(AnnotationStore(*db).add(sampleAnnotation(u"w"_s, 1)).ok());
    }
    rawExec(file, {u"PRAGMA user_version = 99"_s});
    const QByteArray before = fileBytes(file);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

    const auto opened = Database::open(file);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, Error::Kind::Failure);
    QVERIFY2(opened.error().message.contains(u"newer version"_s), qPrintable(opened.error().message));
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no backup, no WAL left behind

    // Read-only, it can be looked at.
    {
        const auto readOnly = Database::open(file, Database::OpenMode::ReadOnly);
        QVERIFY2(readOnly, readOnly ? "" : qPrintable(readOnly.error().message));
        QVERIFY(readOnly.value()->isReadOnly());
        QCOMPARE(readOnly.value()->schemaVersion(), 99);
        QCOMPARE(AnnotationStore(*readOnly.value()).count(), 1);
    }
    QCOMPARE(fileBytes(file), before);
}

void DatabaseTest::notSqliteIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(42);
    gen.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QTest::newRow("random bytes") << random;
    QTest::newRow("a report") << u"杭州市拱墅区人民政府关于2022年法治政府建设年度报告\n一、主要举措"_s.toUtf8();
    QTest::newRow("short") << QByteArray("SQLite");
    QTest::newRow("another program's database") << QByteArray();
}

void DatabaseTest::notSqliteIsRefused()
{
    QFETCH(QByteArray, bytes);
    const QString file = path(u"notours-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    if (bytes.isEmpty())
        rawExec(file, {u"CREATE TABLE contacts (name TEXT)"_s, u"INSERT INTO contacts VALUES ('张三')"_s});
    else
        QVERIFY(writeFile(file, bytes));
    const QByteArray before = fileBytes(file);
    const auto opened = Database::open(file);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, Error::Kind::BadInput);
    QVERIFY2(opened.error().message.contains(u"not"_s), qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(file));
    QCOMPARE(fileBytes(file), before);
    QVERIFY(!QFileInfo::exists(file + u"-wal"_s));
}

QString DatabaseTest::populated(const QString &name)
{
    const QString file = path(name);
    const auto db = openDatabase(file);
    QList<Annotation> many;
    for (int i = 0; i < 2000; ++i)
        many << sampleAnnotation(u"work"_s, i, {1, 2});
    if (!AnnotationStore(*db).upsert(many))
        qFatal("cannot populate");
    return file;
}

void DatabaseTest::corruptFileIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated in the middle") << u"truncate"_s;
    QTest::newRow("pages overwritten with garbage") << u"garbage"_s;
    QTest::newRow("first page damaged") << u"header"_s;
}

void DatabaseTest::corruptFileIsRefused()
{
    QFETCH(QString, damage);
    const QString file = populated(u"corrupt-%1.sqlite"_s.arg(damage));
    QByteArray bytes = fileBytes(file);
    QVERIFY(bytes.size() > 200 * 1024);
    const qsizetype pageSize = 4096;
    QRandomGenerator gen(7);
    if (damage == u"truncate"_s) {
        bytes.truncate(bytes.size() / 2);
    } else if (damage == u"garbage"_s) {
        for (qsizetype page = 3; page * pageSize < bytes.size(); page += 5)
            for (qsizetype i = 0; i < pageSize; ++i)
                bytes[page * pageSize + i] = char(gen.bounded(256));
    } else {
        for (qsizetype i = 100; i < pageSize; ++i) // keeps the magic, breaks the schema page
            bytes[i] = char(gen.bounded(256));
    }
    QVERIFY(writeFile(file, bytes));
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
    const auto opened = Database::open(file);
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(u"damaged"_s) || opened.error().message.contains(u"not"_s),
             qPrintable(opened.error().message));
    QCOMPARE(fileBytes(file), bytes);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    qInfo() << damage << "->" << opened.error().message;
}

void DatabaseTest::readOnlyMode()
{
    QVERIFY(!Database::open(path(u"missing.sqlite"_s), Database::OpenMode::ReadOnly));
    QVERIFY(!QFileInfo::exists(path(u"missing.sqlite"_s))); // not created

    const QString file = path(u"ro.sqlite"_s);
    {
        const auto db = openDatabase(file);
        QVERIFY(AnnotationStore(*db).add(sampleAnnotation(u"w"_s, 1)).ok());
    }
    const QByteArray before = fileBytes(file);
    {
        const auto db = openDatabase(file, Database::OpenMode::ReadOnly);
        QVERIFY(db->isReadOnly());
        AnnotationStore store(*db);
        QCOMPARE(store.count(), 1);
        const auto added = store.add(sampleAnnotation(u"w"_s, 2));
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(u"read-only"_s), qPrintable(added.error().message));
        QVERIFY(!TagStore(*db).create(Tag{-1, u"新"_s, {}, {}}));
        QCOMPARE(store.count(), 1);
    }
    QCOMPARE(fileBytes(file), before);
}

void DatabaseTest::readOnlyPermissions_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::newRow("read-only file") << false;
    QTest::newRow("read-only folder") << true;
}

// Run in a child process: as root (containers, CI) the permission bits do not
// apply, so the child drops to the user nobody first.
void DatabaseTest::readOnlyPermissions()
{
    QFETCH(bool, folderReadOnly);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"perm.sqlite"_s);
    {
        const auto db = openDatabase(file);
        QVERIFY(AnnotationStore(*db).add(sampleAnnotation(u"w"_s, 1)).ok());
    }
    const QByteArray before = fileBytes(file);
    const auto all = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::ExeOwner
        | QFile::ExeGroup | QFile::ExeOther;
    const auto writable = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(dir.path(), folderReadOnly ? all : all | writable));
    QVERIFY(QFile::setPermissions(file, folderReadOnly ? readable | writable : readable));

    QProcess child;
    if (::geteuid() == 0) {
        child.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
    child.start(QStringLiteral(STORAGE_WRITER), {u"probe"_s, file});
    QVERIFY(child.waitForFinished(30000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QVERIFY(QFile::setPermissions(dir.path(), all | writable));
    QVERIFY(QFile::setPermissions(file, readable | writable));
    QCOMPARE(child.exitCode(), 0);
    QVERIFY2(out.contains(u"readonly=1"_s), qPrintable(out + err));
    QVERIFY2(out.contains(folderReadOnly ? u"folder"_s : u"read-only"_s), qPrintable(out));
    QVERIFY2(out.contains(u"write=%1 is open read-only"_s.arg(file)), qPrintable(out));
    QCOMPARE(fileBytes(file), before);
    qInfo().noquote() << out.trimmed();
}

void DatabaseTest::nestedTransactions()
{
    const auto db = openDatabase(u":memory:"_s);
    AnnotationStore store(*db);
    {
        Transaction outer(*db);
        QVERIFY(outer.ok());
        QVERIFY(db->isInTransaction());
        QVERIFY(store.add(sampleAnnotation(u"w"_s, 1)).ok()); // joins the outer transaction
        QVERIFY(!store.add(sampleAnnotation(u"w"_s, 2, {999}))); // fails inside: its transaction is dropped
        const auto committed = outer.commit();
        QVERIFY(!committed); // so the whole is not saved
    }
    QVERIFY(!db->isInTransaction());
    QCOMPARE(store.count(), 0);
    {
        Transaction outer(*db);
        QVERIFY(store.add(sampleAnnotation(u"w"_s, 1)).ok());
        QVERIFY(store.add(sampleAnnotation(u"w"_s, 2)).ok());
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(store.count(), 2);
    {
        Transaction abandoned(*db);
        QVERIFY(store.add(sampleAnnotation(u"w"_s, 3)).ok());
    } // rolled back
    QCOMPARE(store.count(), 2);
}

void DatabaseTest::resolvePath()
{
    qunsetenv("PIZHU_DB");
    QVERIFY(Database::defaultPath().endsWith(u"/annotations.sqlite"_s));
    QCOMPARE(Database::resolvePath({}, {}), Database::defaultPath());
    QCOMPARE(Database::resolvePath({}, u"/s.sqlite"_s), u"/s.sqlite"_s);
    qputenv("PIZHU_DB", "/env.sqlite");
    QCOMPARE(Database::resolvePath({}, u"/s.sqlite"_s), u"/env.sqlite"_s);
    QCOMPARE(Database::resolvePath(u"/cli.sqlite"_s, u"/s.sqlite"_s), u"/cli.sqlite"_s);
    qunsetenv("PIZHU_DB");
}

QTEST_GUILESS_MAIN(DatabaseTest)
#include "database_test.moc"
