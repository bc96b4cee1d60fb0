# The lean static OpenCV (core + imgproc) built by scripts/build-opencv-lean.sh.
# Gives the target vachak::opencv. Never Debian's shared OpenCV: it drags in BLAS, LAPACK,
# TBB, GL and X11 (10.5 MB RSS at start against 5.7 MB for the static core+imgproc).
set(VACHAK_OPENCV_LEAN_DIR "" CACHE PATH "Install prefix of scripts/build-opencv-lean.sh")
set(_vachak_cv_hints ${VACHAK_OPENCV_LEAN_DIR})
if(NOT VACHAK_OPENCV_LEAN_DIR)
  if(DEFINED ENV{VACHAK_CACHE})
    file(GLOB _vachak_cv_found "$ENV{VACHAK_CACHE}/opencv-lean-*")
  else()
    file(GLOB _vachak_cv_found "$ENV{HOME}/.cache/vachak/opencv-lean-*")
  endif()
  list(FILTER _vachak_cv_found EXCLUDE REGEX "-work(-arm64|-armhf)?$")
  list(FILTER _vachak_cv_found EXCLUDE REGEX "-(arm64|armhf)$")  # cross builds pass their prefix
  set(_vachak_cv_hints ${_vachak_cv_found})
endif()
find_package(OpenCV CONFIG QUIET COMPONENTS core imgproc PATHS ${_vachak_cv_hints} NO_DEFAULT_PATH)
if(NOT OpenCV_FOUND)
  message(FATAL_ERROR "The lean static OpenCV was not found. Run scripts/build-opencv-lean.sh (it prints the prefix) "
                      "and pass -DVACHAK_OPENCV_LEAN_DIR=<prefix> (the OCR pipeline cannot build without it).")
endif()
if(OpenCV_SHARED)
  message(FATAL_ERROR "${OpenCV_DIR} is a shared OpenCV; Vachak links the static lean build only")
endif()
add_library(vachak_opencv INTERFACE)
target_link_libraries(vachak_opencv INTERFACE opencv_imgproc opencv_core)
add_library(vachak::opencv ALIAS vachak_opencv)
message(STATUS "Lean static OpenCV ${OpenCV_VERSION} from ${OpenCV_DIR}")
