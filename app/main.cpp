// SPDX-License-Identifier: GPL-3.0-or-later
// The executable is a thin shell: a command-line verb runs without a display,
// anything else starts the window.
#include "commandline.h"
#include "mainwindow.h"
#include "notescommand.h"
#include "settings.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Pizhu"_s);
    QCoreApplication::setOrganizationDomain(u"pizhu.github.io"_s);
    QCoreApplication::setApplicationName(u"pizhu"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PIZHU_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && pizhu::cli::CommandLine::isVerb(QString::fromLocal8Bit(argv[1]))) {
        QStringList verb;
        for (int i = 1; i < argc; ++i)
            verb << QString::fromLocal8Bit(argv[i]);
        // A PDF is laid out in fonts, which take a QGuiApplication: on Linux
        // on the offscreen platform, so that the verb still needs no display.
        std::unique_ptr<QCoreApplication> app;
        if (pizhu::cli::NotesCommand::needsFonts(verb)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setIdentity();
        pizhu::TranslationLoader::install(*app);
        return pizhu::cli::CommandLine::run(app->arguments().mid(1));
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(u"io.github.pizhu.Pizhu"_s);
    // View → Language overrides the system's language.
    const QString language = pizhu::Settings().language();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    QApplication::setWindowIcon(QIcon::fromTheme(u"io.github.pizhu.Pizhu"_s, QIcon(u":/icons/io.github.pizhu.Pizhu.svg"_s)));
    pizhu::TranslationLoader::install(app);
    // Qt appends the display name to every window title ("报告标题 — 批注").
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Pizhu"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Read and annotate government work reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("main", "The report to open."));
    parser.process(app);

    pizhu::MainWindow window;
    const QStringList files = parser.positionalArguments();
    // With no file: the last report where the user left it; on the first
    // start, the bundled sample shows what the app does. Opened before the
    // window shows, so that it appears with its report and title.
    if (files.isEmpty() || !window.openFile(files.front()))
        window.openStartupReport();
    window.show();
    // For the start-up benchmark: quit once the first frame is painted.
    if (qEnvironmentVariableIsSet("PIZHU_EXIT_AFTER_SHOW")) {
        QTimer::singleShot(0, &app, [&window] {
            window.repaint();
            QCoreApplication::quit();
        });
    }
    return QApplication::exec();
}
