# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string in the window code is a bare literal rather
# than going through tr(): setText(u"…"_s), setWindowTitle(u"…"_s), a menu
# action or a message box with a literal text. Names that are not words
# (object names, icon names, separators) use other calls and do not match.
# Inputs: SOURCE_DIR.
file(GLOB_RECURSE sources "${SOURCE_DIR}/app/ui/*.cpp")
set(calls setText setWindowTitle setToolTip setStatusTip setPlaceholderText setAccessibleName
          setAccessibleDescription setWhatsThis addMenu showMessage setLabelText)
set(problems "")
foreach(file IN LISTS sources)
    file(STRINGS "${file}" lines)
    set(n 0)
    foreach(line IN LISTS lines)
        math(EXPR n "${n} + 1")
        foreach(call IN LISTS calls)
            # Any non-empty literal passed straight in (CMake's regex is byte-based:
            # Chinese text matches as well as Latin).
            if(line MATCHES "${call}\\(u\"[^\"]+\"_s\\)")
                string(APPEND problems "${file}:${n}: ${line}\n")
            endif()
        endforeach()
        if(line MATCHES "(addAction|QMessageBox::[a-z]+)\\([^)]*u\"[^\"]*[A-Za-z][^\"]*\"_s" AND NOT line MATCHES "tr\\(")
            string(APPEND problems "${file}:${n}: ${line}\n")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Visible strings that are not translatable (wrap them in tr()):\n${problems}")
endif()
message(STATUS "No untranslatable visible strings in app/ui")
