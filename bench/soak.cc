// Soak: many calls on one engine, with the process's resident memory sampled as they go,
// to show that nothing grows with the number of calls (issue #13). Not a timed test: a
// benchmark whose table goes to bench/RESULTS.md (bench/run.sh).
//   soak MODEL_DIR IMAGE OCR_CALLS TEXT_FILE TTS_SENTENCES
// OCR reads IMAGE OCR_CALLS times, then speech speaks the lines of TEXT_FILE in turn (one
// call per line, wrapping around) TTS_SENTENCES times, on the same engine, with a trim
// halfway through each. Prints the resident set (VmRSS) after every tenth of each phase,
// and per phase the growth from its first tenth to its end.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "vachak/vachak.h"

namespace {

long rss_kb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  return -1;
}

int drop_pcm(const int16_t*, size_t, int, void*) { return 0; }

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::fprintf(stderr, "usage: soak MODEL_DIR IMAGE OCR_CALLS TEXT_FILE TTS_SENTENCES\n");
    return 2;
  }
  std::ifstream img(argv[2], std::ios::binary);
  const std::vector<uint8_t> image((std::istreambuf_iterator<char>(img)), std::istreambuf_iterator<char>());
  std::vector<std::string> sentences;
  std::ifstream tf(argv[4]);
  for (std::string l; std::getline(tf, l);)
    if (!l.empty()) sentences.push_back(l);
  const long ocr_calls = std::atol(argv[3]), tts_calls = std::atol(argv[5]);
  if (image.empty() || sentences.empty() || ocr_calls < 10 || tts_calls < 10) {
    std::fprintf(stderr, "soak: need an image, a text file with lines, and at least 10 calls of each\n");
    return 2;
  }
  vachak_config c{argv[1], 0, 1};
  vachak_engine* e = nullptr;
  if (vachak_engine_create(&c, &e) != VACHAK_OK) {
    std::fprintf(stderr, "soak: %s\n", vachak_last_error(nullptr));
    return 1;
  }
  auto phase = [&](const char* name, long calls, auto&& one) {
    long first = -1, last = -1;
    std::printf("%-4s", name);
    for (long i = 1; i <= calls; ++i) {
      if (!one(i)) {
        std::fprintf(stderr, "\nsoak: %s call %ld failed: %s\n", name, i, vachak_last_error(e));
        std::exit(1);
      }
      if (i == calls / 2) (void)vachak_trim(e);
      if (i % (calls / 10) == 0) {
        last = rss_kb();
        if (first < 0) first = last;
        std::printf(" %ld", last);
        std::fflush(stdout);
      }
    }
    std::printf("  KB; growth after the first tenth: %ld KB\n", last - first);
  };
  phase("ocr", ocr_calls, [&](long) {
    char* text = nullptr;
    const bool ok = vachak_ocr_encoded(e, image.data(), image.size(), &text) == VACHAK_OK;
    vachak_free_string(text);
    return ok;
  });
  phase("tts", tts_calls, [&](long i) {
    return vachak_tts(e, sentences[static_cast<size_t>(i) % sentences.size()].c_str(), 1.0f, drop_pcm, nullptr) ==
           VACHAK_OK;
  });
  vachak_engine_destroy(e);
  return 0;
}
