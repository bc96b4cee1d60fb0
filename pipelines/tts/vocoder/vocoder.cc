#include "pipelines/tts/vocoder/vocoder.h"

#include <algorithm>
#include <cmath>

namespace vachak::tts {
namespace {


bool power_of_two(int n) { return n >= 2 && (n & (n - 1)) == 0; }

}  // namespace

Result<Vocoder> Vocoder::create(const VocoderConfig& c) {
  if (c.sample_rate < 8000 || c.sample_rate > 48000) return invalid_argument("vocoder: sample rate outside 8-48 kHz");
  if (!power_of_two(c.fft_size) || c.fft_size < 64 || c.fft_size > 4096) {
    return invalid_argument("vocoder: FFT size must be a power of two in 64..4096");
  }
  if (c.hop < 1 || 2 * c.hop > c.fft_size) return invalid_argument("vocoder: hop must be in 1..fft_size/2");
  if (c.order < 1 || c.order >= c.fft_size / 2) return invalid_argument("vocoder: cepstral order out of range");
  if (!(c.alpha > -1.0f && c.alpha < 1.0f)) return invalid_argument("vocoder: alpha must be in (-1, 1)");
  return Vocoder(c);
}

Vocoder::Vocoder(const VocoderConfig& c)
    : config_(c),
      fft_(c.fft_size),
      bins_(c.fft_size / 2 + 1),
      cos_table_(static_cast<size_t>(bins_) * (c.order + 1)),
      band_of_bin_(bins_),
      hann_(2 * c.hop),
      env_(c.fft_size),
      work_(c.fft_size),
      accum_(c.fft_size + c.hop, 0.0f) {
  const double a = c.alpha;
  for (int k = 0; k < bins_; ++k) {
    double w = 2.0 * M_PI * k / c.fft_size;
    double warped = w + 2.0 * std::atan2(a * std::sin(w), 1.0 - a * std::cos(w));
    for (int m = 0; m <= c.order; ++m) cos_table_[k * (c.order + 1) + m] = static_cast<float>(std::cos(m * warped));
    double hz = static_cast<double>(k) * c.sample_rate / c.fft_size;
    int band = 0;
    for (int b = 0; b < kApBands; ++b) {
      if (hz >= kApBandEdgesHz[b]) band = b;
    }
    band_of_bin_[k] = band;
  }
  for (int j = 0; j < 2 * c.hop; ++j) hann_[j] = static_cast<float>(0.5 - 0.5 * std::cos(2.0 * M_PI * j / (2 * c.hop)));
}

// env_ = exp(FFT(fold(IFFT(log|H|)))): the minimum-phase spectrum with magnitude |H|.
void Vocoder::min_phase_envelope(const float* cep) {
  const int n = config_.fft_size, order = config_.order;
  for (int k = 0; k < bins_; ++k) {
    const float* row = &cos_table_[k * (order + 1)];
    float log_mag = 0.0f;
    for (int m = 0; m <= order; ++m) log_mag += cep[m] * row[m];
    env_[k] = log_mag;
    if (k > 0 && k < n / 2) env_[n - k] = log_mag;
  }
  fft_.inverse(env_.data());  // real cepstrum (imaginary parts ~0)
  env_[0] = env_[0].real();
  for (int i = 1; i < n / 2; ++i) env_[i] = 2.0f * env_[i].real();
  env_[n / 2] = env_[n / 2].real();
  for (int i = n / 2 + 1; i < n; ++i) env_[i] = 0.0f;
  fft_.forward(env_.data());
  for (auto& v : env_) v = std::exp(v);
}

void Vocoder::push(float f0, const float* cep, const float* ap_bands, std::vector<float>& out) {
  const int n = config_.fft_size, hop = config_.hop;
  std::array<float, kApBands> ap;
  for (int b = 0; b < kApBands; ++b) {
    float v = std::isfinite(ap_bands[b]) ? ap_bands[b] : 1.0f;
    ap[b] = f0 > 0.0f ? std::clamp(v, 0.0f, 1.0f) : 1.0f;  // unvoiced: all noise
  }
  min_phase_envelope(cep);

  // Periodic part: one response per frame, placed at every pulse inside the frame.
  if (f0 > 0.0f) {
    float scale = std::sqrt(static_cast<float>(config_.sample_rate) / f0);
    for (int k = 0; k < n; ++k) {
      int bin = k <= n / 2 ? k : n - k;
      work_[k] = env_[k] * (std::sqrt(1.0f - ap[band_of_bin_[bin]]) * scale);
    }
    fft_.inverse(work_.data());
    for (int t = 0; t < hop; ++t) {
      phase_ += static_cast<double>(f0) / config_.sample_rate;
      if (phase_ >= 1.0) {
        phase_ -= 1.0;
        for (int j = 0; j < n; ++j) accum_[t + j] += work_[j].real();
      }
    }
  } else {
    phase_ = 1.0;  // the first voiced sample after silence fires a pulse
  }

  // Aperiodic part: a Hann-windowed block of unit-variance white noise, shaped.
  bool any_noise = std::any_of(ap.begin(), ap.end(), [](float v) { return v > 0.0f; });
  if (any_noise) {
    for (int j = 0; j < n; ++j) {
      float v = 0.0f;
      if (j < 2 * hop) {
        rng_ ^= rng_ << 13;
        rng_ ^= rng_ >> 17;
        rng_ ^= rng_ << 5;
        float u = static_cast<float>(rng_ / 4294967296.0 * 2.0 - 1.0);
        v = u * 1.7320508f * hann_[j];
      }
      work_[j] = v;
    }
    fft_.forward(work_.data());
    for (int k = 0; k < n; ++k) {
      int bin = k <= n / 2 ? k : n - k;
      work_[k] *= env_[k] * std::sqrt(ap[band_of_bin_[bin]]);
    }
    fft_.inverse(work_.data());
    for (int j = 0; j < n; ++j) accum_[j] += work_[j].real();
  }

  out.insert(out.end(), accum_.begin(), accum_.begin() + hop);
  std::copy(accum_.begin() + hop, accum_.end(), accum_.begin());
  std::fill(accum_.end() - hop, accum_.end(), 0.0f);
}

void Vocoder::finish(std::vector<float>& out) {
  out.insert(out.end(), accum_.begin(), accum_.end() - config_.hop);
  reset();
}

void Vocoder::reset() {
  std::fill(accum_.begin(), accum_.end(), 0.0f);
  phase_ = 1.0;
  rng_ = kNoiseSeed;
}

}  // namespace vachak::tts
