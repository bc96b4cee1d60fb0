// End to end with the shipped voice: text in, PCM out that is speech-like (not silence,
// a plausible length), streamed in chunks, cancellable, and bad text refused.
#include <gtest/gtest.h>
#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <fstream>

#include "lang/registry.h"
#include "lang/unicode/utf8.h"
#include "pipelines/tts/synthesizer.h"
#include "tests/support/pitch_track.h"
#include "runtime/core/model_file.h"
#include "runtime/core/op_resolver.h"

namespace vachak::tts {
namespace {

// Varied sentences (bench/texts, Common Voice CC0), about 1.3 KB on one line.
const char kParagraph[] =
    "हमने जल्दी से खाना खाया और फिर तुरन्त निकल पड़े। हमने थोड़ी देर आराम किया। हमने थोड़ी देर के लिए "
    "एक-दूसरे के साथ बात करी। हमने दरवाज़े को हरे रंग से पोत दिया। हमने नदी के किनारे सैर करी। हमने पूरी "
    "गर्मी उनके साथ बिताई। हमने फिरसे करने की कोशीश की, पर नहीं कर पाए। क्या आप कल आएँगे? हमने बच्चे को "
    "बस पर चढ़ते हुए देखा। हमने मान लिया था कि वह हमारे साथ आएगा। हमने मुनाफ़े को अपने बीच बाँटा। हमने यह "
    "गाड़ी दस हज़ार दो सौ रुपए की ख़रीदी है। हमने हिसाब लगाया कि हम वहाँ दो हफ़्तों में पहुँच सकते थे।";

// Bytes the heap has handed out, large (mmap'ed) blocks included.
long heap_in_use() {
  const struct mallinfo2 m = mallinfo2();
  return static_cast<long>(m.uordblks + m.hblkhd);
}

PcmSink into(std::vector<int16_t>& v) {
  return [&v](const int16_t* p, size_t n) {
    v.insert(v.end(), p, p + n);
    return true;
  };
}

class Synth : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = Synthesizer::load(std::string(VACHAK_SOURCE_DIR) + "/models", std::make_shared<rt::Arena>(),
                               rt::builtin_op_resolver());
    ASSERT_TRUE(s.is_ok()) << s.status().message();
    synth_ = std::move(s).value();
  }
  std::unique_ptr<Synthesizer> synth_;
};

TEST_F(Synth, SpeaksASentenceInStreamedChunks) {
  std::vector<int16_t> pcm;
  int chunks = 0;
  SpeakStats stats;
  Status st = synth_->speak("भारत एक विशाल देश है, और हिंदी उसकी राजभाषा है।", {}, [&](const int16_t* p, size_t n) {
    pcm.insert(pcm.end(), p, p + n);
    ++chunks;
    return true;
  }, &stats);
  ASSERT_TRUE(st.is_ok()) << st.message();
  EXPECT_EQ(stats.words, 10u);
  const double seconds = pcm.size() / 16000.0;
  EXPECT_GT(seconds, 1.5);   // ten words cannot take less
  EXPECT_LT(seconds, 10.0);
  EXPECT_GT(chunks, 5);      // streamed, not one block at the end
  double energy = 0;
  int clipped = 0;
  for (int16_t s : pcm) {
    energy += double(s) * s;
    clipped += (s == 32767 || s == -32768);
  }
  const double rms = std::sqrt(energy / pcm.size());
  EXPECT_GT(rms, 200.0) << "silence";
  EXPECT_LT(clipped, static_cast<int>(pcm.size() / 100));
}

TEST_F(Synth, FasterRateGivesShorterAudio) {
  size_t normal = 0, fast = 0;
  ASSERT_TRUE(synth_->speak("आज मौसम अच्छा है", {}, [&](const int16_t*, size_t n) { normal += n; return true; }).is_ok());
  ASSERT_TRUE(synth_->speak("आज मौसम अच्छा है", {2.0f}, [&](const int16_t*, size_t n) { fast += n; return true; }).is_ok());
  EXPECT_LT(fast, normal * 0.75);
}

