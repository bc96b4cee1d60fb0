#include "apps/wav_output.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace vachak::app {

WavOutput::~WavOutput() { abandon(); }

void WavOutput::abandon() {
  if (file_ != nullptr) sf_close(file_);
  file_ = nullptr;
  if (!temp_.empty()) unlink(temp_.c_str());
  temp_.clear();
}

bool WavOutput::open(const std::string& target, int sample_rate, std::string* error) {
  target_ = target;
  if (target == "-") {
    const char* tmpdir = std::getenv("TMPDIR");
    temp_ = std::string(tmpdir ? tmpdir : "/tmp") + "/vachak-wav-XXXXXX";
  } else {
    const size_t slash = target.rfind('/');
    temp_ = (slash == std::string::npos ? std::string(".") : target.substr(0, slash)) + "/.vachak-wav-XXXXXX";
  }
  const int fd = mkstemp(temp_.data());
  if (fd < 0) {
    temp_.clear();
    *error = "cannot write " + (target == "-" ? std::string("a temporary file") : target);
    return false;
  }
  SF_INFO info{};
  info.samplerate = sample_rate;
  info.channels = 1;
  info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
  file_ = sf_open_fd(fd, SFM_WRITE, &info, SF_TRUE);
  if (file_ == nullptr) {
    close(fd);
    *error = std::string("libsndfile: ") + sf_strerror(nullptr);
    abandon();
    return false;
  }
  return true;
}

bool WavOutput::write(const int16_t* samples, size_t count) {
  return file_ != nullptr && sf_write_short(file_, samples, static_cast<sf_count_t>(count)) == static_cast<sf_count_t>(count);
}

bool WavOutput::commit(std::string* error) {
  if (file_ == nullptr) {
    *error = "no WAV open";
    return false;
  }
  sf_close(file_);
  file_ = nullptr;
  if (target_ == "-") {
    FILE* f = std::fopen(temp_.c_str(), "rb");
    bool ok = f != nullptr;
    char buf[65536];
    size_t n;
    while (ok && (n = std::fread(buf, 1, sizeof buf, f)) > 0) ok = std::fwrite(buf, 1, n, stdout) == n;
    if (f) std::fclose(f);
    ok = ok && std::fflush(stdout) == 0;
    abandon();
    if (!ok) *error = "writing to standard output failed";
    return ok;
  }
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
    *error = "cannot write " + target_;
    abandon();
    return false;
  }
  temp_.clear();
  return true;
}

}  // namespace vachak::app
