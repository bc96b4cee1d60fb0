// An in-place radix-2 complex FFT of one fixed power-of-two size, with its twiddles and
// bit-reversal table computed once. Small and dependency-free: the vocoder needs only
// 512-point transforms.
#pragma once

#include <complex>
#include <vector>

namespace vachak::tts {

class Fft {
 public:
  explicit Fft(int n);  // n: a power of two >= 2
  int size() const { return n_; }
  // Forward transform: X[k] = sum_t x[t] e^{-2 pi i k t / n}.
  void forward(std::complex<float>* data) const { run(data, false); }
  // Inverse transform, scaled by 1/n so that inverse(forward(x)) == x.
  void inverse(std::complex<float>* data) const { run(data, true); }

 private:
  void run(std::complex<float>* data, bool inverse) const;
  int n_;
  std::vector<int> bitrev_;
  std::vector<std::complex<float>> twiddle_;  // e^{-2 pi i k / n}, k < n/2
};

}  // namespace vachak::tts
