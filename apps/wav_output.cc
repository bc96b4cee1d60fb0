#include "apps/wav_output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace vachak::app {

WavOutput::~WavOutput() { abandon(); }

void WavOutput::abandon() {
  if (file_ != nullptr) sf_close(file_);
  file_ = nullptr;
  if (stdout_fd_ >= 0) close(stdout_fd_);
  stdout_fd_ = -1;
  file_out_.abandon();
}

bool WavOutput::open(const std::string& target, int sample_rate, std::string* error) {
  abandon();
  target_ = target;
  to_stdout_ = target == "-";
  if (to_stdout_) {
    stdout_fd_ = create_unlinked_temp("vachak-wav");
    if (stdout_fd_ < 0) {
      *error = std::string("cannot write a temporary file: ") + std::strerror(errno);
      return false;
    }
  } else if (!file_out_.open(target, error)) {
    return false;
  }
  SF_INFO info{};
  info.samplerate = sample_rate;
  info.channels = 1;
  info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
  file_ = sf_open_fd(fd(), SFM_WRITE, &info, SF_FALSE);  // the fd stays ours: synced and closed in commit()
  if (file_ == nullptr) {
    *error = std::string("libsndfile: ") + sf_strerror(nullptr);
    abandon();
    return false;
  }
  return true;
}

bool WavOutput::write(const int16_t* samples, size_t count) {
  return file_ != nullptr && sf_write_short(file_, samples, static_cast<sf_count_t>(count)) == static_cast<sf_count_t>(count);
}

bool WavOutput::commit_to_stdout(std::string* error) {
  bool ok = std::fflush(stdout) == 0 && lseek(stdout_fd_, 0, SEEK_SET) == 0;
  char buf[65536];
  while (ok) {
    const ssize_t n = read(stdout_fd_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = n == 0;
      break;
    }
    ok = write_all(STDOUT_FILENO, buf, static_cast<size_t>(n));
  }
  const int err = errno;
  abandon();
  if (!ok) *error = std::string("writing to standard output failed: ") + std::strerror(err);
  return ok;
}

bool WavOutput::commit(std::string* error) {
  if (file_ == nullptr) {
    *error = "no WAV open";
    return false;
  }
  // sf_close writes the header's sizes: a failure there is a broken WAV, not a success.
  const int sf_err = sf_close(file_);
  file_ = nullptr;
  if (sf_err != 0) {
    *error = "cannot write " + (to_stdout_ ? std::string("the WAV") : target_) + ": libsndfile: " + sf_error_number(sf_err);
    abandon();
    return false;
  }
  if (to_stdout_) return commit_to_stdout(error);
  return file_out_.commit(error);
}

}  // namespace vachak::app
