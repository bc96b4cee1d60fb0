// Where an installed program finds the models: beside its own binary, at PREFIX/share/
// vachak/models (cmake --install and the .deb put them there). For the CLI in PREFIX/bin
// and for sd_vachak in PREFIX/lib/speech-dispatcher-modules.
#pragma once

#include <string>

namespace vachak::app {

// `levels` folders up from the running binary's folder, then share/vachak/models, when it
// holds `probe` (a subfolder such as "ocr"); else "".
std::string installed_model_dir(int levels, const char* probe);

}  // namespace vachak::app
