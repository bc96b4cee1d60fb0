#include "pipelines/tts/vocoder/fft.h"

#include <cmath>
#include <utility>

namespace vachak::tts {

Fft::Fft(int n) : n_(n), bitrev_(n), twiddle_(n / 2) {
  int bits = 0;
  while ((1 << bits) < n) ++bits;
  for (int i = 0; i < n; ++i) {
    int r = 0;
    for (int b = 0; b < bits; ++b) r |= ((i >> b) & 1) << (bits - 1 - b);
    bitrev_[i] = r;
  }
  for (int k = 0; k < n / 2; ++k) {
    double a = -2.0 * M_PI * k / n;
    twiddle_[k] = {static_cast<float>(std::cos(a)), static_cast<float>(std::sin(a))};
  }
}

void Fft::run(std::complex<float>* x, bool inverse) const {
  for (int i = 0; i < n_; ++i) {
    if (i < bitrev_[i]) std::swap(x[i], x[bitrev_[i]]);
  }
  for (int len = 2; len <= n_; len <<= 1) {
    int half = len / 2, step = n_ / len;
    for (int start = 0; start < n_; start += len) {
      for (int j = 0; j < half; ++j) {
        std::complex<float> w = twiddle_[j * step];
        if (inverse) w = std::conj(w);
        std::complex<float> a = x[start + j], b = x[start + j + half] * w;
        x[start + j] = a + b;
        x[start + j + half] = a - b;
      }
    }
  }
  if (inverse) {
    float s = 1.0f / static_cast<float>(n_);
    for (int i = 0; i < n_; ++i) x[i] *= s;
  }
}

}  // namespace vachak::tts
