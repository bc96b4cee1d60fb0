// sd_vachak: a speech-dispatcher output module, so that `spd-say -o vachak`, Orca and
// every other speech-dispatcher client speak through Vachak. speech-dispatcher starts it
// as `sd_vachak CONFIG` and talks to it on stdin/stdout (the output-module protocol of
// its manual, "Communication Protocol for Output Modules"):
//   INIT -> 299 ...; AUDIO (audio_output_method=server: the audio goes back to the
//   server as 705 blocks, which it plays and flushes); SET rate/pitch/volume (-100..100),
//   punctuation_mode, spelling_mode; SPEAK|CHAR|KEY|SOUND_ICON + text + "." -> 200 OK
//   SPEAKING, then 701 BEGIN, 705 audio, 700 index marks (SSML <mark>), 702 END, or 703
//   STOP / 704 PAUSE after STOP / PAUSE; LIST VOICES; LOGLEVEL; DEBUG; QUIT.
// Speech runs on a thread of its own so that STOP and PAUSE are read while it speaks;
// the C API engine (vachak_tts_ssml) does the work, under its memory ceiling. Logs go
// to stderr, which speech-dispatcher keeps in its log folder.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cerrno>
#include <cmath>
#include <cstdarg>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "apps/installed_models.h"
#include "apps/sd_vachak/ssml_text.h"
#include "apps/temp_file.h"
#include "lang/hin/words.h"
#include "pipelines/tts/ssml/ssml.h"
#include "vachak/vachak.h"