TEST_F(Synth, SinkCanStopEarly) {
  size_t calls = 0;
  SpeakStats stats;
  std::string text;
  for (int i = 0; i < 30; ++i) text += "यह एक लंबा वाक्य है। ";
  ASSERT_TRUE(synth_->speak(text, {}, [&](const int16_t*, size_t) { return ++calls < 3; }, &stats).is_ok());
  EXPECT_TRUE(stats.cancelled);
  EXPECT_EQ(calls, 3u);
}

// A question ends high: the same words with "?" instead of "।" have the same length and
// the same start, and a clearly higher pitch over their last voiced stretch.
TEST_F(Synth, QuestionsRiseAtTheEnd) {
  std::vector<int16_t> statement, question;
  ASSERT_TRUE(synth_->speak("क्या आप कल आएँगे।", {}, into(statement)).is_ok());
  ASSERT_TRUE(synth_->speak("क्या आप कल आएँगे?", {}, into(question)).is_ok());
  ASSERT_EQ(question.size(), statement.size());
  // Where the two differ is the question's raised end; the rise steepens towards the end,
  // so over the second half of that stretch the pitch is clearly higher.
  size_t begin = 0, end = statement.size();
  while (begin < end && statement[begin] == question[begin]) ++begin;
  while (end > begin && statement[end - 1] == question[end - 1]) --end;
  ASSERT_GT(end - begin, 1600u) << "the rise should span more than 100 ms";
  EXPECT_GT(begin, 8000u);  // ... and only the end
  const size_t half = (begin + end) / 2;
  const double f0_statement = testing::median_f0(statement, 16000, half, end);
  const double f0_question = testing::median_f0(question, 16000, half, end);
  ASSERT_GT(f0_statement, 60.0);
  EXPECT_GT(f0_question, 1.2 * f0_statement) << f0_statement << " Hz vs " << f0_question << " Hz";
  // A question in the middle of a text rises too, before the next phrase.
  std::vector<int16_t> middle;
  ASSERT_TRUE(synth_->speak("क्या आप कल आएँगे? हाँ।", {}, into(middle)).is_ok());
  EXPECT_GT(middle.size(), question.size());
}

// The phrase melody (pipelines/tts/prosody/intonation.h): sentences of our own in news,
// everyday and question style (bench/texts/hi-intonation.txt). Without it the voice is nearly monotone; with it every
// sentence's F0 spread (p90/p10 of its voiced frames) reaches 1.2, about 3 semitones.
TEST_F(Synth, IntonationSpreadsThePitchOfEverySentence) {
  std::ifstream file(std::string(VACHAK_SOURCE_DIR) + "/bench/texts/hi-intonation.txt");
  std::vector<std::string> sentences;
  for (std::string line; std::getline(file, line);)
    if (!line.empty()) sentences.push_back(line);
  ASSERT_GE(sentences.size(), 8u);
  for (const std::string& text : sentences) {
    std::vector<int16_t> flat, sung;
    SpeakOptions none;
    none.intonation = 0.0f;
    ASSERT_TRUE(synth_->speak(text, none, into(flat)).is_ok()) << text;
    ASSERT_TRUE(synth_->speak(text, {}, into(sung)).is_ok()) << text;
    // Phrase-final lengthening holds each phrase's last syllable longer: a little longer.
    EXPECT_GT(sung.size(), flat.size()) << text;
    EXPECT_LT(sung.size(), flat.size() * 115 / 100) << text;
    const double before = testing::f0_spread(flat, 16000), after = testing::f0_spread(sung, 16000);
    std::printf("F0 p90/p10 %.3f -> %.3f  %s\n", before, after, text.c_str());
    EXPECT_GE(after, 1.2) << text;
    EXPECT_GT(after, before + 0.05) << text;
  }
  SpeakOptions too_much;
  too_much.intonation = 2.5f;
  EXPECT_FALSE(synth_->speak("नमस्ते", too_much, [](const int16_t*, size_t) { return true; }).is_ok());
}

