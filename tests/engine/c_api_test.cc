// The public C API as a launcher or keyboard would use it: OCR from encoded images and
// raw pixels, streaming TTS with cancel, read-aloud, trim and accounting, and misuse —
// null pointers, a destroyed engine, a ceiling too small, two threads at once.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <utility>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "lang/registry.h"
#include "pipelines/ocr/image/decode.h"
#include "tests/support/pitch_track.h"
#include "limits/limits.h"
#include "vachak/vachak.h"

namespace {

const std::string kModels = std::string(VACHAK_SOURCE_DIR) + "/models";
const std::string kLine = std::string(VACHAK_SOURCE_DIR) + "/tests/ocr/regression/line0000.png";
const std::string kBengaliLine = std::string(VACHAK_SOURCE_DIR) + "/tests/ocr/scripts/beng/beng0000.png";
const std::string kGujaratiLine = std::string(VACHAK_SOURCE_DIR) + "/tests/ocr/scripts/gujr/gujr0000.png";

std::vector<uint8_t> read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

struct Pcm {
  std::vector<int16_t> samples;
  int rate = 0;
  size_t stop_after = 0;  // callbacks; 0 = never stop
  size_t calls = 0;
};

int collect(const int16_t* s, size_t n, int rate, void* user) {
  auto* p = static_cast<Pcm*>(user);
  p->samples.insert(p->samples.end(), s, s + n);
  p->rate = rate;
  ++p->calls;
  return p->stop_after != 0 && p->calls >= p->stop_after ? 1 : 0;
}

class CApi : public ::testing::Test {
 protected:
  void SetUp() override {
    vachak_config c{kModels.c_str(), 0, 1};
    ASSERT_EQ(vachak_engine_create(&c, &engine_), VACHAK_OK) << vachak_last_error(nullptr);
  }
  void TearDown() override { vachak_engine_destroy(engine_); }
  vachak_engine* engine_ = nullptr;
};

TEST_F(CApi, OcrFromAnEncodedImage) {
  std::vector<uint8_t> png = read_file(kLine);
  ASSERT_FALSE(png.empty());
  char* text = nullptr;
  ASSERT_EQ(vachak_ocr_encoded(engine_, png.data(), png.size(), &text), VACHAK_OK) << vachak_last_error(engine_);
  ASSERT_NE(text, nullptr);
  std::string s(text);
  vachak_free_string(text);
  EXPECT_NE(s.find("\xE0\xA4"), std::string::npos) << "no Devanagari in: " << s;  // U+0900 block lead bytes
}

TEST_F(CApi, RawPixelsReadLikeTheEncodedImage) {
  std::vector<uint8_t> png = read_file(kLine);
  auto img = vachak::ocr::decode_image("line", png.data(), png.size(), {});
  ASSERT_TRUE(img.is_ok());
  const auto& g = img->image;
  char* from_png = nullptr;
  char* from_gray = nullptr;
  char* from_rgba = nullptr;
  ASSERT_EQ(vachak_ocr_encoded(engine_, png.data(), png.size(), &from_png), VACHAK_OK);
  ASSERT_EQ(vachak_ocr_pixels(engine_, g.pixels.data(), g.width, g.height, g.width, VACHAK_PIXELS_GRAY8, &from_gray),
            VACHAK_OK);
  std::vector<uint8_t> rgba(static_cast<size_t>(g.width) * g.height * 4 + 64 * g.height);
  const int stride = g.width * 4 + 64;  // padded rows
  for (int y = 0; y < g.height; ++y)
    for (int x = 0; x < g.width; ++x)
      for (int k = 0; k < 4; ++k) rgba[static_cast<size_t>(y) * stride + 4 * x + k] = k == 3 ? 255 : g.row(y)[x];
  ASSERT_EQ(vachak_ocr_pixels(engine_, rgba.data(), g.width, g.height, stride, VACHAK_PIXELS_RGBA8888, &from_rgba),
            VACHAK_OK);
  EXPECT_STREQ(from_png, from_gray);
  EXPECT_STREQ(from_gray, from_rgba);
  vachak_free_string(from_png);
  vachak_free_string(from_gray);
  vachak_free_string(from_rgba);
}

// Issue #13: vachak_ocr_pixels ignored alpha (the decoders composite it on white) and read
// a caller's buffer at full size. Transparent black is paper; a large buffer is read
// downscaled, with the same text as the small one.
TEST_F(CApi, PixelsCompositeAlphaOnPaperAndAreDownscaled) {
  const int w = 600, h = 200;
  std::vector<uint8_t> clear(static_cast<size_t>(w) * h * 4, 0);  // black, fully transparent
  char* text = nullptr;
  ASSERT_EQ(vachak_ocr_pixels(engine_, clear.data(), w, h, w * 4, VACHAK_PIXELS_RGBA8888, &text), VACHAK_OK)
      << vachak_last_error(engine_);
  EXPECT_STREQ(text, "");
  vachak_free_string(text);

  auto png = read_file(kLine);
  auto decoded = vachak::ocr::decode_image("line", png.data(), png.size(), {});
  ASSERT_TRUE(decoded.is_ok());
  // The line repeated side by side to 901..1800 px, then the same 2x larger (nearest
  // neighbour): read downscaled by 2, the large buffer is the small one again.
  const vachak::ocr::GrayImage& one = decoded->image;
  vachak::ocr::GrayImage g;
  g.width = (900 / one.width + 1) * one.width;
  g.height = one.height;
  g.pixels.resize(static_cast<size_t>(g.width) * g.height);
  for (int y = 0; y < g.height; ++y)
    for (int x = 0; x < g.width; ++x) g.row(y)[x] = one.row(y)[x % one.width];
  ASSERT_GT(g.width, 900);
  ASSERT_LE(g.width, 1800);
  char* small = nullptr;
  ASSERT_EQ(vachak_ocr_pixels(engine_, g.pixels.data(), g.width, g.height, g.width, VACHAK_PIXELS_GRAY8, &small),
            VACHAK_OK);
  const int k = 2, bw = g.width * k, bh = g.height * k;
  std::vector<uint8_t> big(static_cast<size_t>(bw) * bh);
  for (int y = 0; y < bh; ++y)
    for (int x = 0; x < bw; ++x) big[static_cast<size_t>(y) * bw + x] = g.row(y / k)[x / k];
  char* large = nullptr;
  ASSERT_EQ(vachak_ocr_pixels(engine_, big.data(), bw, bh, bw, VACHAK_PIXELS_GRAY8, &large), VACHAK_OK);
  EXPECT_STRNE(small, "");
  EXPECT_STREQ(small, large);
  vachak_free_string(small);
  vachak_free_string(large);
}

TEST_F(CApi, BadImagesAndArgumentsAreRefusedWithAMessage) {
  char* text = reinterpret_cast<char*>(1);
  std::vector<uint8_t> truncated = read_file(kLine);
  truncated.resize(100);
  EXPECT_EQ(vachak_ocr_encoded(engine_, truncated.data(), truncated.size(), &text), VACHAK_ERR_CORRUPT);
  EXPECT_EQ(text, nullptr);
  EXPECT_STRNE(vachak_last_error(engine_), "");
  const uint8_t junk[] = {'h', 'e', 'l', 'l', 'o', 1, 2, 3};
  EXPECT_EQ(vachak_ocr_encoded(engine_, junk, sizeof junk, &text), VACHAK_ERR_UNSUPPORTED);
  EXPECT_EQ(vachak_ocr_encoded(engine_, nullptr, 10, &text), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(vachak_ocr_pixels(engine_, junk, 4, 2, 3, VACHAK_PIXELS_GRAY8, &text), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(vachak_ocr_pixels(engine_, junk, 2, 2, 2, 9, &text),
            VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(vachak_tts(engine_, nullptr, 1.0f, collect, nullptr), VACHAK_ERR_INVALID_ARGUMENT);
  Pcm pcm;
  EXPECT_EQ(vachak_tts(engine_, "\xff\xfe", 1.0f, collect, &pcm), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(vachak_get_stats(engine_, nullptr), VACHAK_ERR_INVALID_ARGUMENT);

  vachak_engine* none = nullptr;
  EXPECT_EQ(vachak_engine_create(nullptr, &none), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_STRNE(vachak_last_error(nullptr), "");
  vachak_config missing{"/nonexistent/models", 0, 1};
  EXPECT_EQ(vachak_engine_create(&missing, &none), VACHAK_ERR_NOT_FOUND);
  EXPECT_EQ(none, nullptr);
}

TEST_F(CApi, SpeechStreamsAndCanBeStopped) {
  Pcm all;
  ASSERT_EQ(vachak_tts(engine_, "नमस्ते, यह एक परीक्षण है।", 1.0f, collect, &all), VACHAK_OK) << vachak_last_error(engine_);
  EXPECT_EQ(all.rate, 16000);
  EXPECT_GT(all.samples.size(), 16000u);
  EXPECT_GT(all.calls, 3u);
  Pcm some;
  some.stop_after = 2;
  EXPECT_EQ(vachak_tts(engine_, "नमस्ते, यह एक परीक्षण है।", 1.0f, collect, &some), VACHAK_ERR_CANCELLED);
  EXPECT_EQ(some.calls, 2u);
}

// The speech language: another language's words through the voice (a number said in Tamil
// takes longer than the same digits refused), switching drops the loaded front end, a code
// that is unknown, not spoken or NULL is refused with a message and changes nothing.
TEST_F(CApi, SpeechLanguageSwitchesTheFrontEnd) {
  Pcm hindi;
  ASSERT_EQ(vachak_tts(engine_, "नमस्ते", 1.0f, collect, &hindi), VACHAK_OK) << vachak_last_error(engine_);
  vachak_stats st{};
  ASSERT_EQ(vachak_get_stats(engine_, &st), VACHAK_OK);
  EXPECT_EQ(st.tts_loaded, 1);
  ASSERT_EQ(vachak_set_speech_language(engine_, "tam"), VACHAK_OK) << vachak_last_error(engine_);
  ASSERT_EQ(vachak_get_stats(engine_, &st), VACHAK_OK);
  EXPECT_EQ(st.tts_loaded, 0);  // loaded again, with Tamil's front end, on next use
  Pcm tamil;
  ASSERT_EQ(vachak_tts(engine_, "என்னிடம் 25 புத்தகங்கள் உள்ளன.", 1.0f, collect, &tamil), VACHAK_OK)
      << vachak_last_error(engine_);
  EXPECT_GT(tamil.samples.size(), 16000u);  // இருபத்தைந்து...: well over a second
  EXPECT_EQ(vachak_set_speech_language(engine_, "xyz"), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(vachak_last_error(engine_)).find("xyz"), std::string::npos) << vachak_last_error(engine_);
  EXPECT_EQ(vachak_set_speech_language(engine_, "san"), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(vachak_last_error(engine_)).find("Sanskrit"), std::string::npos) << vachak_last_error(engine_);
  EXPECT_EQ(vachak_set_speech_language(engine_, nullptr), VACHAK_ERR_INVALID_ARGUMENT);
  Pcm again;  // the refusals changed nothing: still Tamil
  ASSERT_EQ(vachak_tts(engine_, "என்னிடம் 25 புத்தகங்கள் உள்ளன.", 1.0f, collect, &again), VACHAK_OK);
  EXPECT_EQ(again.samples.size(), tamil.samples.size());
  std::stringstream list(vachak_speech_languages());
  for (std::string code; std::getline(list, code, ',');)
    EXPECT_EQ(vachak_set_speech_language(engine_, code.c_str()), VACHAK_OK) << code << ": " << vachak_last_error(engine_);
  // auto: each call's script picks the language (the same samples as naming it).
  const char* tamil_text = "என்னிடம் 25 புத்தகங்கள் உள்ளன.";
  const char* hindi_text = "मेरे पास 25 किताबें हैं।";
  Pcm tam_named, hin_named, tam_auto, hin_auto;
  ASSERT_EQ(vachak_set_speech_language(engine_, "tam"), VACHAK_OK);
  ASSERT_EQ(vachak_tts(engine_, tamil_text, 1.0f, collect, &tam_named), VACHAK_OK);
  ASSERT_EQ(vachak_set_speech_language(engine_, "hin"), VACHAK_OK);
  ASSERT_EQ(vachak_tts(engine_, hindi_text, 1.0f, collect, &hin_named), VACHAK_OK);
  ASSERT_EQ(vachak_set_speech_language(engine_, "auto"), VACHAK_OK) << vachak_last_error(engine_);
  ASSERT_EQ(vachak_tts(engine_, tamil_text, 1.0f, collect, &tam_auto), VACHAK_OK) << vachak_last_error(engine_);
  ASSERT_EQ(vachak_tts(engine_, hindi_text, 1.0f, collect, &hin_auto), VACHAK_OK) << vachak_last_error(engine_);
  EXPECT_EQ(tam_auto.samples, tam_named.samples);
  EXPECT_EQ(hin_auto.samples, hin_named.samples);
  EXPECT_EQ(vachak_set_speech_language(engine_, "hin"), VACHAK_OK);
}

// SSML through the C API: a mark comes after every sample before it (the samples between
// two marks around a 1 s break are exactly one second of silence), a mark callback can
// stop the speech, and a malformed document says why and speaks nothing.
TEST_F(CApi, SsmlMarksBreaksAndErrors) {
  struct Heard {
    size_t samples = 0;
    std::vector<std::pair<std::string, size_t>> marks;
    size_t nonzero_between = 0;
    bool stop_at_mark = false;
  } heard;
  auto pcm = [](const int16_t* s, size_t n, int, void* u) {
    auto* h = static_cast<Heard*>(u);
    if (h->marks.size() == 1)
      for (size_t i = 0; i < n; ++i) h->nonzero_between += s[i] != 0;
    h->samples += n;
    return 0;
  };
  auto mark = [](const char* name, void* u) {
    auto* h = static_cast<Heard*>(u);
    h->marks.emplace_back(name, h->samples);
    return h->stop_at_mark ? 1 : 0;
  };
  const char* doc = "<speak>नमस्ते<mark name=\"a\"/><break time=\"1s\"/><mark name=\"b\"/>"
                    "<prosody rate=\"fast\">दुनिया</prosody></speak>";
  ASSERT_EQ(vachak_tts_ssml(engine_, doc, 1.0f, pcm, mark, &heard), VACHAK_OK) << vachak_last_error(engine_);
  ASSERT_EQ(heard.marks.size(), 2u);
  EXPECT_EQ(heard.marks[0].first, "a");
  EXPECT_GT(heard.marks[0].second, 4000u);  // नमस्ते came before it
  EXPECT_EQ(heard.marks[1].second - heard.marks[0].second, 16000u);
  EXPECT_EQ(heard.nonzero_between, 0u);
  EXPECT_GT(heard.samples, heard.marks[1].second + 4000u);
  EXPECT_EQ(vachak_tts_ssml(engine_, doc, 1.0f, pcm, nullptr, &heard), VACHAK_OK);

  Heard stopped;
  stopped.stop_at_mark = true;
  EXPECT_EQ(vachak_tts_ssml(engine_, doc, 1.0f, pcm, mark, &stopped), VACHAK_ERR_CANCELLED);
  EXPECT_EQ(stopped.marks.size(), 1u);

  Heard none;
  EXPECT_EQ(vachak_tts_ssml(engine_, "<speak>नमस्ते<unknown/></speak>", 1.0f, pcm, mark, &none),
            VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(vachak_last_error(engine_)).find("<unknown>"), std::string::npos);
  EXPECT_EQ(none.samples, 0u);
  EXPECT_TRUE(none.marks.empty());
  EXPECT_EQ(vachak_tts_ssml(engine_, nullptr, 1.0f, pcm, mark, &none), VACHAK_ERR_INVALID_ARGUMENT);
}

TEST_F(CApi, PitchAndVolumeShapeTheVoice) {
  const char* text = "नमस्ते, यह आवाज़ ऊँची और धीमी की जा सकती है।";
  Pcm normal, high, quiet;
  ASSERT_EQ(vachak_tts(engine_, text, 1.0f, collect, &normal), VACHAK_OK) << vachak_last_error(engine_);
  ASSERT_EQ(vachak_set_pitch_and_volume(engine_, 1.5f, 1.0f), VACHAK_OK);
  ASSERT_EQ(vachak_tts(engine_, text, 1.0f, collect, &high), VACHAK_OK);
  ASSERT_EQ(vachak_set_pitch_and_volume(engine_, 1.0f, 0.5f), VACHAK_OK);
  ASSERT_EQ(vachak_tts(engine_, text, 1.0f, collect, &quiet), VACHAK_OK);

  const double f0 = vachak::testing::median_f0(normal.samples, 16000);
  const double f0_high = vachak::testing::median_f0(high.samples, 16000);
  ASSERT_GT(f0, 60.0);
  EXPECT_NEAR(f0_high / f0, 1.5, 0.15) << f0 << " Hz -> " << f0_high << " Hz";
  EXPECT_EQ(high.samples.size(), normal.samples.size());  // pitch leaves timing alone

  ASSERT_EQ(quiet.samples.size(), normal.samples.size());
  size_t off = 0;
  for (size_t i = 0; i < normal.samples.size(); ++i) {
    const int full = normal.samples[i], half = quiet.samples[i];
    if (full > -32768 && full < 32767 && std::abs(2 * half - full) > 2) ++off;
  }
  EXPECT_EQ(off, 0u) << "volume 0.5 must halve every sample";

  // Out of range: refused with a message, the settings unchanged.
  for (auto [pitch, volume] : std::vector<std::pair<float, float>>{{0.4f, 1}, {2.5f, 1}, {1, -0.1f}, {1, 1.5f},
                                                                   {std::nanf(""), 1}}) {
    EXPECT_EQ(vachak_set_pitch_and_volume(engine_, pitch, volume), VACHAK_ERR_INVALID_ARGUMENT) << pitch << volume;
    EXPECT_STRNE(vachak_last_error(engine_), "");
  }
  Pcm again;
  ASSERT_EQ(vachak_tts(engine_, text, 1.0f, collect, &again), VACHAK_OK);
  EXPECT_EQ(again.samples, quiet.samples);
  // A bad rate is refused before anything is read or spoken.
  std::vector<uint8_t> png = read_file(kLine);
  EXPECT_EQ(vachak_tts(engine_, text, 9.0f, collect, &again), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(vachak_last_error(engine_)).find("rate"), std::string::npos);
  EXPECT_EQ(vachak_read_aloud(engine_, png.data(), png.size(), 0.0f, collect, &again), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(vachak_last_error(engine_)).find("rate"), std::string::npos);
}

TEST_F(CApi, ReadAloudSpeaksTheImage) {
  std::vector<uint8_t> png = read_file(kLine);
  Pcm pcm;
  ASSERT_EQ(vachak_read_aloud(engine_, png.data(), png.size(), 1.0f, collect, &pcm), VACHAK_OK)
      << vachak_last_error(engine_);
  EXPECT_GT(pcm.samples.size(), 8000u);
}

// The language picks the character model: Sanskrit's own is smaller than the whole
// script's, so the mapped bytes show which one the next OCR call loaded.
TEST_F(CApi, OcrLanguageSwitchesTheCharacterModel) {
  std::vector<uint8_t> png = read_file(kLine);
  auto mapped_after_ocr = [&](const char* lang) -> size_t {
    EXPECT_EQ(vachak_set_ocr_language(engine_, lang), VACHAK_OK) << vachak_last_error(engine_);
    char* text = nullptr;
    EXPECT_EQ(vachak_ocr_encoded(engine_, png.data(), png.size(), &text), VACHAK_OK) << vachak_last_error(engine_);
    EXPECT_NE(text, nullptr);
    vachak_free_string(text);
    vachak_stats st{};
    EXPECT_EQ(vachak_get_stats(engine_, &st), VACHAK_OK);
    return st.mapped_model_bytes;
  };
  const size_t deva = mapped_after_ocr("deva");
  const size_t san = mapped_after_ocr("san");
  const size_t hin = mapped_after_ocr("hin");  // Hindi has no model of its own: the whole script's
  EXPECT_LT(san, deva);
  EXPECT_EQ(hin, deva);
  EXPECT_EQ(vachak_set_ocr_language(engine_, "tam"), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(vachak_last_error(engine_)).find("tam"), std::string::npos);
  EXPECT_EQ(vachak_set_ocr_language(engine_, nullptr), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(mapped_after_ocr("hin"), deva);  // a refused language changed nothing
}

// "auto" maps every script's recognizer and reads each image as the script it is in: the
// same text as naming the language.
TEST_F(CApi, OcrAutoReadsEachImageInItsOwnScript) {
  auto read = [&](const char* lang, const std::string& path, size_t* mapped) -> std::string {
    EXPECT_EQ(vachak_set_ocr_language(engine_, lang), VACHAK_OK) << vachak_last_error(engine_);
    std::vector<uint8_t> png = read_file(path);
    char* text = nullptr;
    EXPECT_EQ(vachak_ocr_encoded(engine_, png.data(), png.size(), &text), VACHAK_OK) << vachak_last_error(engine_);
    std::string out = text ? text : "";
    vachak_free_string(text);
    vachak_stats st{};
    EXPECT_EQ(vachak_get_stats(engine_, &st), VACHAK_OK);
    *mapped = st.mapped_model_bytes;
    return out;
  };
  size_t deva = 0, ben = 0, all = 0;
  const std::string hindi = read("hin", kLine, &deva), bengali = read("ben", kBengaliLine, &ben);
  ASSERT_FALSE(hindi.empty());
  ASSERT_FALSE(bengali.empty());
  EXPECT_EQ(read("auto", kLine, &all), hindi);
  EXPECT_EQ(read("auto", kBengaliLine, &all), bengali);
  EXPECT_GT(all, std::max(deva, ben));
  EXPECT_NE(bengali.find("\xE0\xA6"), std::string::npos);  // U+0980..U+09BF: Bengali letters came out
  size_t guj = 0;
  const std::string gujarati = read("guj", kGujaratiLine, &guj);
  ASSERT_FALSE(gujarati.empty());
  EXPECT_EQ(read("auto", kGujaratiLine, &all), gujarati);
  EXPECT_NE(gujarati.find("\xE0\xAA"), std::string::npos);  // U+0A80..U+0ABF: Gujarati letters came out
}

// The codes the C API lists are the registry's, and each of them is accepted.
TEST_F(CApi, OcrLanguagesComeFromTheRegistry) {
  const std::string codes = vachak::lang::ocr_codes(",");
  EXPECT_EQ(std::string(vachak_ocr_languages()), codes);
  EXPECT_EQ(codes.find(' '), std::string::npos);
  EXPECT_EQ(std::string(vachak_speech_languages()), vachak::lang::speech_codes(","));
  std::stringstream list(codes);
  for (std::string code; std::getline(list, code, ',');)
    EXPECT_EQ(vachak_set_ocr_language(engine_, code.c_str()), VACHAK_OK) << code << ": " << vachak_last_error(engine_);
  EXPECT_EQ(vachak_set_ocr_language(engine_, "mal"), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(vachak_last_error(engine_)).find("Malayalam"), std::string::npos) << vachak_last_error(engine_);
}

// Two OCR threads read a page's lines in parallel: the same text in the same order, the
// second recognizer counted in the accounting, and read-aloud still stops when asked.
TEST(CApiThreads, TwoOcrThreadsReadThePageTheSameWay) {
  const std::vector<uint8_t> page = read_file(std::string(VACHAK_SOURCE_DIR) + "/tests/ocr/regression/page00.png");
  ASSERT_FALSE(page.empty());
  auto read_with = [&](int threads, size_t* mapped) {
    vachak_config c{kModels.c_str(), 0, threads};
    vachak_engine* e = nullptr;
    EXPECT_EQ(vachak_engine_create(&c, &e), VACHAK_OK);
    char* text = nullptr;
    EXPECT_EQ(vachak_ocr_encoded(e, page.data(), page.size(), &text), VACHAK_OK) << vachak_last_error(e);
    std::string s = text ? text : "";
    vachak_free_string(text);
    vachak_stats st{};
    EXPECT_EQ(vachak_get_stats(e, &st), VACHAK_OK);
    *mapped = st.mapped_model_bytes;
    if (threads > 1) {  // speech of the first line only: the rest of the page is abandoned
      Pcm pcm;
      pcm.stop_after = 1;
      EXPECT_EQ(vachak_read_aloud(e, page.data(), page.size(), 1.0f, collect, &pcm), VACHAK_ERR_CANCELLED);
      EXPECT_EQ(pcm.calls, 1u);
    }
    vachak_engine_destroy(e);
    return s;
  };
  size_t one = 0, two = 0;
  const std::string a = read_with(1, &one), b = read_with(2, &two);
  EXPECT_GT(std::count(a.begin(), a.end(), '\n'), 10);
  EXPECT_EQ(a, b);
  EXPECT_GT(two, one);
}

TEST_F(CApi, TrimReleasesModelsAndTheyComeBack) {
  Pcm pcm;
  ASSERT_EQ(vachak_tts(engine_, "एक", 1.0f, collect, &pcm), VACHAK_OK);
  vachak_stats st{};
  ASSERT_EQ(vachak_get_stats(engine_, &st), VACHAK_OK);
  EXPECT_EQ(st.tts_loaded, 1);
  EXPECT_GT(st.mapped_model_bytes, 0u);
  EXPECT_GT(st.arena_bytes, 0u);
  ASSERT_EQ(vachak_trim(engine_), VACHAK_OK);
  ASSERT_EQ(vachak_get_stats(engine_, &st), VACHAK_OK);
  EXPECT_EQ(st.tts_loaded, 0);
  EXPECT_EQ(st.mapped_model_bytes, 0u);
  EXPECT_EQ(st.arena_bytes, 0u);
  EXPECT_EQ(vachak_tts(engine_, "दो", 1.0f, collect, &pcm), VACHAK_OK);
}

TEST(CApiMisuse, ACeilingTooSmallFailsCleanly) {
  vachak_config c{kModels.c_str(), 4096, 1};
  vachak_engine* e = nullptr;
  ASSERT_EQ(vachak_engine_create(&c, &e), VACHAK_OK);
  Pcm pcm;
  EXPECT_EQ(vachak_tts(e, "नमस्ते", 1.0f, collect, &pcm), VACHAK_ERR_OUT_OF_MEMORY);
  EXPECT_NE(std::string(vachak_last_error(e)).find("ceiling"), std::string::npos) << vachak_last_error(e);
  EXPECT_TRUE(pcm.samples.empty());
  vachak_engine_destroy(e);
}

// A speech call's own heap counts against the ceiling too: room for the voice and its
// arena but not for the call is refused before any audio.
TEST(CApiMisuse, SpeechCallMemoryCountsAgainstTheCeiling) {
  vachak_stats loaded{};
  {
    vachak_config c{kModels.c_str(), 0, 1};
    vachak_engine* e = nullptr;
    ASSERT_EQ(vachak_engine_create(&c, &e), VACHAK_OK);
    Pcm pcm;
    ASSERT_EQ(vachak_tts(e, "नमस्ते", 1.0f, collect, &pcm), VACHAK_OK);
    ASSERT_EQ(vachak_get_stats(e, &loaded), VACHAK_OK);
    vachak_engine_destroy(e);
  }
  const size_t models = loaded.mapped_model_bytes + loaded.arena_bytes;
  for (const bool room : {false, true}) {
    vachak_config c{kModels.c_str(), models + (room ? vachak::limits::kSpeechCallBytes : vachak::limits::kSpeechCallBytes / 2), 1};
    vachak_engine* e = nullptr;
    ASSERT_EQ(vachak_engine_create(&c, &e), VACHAK_OK);
    Pcm pcm;
    const vachak_status st = vachak_tts(e, "नमस्ते", 1.0f, collect, &pcm);
    if (room) {
      EXPECT_EQ(st, VACHAK_OK) << vachak_last_error(e);
    } else {
      EXPECT_EQ(st, VACHAK_ERR_OUT_OF_MEMORY);
      EXPECT_NE(std::string(vachak_last_error(e)).find("speaking needs"), std::string::npos) << vachak_last_error(e);
      EXPECT_TRUE(pcm.samples.empty());
      EXPECT_EQ(vachak_tts_ssml(e, "<speak>नमस्ते</speak>", 1.0f, collect, nullptr, &pcm), VACHAK_ERR_OUT_OF_MEMORY);
    }
    vachak_engine_destroy(e);
  }
}

TEST(CApiMisuse, ADestroyedEngineIsRefused) {
  vachak_config c{kModels.c_str(), 0, 1};
  vachak_engine* e = nullptr;
  ASSERT_EQ(vachak_engine_create(&c, &e), VACHAK_OK);
  vachak_engine_destroy(e);
  Pcm pcm;
  EXPECT_EQ(vachak_tts(e, "नमस्ते", 1.0f, collect, &pcm), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(vachak_trim(e), VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_STREQ(vachak_last_error(e), "unknown or destroyed engine");
  vachak_engine_destroy(e);        // twice: ignored
  vachak_engine_destroy(nullptr);  // ignored
}

TEST(CApiMisuse, TwoThreadsOnOneEngineAreSerialized) {
  vachak_config c{kModels.c_str(), 0, 1};
  vachak_engine* e = nullptr;
  ASSERT_EQ(vachak_engine_create(&c, &e), VACHAK_OK);
  Pcm a, b;
  vachak_status sa = VACHAK_ERR_INTERNAL, sb = VACHAK_ERR_INTERNAL;
  std::thread ta([&] { sa = vachak_tts(e, "पहला धागा बोल रहा है", 1.0f, collect, &a); });
  std::thread tb([&] { sb = vachak_tts(e, "दूसरा धागा बोल रहा है", 1.0f, collect, &b); });
  ta.join();
  tb.join();
  EXPECT_EQ(sa, VACHAK_OK);
  EXPECT_EQ(sb, VACHAK_OK);
  EXPECT_GT(a.samples.size(), 8000u);
  EXPECT_GT(b.samples.size(), 8000u);
  vachak_engine_destroy(e);
}

// For ThreadSanitizer (scripts/test.sh): engines on threads of their own, and one engine
// that threads share for OCR, speech, trim, settings and its last error at once.
TEST(CApiThreads, SeveralEnginesAndOneSharedEngineUnderLoad) {
  const auto png = read_file(kLine);
  vachak_config c{kModels.c_str(), 0, 1};
  vachak_engine* shared = nullptr;
  ASSERT_EQ(vachak_engine_create(&c, &shared), VACHAK_OK);
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 2; ++t)
    threads.emplace_back([&] {  // an engine of its own
      vachak_engine* own = nullptr;
      if (vachak_engine_create(&c, &own) != VACHAK_OK) return void(++failures);
      char* text = nullptr;
      if (vachak_ocr_encoded(own, png.data(), png.size(), &text) != VACHAK_OK) ++failures;
      vachak_free_string(text);
      Pcm pcm;
      if (vachak_tts(own, "अपना इंजन", 1.0f, collect, &pcm) != VACHAK_OK) ++failures;
      vachak_engine_destroy(own);
    });
  threads.emplace_back([&] {
    for (int i = 0; i < 2; ++i) {
      char* text = nullptr;
      if (vachak_ocr_encoded(shared, png.data(), png.size(), &text) != VACHAK_OK) ++failures;
      vachak_free_string(text);
    }
  });
  threads.emplace_back([&] {
    Pcm pcm;
    if (vachak_tts(shared, "साझा इंजन पर बोलता धागा", 1.0f, collect, &pcm) != VACHAK_OK) ++failures;
  });
  threads.emplace_back([&] {
    for (int i = 0; i < 3; ++i) {
      if (vachak_trim(shared) != VACHAK_OK) ++failures;
      if (vachak_set_pitch_and_volume(shared, 1.1f, 0.9f) != VACHAK_OK) ++failures;
      vachak_stats st{};
      if (vachak_get_stats(shared, &st) != VACHAK_OK) ++failures;
      (void)vachak_last_error(shared);
    }
  });
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  vachak_engine_destroy(shared);
}

// Issue #13: a PCM callback calling back into the same engine deadlocked (the engine is
// held during callbacks). Now that inner call is refused at once; the outer call goes on.
struct Reentry {
  vachak_engine* engine = nullptr;
  vachak_status inner = VACHAK_OK;
  std::string inner_message;
  size_t calls = 0;
};

int call_back_in(const int16_t*, size_t, int, void* user) {
  auto* r = static_cast<Reentry*>(user);
  if (r->calls++ == 0) {
    r->inner = vachak_trim(r->engine);
    r->inner_message = vachak_last_error(r->engine);
    vachak_engine_destroy(r->engine);  // refused from in here: the engine must survive
  }
  return 0;
}

TEST(CApiMisuse, ACallbackCallingItsOwnEngineIsRefusedNotDeadlocked) {
  vachak_config c{kModels.c_str(), 0, 1};
  vachak_engine* e = nullptr;
  ASSERT_EQ(vachak_engine_create(&c, &e), VACHAK_OK);
  Reentry r;
  r.engine = e;
  EXPECT_EQ(vachak_tts(e, "नमस्ते, यह एक परीक्षण है।", 1.0f, call_back_in, &r), VACHAK_OK) << vachak_last_error(e);
  EXPECT_GT(r.calls, 1u);
  EXPECT_EQ(r.inner, VACHAK_ERR_INVALID_ARGUMENT);
  EXPECT_NE(r.inner_message.find("callback"), std::string::npos) << r.inner_message;
  Pcm pcm;
  EXPECT_EQ(vachak_tts(e, "नमस्ते", 1.0f, collect, &pcm), VACHAK_OK);  // still alive
  vachak_engine_destroy(e);
}

TEST(CApiMisuse, LastErrorBelongsToTheThreadWhoseCallFailed) {
  vachak_config c{kModels.c_str(), 0, 1};
  vachak_engine* e = nullptr;
  ASSERT_EQ(vachak_engine_create(&c, &e), VACHAK_OK);
  char* text = nullptr;
  const uint8_t junk[] = {'n', 'o', 't', 'a', 'n', 'i', 'm', 'a', 'g', 'e'};
  ASSERT_NE(vachak_ocr_encoded(e, junk, sizeof junk, &text), VACHAK_OK);
  const std::string mine = vachak_last_error(e);
  EXPECT_FALSE(mine.empty());
  std::thread other([&] {
    Pcm pcm;
    EXPECT_EQ(vachak_tts(e, "नमस्ते", 1.0f, collect, &pcm), VACHAK_OK);
    EXPECT_STREQ(vachak_last_error(e), "");  // this thread has had no failure
  });
  other.join();
  EXPECT_EQ(vachak_last_error(e), mine);
  vachak_engine_destroy(e);
}

struct Started {
  Pcm pcm;
  std::atomic<bool> started{false};
};

int collect_and_signal(const int16_t* s, size_t n, int rate, void* user) {
  auto* st = static_cast<Started*>(user);
  st->started = true;
  return collect(s, n, rate, &st->pcm);
}

// Issue #13: the memory a request needs (its working image, mask, illumination estimate)
// counts against the ceiling with the loaded models: a page that does not fit is refused
// with VACHAK_ERR_OUT_OF_MEMORY, a line that fits is read, under the same ceiling.
TEST(CApiMisuse, ARequestThatDoesNotFitUnderTheCeilingIsRefused) {
  const auto line = read_file(kLine);
  const auto page = read_file(std::string(VACHAK_SOURCE_DIR) + "/tests/ocr/regression/page00.png");
  vachak_config unbounded{kModels.c_str(), 0, 1};
  vachak_engine* probe = nullptr;
  ASSERT_EQ(vachak_engine_create(&unbounded, &probe), VACHAK_OK);
  char* text = nullptr;
  ASSERT_EQ(vachak_ocr_encoded(probe, line.data(), line.size(), &text), VACHAK_OK);
  vachak_free_string(text);
  vachak_stats st{};
  ASSERT_EQ(vachak_get_stats(probe, &st), VACHAK_OK);
  vachak_engine_destroy(probe);

  // Room for the models, the arena and a line's request (~0.1 MB), not a page's (~3 MB).
  vachak_config tight{kModels.c_str(), st.mapped_model_bytes + st.arena_bytes + (600u << 10), 1};
  vachak_engine* e = nullptr;
  ASSERT_EQ(vachak_engine_create(&tight, &e), VACHAK_OK);
  ASSERT_EQ(vachak_ocr_encoded(e, line.data(), line.size(), &text), VACHAK_OK) << vachak_last_error(e);
  EXPECT_STRNE(text, "");
  vachak_free_string(text);
  text = nullptr;
  EXPECT_EQ(vachak_ocr_encoded(e, page.data(), page.size(), &text), VACHAK_ERR_OUT_OF_MEMORY);
  EXPECT_EQ(text, nullptr);
  EXPECT_NE(std::string(vachak_last_error(e)).find("ceiling"), std::string::npos) << vachak_last_error(e);
  std::vector<uint8_t> big(1500u * 1500u, 255);
  EXPECT_EQ(vachak_ocr_pixels(e, big.data(), 1500, 1500, 1500, VACHAK_PIXELS_GRAY8, &text), VACHAK_ERR_OUT_OF_MEMORY);
  vachak_engine_destroy(e);
}

TEST(CApiMisuse, DestroyWaitsForACallInsideTheEngine) {
  vachak_config c{kModels.c_str(), 0, 1};
  vachak_engine* e = nullptr;
  ASSERT_EQ(vachak_engine_create(&c, &e), VACHAK_OK);
  Started st;
  Pcm& pcm = st.pcm;
  vachak_status spoken = VACHAK_ERR_INTERNAL;
  std::thread speaker([&] { spoken = vachak_tts(e, "यह वाक्य दूसरे धागे पर बोला जा रहा है।", 1.0f, collect_and_signal, &st); });
  while (!st.started) std::this_thread::yield();
  vachak_engine_destroy(e);  // returns only once the speaking call has left the engine
  speaker.join();
  EXPECT_EQ(spoken, VACHAK_OK);
  EXPECT_GT(pcm.samples.size(), 8000u);
}

}  // namespace
