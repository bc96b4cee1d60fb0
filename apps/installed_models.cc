#include "apps/installed_models.h"

#include <limits.h>
#include <unistd.h>

namespace vachak::app {

std::string installed_model_dir(int levels, const char* probe) {
  char exe[PATH_MAX];
  const ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return "";
  exe[n] = '\0';
  std::string dir(exe);
  dir.erase(dir.rfind('/'));
  for (int i = 0; i < levels; ++i) dir += "/..";
  const std::string models = dir + "/share/vachak/models";
  return access((models + "/" + probe).c_str(), R_OK) == 0 ? models : "";
}

}  // namespace vachak::app
