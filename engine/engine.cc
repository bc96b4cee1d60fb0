// The engine behind the C API (include/vachak/vachak.h): lazily loaded OCR and speech
// pipelines sharing one arena, a memory ceiling, a per-engine lock and last error, and a
// registry of live engines so a destroyed or foreign pointer is refused, not followed.
#include "vachak/vachak.h"

#include <sys/stat.h>

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <unordered_set>
#include <vector>

#include "lang/registry.h"
#include "limits/limits.h"
#include "pipelines/ocr/image/decode.h"
#include "pipelines/ocr/image/decoders.h"
#include "pipelines/ocr/image/row_downscaler.h"
#include "pipelines/ocr/ocr_pipeline.h"
#include "pipelines/tts/synthesizer.h"
#include "runtime/core/op_resolver.h"

struct vachak_engine {
  std::mutex mu;
  std::string model_dir;
  size_t limit = 0;
  std::string ocr_lang = vachak::lang::kDefaultOcrCode;
  std::string speech_lang = vachak::lang::kDefaultSpeechCode;  // vachak_set_speech_language, or "auto"
  std::string tts_lang;  // the language the loaded synthesizer speaks
  float pitch = 1.0f, volume = 1.0f;  // vachak_set_pitch_and_volume
  int threads = 1;  // OCR threads (config: <= 0 means 1, capped at kMaxThreads)
  std::shared_ptr<vachak::rt::Arena> arena;
  std::unique_ptr<vachak::ocr::OcrPipeline> ocr;
  std::unique_ptr<vachak::tts::Synthesizer> tts;
  size_t ocr_bytes = 0, tts_bytes = 0;  // mapped model files (and extra OCR arenas) while loaded
  int callers = 0;  // calls inside guarded() (under g_registry_mu): destroy waits for 0
};