namespace {

using vachak::lang::hin::PunctuationMode;

void log(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
void log(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::fputs("sd_vachak: ", stderr);
  std::vfprintf(stderr, fmt, ap);
  std::fputc('\n', stderr);
  std::fflush(stderr);
  va_end(ap);
}

// Everything written to stdout goes through here, one message at a time.
class Output {
 public:
  bool line(const std::string& s) {
    std::lock_guard<std::mutex> lock(mu_);
    const std::string l = s + "\n";
    return vachak::app::write_all(STDOUT_FILENO, l.data(), l.size());
  }
  bool lines(const std::string& a, const std::string& b) {
    std::lock_guard<std::mutex> lock(mu_);
    const std::string l = a + "\n" + b + "\n";
    return vachak::app::write_all(STDOUT_FILENO, l.data(), l.size());
  }
  // 16-bit little-endian mono samples for the server to play: a header, "705-AUDIO", a NUL,
  // the bytes with '\n' and 0x7D escaped as 0x7D, byte ^ 0x20 (HDLC), then "\n705 AUDIO".
  bool audio(const int16_t* samples, size_t n, int rate) {
    std::string block = "705-bits=16\n705-num_channels=1\n705-sample_rate=" + std::to_string(rate) +
                        "\n705-num_samples=" + std::to_string(n) + "\n705-big_endian=0\n705-AUDIO";
    block.push_back('\0');
    const auto* p = reinterpret_cast<const unsigned char*>(samples);
    for (size_t i = 0; i < n * 2; ++i) {
      const unsigned char b = p[i];
      if (b == '\n' || b == 0x7D) block.push_back(0x7D), block.push_back(static_cast<char>(b ^ 0x20));
      else block.push_back(static_cast<char>(b));
    }
    block += "\n705 AUDIO\n";
    std::lock_guard<std::mutex> lock(mu_);
    return vachak::app::write_all(STDOUT_FILENO, block.data(), block.size());
  }

 private:
  std::mutex mu_;
};

// Lines from stdin ('\n' ends one); false at the end of input.
class Input {
 public:
  bool line(std::string* out) {
    while (true) {
      const size_t nl = buf_.find('\n');
      if (nl != std::string::npos) {
        *out = buf_.substr(0, nl);
        buf_.erase(0, nl + 1);
        if (!out->empty() && out->back() == '\r') out->pop_back();
        return true;
      }
      char chunk[4096];
      const ssize_t k = read(STDIN_FILENO, chunk, sizeof chunk);
      if (k < 0 && errno == EINTR) continue;
      if (k <= 0) return false;
      buf_.append(chunk, static_cast<size_t>(k));
    }
  }
  // A block of lines ended by a lone "."; a leading ".." stands for "." (dot-stuffing).
  bool block(std::vector<std::string>* out) {
    std::string l;
    while (line(&l)) {
      if (l == ".") return true;
      if (l.size() >= 2 && l[0] == '.' && l[1] == '.') l.erase(0, 1);
      out->push_back(l);
    }
    return false;
  }

 private:
  std::string buf_;
};

struct Settings {
  float rate = 1.0f, pitch = 1.0f, volume = 1.0f;
  PunctuationMode punctuation = PunctuationMode::kNone;
  bool spelling = false;
};

// SSIP's -100..100 onto the engine's ranges: rate 0.25..4 and pitch 0.5..2 on a log
// scale (0 = as the voice speaks), volume 0..1 (100 = full, 0 = half, -100 = silent).
bool apply_setting(Settings& s, const std::string& key, const std::string& value) {
  auto number = [&](float* out) {
    char* end = nullptr;
    const long v = std::strtol(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0' || v < -100 || v > 100) return false;
    *out = static_cast<float>(v);
    return true;
  };
  float v = 0;
  if (key == "rate") return number(&v) && (s.rate = std::exp2(v / 50.0f), true);
  if (key == "pitch") return number(&v) && (s.pitch = std::exp2(v / 100.0f), true);
  if (key == "volume") return number(&v) && (s.volume = (v + 100.0f) / 200.0f, true);
  if (key == "punctuation_mode") return vachak::lang::hin::parse_punctuation_mode(value, &s.punctuation);
  if (key == "spelling_mode") return (s.spelling = value == "on", value == "on" || value == "off");
  // One voice, one language: what the server names is accepted and changes nothing.
  return key == "pitch_range" || key == "cap_let_recogn" || key == "voice" || key == "synthesis_voice" ||
         key == "language" || key == "punctuation_some" || key == "punctuation_most";
}

struct Job {
  std::string ssml;     // SPEAK, CHAR, KEY
  std::string icon;     // SOUND_ICON
  Settings settings;
};

class Speaker {
 public:
  Speaker(vachak_engine* engine, Output& out) : engine_(engine), out_(out), thread_([this] { run(); }) {}
  ~Speaker() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      quit_ = true;
      interrupt_ = kStop;
    }
    cv_.notify_all();
    thread_.join();
  }
  bool busy() const { return busy_; }
  void start(Job job) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      job_ = std::move(job);
      interrupt_ = kNone;
      busy_ = true;
    }
    cv_.notify_all();
  }
  void stop() { interrupt_ = kStop; }
  void pause() { interrupt_ = kPause; }

 private:
  enum { kNone = 0, kStop = 1, kPause = 2 };

  struct Progress {
    Speaker* self;
    size_t samples = 0, marks = 0;
  };
  static int on_pcm(const int16_t* s, size_t n, int rate, void* u) {
    auto* p = static_cast<Progress*>(u);
    if (p->self->interrupt_ != kNone) return 1;
    p->samples += n;
    return p->self->out_.audio(s, n, rate) ? 0 : 1;
  }
  static int on_mark(const char* name, void* u) {
    auto* p = static_cast<Progress*>(u);
    if (p->self->interrupt_ != kNone) return 1;
    ++p->marks;
    return p->self->out_.lines(std::string("700-") + name, "700 INDEX MARK") ? 0 : 1;
  }

  void run() {
    while (true) {
      Job job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return quit_ || job_.has_value(); });
        if (quit_) return;
        job = std::move(*job_);
        job_.reset();
      }
      out_.line("701 BEGIN");
      const auto start = std::chrono::steady_clock::now();
      Progress progress{this};
      vachak_status st = VACHAK_OK;
      if (!job.icon.empty()) {
        out_.lines("706-" + job.icon, "706 ICON");
      } else {
        st = vachak_set_pitch_and_volume(engine_, job.settings.pitch, job.settings.volume);
        if (st == VACHAK_OK) st = vachak_tts_ssml(engine_, job.ssml.c_str(), job.settings.rate, on_pcm, on_mark, &progress);
      }
      const int why = interrupt_;
      if (st != VACHAK_OK && st != VACHAK_ERR_CANCELLED) log("speaking failed: %s", vachak_last_error(engine_));
      log("spoke %zu samples (%.2f s of audio) and %zu marks in %.3f s%s", progress.samples, progress.samples / 16000.0,
          progress.marks, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
          why == kStop ? ", stopped" : why == kPause ? ", paused" : "");
      busy_ = false;
      out_.line(why == kPause ? "704 PAUSE" : why == kStop ? "703 STOP" : "702 END");
    }
  }

  vachak_engine* engine_;
  Output& out_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::optional<Job> job_;
  bool quit_ = false;
  std::atomic<int> interrupt_{kNone};
  std::atomic<bool> busy_{false};
  std::thread thread_;
};