// Marathi through its own words and Hindi's voice: a FLORES dev sentence with numbers
// (../shared/corpora/flores200-dev/mar_Deva.dev, line 12) is speech-like and as long as
// its words need.
TEST(SynthMarathi, SpeaksAMarathiSentence) {
  auto s = Synthesizer::load(lang::speech_choice(std::string(VACHAK_SOURCE_DIR) + "/models", "mar"),
                             std::make_shared<rt::Arena>(), rt::builtin_op_resolver());
  ASSERT_TRUE(s.is_ok()) << s.status().message();
  std::vector<int16_t> pcm;
  SpeakStats stats;
  ASSERT_TRUE(s.value()->speak("नडालचा कॅनेडियन विरुद्ध हेड टू हेड रेकॉर्ड 7-2 आहे.", {}, into(pcm), &stats).is_ok());
  EXPECT_EQ(stats.words, 11u);  // सात ते दोन: the numbers in Marathi words
  const double seconds = pcm.size() / 16000.0;
  EXPECT_GT(seconds, 11 * 0.15);
  EXPECT_LT(seconds, 11 * 1.0);
  double energy = 0;
  for (int16_t x : pcm) energy += double(x) * x;
  EXPECT_GT(std::sqrt(energy / pcm.size()), 200.0) << "silence";
  EXPECT_GE(testing::f0_spread(pcm, 16000), 1.2);
}

TEST(SynthNepali, SpeaksANepaliSentence) {
  auto s = Synthesizer::load(lang::speech_choice(std::string(VACHAK_SOURCE_DIR) + "/models", "nep"),
                             std::make_shared<rt::Arena>(), rt::builtin_op_resolver());
  ASSERT_TRUE(s.is_ok()) << s.status().message();
  std::vector<int16_t> pcm;
  SpeakStats stats;
  // FLORES dev (npi_Deva, line 159)
  ASSERT_TRUE(s.value()->speak("सात अङ्कपछाडि, जोनसन 2,243 का साथ दोस्रो स्थानमा छन्।", {}, into(pcm), &stats).is_ok());
  EXPECT_EQ(stats.words, 13u);  // दुई हजार दुई सय त्रिचालिस: the number in Nepali words
  const double seconds = pcm.size() / 16000.0;
  EXPECT_GT(seconds, 13 * 0.15);
  EXPECT_LT(seconds, 13 * 1.0);
  double energy = 0;
  for (int16_t x : pcm) energy += double(x) * x;
  EXPECT_GT(std::sqrt(energy / pcm.size()), 200.0) << "silence";
  EXPECT_GE(testing::f0_spread(pcm, 16000), 1.2);
}

TEST(SynthTamil, SpeaksATamilSentence) {
  auto s = Synthesizer::load(lang::speech_choice(std::string(VACHAK_SOURCE_DIR) + "/models", "tam"),
                             std::make_shared<rt::Arena>(), rt::builtin_op_resolver());
  ASSERT_TRUE(s.is_ok()) << s.status().message();
  std::vector<int16_t> pcm;
  SpeakStats stats;
  // FLORES dev (tam_Taml, line 282)
  ASSERT_TRUE(s.value()->speak("பெர்லினில் 6500 போராட்டகாரர்கள் இருப்பதாக போலீசார் மதிப்பிட்டு உள்ளனர்.", {}, into(pcm), &stats)
                  .is_ok());
  EXPECT_EQ(stats.words, 8u);  // ஆறாயிரத்து ஐந்நூறு: the number in Tamil words
  const double seconds = pcm.size() / 16000.0;
  EXPECT_GT(seconds, 8 * 0.25);  // long words: 4-6 syllables each
  EXPECT_LT(seconds, 8 * 1.5);
  double energy = 0;
  for (int16_t x : pcm) energy += double(x) * x;
  EXPECT_GT(std::sqrt(energy / pcm.size()), 200.0) << "silence";
  EXPECT_GE(testing::f0_spread(pcm, 16000), 1.2);
}

