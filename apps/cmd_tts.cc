// `vachak tts [--lang CODE|auto] [--rate R] [--pitch P] [--volume V] [-o FILE|-] TEXT...` or `-f FILE.txt`: speaks the
// text into a 16 kHz mono 16-bit WAV (libsndfile). The file is written under a temporary
// name in the same folder, synced and renamed at the end with the umask's mode, so neither a
// failure nor SIGTERM/SIGINT/SIGHUP/SIGPIPE leaves a half-written WAV or a temporary file
// (apps/wav_output.h); `-o -` writes the finished WAV to standard output. Long texts are read line by line
// (bounded memory) with a progress line on stderr. `--ssml` takes the text (or the whole
// file) as an SSML document (pipelines/tts/ssml/ssml.h) and reports its marks on stderr.
// --lang auto (the default): the language of the script most of the text is in.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "apps/commands.h"
#include "apps/wav_output.h"
#include "limits/limits.h"
#include "pipelines/tts/synthesizer.h"
#include "runtime/core/op_resolver.h"

namespace vachak::app {
namespace {

int usage() {
  std::fprintf(stderr, "usage: vachak tts [--lang CODE|auto] [--rate R] [--pitch P] [--volume V] [--intonation I] [--ssml] [-o FILE.wav|-] (TEXT... | -f FILE)\n");
  return 2;
}

}  // namespace

int cmd_tts(const Args& args) {
  std::string lang = lang::kAutoSpeechCode, out = "out.wav", text_file;
  tts::SpeakOptions options;
  std::string text;
  bool ssml = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if ((a == "--lang" || a == "--rate" || a == "--pitch" || a == "--volume" || a == "--intonation" || a == "-o" ||
         a == "-f") &&
        i + 1 >= args.size())
      return usage();
    if (a == "--lang") lang = args[++i];
    else if (a == "--rate" || a == "--pitch" || a == "--volume" || a == "--intonation") {
      float* target = a == "--rate"    ? &options.rate
                      : a == "--pitch" ? &options.pitch
                      : a == "--volume" ? &options.volume
                                        : &options.intonation;
      if (!parse_number(args[++i], target)) {
        std::fprintf(stderr, "vachak tts: %s %s: expected a number\n", a.c_str(), args[i].c_str());
        return 2;
      }
    }
    else if (a == "-o") out = args[++i];
    else if (a == "-f") text_file = args[++i];
    else if (a == "--ssml") ssml = true;
    else text += (text.empty() ? "" : " ") + a;
  }
  // auto: the language of the text's script, from the text or the file's first 64 KB.
  std::string sample = text;
  if (!text_file.empty() && lang == lang::kAutoSpeechCode) {
    std::ifstream head(text_file, std::ios::binary);
    sample.resize(64 * 1024);
    head.read(&sample[0], static_cast<std::streamsize>(sample.size()));
    sample.resize(head ? sample.size() : static_cast<size_t>(head.gcount()));
  }
  lang::SpeechChoice speech;
  if (!speech_language("tts", lang, &speech, sample)) return 2;
  if (std::string bad = tts::speak_options_error(options); !bad.empty()) {
    std::fprintf(stderr, "vachak tts: %s (--rate 0.25..4, --pitch 0.5..2, --volume 0..1, --intonation 0..2)\n",
                 bad.c_str());
    return 2;
  }
  if (text.empty() == text_file.empty()) return usage();
  std::ifstream in;
  if (!text_file.empty()) {
    in.open(text_file);
    if (!in) {
      std::fprintf(stderr, "vachak tts: cannot read %s\n", text_file.c_str());
      return 1;
    }
  }

  auto synth = tts::Synthesizer::load(speech, std::make_shared<rt::Arena>(), rt::builtin_op_resolver());
  if (!synth.is_ok()) {
    std::fprintf(stderr, "vachak tts: %s\n", synth.status().message().c_str());
    return 1;
  }

  WavOutput wav;
  std::string error;
  if (!wav.open(out, synth.value()->sample_rate(), &error)) {
    std::fprintf(stderr, "vachak tts: %s\n", error.c_str());
    return 1;
  }
  auto fail = [&](const std::string& why) {
    std::fprintf(stderr, "vachak tts: %s\n", why.c_str());
    return 1;  // wav's destructor removes the temporary file
  };

  const auto start = std::chrono::steady_clock::now();
  double first_audio_ms = -1;
  bool write_failed = false;
  tts::SpeakStats total;
  size_t written = 0;  // samples
  auto sink = [&](const int16_t* pcm, size_t n) {
    written += n;
    if (first_audio_ms < 0) {
      first_audio_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    }
    if (!wav.write(pcm, n)) {
      write_failed = true;
      return false;
    }
    return true;
  };
  auto speak = [&](const std::string& t) -> bool {
    tts::SpeakStats s;
    Status st = synth.value()->speak(t, options, sink, &s);
    total.words += s.words;
    total.samples += s.samples;
    if (!st.is_ok()) {
      std::fprintf(stderr, "vachak tts: %s\n", st.message().c_str());
      return false;
    }
    return !write_failed;
  };
  if (ssml) {
    // One document, checked whole before any audio (nothing is spoken if it is malformed).
    if (!text_file.empty()) {
      std::string line;
      while (std::getline(in, line)) {
        text += line + "\n";
        if (text.size() > limits::kMaxSsmlBytes) return fail("SSML document larger than " + std::to_string(limits::kMaxSsmlBytes) + " bytes");
      }
    }
    tts::SpeakStats s;
    Status st = synth.value()->speak_ssml(text, options, sink,
                                          [&](const std::string& name) {
                                            std::fprintf(stderr, "vachak tts: mark %s at %.3f s\n", name.c_str(),
                                                         static_cast<double>(written) / synth.value()->sample_rate());
                                            return true;
                                          },
                                          &s);
    total = s;
    if (!st.is_ok()) return fail(st.message());
  } else if (!text_file.empty()) {
    size_t lines = 0, spoken = 0;
    for (std::string line; std::getline(in, line); ++lines) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (!speak(line)) return fail("stopped at line " + std::to_string(lines + 1) + " of " + text_file);
      ++spoken;
      if (spoken % 20 == 0) std::fprintf(stderr, "vachak tts: %zu lines, %zu words\r", spoken, total.words);
    }
    if (spoken == 0) return fail("nothing to speak in " + text_file);
    if (spoken >= 20) std::fprintf(stderr, "\n");
  } else if (!speak(text)) {
    return fail("no audio written");
  }
  if (write_failed) return fail("writing the WAV failed");
  if (!wav.commit(&error)) return fail(error);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double audio = static_cast<double>(total.samples) / synth.value()->sample_rate();
  std::fprintf(stderr, "vachak tts: %zu words, %.2f s of audio in %.3f s (real-time factor %.4f), first audio after %.1f ms\n",
               total.words, audio, secs, audio > 0 ? secs / audio : 0.0, first_audio_ms);
  return 0;
}

}  // namespace vachak::app
