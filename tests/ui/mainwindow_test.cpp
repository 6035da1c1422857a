// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a user drives it, offscreen: open, navigate by the outline,
// scroll, find, zoom, restart where one left off.
#include "annotationsession.h"
#include "findbar.h"
#include "reportreader.h"
#include "helpmenu.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "readerview.h"
#include "reporthighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

const QString kSample = QString::fromLatin1(MainWindow::kSamplePath);

// The text of the first line visible at the top of the reader.
QString topLine(ReaderView *reader)
{
    return reader->cursorForPosition(QPoint(int(reader->document()->documentMargin()) + 4, 4)).block().text();
}

Report original()
{
    return ReportReader::read(QString::fromLatin1(MainWindow::kSamplePath)).value();
}

// Closes the message box a failed open shows, so the test does not block.
void closeNextMessageBox()
{
    QTimer::singleShot(0, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensBundledSample();
    void clickingOutlineShowsHeading();
    void keyboardInOutlineMovesReader();
    void scrollingSelectsOutline();
    void find();
    void findIgnoresWidth();
    void zoomChangesFont();
    void highlightsFigures();
    void restoresReportAndPosition();
    void badFileKeepsReport();
    void closeReport();
    void dropOpensFile();
    void reloadsWhenChangedOnDisk();
    void recentFiles();
    void helpListsShortcutsAndVersions();
    void highlightWithUndoAndRestart();
    void highlightsFollowAnEditedVersion();

private:
    QTemporaryDir m_config;
};

void MainWindowTest::initTestCase()
{
    QVERIFY(m_config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    // A real annotation file, in the test's folder.
    qputenv("PIZHU_DB", m_config.filePath(u"annotations.sqlite"_s).toLocal8Bit());
}

void MainWindowTest::init()
{
    QSettings().clear(); // every test starts as a first start
}

void MainWindowTest::opensBundledSample()
{
    MainWindow w;
    w.openStartupReport(); // a first start: the sample
    QCOMPARE(w.currentPath(), kSample);
    QVERIFY(w.windowTitle().startsWith(u"杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告"_s));
    QCOMPARE(w.outlineModel()->rowCount(w.outlineModel()->index(0, 0)), 4);
    QCOMPARE(w.reader()->toPlainText().size(), w.report().canonicalText.size());
    QVERIFY(w.reader()->toPlainText().contains(u"政府机构职能高效协同"_s));
    QVERIFY(w.highlighter()->hasDefinition());
}

void MainWindowTest::clickingOutlineShowsHeading()
{
    MainWindow w;
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(kSample));
    OutlineModel *model = w.outlineModel();
    const QModelIndex shortcomings = model->index(1, 0, model->index(0, 0));
    w.outlineView()->scrollTo(shortcomings);
    const QRect rect = w.outlineView()->visualRect(shortcomings);
    QVERIFY(rect.isValid());
    QTest::mouseClick(w.outlineView()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(topLine(w.reader()), u"二、2022年度推进法治政府建设存在的不足和原因"_s);
    // An item deep in the first part too.
    const QModelIndex item = model->index(1, 0, model->index(3, 0, model->index(0, 0, model->index(0, 0))));
    QCOMPARE(item.data(OutlineModel::TitleRole).toString(), u"行政执法规范化建设向严向细"_s);
    w.outlineView()->setCurrentIndex(item);
    QVERIFY(topLine(w.reader()).startsWith(u"2.行政执法规范化建设向严向细。"_s));
}

void MainWindowTest::keyboardInOutlineMovesReader()
{
    MainWindow w;
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(kSample));
    OutlineModel *model = w.outlineModel();
    const QModelIndex measures = model->index(0, 0, model->index(0, 0));
    w.outlineView()->setFocus();
    w.outlineView()->setCurrentIndex(measures);
    QTest::keyClick(w.outlineView(), Qt::Key_Down); // the first section
    QCOMPARE(topLine(w.reader()), u"(一)激发新活力,依法全面履行政府职能"_s);
}

void MainWindowTest::scrollingSelectsOutline()
{
    MainWindow w;
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(kSample));
    // Find the leadership part's first section in the text and scroll there by hand.
    const int ordinal = w.report().parts()[2].children[0].blockOrdinal;
    const QTextBlock block = w.reader()->document()->findBlockByNumber(ordinal);
    const QRectF rect = w.reader()->document()->documentLayout()->blockBoundingRect(block);
    w.reader()->verticalScrollBar()->setValue(int(rect.top() + 2));
    const QModelIndex current = w.outlineView()->currentIndex();
    QCOMPARE(current.data(OutlineModel::TitleRole).toString(), u"强化统筹谋划,绘好“路线图”"_s);
    // The reader did not jump: the outline followed, it did not lead.
    QCOMPARE(w.reader()->verticalScrollBar()->value(), int(rect.top() + 2));
}