TEST(SynthBengali, SpeaksABengaliSentence) {
  auto s = Synthesizer::load(lang::speech_choice(std::string(VACHAK_SOURCE_DIR) + "/models", "ben"),
                             std::make_shared<rt::Arena>(), rt::builtin_op_resolver());
  ASSERT_TRUE(s.is_ok()) << s.status().message();
  std::vector<int16_t> pcm;
  SpeakStats stats;
  // FLORES dev (ben_Beng, line 6), Bengali digits
  ASSERT_TRUE(s.value()->speak("২৮ বছর বয়সী ভিদাল ৩ বছর আগে সেভিয়া থেকে বার্সেলোনায় যোগদান করেছিল।", {}, into(pcm), &stats)
                  .is_ok());
  EXPECT_EQ(stats.words, 12u);  // আঠাশ, তিন: the numbers in Bengali words
  const double seconds = pcm.size() / 16000.0;
  EXPECT_GT(seconds, 12 * 0.15);
  EXPECT_LT(seconds, 12 * 1.0);
  double energy = 0;
  for (int16_t x : pcm) energy += double(x) * x;
  EXPECT_GT(std::sqrt(energy / pcm.size()), 200.0) << "silence";
  EXPECT_GE(testing::f0_spread(pcm, 16000), 1.2);
}

// Assamese, Punjabi, Gujarati, Odia, Telugu, Kannada, Malayalam: a FLORES dev sentence with a number each, spoken
// through Hindi's voice with the language's own words and letter rules.
TEST(SynthMoreLanguages, SpeakFloresSentences) {
  struct Case {
    const char* lang;
    const char* text;
    size_t words;
  };
  const Case cases[] = {
      {"asm", "কেটালানৰ ৰাজধানীলৈ যোৱাৰ পাছত ভিডালে ক্লাবটোৰ হৈ ৪৯ খন খেল খেলিছে।", 11},  // asm_Beng line 7
      {"ori", "କାଟାଲାନର ରାଜଧାନୀକୁ ଯିବା ପରଠାରୁ ଭିଡାଲ କ୍ଲବ ପାଇଁ ୪୯ ଟି ଖେଳ ଖେଳିସାରିଲେଣି ।", 11},  // ory_Orya line 7
      {"pan", "ਮਰਨ ਵਾਲਿਆਂ ਦੀ ਗਿਣਤੀ ਘੱਟੋ ਘੱਟ 15 ਹੈ, ਜਿਸਦੇ ਵੱਧਣ ਦੀ ਉਮੀਦ ਹੈ।", 13},  // pan_Guru line 252
      {"guj", "28 વર્ષના વિદાલ ત્રણ સિઝન પહેલા બારકા સાથે જોડાયા હતા.", 10},       // guj_Gujr line 6
      {"tel", "మృతుల సంఖ్య కనీసం 15కు చేరుకుంటుందని అంచనా.", 7},                 // tel_Telu line 252
      {"kan", "ಕೆನಡಿಯನ್ ವಿರುದ್ಧ ನಡಾಲ್ ಅವರ ಹೆಡ್ ಟು ಹೆಡ್ ರೆಕಾರ್ಡ್ 7–2.", 11},      // kan_Knda line 12
      {"mal", "1998-ലെ ഒരു പുസ്തകത്തിൽ അദ്ദേഹം സ്വയം രേഖപ്പെടുത്തി.", 9},       // mal_Mlym line 304
  };
  for (const Case& c : cases) {
    auto s = Synthesizer::load(lang::speech_choice(std::string(VACHAK_SOURCE_DIR) + "/models", c.lang),
                               std::make_shared<rt::Arena>(), rt::builtin_op_resolver());
    ASSERT_TRUE(s.is_ok()) << c.lang << ": " << s.status().message();
    std::vector<int16_t> pcm;
    SpeakStats stats;
    ASSERT_TRUE(s.value()->speak(c.text, {}, into(pcm), &stats).is_ok()) << c.lang;
    EXPECT_EQ(stats.words, c.words) << c.lang << ": the number said in the language's words";
    const double seconds = pcm.size() / 16000.0;
    EXPECT_GT(seconds, c.words * 0.2) << c.lang;
    EXPECT_LT(seconds, c.words * 1.6) << c.lang;
    double energy = 0;
    for (int16_t x : pcm) energy += double(x) * x;
    EXPECT_GT(std::sqrt(energy / pcm.size()), 200.0) << c.lang << ": silence";
    EXPECT_GE(testing::f0_spread(pcm, 16000), 1.2) << c.lang;
  }
}

