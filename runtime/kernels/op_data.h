// Constants each op's Prepare computes, shared by its fast kernel and its reference
// kernel (the reference differs in loop structure, never in constants).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "runtime/core/kernel_api.h"
#include "runtime/core/quant_math.h"

namespace vachak::rt {

struct ConvData : OpData {
  int stride_h = 1, stride_w = 1, dilation_h = 1, dilation_w = 1, pad_top = 0, pad_left = 0;
  int32_t input_zero = 0, output_zero = 0, act_lo = -128, act_hi = 127;
  std::vector<Multiplier> multipliers;  // per output channel
};

struct FullyConnectedData : OpData {
  int32_t input_zero = 0, output_zero = 0, act_lo = -128, act_hi = 127;
  std::vector<Multiplier> multipliers;
};

// LSTM (gates = 4) and GRU (gates = 3).
struct RecurrentData : OpData {
  int hidden = 0, input_size = 0, gates = 0;
  bool reverse = false;
  int32_t input_zero = 0;
  std::vector<Multiplier> input_multipliers;   // per gate row: s_x·s_wx[r]·4096
  std::vector<Multiplier> hidden_multipliers;  // per gate row: 2^-15·s_wh[r]·4096
};

struct LutData : OpData {
  std::array<int8_t, 256> table{};  // indexed by q + 128
};

struct AddData : OpData {
  int32_t a_zero = 0, b_zero = 0, output_zero = 0;
  Multiplier a_mul, b_mul;
};

struct MulData : OpData {
  int32_t a_zero = 0, b_zero = 0, output_zero = 0;
  Multiplier mul;
};

struct ConcatData : OpData {
  int axis = 0;
  int64_t outer = 1;               // product of dims before the axis
  std::vector<int64_t> inner;      // per input: its axis dim × product of dims after
  std::vector<bool> requantize;    // per input (int8 only)
  std::vector<int32_t> zeros;      // per input zero point
  std::vector<Multiplier> muls;    // per input s_in / s_out
  int32_t output_zero = 0;
  size_t element_size = 1;
};

struct TransposeData : OpData {
  int rank = 0;
  int perm[kMaxRank] = {};
  size_t element_size = 1;
};

struct PoolData : OpData {
  int kernel_h = 1, kernel_w = 1, stride_h = 1, stride_w = 1, pad_top = 0, pad_left = 0;
  int32_t zero = 0;
};

struct SoftmaxData : OpData {
  std::array<int32_t, 256> exp_table{};  // E[d]
  double input_scale = 0, output_scale = 0;
  int32_t output_zero = 0;
  bool log = false;
};

struct QuantizeData : OpData {
  double scale = 1.0;
  int32_t zero = 0;
  int32_t lo = -128, hi = 127;
};

}  // namespace vachak::rt
