# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a visible string in the sources has no finished zh_CN translation:
# lupdate merges the current sources into a copy of the .ts; anything new or
# unfinished shows up as type="unfinished".
# Inputs: LUPDATE, SOURCE_DIR, WORK_DIR.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(ts "${WORK_DIR}/pizhu_zh_CN.ts")
configure_file("${SOURCE_DIR}/translations/pizhu_zh_CN.ts" "${ts}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h "${SOURCE_DIR}/app" -ts "${ts}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
file(STRINGS "${ts}" unfinished REGEX "type=\"unfinished\"")
file(STRINGS "${ts}" sources REGEX "<source>")
list(LENGTH unfinished n)
list(LENGTH sources total)
if(n GREATER 0)
    file(READ "${ts}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*<translation type=\"unfinished\"" missing "${content}")
    string(REPLACE ";" "\n" missing "${missing}")
    message(FATAL_ERROR "${n} of ${total} zh_CN strings unfinished (run the update_translations target and translate):\n${missing}")
endif()
message(STATUS "${total} zh_CN strings, all translated")
