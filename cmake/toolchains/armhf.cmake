# Cross-compiling for 32-bit ARM Linux (ARMv7-A, hard float: the user space of many 512 MB
# Android Go phones) with Debian's crossbuild-essential-armhf and the :armhf -dev packages;
# NEON is assumed (every ARMv7 phone SoC has it; Debian's armhf baseline does not).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR armv7-a)
set(VACHAK_CROSS_TARGET armhf)  # names the lean OpenCV build for it (cmake/OpenCVLean.cmake)
set(VACHAK_CROSS_TRIPLE arm-linux-gnueabihf)
include(${CMAKE_CURRENT_LIST_DIR}/debian-multiarch.cmake)
set(CMAKE_C_FLAGS_INIT "-march=armv7-a -mfpu=neon -mfloat-abi=hard")
set(CMAKE_CXX_FLAGS_INIT "-march=armv7-a -mfpu=neon -mfloat-abi=hard")
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-arm;-L;/usr/arm-linux-gnueabihf)
