# Cross-compiling for 64-bit ARM Linux (arm64 phones' user space) with Debian's
# crossbuild-essential-arm64 and the :arm64 multiarch -dev packages; test binaries run
# under qemu-user (scripts/build-cross.sh arm64 installs all of it).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(VACHAK_CROSS_TARGET arm64)  # names the lean OpenCV build for it (cmake/OpenCVLean.cmake)
set(VACHAK_CROSS_TRIPLE aarch64-linux-gnu)
include(${CMAKE_CURRENT_LIST_DIR}/debian-multiarch.cmake)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64;-L;/usr/aarch64-linux-gnu)
