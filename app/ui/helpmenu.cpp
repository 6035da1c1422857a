// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpmenu.h"

#include "database.h"
#include "libraryversions.h"

#include <ksyntaxhighlighting_version.h>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

QString plain(QString text)
{
    text.remove(u'&');
    return text.remove(u'…');
}

void collect(const QMenu *menu, const QString &path, QList<QPair<QString, QString>> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->menu()) {
            collect(a->menu(), path + u" › "_s + plain(a->menu()->title()), out);
            continue;
        }
        if (a->shortcuts().isEmpty() || a->isSeparator())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        out.append({path + u" › "_s + plain(a->text()), keys.join(u", "_s)});
    }
}

QDialog *dialog(QWidget *parent, const QString &title, QWidget *content)
{
    auto *d = new QDialog(parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    QObject::connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    auto *layout = new QVBoxLayout(d);
    content->setParent(d);
    layout->addWidget(content);
    layout->addWidget(buttons);
    return d;
}

} // namespace

HelpMenu::HelpMenu(QMenuBar *menuBar)
    : QMenu(tr("&Help"), menuBar)
    , m_menuBar(menuBar)
{
    setObjectName(u"helpMenu"_s);
    QAction *guide = addAction(tr("&User Guide"), this, &HelpMenu::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showShortcuts)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    addSeparator();
    QAction *about = addAction(tr("&About Pizhu"), this, &HelpMenu::showAbout);
    about->setMenuRole(QAction::AboutRole);
    addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

HelpMenu::~HelpMenu() = default;

QList<QPair<QString, QString>> HelpMenu::shortcuts(const QMenuBar *menuBar)
{
    QList<QPair<QString, QString>> out;
    for (QAction *a : menuBar->actions()) {
        if (a->menu())
            collect(a->menu(), plain(a->menu()->title()), out);
    }
    return out;
}

QList<QPair<QString, QString>> HelpMenu::libraryVersions()
{
    auto versions = LibraryVersions::core();
    versions.append({u"KF6 SyntaxHighlighting"_s, QString::fromLatin1(KSYNTAXHIGHLIGHTING_VERSION_STRING)});
    versions.append({u"SQLite"_s, Database::sqliteVersion()});
    return versions;
}

void HelpMenu::showGuide()
{
    // The guide in the language of the interface, English otherwise.
    const QString lang = QLocale().uiLanguages().value(0).startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s;
    QFile file(u":/help/guide_%1.html"_s.arg(lang));
    auto *browser = new QTextBrowser;
    browser->setOpenExternalLinks(true);
    browser->setAccessibleName(tr("User guide"));
    if (file.open(QIODevice::ReadOnly))
        browser->setHtml(QString::fromUtf8(file.readAll()));
    QDialog *d = dialog(parentWidget(), tr("Pizhu User Guide"), browser);
    d->resize(720, 640);
    d->show();
}

void HelpMenu::showShortcuts()
{
    const auto rows = shortcuts(m_menuBar);
    auto *table = new QTableWidget(int(rows.size()), 2);
    table->setObjectName(u"shortcutsTable"_s);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    QDialog *d = dialog(parentWidget(), tr("Keyboard Shortcuts"), table);
    d->resize(560, 520);
    d->show();
}

void HelpMenu::showAbout()
{
    QString libraries;
    for (const auto &[name, version] : libraryVersions())
        libraries += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    const QString text = tr("<h3>Pizhu %1</h3>"
                            "<p>Read and annotate government annual work reports: an outline of the report's "
                            "parts beside a comfortable reader.</p>"
                            "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                            "<p>Libraries:</p><table>%2</table>")
                             .arg(QCoreApplication::applicationVersion(), libraries);
    QMessageBox::about(parentWidget(), tr("About Pizhu"), text);
}

} // namespace pizhu
