// A WAV being written for the CLI: 16-bit mono through libsndfile, under a temporary name
// beside the target, renamed on commit(); "-" writes the finished file to stdout. If
// commit() is never reached the temporary file is removed: no half-written WAV is left.
#pragma once

#include <sndfile.h>

#include <cstdint>
#include <string>

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
  std::string target_, temp_;
  SNDFILE* file_ = nullptr;
};

}  // namespace vachak::app
