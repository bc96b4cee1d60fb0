// End to end with the shipped voice: text in, PCM out that is speech-like (not silence,
// a plausible length), streamed in chunks, cancellable, and bad text refused.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "pipelines/tts/synthesizer.h"
#include "tests/support/pitch_track.h"
#include "runtime/core/op_resolver.h"

namespace vachak::tts {
namespace {

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
  auto into = [](std::vector<int16_t>& v) {
    return [&v](const int16_t* p, size_t n) {
      v.insert(v.end(), p, p + n);
      return true;
    };
  };
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

TEST_F(Synth, RefusesBadText) {
  auto sink = [](const int16_t*, size_t) { return true; };
  EXPECT_FALSE(synth_->speak("\xff\xfe", {}, sink).is_ok());
  EXPECT_FALSE(synth_->speak("", {}, sink).is_ok());
  EXPECT_FALSE(synth_->speak("।।, !", {}, sink).is_ok());
  EXPECT_FALSE(synth_->speak("नमस्ते", {100.0f}, sink).is_ok());
  // Mixed scripts are spoken, not refused.
  EXPECT_TRUE(synth_->speak("मेरा email test@example.com है", {}, sink).is_ok());
}

}  // namespace
}  // namespace vachak::tts