namespace {

constexpr int kMaxThreads = 8;

using vachak::Status;
using vachak::StatusCode;

std::mutex g_registry_mu;
std::condition_variable g_callers_done;  // an engine's callers went to 0
std::unordered_set<const vachak_engine*> g_engines;
thread_local std::string g_create_error;
// The last failure of each thread, with the engine it happened on: a message is read by
// the thread whose call failed, so no other thread's call can change it under the reader.
struct ThreadError {
  const vachak_engine* engine = nullptr;
  std::string message;
};
thread_local ThreadError g_error;
// Engines whose call this thread is inside (a PCM callback runs inside one): calling the
// same engine again from there would wait for itself.
thread_local std::vector<const vachak_engine*> g_inside;
bool inside(const vachak_engine* e) { return std::find(g_inside.begin(), g_inside.end(), e) != g_inside.end(); }

bool alive(const vachak_engine* e) {
  std::lock_guard<std::mutex> lock(g_registry_mu);
  return e != nullptr && g_engines.count(e) > 0;
}

vachak_status to_c(StatusCode c) {
  switch (c) {
    case StatusCode::kOk: return VACHAK_OK;
    case StatusCode::kInvalidArgument: return VACHAK_ERR_INVALID_ARGUMENT;
    case StatusCode::kNotFound: return VACHAK_ERR_NOT_FOUND;
    case StatusCode::kCorrupt: return VACHAK_ERR_CORRUPT;
    case StatusCode::kUnsupported: return VACHAK_ERR_UNSUPPORTED;
    case StatusCode::kIo: return VACHAK_ERR_IO;
    case StatusCode::kOutOfMemory: return VACHAK_ERR_OUT_OF_MEMORY;
    default: return VACHAK_ERR_INTERNAL;
  }
}

vachak_status fail(vachak_engine* e, vachak_status code, const std::string& message) {
  g_error.engine = e;
  g_error.message = message;
  return code;
}

vachak_status fail(vachak_engine* e, const Status& s) { return fail(e, to_c(s.code()), s.message()); }

size_t file_bytes(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0 ? static_cast<size_t>(st.st_size) : 0;
}

// The engine's OCR language was checked against the registry when it was set.
// ("auto": every script's.)
std::vector<vachak::lang::OcrChoice> ocr_files(const vachak_engine* e) {
  return vachak::lang::ocr_choices(e->model_dir, e->ocr_lang);
}
// Likewise the speech language; "auto": the language of the script of the text to speak.
std::string speech_code(const vachak_engine* e, std::string_view text) {
  return e->speech_lang == vachak::lang::kAutoSpeechCode ? vachak::lang::speech_code_for_text(text) : e->speech_lang;
}

void drop_ocr(vachak_engine* e) {
  e->ocr.reset();
  e->ocr_bytes = 0;
}
void drop_tts(vachak_engine* e) {
  e->tts.reset();
  e->tts_bytes = 0;
  e->tts_lang.clear();
}
void release_arena_if_idle(vachak_engine* e) {
  if (!e->ocr && !e->tts && e->arena) e->arena->release();
}

// What the engine holds between requests: mapped models (and extra OCR arenas) and the arena.
size_t loaded_bytes(const vachak_engine* e) { return e->ocr_bytes + e->tts_bytes + (e->arena ? e->arena->size() : 0); }

// Makes room for `need` more mapped bytes under the ceiling, trimming the other pipeline
// if that helps; fails when even an otherwise empty engine cannot hold them.
Status make_room(vachak_engine* e, size_t need, bool for_ocr, bool may_drop_other) {
  if (e->limit == 0) return Status::ok();
  auto used = [&] { return loaded_bytes(e); };
  if (used() + need <= e->limit) return Status::ok();
  if (may_drop_other) {
    if (for_ocr) drop_tts(e);
    else drop_ocr(e);
    release_arena_if_idle(e);
  }
  if (used() + need <= e->limit) return Status::ok();
  return vachak::out_of_memory("the models need " + std::to_string(need) + " bytes mapped, above the engine's " +
                               std::to_string(e->limit) + "-byte memory ceiling");
}

std::shared_ptr<vachak::rt::Arena> arena_for(vachak_engine* e, size_t mapped_after) {
  if (!e->arena) {
    size_t arena_limit = 0;
    if (e->limit > 0) arena_limit = e->limit > mapped_after ? e->limit - mapped_after : 1;
    e->arena = std::make_shared<vachak::rt::Arena>(arena_limit);
  }
  return e->arena;
}

Status ensure_ocr(vachak_engine* e, bool may_drop_tts = true) {
  if (e->ocr) return Status::ok();
  // Each OCR thread beyond the first maps the recognizer again (and has its own arena).
  std::vector<vachak::ocr::ScriptModelFiles> scripts;
  size_t need = 0;
  for (const vachak::lang::OcrChoice& files : ocr_files(e)) {
    if (!files.ok) return vachak::invalid_argument(files.error);
    need += file_bytes(files.model) * static_cast<size_t>(e->threads) + file_bytes(files.lm);
    scripts.push_back({files.script->code, files.model, files.lm, files.script->ocr_lm_weight});
  }
  VACHAK_RETURN_IF_ERROR(make_room(e, need, true, may_drop_tts));
  auto p = vachak::ocr::OcrPipeline::load(scripts, arena_for(e, need + e->tts_bytes), vachak::rt::builtin_op_resolver(),
                                          e->threads);
  if (!p.is_ok()) return p.status();
  const size_t with_arenas = need + p.value()->extra_arena_bytes();
  if (e->limit > 0 && with_arenas + e->tts_bytes + e->arena->size() > e->limit) {
    return vachak::out_of_memory("OCR with " + std::to_string(e->threads) + " threads needs " +
                                 std::to_string(with_arenas + e->arena->size()) + " bytes, above the engine's " +
                                 std::to_string(e->limit) + "-byte memory ceiling");
  }
  e->ocr = std::move(p).value();
  e->ocr_bytes = with_arenas;
  return Status::ok();
}

// `text`: what will be spoken (the engine's language "auto" picks the front end from it).
Status ensure_tts(vachak_engine* e, bool may_drop_ocr = true, std::string_view text = {}) {
  const std::string code = speech_code(e, text);
  if (e->tts && e->tts_lang == code) return Status::ok();
  if (e->tts) {  // another language's front end: loaded again for this one
    drop_tts(e);
    release_arena_if_idle(e);
  }
  const vachak::lang::SpeechChoice files = vachak::lang::speech_choice(e->model_dir, code);
  if (!files.ok) return vachak::invalid_argument(files.error);
  size_t need = 0;
  for (const std::string& f : files.files()) need += file_bytes(f);
  VACHAK_RETURN_IF_ERROR(make_room(e, need, false, may_drop_ocr));
  auto s = vachak::tts::Synthesizer::load(files, arena_for(e, need + e->ocr_bytes), vachak::rt::builtin_op_resolver());
  if (!s.is_ok()) return s.status();
  e->tts = std::move(s).value();
  e->tts_bytes = need;
  e->tts_lang = code;
  return Status::ok();
}

char* copy_string(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (out != nullptr) std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

std::string join_lines(const vachak::ocr::OcrResult& r) {
  std::string text;
  for (const auto& line : r.lines)
    if (!line.text.empty()) text += line.text + "\n";
  return text;
}

// Runs body under the engine's lock with every exception turned into a status. The
// engine is counted as in use from the moment it is found alive (under the registry
// lock), so vachak_engine_destroy cannot free it between that check and the lock.
template <typename Body>
vachak_status guarded(vachak_engine* e, Body body) {
  {
    std::lock_guard<std::mutex> lock(g_registry_mu);
    if (e == nullptr || g_engines.count(e) == 0) return VACHAK_ERR_INVALID_ARGUMENT;
    ++e->callers;
  }
  struct Release {
    vachak_engine* e;
    ~Release() {
      std::lock_guard<std::mutex> lock(g_registry_mu);
      if (--e->callers == 0) g_callers_done.notify_all();
    }
  } release{e};
  if (inside(e))
    return fail(e, VACHAK_ERR_INVALID_ARGUMENT,
                "called from inside a callback of the same engine's call (it would wait for itself); "
                "queue the request and make it after the call returns");
  std::lock_guard<std::mutex> lock(e->mu);
  g_inside.push_back(e);
  struct Leave {
    ~Leave() { g_inside.pop_back(); }
  } leave;
  if (g_error.engine == e) g_error.message.clear();
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return fail(e, VACHAK_ERR_OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception& ex) {
    return fail(e, VACHAK_ERR_INTERNAL, std::string("internal error: ") + ex.what());
  } catch (...) {
    return fail(e, VACHAK_ERR_INTERNAL, "internal error");
  }
}

// Decodes an encoded image (downscaled while decoding) and reads it; on_line sees each
// line as it is recognized.
// Bytes an OCR request holds while it runs, beyond models and arena, for a working image
// of w x h: the image (a byte per pixel), its copy kept for the crop reading of small
// images, the one-bit ink mask and the quarter-resolution illumination estimate -- at most
// about 2.25 bytes per pixel.
uint64_t ocr_request_bytes(uint64_t w, uint64_t h) { return w * h * 9 / 4; }

// The request must fit under the ceiling with what is loaded: refused (not grown past)
// when it does not. Without a ceiling everything fits.
Status check_request_fits(const vachak_engine* e, uint64_t request, const char* what = "reading this image") {
  if (e->limit == 0) return Status::ok();
  const size_t used = loaded_bytes(e);
  if (used + request <= e->limit) return Status::ok();
  return vachak::out_of_memory(std::string(what) + " needs " + std::to_string(request) + " bytes besides the " +
                               std::to_string(used) + " of loaded models and arena, above the engine's " +
                               std::to_string(e->limit) + "-byte memory ceiling");
}

vachak::Result<vachak::ocr::OcrResult> read_encoded(vachak_engine* e, const uint8_t* data, size_t size,
                                                   const vachak::ocr::OcrPipeline::LineCallback& on_line = {}) {
  const vachak::ocr::OcrOptions options;
  vachak::ocr::DecodeOptions d;
  d.max_long_side = options.max_long_side;
  // A decoder's own buffers (a progressive JPEG's coefficients) count against the ceiling.
  if (e->limit > 0) {
    const size_t used = loaded_bytes(e);
    const uint64_t left = e->limit > used ? e->limit - used : 0;
    d.max_decoder_bytes = std::min<uint64_t>(d.max_decoder_bytes, left);
  }
  auto img = vachak::ocr::decode_image("image", data, size, d);
  if (!img.is_ok()) return img.status();
  VACHAK_RETURN_IF_ERROR(check_request_fits(e, ocr_request_bytes(img->image.width, img->image.height)));
  return e->ocr->read_image(std::move(img->image), img->source_width, img->source_height, options, on_line);
}

}  // namespace

extern "C" {

const char* vachak_version(void) { return "0.1.0 (abi 1)"; }

const char* vachak_ocr_languages(void) {
  static const std::string codes = vachak::lang::ocr_codes(",");
  return codes.c_str();
}

const char* vachak_speech_languages(void) {
  static const std::string codes = vachak::lang::speech_codes(",");
  return codes.c_str();
}

vachak_status vachak_engine_create(const vachak_config* config, vachak_engine** out) {
  if (out != nullptr) *out = nullptr;
  if (config == nullptr || out == nullptr || config->model_dir == nullptr) {
    g_create_error = "vachak_engine_create: config, config->model_dir and out must not be NULL";
    return VACHAK_ERR_INVALID_ARGUMENT;
  }
  try {
    struct stat st {};
    if (stat(config->model_dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
      g_create_error = std::string("model folder ") + config->model_dir + " does not exist";
      return VACHAK_ERR_NOT_FOUND;
    }
    auto e = std::make_unique<vachak_engine>();
    e->model_dir = config->model_dir;
    e->limit = config->memory_limit_bytes;
    e->threads = config->threads < 1 ? 1 : (config->threads > kMaxThreads ? kMaxThreads : config->threads);
    std::lock_guard<std::mutex> lock(g_registry_mu);
    g_engines.insert(e.get());
    *out = e.release();
    g_create_error.clear();
    return VACHAK_OK;
  } catch (...) {
    g_create_error = "out of memory creating the engine";
    return VACHAK_ERR_OUT_OF_MEMORY;
  }
}

void vachak_engine_destroy(vachak_engine* engine) {
  // From inside one of its own callbacks it would wait for itself: refused (the header
  // says so); the engine stays usable and can be destroyed after the call returns.
  if (inside(engine)) return;
  {
    std::unique_lock<std::mutex> lock(g_registry_mu);
    if (engine == nullptr || g_engines.erase(engine) == 0) return;
    // No new call can find it now; wait for the ones already inside.
    g_callers_done.wait(lock, [&] { return engine->callers == 0; });
  }
  if (g_error.engine == engine) g_error = ThreadError{};
  delete engine;
}

const char* vachak_last_error(const vachak_engine* engine) {
  if (engine == nullptr) return g_create_error.c_str();
  if (!alive(engine)) return "unknown or destroyed engine";
  return g_error.engine == engine ? g_error.message.c_str() : "";
}

vachak_status vachak_ocr_encoded(vachak_engine* engine, const uint8_t* data, size_t size, char** text_out) {
  if (text_out != nullptr) *text_out = nullptr;
  return guarded(engine, [&]() -> vachak_status {
    if (data == nullptr || text_out == nullptr || size == 0) {
      return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_ocr_encoded: data, size and text_out are required");
    }
    Status s = ensure_ocr(engine);
    if (!s.is_ok()) return fail(engine, s);
    auto r = read_encoded(engine, data, size);
    if (!r.is_ok()) return fail(engine, r.status());
    *text_out = copy_string(join_lines(r.value()));
    return *text_out ? VACHAK_OK : fail(engine, VACHAK_ERR_OUT_OF_MEMORY, "out of memory");
  });
}

vachak_status vachak_ocr_pixels(vachak_engine* engine, const uint8_t* pixels, int width, int height, int stride,
                                int format, char** text_out) {
  if (text_out != nullptr) *text_out = nullptr;
  return guarded(engine, [&]() -> vachak_status {
    const int bpp = format == VACHAK_PIXELS_GRAY8 ? 1 : (format == VACHAK_PIXELS_RGBA8888 ? 4 : 0);
    if (pixels == nullptr || text_out == nullptr || bpp == 0 || width <= 0 || height <= 0 ||
        static_cast<int64_t>(stride) < static_cast<int64_t>(width) * bpp) {
      return fail(engine, VACHAK_ERR_INVALID_ARGUMENT,
                  "vachak_ocr_pixels: pixels and text_out are required, width and height > 0, "
                  "stride >= width * bytes per pixel, format gray8 or rgba8888");
    }
    if (static_cast<uint64_t>(width) * static_cast<uint64_t>(height) > vachak::limits::kMaxImagePixels) {
      return fail(engine, VACHAK_ERR_INVALID_ARGUMENT,
                  "image of " + std::to_string(width) + "x" + std::to_string(height) + " pixels is above the limit of " +
                      std::to_string(vachak::limits::kMaxImagePixels) + " pixels");
    }
    Status s = ensure_ocr(engine);
    if (!s.is_ok()) return fail(engine, s);
    // Downscaled row by row as the file decoders do (a 200-Mpx buffer is never copied
    // whole), RGBA composited on white paper as the decoders composite PNG alpha.
    const vachak::ocr::OcrOptions options;
    const int factor = vachak::ocr::downscale_factor(width, height, options.max_long_side);
    s = check_request_fits(engine, ocr_request_bytes((static_cast<uint64_t>(width) + factor - 1) / factor,
                                                     (static_cast<uint64_t>(height) + factor - 1) / factor));
    if (!s.is_ok()) return fail(engine, s);
    vachak::ocr::RowDownscaler scaler(width, height, factor);
    std::vector<uint8_t> row(static_cast<size_t>(width));
    for (int y = 0; y < height; ++y) {
      const uint8_t* src = pixels + static_cast<size_t>(y) * static_cast<size_t>(stride);
      vachak::ocr::to_gray_row(src, width, bpp, row.data());
      scaler.push_row(row.data());
    }
    auto r = engine->ocr->read_image(scaler.take(), width, height, options);
    if (!r.is_ok()) return fail(engine, r.status());
    *text_out = copy_string(join_lines(r.value()));
    return *text_out ? VACHAK_OK : fail(engine, VACHAK_ERR_OUT_OF_MEMORY, "out of memory");
  });
}

void vachak_free_string(char* s) { std::free(s); }

namespace {

// may_drop_ocr: false while a page is being read aloud (its recognizer is in use); a line in
// another language ("auto") loads that language's front end beside it.
vachak_status speak_locked(vachak_engine* engine, const std::string& text, float rate, vachak_pcm_callback callback,
                           void* user, bool may_drop_ocr = true) {
  Status s = ensure_tts(engine, may_drop_ocr, text);
  if (s.is_ok()) s = check_request_fits(engine, vachak::limits::kSpeechCallBytes, "speaking");
  if (!s.is_ok()) return fail(engine, s);
  const int sr = engine->tts->sample_rate();
  vachak::tts::SpeakStats stats;
  Status st = engine->tts->speak(text, vachak::tts::SpeakOptions{rate, engine->pitch, engine->volume},
                                 [&](const int16_t* pcm, size_t n) { return callback(pcm, n, sr, user) == 0; }, &stats);
  if (!st.is_ok()) return fail(engine, st);
  if (stats.cancelled) return fail(engine, VACHAK_ERR_CANCELLED, "stopped by the callback");
  return VACHAK_OK;
}

}  // namespace

vachak_status vachak_tts(vachak_engine* engine, const char* utf8, float rate, vachak_pcm_callback callback,
                         void* user) {
  return guarded(engine, [&]() -> vachak_status {
    if (utf8 == nullptr || callback == nullptr) {
      return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_tts: text and callback are required");
    }
    if (std::string bad = vachak::tts::speak_options_error({rate}); !bad.empty()) {
      return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_tts: " + bad);
    }
    return speak_locked(engine, utf8, rate, callback, user);
  });
}

vachak_status vachak_tts_ssml(vachak_engine* engine, const char* ssml, float rate, vachak_pcm_callback callback,
                              vachak_mark_callback on_mark, void* user) {
  return guarded(engine, [&]() -> vachak_status {
    if (ssml == nullptr || callback == nullptr) {
      return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_tts_ssml: document and callback are required");
    }
    if (std::string bad = vachak::tts::speak_options_error({rate}); !bad.empty()) {
      return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_tts_ssml: " + bad);
    }
    Status s = ensure_tts(engine, true, ssml);
    if (s.is_ok()) s = check_request_fits(engine, vachak::limits::kSpeechCallBytes, "speaking");
    if (!s.is_ok()) return fail(engine, s);
    const int sr = engine->tts->sample_rate();
    vachak::tts::SpeakStats stats;
    Status st = engine->tts->speak_ssml(
        ssml, vachak::tts::SpeakOptions{rate, engine->pitch, engine->volume},
        [&](const int16_t* pcm, size_t n) { return callback(pcm, n, sr, user) == 0; },
        [&](const std::string& name) { return on_mark == nullptr || on_mark(name.c_str(), user) == 0; }, &stats);
    if (!st.is_ok()) return fail(engine, st);
    if (stats.cancelled) return fail(engine, VACHAK_ERR_CANCELLED, "stopped by a callback");
    if (g_error.engine == engine) g_error.message.clear();
    return VACHAK_OK;
  });
}

vachak_status vachak_read_aloud(vachak_engine* engine, const uint8_t* data, size_t size, float rate,
                                vachak_pcm_callback callback, void* user) {
  return guarded(engine, [&]() -> vachak_status {
    if (data == nullptr || size == 0 || callback == nullptr) {
      return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_read_aloud: data, size and callback are required");
    }
    // Checked here: a line the speech refuses is skipped as unspeakable further down.
    if (std::string bad = vachak::tts::speak_options_error({rate}); !bad.empty()) {
      return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_read_aloud: " + bad);
    }
    // Both pipelines stay loaded for the whole page: speech must not trim the recognizer
    // it is interleaved with.
    Status s = ensure_ocr(engine);
    if (s.is_ok()) s = ensure_tts(engine, /*may_drop_ocr=*/false);
    if (!s.is_ok()) return fail(engine, s);
    // Each line is spoken as soon as it is recognized: speech starts before the page ends.
    bool spoke = false;
    vachak_status speech = VACHAK_OK;
    auto r = read_encoded(engine, data, size, [&](const vachak::ocr::OcrLine& line) {
      vachak_status st = speak_locked(engine, line.text, rate, callback, user, /*may_drop_ocr=*/false);
      if (st == VACHAK_ERR_INVALID_ARGUMENT) return true;  // nothing speakable on this line
      if (st != VACHAK_OK) {
        speech = st;
        return false;
      }
      spoke = true;
      return true;
    });
    if (!r.is_ok()) return fail(engine, r.status());
    if (speech != VACHAK_OK) return speech;
    if (!spoke) return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "no speakable text found in the image");
    if (g_error.engine == engine) g_error.message.clear();
    return VACHAK_OK;
  });
}

vachak_status vachak_trim(vachak_engine* engine) {
  return guarded(engine, [&]() -> vachak_status {
    drop_ocr(engine);
    drop_tts(engine);
    if (engine->arena) engine->arena->release();
    engine->arena.reset();
    return VACHAK_OK;
  });
}

vachak_status vachak_set_pitch_and_volume(vachak_engine* engine, float pitch, float volume) {
  return guarded(engine, [&]() -> vachak_status {
    if (std::string bad = vachak::tts::speak_options_error({1.0f, pitch, volume}); !bad.empty()) {
      return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_set_pitch_and_volume: " + bad);
    }
    engine->pitch = pitch;
    engine->volume = volume;
    return VACHAK_OK;
  });
}

vachak_status vachak_set_ocr_language(vachak_engine* engine, const char* lang) {
  return guarded(engine, [&]() -> vachak_status {
    if (lang == nullptr) return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_set_ocr_language: lang is NULL");
    const std::vector<vachak::lang::OcrChoice> choices = vachak::lang::ocr_choices(engine->model_dir, lang);
    if (!choices[0].ok) return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_set_ocr_language: " + choices[0].error);
    if (engine->ocr_lang != lang) {
      engine->ocr_lang = lang;
      drop_ocr(engine);  // mapped again, with this language's character model, on next use
      release_arena_if_idle(engine);
    }
    return VACHAK_OK;
  });
}

vachak_status vachak_set_speech_language(vachak_engine* engine, const char* lang) {
  return guarded(engine, [&]() -> vachak_status {
    if (lang == nullptr) return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_set_speech_language: lang is NULL");
    if (std::string_view(lang) != vachak::lang::kAutoSpeechCode) {
      const vachak::lang::SpeechChoice choice = vachak::lang::speech_choice(engine->model_dir, lang);
      if (!choice.ok) return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_set_speech_language: " + choice.error);
    }
    if (engine->speech_lang != lang) {
      engine->speech_lang = lang;
      drop_tts(engine);  // loaded again, with this language's front end, on next use
      release_arena_if_idle(engine);
    }
    return VACHAK_OK;
  });
}

vachak_status vachak_get_stats(vachak_engine* engine, vachak_stats* out) {
  return guarded(engine, [&]() -> vachak_status {
    if (out == nullptr) return fail(engine, VACHAK_ERR_INVALID_ARGUMENT, "vachak_get_stats: out is required");
    out->mapped_model_bytes = engine->ocr_bytes + engine->tts_bytes;
    out->arena_bytes = engine->arena ? engine->arena->size() : 0;
    out->ocr_loaded = engine->ocr != nullptr;
    out->tts_loaded = engine->tts != nullptr;
    return VACHAK_OK;
  });
}

}  // extern "C"
