// A WAV being written for the CLI: 16-bit mono through libsndfile into a TempFile beside
// the target (temp_file.h: renamed on commit() once flushed and synced, 0666 less the
// umask, removed on failure or on a terminating signal). libsndfile's close is checked: a
// failure is an error and leaves no output file. "-" writes the finished file to stdout
// from an unnamed temporary file in $TMPDIR, so nothing is left there however the process
// ends (a closed pipe included).
#pragma once

#include <sndfile.h>

#include <cstdint>
#include <string>

#include "apps/temp_file.h"

namespace vachak::app {

class WavOutput {
 public:
  WavOutput() = default;
  ~WavOutput();
  WavOutput(const WavOutput&) = delete;
  WavOutput& operator=(const WavOutput&) = delete;

  // False (with *error set) when the target cannot be written.
  bool open(const std::string& target, int sample_rate, std::string* error);
  bool write(const int16_t* samples, size_t count);
  bool commit(std::string* error);

 private:
  void abandon();
  bool commit_to_stdout(std::string* error);
  int fd() const { return to_stdout_ ? stdout_fd_ : file_out_.fd(); }
  std::string target_;
  bool to_stdout_ = false;
  int stdout_fd_ = -1;  // the unnamed temporary file behind "-"
  TempFile file_out_;
  SNDFILE* file_ = nullptr;
};

}  // namespace vachak::app
