# Android (UNTESTED: no Android NDK is reachable from the machines this project is built on).
# Wraps the NDK's own toolchain file with Vachak's choices, for the presets
# android-arm64-v8a and android-armeabi-v7a in CMakePresets.json:
#   ANDROID_NDK=/path/to/ndk cmake --preset android-arm64-v8a
# What it builds: the engine (libvachak.so, C API only) and libvachak_jni.so for the AAR
# (docs/ANDROID.md); no CLI, no tests, no benchmarks, no PDF.
# Dependencies for the ABI go in VACHAK_ANDROID_DEPS (a prefix with lib/ and include/):
# protobuf (lite is enough), libpng, libjpeg(-turbo), ICU (icu-uc) and the lean OpenCV
# (scripts/build-opencv-lean.sh's flags with this toolchain file) — see docs/ANDROID.md.
if(NOT DEFINED ANDROID_NDK)
  set(ANDROID_NDK "$ENV{ANDROID_NDK}")
endif()
if(NOT ANDROID_NDK OR NOT EXISTS "${ANDROID_NDK}/build/cmake/android.toolchain.cmake")
  message(FATAL_ERROR "android.cmake: set ANDROID_NDK (environment or -D) to an Android NDK (r25 or later)")
endif()
if(NOT DEFINED ANDROID_ABI)
  message(FATAL_ERROR "android.cmake: set ANDROID_ABI to arm64-v8a or armeabi-v7a (the presets do)")
endif()
# Android 7.0 (API 24) covers the Android Go phones of 2018 onwards (8.1 = API 27).
set(ANDROID_PLATFORM android-24 CACHE STRING "")
set(ANDROID_STL c++_static CACHE STRING "")
# armeabi-v7a: NEON is mandatory on every Android Go device; the NDK enables it by default
# since r21, said here so that runtime/kernels/dot.cc's NEON path is taken.
set(ANDROID_ARM_NEON ON CACHE BOOL "")
include("${ANDROID_NDK}/build/cmake/android.toolchain.cmake")

if(DEFINED ENV{VACHAK_ANDROID_DEPS} AND NOT VACHAK_ANDROID_DEPS)
  set(VACHAK_ANDROID_DEPS "$ENV{VACHAK_ANDROID_DEPS}")
endif()
if(VACHAK_ANDROID_DEPS)
  list(APPEND CMAKE_FIND_ROOT_PATH "${VACHAK_ANDROID_DEPS}")
  set(ENV{PKG_CONFIG_LIBDIR} "${VACHAK_ANDROID_DEPS}/lib/pkgconfig")
  set(ENV{PKG_CONFIG_PATH} "")
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)  # protoc runs on the build machine