void MainWindowTest::find()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(kSample));
    const int expected = int(w.report().canonicalText.count(u"亚运"_s));
    QVERIFY(expected >= 2);
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(w.findBar()->isVisible());
    auto *edit = w.findBar()->findChild<QLineEdit *>(u"findEdit"_s);
    QVERIFY(edit->hasFocus());
    // Chinese arrives through the input method, one commit per character.
    edit->insert(u"亚"_s);
    QVERIFY(w.findBar()->hitCount() >= expected);
    edit->insert(u"运"_s);
    QCOMPARE(w.findBar()->hitCount(), expected);
    QCOMPARE(w.findBar()->statusText(), u"1 / %1"_s.arg(expected));
    QCOMPARE(w.reader()->findSelections().size(), expected);
    QCOMPARE(w.reader()->textCursor().selectedText(), u"亚运"_s);
    const int first = w.reader()->textCursor().selectionStart();
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(w.findBar()->currentHit(), 1);
    QVERIFY(w.reader()->textCursor().selectionStart() > first);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(w.findBar()->currentHit(), 0);
    QTest::keyClick(&w, Qt::Key_F3, Qt::ShiftModifier); // wraps to the last
    QCOMPARE(w.findBar()->currentHit(), expected - 1);
    QTest::keyClick(&w, Qt::Key_F3);
    QCOMPARE(w.findBar()->currentHit(), 0);
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!w.findBar()->isVisible());
    QCOMPARE(w.reader()->findSelections().size(), 0);
}

void MainWindowTest::findIgnoresWidth()
{
    MainWindow w;
    QVERIFY(w.openFile(kSample));
    w.findBar()->activate();
    w.findBar()->setQuery(u"（一）"_s); // the sample writes (一)
    QCOMPARE(w.findBar()->hitCount(), int(w.report().canonicalText.count(u"(一)"_s)));
    w.findBar()->setQuery(u"９７．１％"_s);
    QCOMPARE(w.findBar()->hitCount(), 1);
}

void MainWindowTest::zoomChangesFont()
{
    MainWindow w;
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openFile(kSample));
    const qreal before = w.reader()->fontPointSize();
    const qsizetype top = w.reader()->topOffset();
    QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(w.reader()->fontPointSize() > before);
    const QTextBlock body = w.reader()->document()->findBlockByNumber(2);
    QVERIFY(body.charFormat().fontPointSize() > before);
    QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(w.reader()->fontPointSize() < before);
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(w.reader()->fontPointSize(), before);
    QCOMPARE(w.reader()->topOffset(), top);
}

void MainWindowTest::highlightsFigures()
{
    MainWindow w;
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(kSample));
    const int at = int(w.report().canonicalText.indexOf(u"97.1%"_s));
    const QTextBlock block = w.reader()->document()->findBlock(at);
    QCOMPARE(w.highlighter()->styleAt(block.text(), at - block.position()), u"Figure"_s);
    // Bring the figure on screen: the lines on screen are coloured.
    w.reader()->scrollToOffset(at);
    auto coloured = [&w, at] {
        for (const QTextEdit::ExtraSelection &s : w.reader()->extraSelections()) {
            if (s.cursor.selectionStart() == at && s.cursor.selectionEnd() == at + 5
                && s.format.foreground().style() != Qt::NoBrush)
                return true;
        }
        return false;
    };
    QVERIFY(coloured());
    QTest::keyClick(&w, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier); // View → Highlight Figures
    QVERIFY(!w.highlighter()->isEnabled());
    QVERIFY(!coloured());
    QVERIFY(w.reader()->extraSelections().isEmpty());
    w.highlighter()->setEnabled(true);
    QVERIFY(coloured());
}

