# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers: the Qt and standard headers that most files of a layer
# include are parsed once per library, and once per folder of tests, instead
# of in every file. Parsing them is more than half of compiling a file here,
# and a clean checkout is built twice in CI (the suite, then under ASan).
# -DPIZHU_PCH=OFF builds without them: the way to check that every file
# includes what it uses.
option(PIZHU_PCH "Precompile the Qt headers most files include" ON)

set(PIZHU_PCH_CORE <QByteArray> <QCoreApplication> <QDateTime> <QHash> <QList> <QRegularExpression> <QSet>
    <QString> <QStringList> <QStringView> <algorithm> <functional> <memory> <optional> <vector>)
set(PIZHU_PCH_STORAGE ${PIZHU_PCH_CORE} <QSqlDatabase> <QSqlError> <QSqlQuery> <QUuid> <QVariant>)
set(PIZHU_PCH_EXPORT ${PIZHU_PCH_CORE} <QColor> <QFont> <QJsonArray> <QJsonDocument> <QJsonObject> <QPainter>
    <QTextCursor> <QTextDocument>)
set(PIZHU_PCH_CLI ${PIZHU_PCH_STORAGE} <QCommandLineParser> <QJsonArray> <QJsonDocument> <QJsonObject>)
set(PIZHU_PCH_UI ${PIZHU_PCH_STORAGE} <QAction> <QComboBox> <QDialog> <QDialogButtonBox> <QHBoxLayout>
    <QHeaderView> <QLabel> <QLineEdit> <QMenu> <QMessageBox> <QPainter> <QPushButton> <QTextDocument>
    <QTreeView> <QUndoStack> <QVBoxLayout> <QWidget>)

# target: a library of layer CORE, STORAGE, EXPORT, CLI or UI.
function(pizhu_precompile target layer)
    if(PIZHU_PCH)
        target_precompile_headers(${target} PRIVATE ${PIZHU_PCH_${layer}})
    endif()
endfunction()

# The tests of one folder share one precompiled header, built by a small
# object library with the same settings as those tests (the compiler refuses
# a header built otherwise, and -Werror makes that an error, not a slow build).
# Call before pizhu_add_test in the folder; libraries: what its tests link.
function(pizhu_test_pch layer)
    if(NOT PIZHU_PCH)
        return()
    endif()
    get_filename_component(folder ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    set(host pizhu_test_pch_${folder})
    add_library(${host} OBJECT ${PROJECT_SOURCE_DIR}/cmake/pch.cpp)
    target_link_libraries(${host} PRIVATE pizhu_options Qt6::Test ${ARGN})
    target_compile_definitions(${host} PRIVATE
        PIZHU_SOURCE_DIR="${PROJECT_SOURCE_DIR}" PIZHU_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    target_precompile_headers(${host} PRIVATE ${PIZHU_PCH_${layer}} <QSignalSpy> <QTemporaryDir> <QTest>)
    set_property(DIRECTORY PROPERTY PIZHU_TEST_PCH ${host})
endfunction()
