// The speech vocoder: per 5 ms frame, F0, a frequency-warped cepstrum (the spectral
// envelope) and band aperiodicities in; 16 kHz samples out, one hop per frame, so the
// first audio is ready after the first frame (streaming).
//
// Synthesis, WORLD-style: the envelope log|H| is the warped-cepstrum cosine series; its
// minimum-phase spectrum (by cepstral folding) shapes both sources. Voiced frames place
// pulses from a phase accumulator driven by F0, each the minimum-phase response weighted
// by sqrt(1 - ap) per band and scaled by sqrt(period) (so periodic and noise power agree);
// every frame adds Hann-windowed white noise shaped by the envelope weighted by sqrt(ap).
// models/train/tts/vocoder_ref.py is the same algorithm in numpy; tests/tts pin the two
// together on a golden parameter track.
#pragma once

#include <array>
#include <complex>
#include <cstdint>
#include <vector>

#include "pipelines/tts/vocoder/fft.h"
#include "runtime/core/status.h"

namespace vachak::tts {

struct VocoderConfig {
  int sample_rate = 16000;
  int hop = 80;         // 5 ms
  int fft_size = 512;
  int order = 24;       // cepstral order: order + 1 coefficients per frame
  float alpha = 0.42f;  // all-pass warping, near the mel scale at 16 kHz
};

constexpr int kApBands = 4;  // aperiodicity bands: 0-1, 1-2, 2-4, 4-8 kHz
constexpr float kApBandEdgesHz[kApBands] = {0.0f, 1000.0f, 2000.0f, 4000.0f};

class Vocoder {
 public:
  static Result<Vocoder> create(const VocoderConfig& config = {});

  // One frame: f0 in Hz (<= 0: unvoiced), cep[order + 1], ap[kApBands] in [0, 1].
  // Appends the frame's hop of finished samples to out.
  void push(float f0, const float* cep, const float* ap, std::vector<float>& out);
  // Appends the tail still ringing after the last frame, and starts over: the next
  // frames are voiced as by a new vocoder (same noise), so the same text always gives
  // the same samples.
  void finish(std::vector<float>& out);
  // Drops the tail still ringing and starts over, as finish() does.
  void reset();

  const VocoderConfig& config() const { return config_; }

 private:
  explicit Vocoder(const VocoderConfig& c);
  void min_phase_envelope(const float* cep);

  VocoderConfig config_;
  Fft fft_;
  int bins_;                                 // fft_size / 2 + 1
  std::vector<float> cos_table_;             // [bins][order + 1]: cos(m * warp(omega_k))
  std::vector<int> band_of_bin_;
  std::vector<float> hann_;                  // 2 * hop
  std::vector<std::complex<float>> env_;     // minimum-phase envelope spectrum
  std::vector<std::complex<float>> work_;
  std::vector<float> accum_;                 // fft_size + hop samples not yet emitted
  double phase_ = 1.0;                       // pulse phase in periods; >= 1 fires a pulse
  static constexpr uint32_t kNoiseSeed = 0x9E3779B9u;
  uint32_t rng_ = kNoiseSeed;                // xorshift32 noise, the same in Python
};

}  // namespace vachak::tts