void MainWindowTest::restoresReportAndPosition()
{
    const QString copy = m_config.filePath(u"report.txt"_s);
    QVERIFY(QFile::copy(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"), copy));
    qsizetype position = 0;
    {
        MainWindow w;
        w.resize(1000, 650);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(copy));
        w.reader()->scrollToBlock(w.report().parts()[3].blockOrdinal - 3);
        position = w.reader()->topOffset();
        QVERIFY(position > 0);
        w.close();
    }
    MainWindow again;
    again.resize(1000, 650);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.openStartupReport();
    QCOMPARE(again.currentPath(), copy);
    QTRY_COMPARE(again.reader()->topOffset(), position);
}

void MainWindowTest::badFileKeepsReport()
{
    MainWindow w;
    QVERIFY(w.openFile(kSample));
    const QString before = w.reader()->toPlainText();
    closeNextMessageBox();
    QVERIFY(!w.openFile(u"/nonexistent/report.txt"_s));
    QCOMPARE(w.reader()->toPlainText(), before);
    QCOMPARE(w.currentPath(), kSample);
}

void MainWindowTest::closeReport()
{
    MainWindow w;
    QVERIFY(w.openFile(kSample));
    w.closeReport();
    QVERIFY(w.reader()->toPlainText().isEmpty());
    QCOMPARE(w.outlineModel()->rowCount(), 0);
    QVERIFY(!w.windowTitle().contains(u"杭州"_s));
}

namespace {

QString writeReport(const QString &path, const QString &extraParagraph)
{
    QFile in(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
    QFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write report");
    out.write(in.readAll());
    out.write(u"\n\n"_s.toUtf8() + extraParagraph.toUtf8() + "\n");
    return path;
}

} // namespace

void MainWindowTest::dropOpensFile()
{
    const QString path = writeReport(m_config.filePath(u"dropped.txt"_s), u"拖放打开的报告。"_s);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QTRY_COMPARE(w.currentPath(), path);
    QVERIFY(w.report().canonicalText.contains(u"拖放打开的报告。"_s));
}

void MainWindowTest::reloadsWhenChangedOnDisk()
{
    const QString path = writeReport(m_config.filePath(u"changing.txt"_s), u"第一版。"_s);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(path));
    // Answer the question the window asks with Yes, as a user would.
    QTimer answer;
    bool asked = false;
    connect(&answer, &QTimer::timeout, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start(20);
    QTest::qWait(50); // a distinct modification time
    writeReport(path, u"第二版，新增的段落。"_s);
    QTRY_VERIFY_WITH_TIMEOUT(w.report().canonicalText.contains(u"第二版，新增的段落。"_s), 10000);
    QVERIFY(asked);
    QVERIFY(!w.report().canonicalText.contains(u"第一版。"_s));
}

void MainWindowTest::recentFiles()
{
    MainWindow w;
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        paths << writeReport(m_config.filePath(u"r%1.txt"_s.arg(i)), u"第%1份。"_s.arg(i));
        QVERIFY(w.openFile(paths.last()));
    }
    QVERIFY(w.openFile(paths[5])); // back to the top of the list
    const QStringList recent = QSettings().value(u"files/recent"_s).toStringList();
    QCOMPARE(recent.size(), 10);
    QCOMPARE(recent.front(), paths[5]);
    QCOMPARE(recent.count(paths[5]), 1);
    QVERIFY(!recent.contains(paths[0]));
    auto *menu = w.findChild<QMenu *>(u"recentFilesMenu"_s);
    QVERIFY(menu);
    QVERIFY(menu->actions().front()->text().contains(u"r5.txt"_s));
    menu->actions()[1]->trigger(); // the second most recent, opened in the background
    QTRY_COMPARE(w.currentPath(), paths[11]);
}

void MainWindowTest::helpListsShortcutsAndVersions()
{
    MainWindow w;
    const auto shortcuts = HelpMenu::shortcuts(w.menuBar());
    auto keysFor = [&shortcuts](const QString &command) {
        for (const auto &[name, keys] : shortcuts) {
            if (name == command)
                return keys;
        }
        return QString();
    };
    QCOMPARE(keysFor(u"File › Open"_s), QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    QVERIFY(keysFor(u"Edit › Find"_s).contains(u"Ctrl+F"_s));
    QVERIFY(keysFor(u"View › Zoom In"_s).contains(u"Ctrl+="_s));
    QVERIFY(!keysFor(u"Help › User Guide"_s).isEmpty());
    const auto versions = HelpMenu::libraryVersions();
    QStringList names;
    for (const auto &[name, version] : versions) {
        names << name;
        QVERIFY2(!version.isEmpty() && version.at(0).isDigit(), qPrintable(name + u" "_s + version));
    }
    for (const QString &expected : {u"Qt"_s, u"KF6 SyntaxHighlighting"_s, u"Poppler"_s, u"KF6 Archive"_s, u"SQLite"_s})
        QVERIFY2(names.contains(expected), qPrintable(expected));
}

void MainWindowTest::highlightWithUndoAndRestart()
{
    const int at = int(original().canonicalText.indexOf(u"“一网通办”率达97.1%"_s));
    QVERIFY(at > 0);
    auto highlighted = [at](MainWindow &w) {
        for (const QTextEdit::ExtraSelection &s : w.reader()->extraSelections()) {
            if (s.cursor.selectionStart() == at && s.format.background() == QBrush(ReaderView::highlightColor(1)))
                return true;
        }
        return false;
    };
    {
        MainWindow w;
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(kSample));
        const int before = int(w.annotations()->annotations().size());
        // Select the passage and press 2: a green highlight.
        QTextCursor c(w.reader()->document());
        c.setPosition(at);
        c.setPosition(at + int(u"“一网通办”率达97.1%"_s.size()), QTextCursor::KeepAnchor);
        w.reader()->setTextCursor(c);
        w.reader()->scrollToOffset(at);
        w.reader()->setFocus();
        QTest::keyClick(w.reader(), Qt::Key_2);
        QCOMPARE(int(w.annotations()->annotations().size()), before + 1);
        const Annotation a = w.annotations()->annotations().at(before == 0 ? 0 : before);
        QCOMPARE(a.anchor.exact, u"“一网通办”率达97.1%"_s);
        QCOMPARE(a.color, 1);
        QVERIFY(highlighted(w));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier); // undo
        QCOMPARE(int(w.annotations()->annotations().size()), before);
        QVERIFY(!highlighted(w));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
        QCOMPARE(int(w.annotations()->annotations().size()), before + 1);
        QVERIFY(highlighted(w));
    }
    // The next start finds the highlight in the annotation file.
    MainWindow again;
    again.resize(1100, 700);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.openFile(kSample));
    QVERIFY(std::any_of(again.annotations()->annotations().cbegin(), again.annotations()->annotations().cend(),
                        [](const Annotation &a) { return a.anchor.exact == u"“一网通办”率达97.1%"_s && a.color == 1; }));
    again.reader()->scrollToOffset(at);
    QVERIFY(highlighted(again));
}

