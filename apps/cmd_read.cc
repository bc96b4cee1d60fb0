// `vachak read [--lang hin] [--rate R] [--pitch P] [--volume V] IMAGE -o FILE.wav|-`: OCR a
// page or photo and speak its text, through the public C API as a launcher would. Each line is spoken as soon as
// it is recognized, so speech for the first line starts before the last is read. --lang is
// both what OCR reads and what speech says; "auto" reads each image in its script and says
// each line in the language of its letters.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "apps/commands.h"
#include "apps/wav_output.h"
#include "lang/registry.h"
#include "pipelines/tts/synthesizer.h"
#include "vachak/vachak.h"

namespace vachak::app {
namespace {

struct Sink {
  WavOutput* wav;
  bool failed = false;
  size_t samples = 0;
  double first_ms = -1;
  std::chrono::steady_clock::time_point start{};
};

int on_pcm(const int16_t* s, size_t n, int, void* user) {
  auto* sink = static_cast<Sink*>(user);
  if (sink->first_ms < 0) {
    sink->first_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - sink->start).count();
  }
  sink->samples += n;
  if (!sink->wav->write(s, n)) {
    sink->failed = true;
    return 1;
  }
  return 0;
}

}  // namespace

int cmd_read(const Args& args) {
  std::string lang = lang::kDefaultSpeechCode, out, image;
  float rate = 1.0f, pitch = 1.0f, volume = 1.0f;
  int threads = 1;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if ((a == "--lang" || a == "--rate" || a == "--pitch" || a == "--volume" || a == "--threads" || a == "-o") &&
        i + 1 >= args.size())
      image.clear(), out.clear(), i = args.size();
    else if (a == "--lang") lang = args[++i];
    else if (a == "--rate" || a == "--pitch" || a == "--volume") {
      float* target = a == "--rate" ? &rate : a == "--pitch" ? &pitch : &volume;
      if (!parse_number(args[++i], target)) {
        std::fprintf(stderr, "vachak read: %s %s: expected a number\n", a.c_str(), args[i].c_str());
        return 2;
      }
    }
    else if (a == "--threads") {
      if (!parse_thread_count(args[++i], &threads)) {
        std::fprintf(stderr, "vachak read: --threads %s: expected 1..8\n", args[i].c_str());
        return 2;
      }
    }
    else if (a == "-o") out = args[++i];
    else image = a;
  }
  if (image.empty() || out.empty()) {
    std::fprintf(stderr,
                 "usage: vachak read [--lang CODE] [--rate R] [--pitch P] [--volume V] [--threads N] IMAGE "
                 "-o FILE.wav|-\n");
    return 2;
  }
  if (std::string bad = tts::speak_options_error({rate, pitch, volume}); !bad.empty()) {
    std::fprintf(stderr, "vachak read: %s (--rate 0.25..4, --pitch 0.5..2, --volume 0..1)\n", bad.c_str());
    return 2;
  }
  lang::SpeechChoice speech;
  if (!speech_language("read", lang, &speech)) return 2;
  const std::vector<lang::OcrChoice> ocr = lang::ocr_choices(model_dir(), lang);
  if (!ocr[0].ok) {
    std::fprintf(stderr, "vachak read: --lang %s: %s\n", lang.c_str(), ocr[0].error.c_str());
    return 2;
  }
  std::error_code fs_error;
  if (!std::filesystem::is_regular_file(image, fs_error)) {
    std::fprintf(stderr, "vachak read: %s is not a readable file\n", image.c_str());
    return 1;
  }
  std::ifstream f(image, std::ios::binary);
  if (!f) {
    std::fprintf(stderr, "vachak read: cannot open %s\n", image.c_str());
    return 1;
  }
  // Sized once: reading through a growing vector held twice the file at its peak.
  f.seekg(0, std::ios::end);
  const std::streamoff size = f.tellg();
  f.seekg(0, std::ios::beg);
  std::vector<uint8_t> bytes(size > 0 ? static_cast<size_t>(size) : 0);
  if (size < 0 || !f.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()))) {
    std::fprintf(stderr, "vachak read: cannot read %s\n", image.c_str());
    return 1;
  }
  const std::string models = model_dir();
  vachak_config config{models.c_str(), 0, threads};
  vachak_engine* engine = nullptr;
  if (vachak_engine_create(&config, &engine) != VACHAK_OK) {
    std::fprintf(stderr, "vachak read: %s\n", vachak_last_error(nullptr));
    return 1;
  }
  if (vachak_set_pitch_and_volume(engine, pitch, volume) != VACHAK_OK ||  // all checked above: cannot fail
      vachak_set_ocr_language(engine, lang.c_str()) != VACHAK_OK ||
      vachak_set_speech_language(engine, lang.c_str()) != VACHAK_OK) {
    std::fprintf(stderr, "vachak read: %s\n", vachak_last_error(engine));
    vachak_engine_destroy(engine);
    return 1;
  }
  WavOutput wav;
  std::string error;
  if (!wav.open(out, 16000, &error)) {
    std::fprintf(stderr, "vachak read: %s\n", error.c_str());
    vachak_engine_destroy(engine);
    return 1;
  }
  Sink sink{&wav};
  sink.start = std::chrono::steady_clock::now();
  const vachak_status st = vachak_read_aloud(engine, bytes.data(), bytes.size(), rate, on_pcm, &sink);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - sink.start).count();
  if (st != VACHAK_OK || sink.failed) {
    std::fprintf(stderr, "vachak read: %s: %s\n", image.c_str(),
                 sink.failed ? "writing the WAV failed" : vachak_last_error(engine));
    vachak_engine_destroy(engine);
    return 1;  // wav's destructor removes the temporary file
  }
  vachak_stats stats{};
  (void)vachak_get_stats(engine, &stats);
  vachak_engine_destroy(engine);
  if (!wav.commit(&error)) {
    std::fprintf(stderr, "vachak read: %s\n", error.c_str());
    return 1;
  }
  std::fprintf(stderr,
               "vachak read: %.2f s of audio in %.3f s, first audio after %.1f ms; engine: %zu B of models mapped, "
               "%zu B arena\n",
               static_cast<double>(sink.samples) / 16000.0, secs, sink.first_ms, stats.mapped_model_bytes,
               stats.arena_bytes);
  return 0;
}

}  // namespace vachak::app
