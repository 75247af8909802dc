cmake_minimum_required(VERSION 3.16)
# The layer rule of architecture.md, as an allow-list:
# - a file under core/ may include Qt headers of QtCore and QtSql, and of QtGui only QUndoStack,
#   QUndoCommand and QUndoGroup (the undo framework); anything else (<QGraphicsScene>,
#   <QChartView>, <QWidget>, <QPrinter>, ...) fails the check;
# - every include of a project header in core/, ui/ and app/ names its library
#   (#include "core/..." or "ui/..."), so that "planning/..." can never mean two folders.
# Arguments: SOURCE_DIR (the tree to check) and QT_DIRS (the include folders of Qt6::Core and
# Qt6::Sql, where the allowed headers are found, separated by "|").
string(REPLACE "|" ";" QT_DIRS "${QT_DIRS}")
set(gui_allowed QUndoStack QUndoCommand QUndoGroup)
set(qt_roots "")
foreach(d IN LISTS QT_DIRS)
  if(IS_DIRECTORY "${d}")
    list(APPEND qt_roots "${d}")
  endif()
endforeach()

function(qt_header_allowed header result)
  # <QtCore/QString> and <QString> alike: the module prefix, when given, must be Core or Sql.
  if(header MATCHES "^Qt([A-Za-z]+)/(.+)$")
    set(module "${CMAKE_MATCH_1}")
    set(name "${CMAKE_MATCH_2}")
    if(module STREQUAL "Core" OR module STREQUAL "Sql")
      set(${result} TRUE PARENT_SCOPE)
    elseif(module STREQUAL "Gui" AND name IN_LIST gui_allowed)
      set(${result} TRUE PARENT_SCOPE)
    else()
      set(${result} FALSE PARENT_SCOPE)
    endif()
    return()
  endif()
  if(header IN_LIST gui_allowed)
    set(${result} TRUE PARENT_SCOPE)
    return()
  endif()
  foreach(root IN LISTS qt_roots)
    foreach(module QtCore QtSql)
      if(EXISTS "${root}/${module}/${header}" OR
         (root MATCHES "/${module}$" AND EXISTS "${root}/${header}"))
        set(${result} TRUE PARENT_SCOPE)
        return()
      endif()
    endforeach()
  endforeach()
  set(${result} FALSE PARENT_SCOPE)
endfunction()

set(bad "")
file(GLOB_RECURSE core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
foreach(f IN LISTS core_files)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*<Q")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*<([^>]+)>.*$" "\\1" header "${line}")
    qt_header_allowed("${header}" ok)
    if(NOT ok)
      list(APPEND bad "${f}: <${header}> is not QtCore, QtSql or QtGui's undo framework")
    endif()
  endforeach()
endforeach()

file(GLOB_RECURSE project_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/app/*.h"
     "${SOURCE_DIR}/app/*.cpp")
foreach(f IN LISTS project_files)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" header "${line}")
    if(NOT header MATCHES "^(core|ui)/" AND NOT header MATCHES "\\.moc$" AND
       NOT header MATCHES "^moc_")
      list(APPEND bad "${f}: \"${header}\" does not name its library (core/... or ui/...)")
    endif()
    if(f MATCHES "/core/[^/]+/" AND header MATCHES "^ui/")
      list(APPEND bad "${f}: core may not include ui (\"${header}\")")
    endif()
  endforeach()
endforeach()

if(bad)
  string(REPLACE ";" "\n" bad "${bad}")
  message(FATAL_ERROR "Layer rule broken:\n${bad}")
endif()
list(LENGTH core_files n)
list(LENGTH project_files m)
message(STATUS "Layer rule holds: ${n} core files include only QtCore, QtSql and the undo "
               "framework; ${m} files name the library of every project include")
