# `cmake --install BUILD [--prefix P]` and `cpack` (a .deb): the CLI, libvachak.so and
# libvachak.a, the C and C++ headers, the models, a pkg-config file and a CMake package
# (find_package(Vachak)):
#   P/bin/vachak, P/lib/speech-dispatcher-modules/sd_vachak (+ share/vachak/speech-dispatcher/vachak.conf)
#   P/lib/libvachak.so.0 (+ .so), P/lib/libvachak.a
#   P/include/vachak/vachak.h, vachak.hpp
#   P/share/vachak/models/{ocr,tts,pdf}/...   (the CLI finds them beside itself)
#   P/lib/pkgconfig/vachak.pc                 (relocatable: paths from ${pcfiledir})
#   P/lib/cmake/Vachak/VachakConfig.cmake     (Vachak::vachak, Vachak::vachak_static,
#                                              VACHAK_MODEL_DIR)
include(CMakePackageConfigHelpers)
set(VACHAK_INSTALL_MODELS share/vachak/models)

if(VACHAK_BUILD_APPS)
  install(TARGETS vachak RUNTIME DESTINATION bin COMPONENT runtime)
  # speech-dispatcher's module folder and the module's configuration (README: speech-dispatcher).
  install(TARGETS sd_vachak RUNTIME DESTINATION lib/speech-dispatcher-modules COMPONENT runtime)
  install(FILES apps/sd_vachak/vachak.conf DESTINATION share/vachak/speech-dispatcher COMPONENT runtime)
endif()
install(TARGETS vachak_shared EXPORT VachakTargets LIBRARY DESTINATION lib COMPONENT runtime NAMELINK_COMPONENT dev)
install(FILES ${VACHAK_STATIC_ARCHIVE} DESTINATION lib COMPONENT dev)
install(FILES engine/include/vachak/vachak.h engine/include/vachak/vachak.hpp DESTINATION include/vachak COMPONENT dev)
foreach(kind ocr tts pdf)
  install(DIRECTORY models/${kind}/ DESTINATION ${VACHAK_INSTALL_MODELS}/${kind} COMPONENT runtime
          FILES_MATCHING PATTERN "*.vmdl" PATTERN "*.vclm" PATTERN "*.vsch" PATTERN "*.ttf" PATTERN "README.md")
endforeach()

# Libraries a static caller links after libvachak.a (the shared library brings its own).
set(VACHAK_STATIC_DEPS "-lprotobuf-lite -licui18n -licuuc -licudata -lpng -ljpeg -lz -lstdc++ -lm -lpthread")
configure_file(cmake/vachak.pc.in ${CMAKE_BINARY_DIR}/vachak.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/vachak.pc DESTINATION lib/pkgconfig COMPONENT dev)

install(EXPORT VachakTargets NAMESPACE Vachak:: DESTINATION lib/cmake/Vachak COMPONENT dev)
configure_package_config_file(cmake/VachakConfig.cmake.in ${CMAKE_BINARY_DIR}/VachakConfig.cmake
                              INSTALL_DESTINATION lib/cmake/Vachak PATH_VARS VACHAK_INSTALL_MODELS)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/VachakConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/VachakConfig.cmake ${CMAKE_BINARY_DIR}/VachakConfigVersion.cmake
        DESTINATION lib/cmake/Vachak COMPONENT dev)

# cpack -G DEB: one package with everything above under /usr; its dependencies come from
# dpkg-shlibdeps (the shared libraries the binaries link: ICU, protobuf-lite, libpng...).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME vachak)
set(CPACK_PACKAGE_VENDOR "Vachak")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "On-device OCR and text-to-speech for Hindi and other Indic languages")
set(CPACK_PACKAGE_DESCRIPTION "Vachak reads Devanagari text out of photos and scans (text, JSON, hOCR, ALTO, TSV, searchable PDF) and speaks Hindi text aloud, in a few megabytes of memory: the vachak command, libvachak (C API) and its models.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Vachak developers <vachak@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL OFF)
set(CPACK_PACKAGE_FILE_NAME "vachak_${PROJECT_VERSION}_${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
include(CPack)
