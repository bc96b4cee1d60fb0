#include "apps/wav_output.h"

#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace vachak::app {
namespace {

// The signals that end a process by default and that a user or a pipe sends while a long
// text is spoken. (SIGKILL cannot be caught: only the stdout path, whose temporary file has
// no name, is safe from it.)
constexpr int kCleanupSignals[] = {SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGXFSZ};

// The temporary file the handler removes: written only while g_temp_armed is 0, so the
// handler never reads a half-written path.
char g_temp_path[PATH_MAX];
volatile sig_atomic_t g_temp_armed = 0;

// Async-signal-safe only: unlink and raise. SA_RESETHAND has restored the default action
// and SA_NODEFER leaves the signal unblocked, so raise() ends the process as the signal
// would have (the shell sees the same status).
extern "C" void remove_temp_and_reraise(int sig) {
  const int saved_errno = errno;
  if (g_temp_armed) unlink(g_temp_path);
  raise(sig);
  errno = saved_errno;  // not reached for these signals
}

void install_cleanup_handlers() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  for (int sig : kCleanupSignals) {
    struct sigaction old {};
    // A signal ignored at start (nohup, a background job's SIGINT, `trap '' PIPE`) stays
    // ignored: its writes fail with an error instead, which abandon() cleans up. Another
    // handler already in place is left alone.
    if (sigaction(sig, nullptr, &old) != 0 || (old.sa_flags & SA_SIGINFO) || old.sa_handler != SIG_DFL) continue;
    struct sigaction sa {};
    sa.sa_handler = remove_temp_and_reraise;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigaction(sig, &sa, nullptr);
  }
}

// The cleanup signals blocked in this thread while a temporary file is created and
// recorded, so that no signal falls between the two.
class BlockCleanupSignals {
 public:
  BlockCleanupSignals() {
    sigset_t set;
    sigemptyset(&set);
    for (int sig : kCleanupSignals) sigaddset(&set, sig);
    pthread_sigmask(SIG_BLOCK, &set, &old_);
  }
  ~BlockCleanupSignals() { pthread_sigmask(SIG_SETMASK, &old_, nullptr); }

 private:
  sigset_t old_;
};

// The process's umask, without changing it (umask() can only be read by setting it, which
// would race with other threads creating files): Linux reports it in /proc/self/status.
mode_t current_umask() {
  if (FILE* f = std::fopen("/proc/self/status", "r")) {
    char line[256];
    unsigned mask = 0;
    bool found = false;
    while (!found && std::fgets(line, sizeof line, f) != nullptr) found = std::sscanf(line, "Umask: %o", &mask) == 1;
    std::fclose(f);
    if (found) return static_cast<mode_t>(mask);
  }
  const mode_t mask = umask(022);
  umask(mask);
  return mask;
}

bool write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    const ssize_t k = ::write(fd, p, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return false;
    p += k;
    n -= static_cast<size_t>(k);
  }
  return true;
}

std::string why(int err) { return std::strerror(err); }

}  // namespace

WavOutput::~WavOutput() { abandon(); }

void WavOutput::disarm() {
  if (armed_) g_temp_armed = 0;
  armed_ = false;
}

void WavOutput::abandon() {
  if (file_ != nullptr) sf_close(file_);
  file_ = nullptr;
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  if (!temp_.empty()) unlink(temp_.c_str());
  disarm();  // after the unlink: a signal in between unlinks a name already gone
  temp_.clear();
}

bool WavOutput::open(const std::string& target, int sample_rate, std::string* error) {
  abandon();
  target_ = target;
  install_cleanup_handlers();
  std::string tmpl;
  if (target == "-") {
    const char* tmpdir = std::getenv("TMPDIR");
    tmpl = std::string(tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp") + "/vachak-wav-XXXXXX";
  } else {
    const size_t slash = target.rfind('/');
    tmpl = (slash == std::string::npos ? std::string(".") : target.substr(0, slash)) + "/.vachak-wav-XXXXXX";
  }
  int err = 0;
  {
    BlockCleanupSignals blocked;
    if (target == "-") {
      // Unlinked at once: the file lives as long as fd_, whatever ends the process.
      fd_ = mkstemp(tmpl.data());
      err = errno;
      if (fd_ >= 0) unlink(tmpl.c_str());
    } else if (g_temp_armed == 0 && tmpl.size() < sizeof g_temp_path) {
      std::memcpy(g_temp_path, tmpl.c_str(), tmpl.size() + 1);
      fd_ = mkstemp(g_temp_path);
      err = errno;
      if (fd_ >= 0) {
        temp_ = g_temp_path;
        g_temp_armed = 1;
        armed_ = true;
      }
    } else {  // another WavOutput holds the handler's path (or the path is too long for it)
      fd_ = mkstemp(tmpl.data());
      err = errno;
      if (fd_ >= 0) temp_ = tmpl;
    }
  }
  if (fd_ < 0) {
    *error = "cannot write " + (target == "-" ? std::string("a temporary file") : target) + ": " + why(err);
    return false;
  }
  SF_INFO info{};
  info.samplerate = sample_rate;
  info.channels = 1;
  info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
  file_ = sf_open_fd(fd_, SFM_WRITE, &info, SF_FALSE);  // fd_ stays ours: synced and closed in commit()
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
  bool ok = std::fflush(stdout) == 0 && lseek(fd_, 0, SEEK_SET) == 0;
  char buf[65536];
  while (ok) {
    const ssize_t n = read(fd_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = n == 0;
      break;
    }
    ok = write_all(STDOUT_FILENO, buf, static_cast<size_t>(n));
  }
  const int err = errno;
  abandon();
  if (!ok) *error = "writing to standard output failed: " + why(err);
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
    *error = "cannot write " + (target_ == "-" ? std::string("the WAV") : target_) + ": libsndfile: " + sf_error_number(sf_err);
    abandon();
    return false;
  }
  if (target_ == "-") return commit_to_stdout(error);
  // The umask's mode, then the data on disk before the rename makes it the target: after a
  // crash the target is the old file or the whole new one, never a hole.
  const char* step = nullptr;
  int err = 0;
  if (fchmod(fd_, 0666 & ~current_umask()) != 0) step = "setting its mode", err = errno;
  else if (fsync(fd_) != 0) step = "syncing it", err = errno;
  const int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0 && step == nullptr) step = "closing it", err = errno;
  if (step != nullptr) {
    *error = "cannot write " + target_ + " (" + step + "): " + why(err);
    abandon();
    return false;
  }
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
    *error = "cannot write " + target_ + ": " + why(errno);
    abandon();
    return false;
  }
  disarm();  // after the rename: a signal in between unlinks a name already gone
  temp_.clear();
  // The rename itself on disk (best effort: some file systems refuse to sync a folder).
  const size_t slash = target_.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : target_.substr(0, slash));
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    fsync(dfd);
    close(dfd);
  }
  return true;
}

}  // namespace vachak::app
