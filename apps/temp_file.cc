#include "apps/temp_file.h"

#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace vachak::app {
namespace {

// The signals that end a process by default and that a user or a pipe sends while a long
// job runs.
constexpr int kCleanupSignals[] = {SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGXFSZ};

// The temporary files the handler removes: a slot's path is written only while its flag
// is 0, so the handler never reads a half-written path.
char g_paths[TempFile::kMaxRegistered][PATH_MAX];
volatile sig_atomic_t g_armed[TempFile::kMaxRegistered];

// Async-signal-safe only: unlink and raise. SA_RESETHAND has restored the default action
// and SA_NODEFER leaves the signal unblocked, so raise() ends the process as the signal
// would have (the shell sees the same status).
extern "C" void remove_temps_and_reraise(int sig) {
  const int saved_errno = errno;
  for (int i = 0; i < TempFile::kMaxRegistered; ++i)
    if (g_armed[i]) unlink(g_paths[i]);
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
    sa.sa_handler = remove_temps_and_reraise;
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

std::string why(int err) { return std::strerror(err); }

}  // namespace

unsigned current_umask() {
  // Linux reports it in /proc/self/status; umask() can only be read by setting it, which
  // would race with other threads creating files.
  if (FILE* f = std::fopen("/proc/self/status", "r")) {
    char line[256];
    unsigned mask = 0;
    bool found = false;
    while (!found && std::fgets(line, sizeof line, f) != nullptr) found = std::sscanf(line, "Umask: %o", &mask) == 1;
    std::fclose(f);
    if (found) return mask;
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

int create_unlinked_temp(const char* prefix) {
  const char* tmpdir = std::getenv("TMPDIR");
  std::string tmpl = std::string(tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp") + "/" + prefix + "-XXXXXX";
  BlockCleanupSignals blocked;
  const int fd = mkstemp(tmpl.data());
  if (fd >= 0) {
    const int err = errno;
    unlink(tmpl.c_str());
    errno = err;
  }
  return fd;
}

TempFile::~TempFile() { abandon(); }

void TempFile::abandon() {
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  if (!temp_.empty()) unlink(temp_.c_str());
  if (slot_ >= 0) g_armed[slot_] = 0;  // after the unlink: a signal in between unlinks a name already gone
  slot_ = -1;
  temp_.clear();
  path_.clear();
}

namespace {
std::string folder_of(const std::string& target) {
  const size_t slash = target.rfind('/');
  return slash == std::string::npos ? "." : (slash == 0 ? "/" : target.substr(0, slash));
}
std::string temp_template(const std::string& target) {
  const size_t slash = target.rfind('/');
  const std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
  return folder_of(target) + "/." + base.substr(0, 64) + ".vachak-XXXXXX";
}
}  // namespace

bool TempFile::open(const std::string& target, std::string* error) {
  abandon();
  target_ = target;
  install_cleanup_handlers();
  // The mode is 0666 less the umask, applied by open() itself.
  fd_ = ::open(folder_of(target).c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
  if (fd_ >= 0) {
    path_ = "/proc/self/fd/" + std::to_string(fd_);
    return true;
  }
  if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {
    *error = "cannot write " + target + ": " + why(errno);
    return false;
  }
  return create_named(temp_template(target), error);
}

// A named temporary file registered with the signal handler (while signals are blocked,
// so that none falls between creating and registering it).
bool TempFile::create_named(const std::string& tmpl_in, std::string* error) {
  std::string tmpl = tmpl_in;
  int err = 0;
  {
    BlockCleanupSignals blocked;
    int slot = -1;
    for (int i = 0; i < kMaxRegistered && slot < 0; ++i)
      if (g_armed[i] == 0) slot = i;
    if (slot >= 0 && tmpl.size() < PATH_MAX) {
      std::memcpy(g_paths[slot], tmpl.c_str(), tmpl.size() + 1);
      fd_ = mkstemp(g_paths[slot]);
      err = errno;
      if (fd_ >= 0) {
        temp_ = g_paths[slot];
        g_armed[slot] = 1;
        slot_ = slot;
      }
    } else {  // every slot taken (or a path too long for one): removed on error, not on a signal
      fd_ = mkstemp(tmpl.data());
      err = errno;
      if (fd_ >= 0) temp_ = tmpl;
    }
  }
  if (fd_ < 0) {
    *error = "cannot write " + target_ + ": " + why(err);
    return false;
  }
  path_ = temp_;
  if (fchmod(fd_, 0666 & ~current_umask()) != 0) {
    *error = "cannot write " + target_ + " (setting its mode): " + why(errno);
    abandon();
    return false;
  }
  return true;
}

// Gives the unnamed file a registered temporary name beside the target (linkat cannot
// replace a file, so the name is a fresh one that rename() then moves onto the target).
bool TempFile::link_unnamed(std::string* error) {
  const std::string proc = path_;
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = temp_template(target_);
    static const char kChars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    unsigned seed = static_cast<unsigned>(getpid()) * 2654435761u ^ static_cast<unsigned>(fd_ * 40503 + attempt * 7919) ^
                    static_cast<unsigned>(reinterpret_cast<uintptr_t>(this));
    for (size_t i = name.size() - 6; i < name.size(); ++i) {
      seed = seed * 1103515245u + 12345u;
      name[i] = kChars[(seed >> 16) % (sizeof kChars - 1)];
    }
    int err = 0;
    {
      BlockCleanupSignals blocked;
      int slot = -1;
      for (int i = 0; i < kMaxRegistered && slot < 0; ++i)
        if (g_armed[i] == 0) slot = i;
      if (slot >= 0 && name.size() < PATH_MAX) std::memcpy(g_paths[slot], name.c_str(), name.size() + 1);
      if (linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
        temp_ = name;
        if (slot >= 0 && name.size() < PATH_MAX) g_armed[slot] = 1, slot_ = slot;
        return true;
      }
      err = errno;
    }
    if (err != EEXIST) {
      *error = "cannot write " + target_ + ": " + why(err);
      return false;
    }
  }
  *error = "cannot write " + target_ + ": no free temporary name";
  return false;
}

bool TempFile::write(const std::string& bytes) { return fd_ >= 0 && write_all(fd_, bytes.data(), bytes.size()); }

bool TempFile::commit(std::string* error) {
  if (fd_ < 0) {
    *error = "cannot write " + target_ + ": nothing open";
    abandon();
    return false;
  }
  // The data on disk before the rename makes it the target.
  if (fsync(fd_) != 0) {
    *error = "cannot write " + target_ + " (syncing it): " + why(errno);
    abandon();
    return false;
  }
  if (temp_.empty() && !link_unnamed(error)) {
    abandon();
    return false;
  }
  const int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) {
    *error = "cannot write " + target_ + " (closing it): " + why(errno);
    abandon();
    return false;
  }
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
    *error = "cannot write " + target_ + ": " + why(errno);
    abandon();
    return false;
  }
  if (slot_ >= 0) g_armed[slot_] = 0;  // after the rename: a signal in between unlinks a name already gone
  slot_ = -1;
  temp_.clear();
  path_.clear();
  // The rename itself on disk (best effort: some file systems refuse to sync a folder).
  const int dfd = ::open(folder_of(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    fsync(dfd);
    close(dfd);
  }
  return true;
}

}  // namespace vachak::app
