// The C++ vocoder against the numpy reference on a golden parameter track, plus what a
// vocoder must do whatever the reference says: stream one hop per frame, make a periodic
// wave at the requested F0, make noise when unvoiced, refuse a bad configuration.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pipelines/tts/vocoder/vocoder.h"

namespace vachak::tts {
namespace {

const std::string kGolden = std::string(VACHAK_SOURCE_DIR) + "/tests/golden/vocoder";

struct Track {
  std::vector<float> f0;
  std::vector<std::vector<float>> cep, ap;
};

Track read_track(int order) {
  Track t;
  std::ifstream f(kGolden + ".track.txt");
  for (std::string line; std::getline(f, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream in(line);
    float v;
    std::vector<float> row;
    while (in >> v) row.push_back(v);
    EXPECT_EQ(row.size(), static_cast<size_t>(1 + order + 1 + kApBands));
    if (row.size() != static_cast<size_t>(1 + order + 1 + kApBands)) break;
    t.f0.push_back(row[0]);
    t.cep.emplace_back(row.begin() + 1, row.begin() + 2 + order);
    t.ap.emplace_back(row.begin() + 2 + order, row.end());
  }
  return t;
}

std::vector<float> synthesize(Vocoder& v, const Track& t) {
  std::vector<float> out;
  for (size_t i = 0; i < t.f0.size(); ++i) v.push(t.f0[i], t.cep[i].data(), t.ap[i].data(), out);
  v.finish(out);
  return out;
}

TEST(Vocoder, MatchesTheNumpyReference) {
  auto v = Vocoder::create();
  ASSERT_TRUE(v.is_ok());
  Track t = read_track(v.value().config().order);
  ASSERT_GE(t.f0.size(), 40u);
  std::vector<float> got = synthesize(v.value(), t);

  std::ifstream f(kGolden + ".expected.f32", std::ios::binary);
  std::vector<float> want((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  std::vector<char> bytes;
  f.clear();
  f.seekg(0);
  bytes.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  want.resize(bytes.size() / 4);
  std::memcpy(want.data(), bytes.data(), want.size() * 4);
  ASSERT_EQ(got.size(), want.size());

  double signal = 0, noise = 0;
  for (size_t i = 0; i < want.size(); ++i) {
    signal += double(want[i]) * want[i];
    noise += (double(got[i]) - want[i]) * (double(got[i]) - want[i]);
  }
  ASSERT_GT(signal, 0.0);
  double snr_db = 10.0 * std::log10(signal / std::max(noise, 1e-30));
  EXPECT_GT(snr_db, 60.0) << "C++ and numpy vocoders differ";
}

TEST(Vocoder, StreamsOneHopPerFrame) {
  auto v = Vocoder::create();
  ASSERT_TRUE(v.is_ok());
  std::vector<float> cep(v.value().config().order + 1, 0.0f), ap(kApBands, 0.0f), out;
  v.value().push(120.0f, cep.data(), ap.data(), out);
  EXPECT_EQ(out.size(), static_cast<size_t>(v.value().config().hop));
  v.value().push(120.0f, cep.data(), ap.data(), out);
  EXPECT_EQ(out.size(), static_cast<size_t>(2 * v.value().config().hop));
}

double correlation(const std::vector<float>& x, size_t a, size_t b, size_t len) {
  double xy = 0, xx = 0, yy = 0;
  for (size_t i = 0; i < len; ++i) {
    xy += double(x[a + i]) * x[b + i];
    xx += double(x[a + i]) * x[a + i];
    yy += double(x[b + i]) * x[b + i];
  }
  return xy / std::sqrt(xx * yy + 1e-30);
}

TEST(Vocoder, VoicedFramesArePeriodicAtF0) {
  auto v = Vocoder::create();
  ASSERT_TRUE(v.is_ok());
  std::vector<float> cep(v.value().config().order + 1, 0.0f), ap(kApBands, 0.0f), out;
  cep[0] = -1.0f;
  cep[1] = 0.8f;
  for (int i = 0; i < 60; ++i) v.value().push(100.0f, cep.data(), ap.data(), out);  // period 160
  EXPECT_GT(correlation(out, 1600, 1760, 1600), 0.99);
  EXPECT_LT(correlation(out, 1600, 1680, 1600), 0.9);  // half a period off: not the same
}

TEST(Vocoder, UnvoicedFramesAreNoiseNotSilence) {
  auto v = Vocoder::create();
  ASSERT_TRUE(v.is_ok());
  std::vector<float> cep(v.value().config().order + 1, 0.0f), ap(kApBands, 0.3f), out;
  cep[0] = -1.0f;
  for (int i = 0; i < 60; ++i) v.value().push(0.0f, cep.data(), ap.data(), out);
  double energy = 0;
  for (size_t i = 1000; i < out.size(); ++i) energy += double(out[i]) * out[i];
  EXPECT_GT(energy / (out.size() - 1000), 1e-4);
  EXPECT_LT(std::abs(correlation(out, 1600, 1760, 1600)), 0.3);
}

TEST(Vocoder, RefusesBadConfigurationsAndSurvivesBadFrames) {
  VocoderConfig c;
  c.fft_size = 500;
  EXPECT_FALSE(Vocoder::create(c).is_ok());
  c = {};
  c.hop = 0;
  EXPECT_FALSE(Vocoder::create(c).is_ok());
  c = {};
  c.alpha = 1.0f;
  EXPECT_FALSE(Vocoder::create(c).is_ok());
  c = {};
  c.order = 400;
  EXPECT_FALSE(Vocoder::create(c).is_ok());

  auto v = Vocoder::create();
  ASSERT_TRUE(v.is_ok());
  std::vector<float> cep(v.value().config().order + 1, 0.0f), out;
  std::vector<float> ap = {NAN, -3.0f, 7.0f, 0.5f};
  v.value().push(150.0f, cep.data(), ap.data(), out);
  for (float s : out) EXPECT_TRUE(std::isfinite(s));
}

}  // namespace
}  // namespace vachak::tts
