// Helpers shared by the kernels' Prepare functions: checks that produce messages naming
// the value and the rule, per-channel requantization multipliers, activation bounds.
#pragma once

#include <string>
#include <vector>

#include "runtime/core/kernel_api.h"
#include "runtime/core/quant_math.h"
#include "vachak_model.pb.h"

namespace vachak::rt {

Status expect_io(const PrepareContext& ctx, int min_inputs, int max_inputs, int outputs);
Status expect_type(const Tensor* t, DType type, const char* role);
Status expect_rank(const Tensor* t, int rank, const char* role);
// Per-tensor quantization present (one scale).
Status expect_per_tensor(const Tensor* t, const char* role);
// Per-channel (or per-tensor) weight scales: count 1 or `channels`, zero points 0.
Status expect_weight_quant(const Tensor* w, int channels, const char* role);
// Input `role` and the output must share scale and zero point exactly.
Status expect_same_quant(const Tensor* a, const Tensor* b, const char* role);
// An int16 recurrent activation: symmetric with scale 2^-15.
Status expect_q15(const Tensor* t, const char* role);
// bias: optional (nullptr), else int32 [channels].
Status expect_bias(const Tensor* bias, int channels);
// The int32 accumulator of an i8 conv/dense output (docs/QUANTIZATION.md) must not
// overflow for any input: |bias[o]| + max|x - z_x| * sum_k |w[o,k]| < 2^31 for every output
// o, where w[o,k] is at o * stride_o + k * stride_k; weights and bias must be constants
// (in a model: weights of the file). A model that breaks either is refused at Prepare (a
// crafted file would otherwise overflow the fast kernels' int32 sums: undefined behaviour).
Status expect_accumulator_fits(const Tensor* w, const Tensor* bias, int outputs, int64_t taps, int64_t stride_o,
                               int64_t stride_k, int32_t input_zero);

// quantize_multiplier with an error that names the value.
Status make_multiplier(double m, const char* what, Multiplier* out);
Status per_channel_multipliers(double input_scale, const Tensor* w, double output_scale, double extra, int channels,
                               std::vector<Multiplier>* out);

Status expect_activation(int act);
// Clamp bounds of a fused activation for an int8 output (docs/QUANTIZATION.md).
void activation_bounds(schema::Activation act, const Tensor* out, int32_t* lo, int32_t* hi);

std::string shape_str(const Tensor* t);

}  // namespace vachak::rt
