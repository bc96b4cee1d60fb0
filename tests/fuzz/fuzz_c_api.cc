// libFuzzer: the C API as a launcher calls it, on one engine under a 16 MB ceiling: the
// first byte picks the entry point, the rest is its input -- vachak_ocr_encoded (image
// bytes), vachak_ocr_pixels (a gray buffer of a size the next bytes choose), vachak_tts
// (text), vachak_tts_ssml (an SSML document), vachak_set_speech_language (a code, real or
// not) then vachak_tts, or vachak_set_ocr_language (a code: a language, a script, "auto", or
// not one) then vachak_ocr_pixels. Every call must return a status; text must be freed;
// nothing may crash or leak.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "vachak/vachak.h"

namespace {
int drop(const int16_t*, size_t, int, void*) { return 0; }
int any_mark(const char* name, void*) { return name == nullptr ? 1 : 0; }
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static vachak_engine* engine = [] {
    const std::string dir = std::string(VACHAK_SOURCE_DIR) + "/models";
    vachak_config c{dir.c_str(), 16u << 20, 1};
    vachak_engine* e = nullptr;
    if (vachak_engine_create(&c, &e) != VACHAK_OK) __builtin_trap();
    return e;
  }();
  if (size < 1) return 0;
  const uint8_t op = data[0] % 6;
  ++data, --size;
  char* text = nullptr;
  vachak_status st = VACHAK_OK;
  if (op == 0) {
    st = vachak_ocr_encoded(engine, data, size, &text);
  } else if ((op == 1 && size >= 4) || (op == 5 && size >= 5)) {
    if (op == 5) {
      // A code of the registry's OCR languages picked by the next byte (the scripts and
      // "auto" among them), or bytes that name nothing.
      static const std::vector<std::string> codes = [] {
        std::vector<std::string> v;
        std::string all = vachak_ocr_languages();
        for (size_t at = 0, comma; at <= all.size(); at = comma + 1) {
          comma = std::min(all.find(',', at), all.size());
          v.push_back(all.substr(at, comma - at));
        }
        return v;
      }();
      const std::string code = data[0] < 240 ? codes[data[0] % codes.size()] : std::string("x") + char(data[0]);
      st = vachak_set_ocr_language(engine, code.c_str());
      if (st != VACHAK_OK && vachak_last_error(engine)[0] == '\0') __builtin_trap();
      ++data, --size;
    }
    // Sizes and text are kept small: under ASan a page or a paragraph of speech takes
    // seconds, and the fuzzer learns more from many short calls.
    const int w = 1 + (data[0] | data[1] << 8) % 640, h = 1 + (data[2] | data[3] << 8) % 640;
    std::vector<uint8_t> px(static_cast<size_t>(w) * h, 255);
    std::memcpy(px.data(), data + 4, std::min(px.size(), size - 4));
    st = vachak_ocr_pixels(engine, px.data(), w, h, w, VACHAK_PIXELS_GRAY8, &text);
  } else if (op == 2) {
    const std::string s(reinterpret_cast<const char*>(data), std::min<size_t>(size, 64));
    st = vachak_tts(engine, s.c_str(), 1.0f, drop, nullptr);
  } else if (op == 3) {
    const std::string s(reinterpret_cast<const char*>(data), std::min<size_t>(size, 256));
    st = vachak_tts_ssml(engine, s.c_str(), 1.0f, drop, any_mark, nullptr);
  } else if (op == 4 && size >= 1) {
    // A code of the registry's speech languages picked by the next byte, or the bytes themselves.
    static const std::vector<std::string> codes = [] {
      std::vector<std::string> v;
      std::string all = vachak_speech_languages();
      for (size_t at = 0, comma; at <= all.size(); at = comma + 1) {
        comma = std::min(all.find(',', at), all.size());
        v.push_back(all.substr(at, comma - at));
      }
      return v;
    }();
    const std::string code = data[0] < 200 ? codes[data[0] % codes.size()]
                                           : std::string(reinterpret_cast<const char*>(data + 1), std::min<size_t>(size - 1, 8));
    st = vachak_set_speech_language(engine, code.c_str());
    if (st != VACHAK_OK && vachak_last_error(engine)[0] == '\0') __builtin_trap();
    const std::string s(reinterpret_cast<const char*>(data + 1), std::min<size_t>(size - 1, 64));
    st = vachak_tts(engine, s.c_str(), 1.0f, drop, nullptr);
  }
  if (st != VACHAK_OK && vachak_last_error(engine)[0] == '\0') __builtin_trap();  // a failure explains itself
  vachak_free_string(text);
  return 0;
}