TEST_F(Synth, RefusesBadText) {
  auto sink = [](const int16_t*, size_t) { return true; };
  EXPECT_FALSE(synth_->speak("\xff\xfe", {}, sink).is_ok());
  EXPECT_FALSE(synth_->speak("", {}, sink).is_ok());
  EXPECT_FALSE(synth_->speak("।।, !", {}, sink).is_ok());
  EXPECT_FALSE(synth_->speak("नमस्ते", {100.0f}, sink).is_ok());
  // Mixed scripts are spoken, not refused.
  EXPECT_TRUE(synth_->speak("मेरा email test@example.com है", {}, sink).is_ok());
}

// Every code point of the Devanagari block (all 128 are assigned since Unicode 6.0) is
// spoken one at a time: after a consonant, and alone, where only a sign or punctuation
// (nothing to say of its own) may be refused as "nothing to speak". The rare letters
// ॸ..ॿ used to give an empty phone that failed the call ("phone '' is not in the voice's
// inventory").
TEST_F(Synth, SpeaksEveryDevanagariCodePoint) {
  auto sink = [](const int16_t*, size_t) { return true; };
  auto sign_or_punctuation = [](char32_t c) {
    return c <= 0x0903 || (c >= 0x093A && c <= 0x093D) || (c >= 0x093E && c <= 0x094F) ||
           (c >= 0x0951 && c <= 0x0957) || c == 0x0962 || c == 0x0963 || c == 0x0964 || c == 0x0965 ||
           c == 0x0970 || c == 0x0971;
  };
  for (char32_t c = 0x0900; c <= 0x097F; ++c) {
    char name[16];
    std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
    const std::string one = lang::utf8_encode(std::u32string(1, c));
    Status st = synth_->speak("क" + one, {}, sink);
    EXPECT_TRUE(st.is_ok()) << name << " after a consonant: " << st.message();
    st = synth_->speak(one, {}, sink);
    if (sign_or_punctuation(c) && !st.is_ok()) {
      EXPECT_EQ(st.message(), "nothing to speak in the text") << name;
    } else {
      EXPECT_TRUE(st.is_ok()) << name << " alone: " << st.message();
    }
  }
}

// One very long token (400 letters with no space, a 400-digit number, a 2,000-character
// URL-like string) is spoken in pieces, in proportion to its length, instead of failing
// the call.
TEST_F(Synth, LongTokensAreSpokenInPieces) {
  auto seconds = [&](const std::string& text) {
    size_t n = 0;
    Status st = synth_->speak(text, {}, [&](const int16_t*, size_t k) { n += k; return true; });
    EXPECT_TRUE(st.is_ok()) << st.message();
    return static_cast<double>(n) / 16000.0;
  };
  std::string letters, url = "https://example.com/";
  for (int i = 0; i < 400; ++i) letters += "क";
  for (int i = 0; i < 250; ++i) url += "abcdefgh";
  EXPECT_GT(seconds("नमस्ते " + letters), 400 * 0.1);
  EXPECT_GT(seconds("संख्या " + std::string(400, '7')), 400 * 0.2);
  EXPECT_GT(seconds("देखें " + url), 2000 * 0.04);
}