void MainWindowTest::highlightsFollowAnEditedVersion()
{
    const QString quote = u"全面清理区级行政规范性文件152个"_s;
    const QString path = m_config.filePath(u"versions.txt"_s);
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QUuid id;
    {
        MainWindow w;
        QVERIFY(w.openFile(path));
        const int at = int(w.report().canonicalText.indexOf(quote));
        QVERIFY(at > 0);
        QVERIFY(!w.annotations()->addHighlight(at, at + quote.size(), 3).isNull());
        id = w.annotations()->annotations().constLast().id;
        for (const Annotation &a : w.annotations()->annotations()) {
            if (a.anchor.exact == quote)
                id = a.id;
        }
    }
    auto find = [&id](MainWindow &w) -> std::optional<Annotation> {
        for (const Annotation &a : w.annotations()->annotations()) {
            if (a.id == id)
                return a;
        }
        return std::nullopt;
    };
    auto rewrite = [&path](const QString &from, const QString &to) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        QVERIFY(text.contains(from));
        text.replace(from, to);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    };
    // A new version: a paragraph added before the passage. The highlight moves with its text.
    rewrite(u"(一)激发新活力"_s, u"今年新增加的一段说明文字，用来检验批注能否跟随文本移动。\n\n(一)激发新活力"_s);
    {
        MainWindow w;
        QVERIFY(w.openFile(path));
        const auto a = find(w);
        QVERIFY(a.has_value());
        QVERIFY(!a->orphaned);
        QCOMPARE(a->contentHash, w.report().contentHash());
        QCOMPARE(w.report().canonicalText.mid(a->anchor.start, a->anchor.end - a->anchor.start), quote);
    }
    // Another version without the passage: an orphan, kept with its quote.
    rewrite(quote, u"对区级文件进行了梳理"_s);
    MainWindow w;
    QVERIFY(w.openFile(path));
    const auto a = find(w);
    QVERIFY(a.has_value());
    QVERIFY(a->orphaned);
    QCOMPARE(a->anchor.exact, quote);
}

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
