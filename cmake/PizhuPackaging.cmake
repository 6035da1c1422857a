# SPDX-License-Identifier: GPL-3.0-or-later
# Installation and CPack: a DEB on Linux (dependencies found by dpkg-shlibdeps),
# NSIS on Windows, a drag-and-drop DMG on macOS. Windows and macOS deployment
# of the Qt libraries is in app/CMakeLists.txt (qt_generate_deploy_app_script).
set(CPACK_PACKAGE_NAME pizhu)
set(CPACK_PACKAGE_VENDOR "The Pizhu authors")
set(CPACK_PACKAGE_CONTACT "The Pizhu authors <pizhu@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Reader and annotator for Chinese government annual work reports")
set(CPACK_PACKAGE_DESCRIPTION "Pizhu (批注) opens government annual work reports (法治政府建设年度报告) in
text, web page, Word and PDF form, shows them as an outline of their four parts beside a
comfortable reader, and picks out figures, dates and document titles.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Pizhu")
set(CPACK_PACKAGE_EXECUTABLES pizhu "Pizhu")
set(CPACK_STRIP_FILES ON)

# Debian: shared-library dependencies from the binary; what is loaded at run
# time (the SQLite driver, the SVG image plugin, a Chinese font) by name.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-svg-plugins | libqt6svg6, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libreoffice-writer-nogui | libreoffice-writer")

# Windows
set(CPACK_NSIS_DISPLAY_NAME "Pizhu 批注")
set(CPACK_NSIS_PACKAGE_NAME "Pizhu")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/pizhu.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\pizhu.exe")
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Pizhu.lnk' '$INSTDIR\\\\bin\\\\pizhu.exe'")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS
set(CPACK_DMG_VOLUME_NAME "Pizhu")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
