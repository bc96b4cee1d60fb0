# What the ARM toolchain files share: Debian's cross compilers for VACHAK_CROSS_TRIPLE, and
# libraries, CMake packages and pkg-config files from its multiarch folders
# (/usr/lib/<triple>), never the build machine's own.
set(CMAKE_C_COMPILER ${VACHAK_CROSS_TRIPLE}-gcc)
set(CMAKE_CXX_COMPILER ${VACHAK_CROSS_TRIPLE}-g++)
set(CMAKE_LIBRARY_ARCHITECTURE ${VACHAK_CROSS_TRIPLE})
set(CMAKE_FIND_ROOT_PATH /usr/${VACHAK_CROSS_TRIPLE})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)  # protoc and friends run on the build machine
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/${VACHAK_CROSS_TRIPLE}/pkgconfig:/usr/share/pkgconfig)
set(ENV{PKG_CONFIG_PATH} "")