// The models: VachakModelDir in the module's configuration file, else beside an installed
// module (.../lib/speech-dispatcher-modules/sd_vachak -> .../share/vachak/models), else the
// source tree this module was built from.
std::string find_models(const std::string& config_path, size_t* memory_mb) {
  std::ifstream f(config_path);
  std::string line, dir;
  while (std::getline(f, line)) {
    const size_t k = line.find_first_not_of(" \t");
    if (k == std::string::npos || line[k] == '#') continue;
    const size_t sp = line.find_first_of(" \t", k);
    const std::string key = line.substr(k, sp == std::string::npos ? std::string::npos : sp - k);
    const size_t v = sp == std::string::npos ? std::string::npos : line.find_first_not_of(" \t", sp);
    std::string value = v == std::string::npos ? "" : line.substr(v);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t' || value.back() == '\r')) value.pop_back();
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (key == "VachakModelDir") dir = value;
    else if (key == "VachakMemoryLimitMB") *memory_mb = std::min<size_t>(std::strtoul(value.c_str(), nullptr, 10), 4096);
  }
  if (!dir.empty()) return dir;
  const std::string installed = vachak::app::installed_model_dir(2, "tts");
  if (!installed.empty()) return installed;
  return VACHAK_DEFAULT_MODEL_DIR;
}

