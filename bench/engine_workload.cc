// One canonical workload through the public C API, for bench/run.sh to time and measure
// (/usr/bin/time for wall, CPU and peak RSS; heaptrack, when installed, for peak heap):
//   engine_workload MODEL_DIR ocr IMAGE [THREADS]    one text line or a page
//   engine_workload MODEL_DIR tts TEXT_FILE          the whole file spoken, PCM discarded
//   engine_workload MODEL_DIR read IMAGE [THREADS]   OCR, then speech line by line
// Prints one line: "<mapped model bytes> <arena bytes> <audio seconds> <characters read>",
// the engine's own accounting (vachak_get_stats) taken while its models are loaded.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "vachak/vachak.h"

namespace {

struct Audio {
  size_t samples = 0;
  int rate = 16000;
};

int count_pcm(const int16_t*, size_t n, int rate, void* user) {
  auto* a = static_cast<Audio*>(user);
  a->samples += n;
  a->rate = rate;
  return 0;
}

bool read_all(const std::string& path, std::string* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 && argc != 5) {
    std::fprintf(stderr, "usage: engine_workload MODEL_DIR ocr|tts|read FILE [THREADS]\n");
    return 2;
  }
  const int threads = argc == 5 ? std::atoi(argv[4]) : 1;
  const std::string what = argv[2];
  std::string input;
  if (!read_all(argv[3], &input)) {
    std::fprintf(stderr, "engine_workload: cannot read %s\n", argv[3]);
    return 1;
  }
  vachak_config config{argv[1], 0, threads};
  vachak_engine* engine = nullptr;
  if (vachak_engine_create(&config, &engine) != VACHAK_OK) {
    std::fprintf(stderr, "engine_workload: %s\n", vachak_last_error(nullptr));
    return 1;
  }
  const auto* bytes = reinterpret_cast<const uint8_t*>(input.data());
  Audio audio;
  size_t chars = 0;
  vachak_status st = VACHAK_OK;
  if (what == "ocr") {
    char* text = nullptr;
    st = vachak_ocr_encoded(engine, bytes, input.size(), &text);
    if (st == VACHAK_OK) {
      chars = std::string(text).size();
      vachak_free_string(text);
    }
  } else if (what == "tts") {
    st = vachak_tts(engine, input.c_str(), 1.0f, count_pcm, &audio);
  } else if (what == "read") {
    st = vachak_read_aloud(engine, bytes, input.size(), 1.0f, count_pcm, &audio);
  } else {
    std::fprintf(stderr, "engine_workload: unknown workload %s\n", what.c_str());
    vachak_engine_destroy(engine);
    return 2;
  }
  vachak_stats stats{};
  if (st != VACHAK_OK || vachak_get_stats(engine, &stats) != VACHAK_OK) {
    std::fprintf(stderr, "engine_workload: %s\n", vachak_last_error(engine));
    vachak_engine_destroy(engine);
    return 1;
  }
  std::printf("%zu %zu %.2f %zu\n", stats.mapped_model_bytes, stats.arena_bytes,
              static_cast<double>(audio.samples) / audio.rate, chars);
  vachak_engine_destroy(engine);
  return 0;
}
