// A file the CLI writes beside its target and puts in place only when it is whole, so
// after a crash or a kill the target is the old file or the whole new one, never half of
// one. It is written as an unnamed file in the target's folder (O_TMPFILE: nothing is left
// however the process ends, SIGKILL included); commit() syncs it, links it under a
// temporary name, renames that onto the target and syncs the folder. Where the file
// system has no O_TMPFILE, the file is named `.NAME.vachak-XXXXXX` from the start. A named
// temporary file gets 0666 less the umask, as any created file (not mkstemp's 0600); it is
// removed if commit() is not reached, also when SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE
// or SIGXFSZ ends the process (a handler unlinks every registered temporary file and
// re-raises the signal with its default action; a signal ignored at start stays ignored).
// Up to kMaxRegistered named files are covered at once.
#pragma once

#include <string>

namespace vachak::app {

class TempFile {
 public:
  static constexpr int kMaxRegistered = 16;

  TempFile() = default;
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  // Creates the file in `target`'s folder; false (with *error set) when it cannot.
  bool open(const std::string& target, std::string* error);
  int fd() const { return fd_; }
  // A path that opens this file, for writers that take a path (/proc/self/fd/N while the
  // file has no name).
  const std::string& target() const { return target_; }
  bool write(const std::string& bytes);
  // Mode, sync, rename onto the target; on failure the temporary file is removed.
  bool commit(std::string* error);
  void abandon();

 private:
  bool create_named(const std::string& tmpl, std::string* error);
  bool link_unnamed(std::string* error);
  std::string target_, temp_, path_;  // temp_: the temporary name, "" while unnamed
  int fd_ = -1;
  int slot_ = -1;  // the signal handler's slot holding temp_, or -1
};

// Creates an unnamed temporary file in $TMPDIR (unlinked at once, so nothing is left
// however the process ends); -1 with errno set on failure.
int create_unlinked_temp(const char* prefix);

// The process's umask, read without changing it.
unsigned current_umask();

// write(2) until all is written (EINTR retried).
bool write_all(int fd, const char* p, size_t n);

}  // namespace vachak::app