int serve(const std::string& config_path) {
  Input in;
  Output out;
  std::string cmd;
  if (!in.line(&cmd) || cmd != "INIT") {
    log("expected INIT, got '%s'", cmd.c_str());
    return 3;
  }
  size_t memory_mb = 32;
  const std::string models = find_models(config_path, &memory_mb);
  vachak_config config{models.c_str(), memory_mb << 20, 1};
  vachak_engine* engine = nullptr;
  if (vachak_engine_create(&config, &engine) != VACHAK_OK) {
    out.lines("399-cannot load the Vachak models in " + models + ": " + vachak_last_error(nullptr),
              "399 ERR CANT INIT MODULE");
    return 1;
  }
  auto numbers = vachak::lang::hin::words().make_numbers();
  out.lines(std::string("299-Vachak ") + vachak_version() + ", models in " + models, "299 OK LOADED SUCCESSFULLY");
  log("loaded, models in %s, ceiling %zu MB", models.c_str(), memory_mb);
  Settings settings;
  int rc = 0;
  {
    Speaker speaker(engine, out);
    while (in.line(&cmd)) {
      if (cmd == "SPEAK" || cmd == "CHAR" || cmd == "KEY" || cmd == "SOUND_ICON") {
        out.line("202 OK RECEIVING MESSAGE");
        std::vector<std::string> data;
        if (!in.block(&data)) break;
        std::string text;
        for (size_t i = 0; i < data.size(); ++i) text += (i ? "\n" : "") + data[i];
        Job job;
        job.settings = settings;
        if (cmd == "SOUND_ICON") job.icon = text;
        else if (cmd == "CHAR") job.ssml = vachak::sd::char_ssml(text);
        else if (cmd == "KEY") job.ssml = vachak::sd::key_ssml(text);
        else job.ssml = vachak::sd::apply_reading_modes(text, settings.punctuation, settings.spelling);
        if (speaker.busy()) {
          out.line("301 ERROR CANT SPEAK");  // the server waits for END before the next message
          continue;
        }
        if (job.icon.empty()) {
          // Checked before "200 OK": SSML Vachak cannot speak is refused, not half spoken.
          auto items = vachak::tts::parse_ssml(job.ssml, *numbers);
          if (!items.is_ok()) {
            log("refused %s: %s", cmd.c_str(), items.status().message().c_str());
            out.line("301 ERROR CANT SPEAK");
            continue;
          }
        }
        out.line("200 OK SPEAKING");
        speaker.start(std::move(job));
      } else if (cmd == "STOP") {
        speaker.stop();
      } else if (cmd == "PAUSE") {
        speaker.pause();
      } else if (cmd == "SET" || cmd == "AUDIO" || cmd == "LOGLEVEL") {
        out.line(cmd == "SET" ? "203 OK RECEIVING SETTINGS"
                              : cmd == "AUDIO" ? "207 OK RECEIVING AUDIO SETTINGS" : "207 OK RECEIVING LOGLEVEL SETTINGS");
        std::vector<std::string> data;
        if (!in.block(&data)) break;
        bool ok = true;
        Settings next = settings;
        for (const std::string& kv : data) {
          const size_t eq = kv.find('=');
          const std::string key = kv.substr(0, eq), value = eq == std::string::npos ? "" : kv.substr(eq + 1);
          if (cmd == "SET") ok = apply_setting(next, key, value) && ok;
          else if (cmd == "AUDIO") ok = (key == "audio_output_method" ? value == "server" : true) && ok;
        }
        if (cmd == "SET" && ok) {
          settings = next;
          static const char* kModes[] = {"none", "some", "most", "all"};
          log("settings: rate %.2f, pitch %.2f, volume %.2f, punctuation %s, spelling %s", settings.rate,
              settings.pitch, settings.volume, kModes[static_cast<int>(settings.punctuation)],
              settings.spelling ? "on" : "off");
        }
        if (!ok) log("refused %s: %s", cmd.c_str(), data.empty() ? "" : data[0].c_str());
        out.line(!ok ? "303 ERROR INVALID PARAMETER OR VALUE"
                     : cmd == "SET" ? "203 OK SETTINGS RECEIVED" : cmd == "AUDIO" ? "203 OK AUDIO INITIALIZED" : "203 OK LOGLEVEL SET");
      } else if (cmd == "LIST VOICES" || cmd.rfind("LIST VOICES ", 0) == 0) {
        out.lines("200-vachak-hindi\thi\tnone", "200 OK VOICE LIST SENT");
      } else if (cmd.rfind("DEBUG", 0) == 0) {
        out.line(cmd.find("OFF") != std::string::npos ? "200 OK DEBUGGING OFF" : "200 OK DEBUGGING ON");
      } else if (cmd == "QUIT") {
        speaker.stop();
        break;
      } else {
        out.line("300 ERR UNKNOWN COMMAND");
      }
    }
  }  // the speaker stops and joins here
  if (cmd == "QUIT") out.line("210 OK QUIT");
  vachak_engine_destroy(engine);
  log("exiting");
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  signal(SIGPIPE, SIG_IGN);  // a closed pipe to the server ends the module through write errors
  return serve(argc > 1 ? argv[1] : "");
}
