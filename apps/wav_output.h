// A WAV being written for the CLI: 16-bit mono through libsndfile, under a temporary name
// beside the target, renamed on commit() after it is flushed and synced (libsndfile's
// close and fsync are checked: a failure is an error and leaves no output file); the file
// gets 0666 less the umask, as any created file (not mkstemp's 0600). If commit() is never
// reached the temporary file is removed, also when SIGTERM, SIGINT, SIGHUP, SIGQUIT,
// SIGPIPE or SIGXFSZ ends the process (a handler unlinks it and re-raises the signal with
// its default action; a signal ignored at start stays ignored). "-" writes the finished
// file to stdout from a temporary file in $TMPDIR that is unlinked as soon as it is
// created, so nothing is left there however the process ends (a closed pipe included).
// One WavOutput at a time is covered by the signal handler (the CLI never has two).
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
  void disarm();
  bool commit_to_stdout(std::string* error);
  std::string target_, temp_;  // temp_: the named temporary file ("" for stdout's, unlinked)
  int fd_ = -1;
  bool armed_ = false;  // temp_ is the path the signal handler removes
  SNDFILE* file_ = nullptr;
};

}  // namespace vachak::app
