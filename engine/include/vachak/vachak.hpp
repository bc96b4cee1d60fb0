// A thin, header-only C++ wrapper over the C API (vachak.h): RAII for the engine and the
// returned strings, std::function callbacks, and errors as vachak::Error exceptions
// carrying the status and the engine's message. It adds no state of its own; the C ABI
// stays the stable boundary.
#ifndef VACHAK_VACHAK_HPP_
#define VACHAK_VACHAK_HPP_

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "vachak/vachak.h"

namespace vachak {

class Error : public std::runtime_error {
 public:
  Error(vachak_status status, const std::string& message) : std::runtime_error(message), status_(status) {}
  vachak_status status() const { return status_; }

 private:
  vachak_status status_;
};

// Receives PCM as it is made; return false to stop.
using PcmHandler = std::function<bool(const int16_t* samples, size_t count, int sample_rate)>;

class Engine {
 public:
  explicit Engine(const std::string& model_dir, size_t memory_limit_bytes = 0) {
    vachak_config c{model_dir.c_str(), memory_limit_bytes, 1};
    vachak_engine* e = nullptr;
    const vachak_status st = vachak_engine_create(&c, &e);
    if (st != VACHAK_OK) throw Error(st, vachak_last_error(nullptr));
    engine_.reset(e);
  }

  std::string ocr(const std::vector<uint8_t>& encoded_image) {
    char* text = nullptr;
    check(vachak_ocr_encoded(engine_.get(), encoded_image.data(), encoded_image.size(), &text));
    return take(text);
  }

  std::string ocr_pixels(const uint8_t* pixels, int width, int height, int stride, vachak_pixel_format format) {
    char* text = nullptr;
    check(vachak_ocr_pixels(engine_.get(), pixels, width, height, stride, format, &text));
    return take(text);
  }

  // Returns false when the handler stopped the speech.
  bool speak(const std::string& text, const PcmHandler& handler, float rate = 1.0f) {
    return stoppable(vachak_tts(engine_.get(), text.c_str(), rate, &Engine::forward, const_cast<PcmHandler*>(&handler)));
  }

  bool read_aloud(const std::vector<uint8_t>& encoded_image, const PcmHandler& handler, float rate = 1.0f) {
    return stoppable(vachak_read_aloud(engine_.get(), encoded_image.data(), encoded_image.size(), rate,
                                       &Engine::forward, const_cast<PcmHandler*>(&handler)));
  }

  void trim() { check(vachak_trim(engine_.get())); }
  void set_ocr_language(const std::string& lang) { check(vachak_set_ocr_language(engine_.get(), lang.c_str())); }
  void set_speech_language(const std::string& lang) {
    check(vachak_set_speech_language(engine_.get(), lang.c_str()));
  }
  void set_pitch_and_volume(float pitch, float volume) {
    check(vachak_set_pitch_and_volume(engine_.get(), pitch, volume));
  }

  vachak_stats stats() {
    vachak_stats s{};
    check(vachak_get_stats(engine_.get(), &s));
    return s;
  }

 private:
  struct Destroy {
    void operator()(vachak_engine* e) const { vachak_engine_destroy(e); }
  };

  static int forward(const int16_t* s, size_t n, int rate, void* user) {
    try {
      return (*static_cast<PcmHandler*>(user))(s, n, rate) ? 0 : 1;
    } catch (...) {
      return 1;  // an exception must not unwind through the C library
    }
  }

  void check(vachak_status st) {
    if (st != VACHAK_OK) throw Error(st, vachak_last_error(engine_.get()));
  }

  bool stoppable(vachak_status st) {
    if (st == VACHAK_ERR_CANCELLED) return false;
    check(st);
    return true;
  }

  static std::string take(char* text) {
    std::unique_ptr<char, void (*)(char*)> owned(text, vachak_free_string);
    return text ? std::string(text) : std::string();
  }

  std::unique_ptr<vachak_engine, Destroy> engine_;
};

}  // namespace vachak

#endif  // VACHAK_VACHAK_HPP_
