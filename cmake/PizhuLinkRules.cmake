# SPDX-License-Identifier: GPL-3.0-or-later
# The architecture is enforced at configure time: a layer that links a library
# it must not know about stops the build with a message naming the rule.
function(pizhu_forbid_links target)
    # Deferred so every target_link_libraries() call has run before the check.
    cmake_language(EVAL CODE "
        cmake_language(DEFER DIRECTORY \"${CMAKE_SOURCE_DIR}\" CALL _pizhu_check_links \"${target}\" ${ARGN})")
endfunction()

function(_pizhu_check_links target)
    get_target_property(libs ${target} LINK_LIBRARIES)
    get_target_property(ilibs ${target} INTERFACE_LINK_LIBRARIES)
    foreach(bad IN LISTS ARGN)
        if(bad IN_LIST libs OR bad IN_LIST ilibs)
            message(FATAL_ERROR "Layer rule broken: ${target} must not link ${bad} (see DESIGN.md §2)")
        endif()
    endforeach()
endfunction()