// A long line is read a sentence at a time: the heap in use while it is spoken does not
// grow with the line, and its audio grows in proportion to it.
TEST_F(Synth, ALongLineIsSpokenInBoundedMemory) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "AddressSanitizer replaces malloc; mallinfo2 does not see its heap";
#endif
  std::string short_line, long_line;
  for (int i = 0; i < 4; ++i) short_line += std::string(kParagraph) + " ";
  for (int i = 0; i < 40; ++i) long_line += std::string(kParagraph) + " ";
  struct Run {
    size_t samples = 0;
    long peak_heap = 0;  // bytes above the heap in use before the call
  };
  auto run = [&](const std::string& text) {
    Run r;
    const long before = heap_in_use();
    Status st = synth_->speak(text, {4.0f}, [&](const int16_t*, size_t n) {
      r.samples += n;
      r.peak_heap = std::max(r.peak_heap, heap_in_use() - before);
      return true;
    });
    EXPECT_TRUE(st.is_ok()) << st.message();
    return r;
  };
  run(short_line);  // buffers reach their working size
  const Run small = run(short_line), large = run(long_line);
  EXPECT_NEAR(static_cast<double>(large.samples) / static_cast<double>(small.samples), 10.0, 0.3);
  EXPECT_LT(large.peak_heap, small.peak_heap + 16 * 1024)
      << "heap grew by " << small.peak_heap << " bytes for a " << short_line.size() << "-byte line, by "
      << large.peak_heap << " for " << long_line.size() << " bytes";
}

// Kernels whose Prepare fails while g_fail_prepare is set: a model call that fails half way
// through a text, as one that runs out of memory under the engine's ceiling does.
std::atomic<bool> g_fail_prepare{false};

Status failing_prepare(rt::PrepareContext& ctx) {
  if (g_fail_prepare) return ctx.fail("injected failure");
  const schema::Node& node = *ctx.io.node;
  return rt::builtin_op_resolver().find(node.op(), node.version(), ctx.io.input(0)->type)->prepare(ctx);
}

const rt::OpResolver& failing_resolver() {
  static const std::vector<rt::KernelRegistration> kernels = [] {
    std::vector<rt::KernelRegistration> v;
    for (const rt::KernelRegistration* k : rt::builtin_op_resolver().kernels())
      v.push_back({k->op, k->version, k->variant, failing_prepare, k->eval});
    return v;
  }();
  static const rt::OpResolver resolver = [] {
    rt::OpResolver r;
    for (const rt::KernelRegistration& k : kernels) r.add(&k);
    return r;
  }();
  return resolver;
}

// Whatever way a call ends, nothing of it (samples waiting to be sent, the vocoder's
// ringing tail, its noise and pulse phase) leads the next one.
TEST(SynthAfterAFailure, NextCallSoundsAsOnANewSynthesizer) {
  auto load = [] {
    auto s = Synthesizer::load(std::string(VACHAK_SOURCE_DIR) + "/models", std::make_shared<rt::Arena>(),
                               failing_resolver());
    EXPECT_TRUE(s.is_ok()) << s.status().message();
    return std::move(s).value();
  };
  auto failed = load(), fresh = load();
  size_t heard = 0;
  Status st = failed->speak(kParagraph, {}, [&](const int16_t*, size_t n) {
    heard += n;
    g_fail_prepare = true;  // the next model call with new shapes fails
    return true;
  });
  g_fail_prepare = false;
  ASSERT_FALSE(st.is_ok()) << "the injected failure should have ended the call";
  ASSERT_GT(heard, 0u);
  const std::string next = "नमस्ते, आप कैसे हैं?";
  std::vector<int16_t> after, expected;
  ASSERT_TRUE(failed->speak(next, {}, into(after)).is_ok());
  ASSERT_TRUE(fresh->speak(next, {}, into(expected)).is_ok());
  EXPECT_EQ(after.size(), expected.size());
  EXPECT_TRUE(after == expected) << "the failed call's leftovers lead the next one";
}

}  // namespace
}  // namespace vachak::tts
