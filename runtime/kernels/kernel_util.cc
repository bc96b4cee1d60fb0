#include "runtime/kernels/kernel_util.h"

#include <algorithm>
#include <cstdlib>

namespace vachak::rt {

std::string shape_str(const Tensor* t) { return t->shape.to_string(); }

Status expect_io(const PrepareContext& ctx, int min_inputs, int max_inputs, int outputs) {
  if (ctx.io.num_inputs < min_inputs || ctx.io.num_inputs > max_inputs)
    return invalid_argument(std::to_string(ctx.io.num_inputs) + " inputs, expected " + std::to_string(min_inputs) +
                            (min_inputs == max_inputs ? "" : ".." + std::to_string(max_inputs)));
  if (ctx.io.num_outputs != outputs)
    return invalid_argument(std::to_string(ctx.io.num_outputs) + " outputs, expected " + std::to_string(outputs));
  for (int i = 0; i < min_inputs; ++i)
    if (ctx.io.input(i) == nullptr) return invalid_argument("input " + std::to_string(i) + " is required");
  return Status::ok();
}

Status expect_type(const Tensor* t, DType type, const char* role) {
  if (t->type != type)
    return invalid_argument(std::string(role) + " '" + std::string(t->name) + "' is " + dtype_name(t->type) +
                            ", expected " + dtype_name(type));
  return Status::ok();
}

Status expect_rank(const Tensor* t, int rank, const char* role) {
  if (t->shape.rank != rank)
    return invalid_argument(std::string(role) + " '" + std::string(t->name) + "' has rank " +
                            std::to_string(t->shape.rank) + " " + shape_str(t) + ", expected rank " + std::to_string(rank));
  return Status::ok();
}

Status expect_per_tensor(const Tensor* t, const char* role) {
  if (t->quant.count != 1)
    return invalid_argument(std::string(role) + " '" + std::string(t->name) + "' needs one per-tensor scale, has " +
                            std::to_string(t->quant.count));
  return Status::ok();
}

Status expect_weight_quant(const Tensor* w, int channels, const char* role) {
  if (w->quant.count != 1 && w->quant.count != channels)
    return invalid_argument(std::string(role) + " '" + std::string(w->name) + "' has " + std::to_string(w->quant.count) +
                            " scales for " + std::to_string(channels) + " output channels");
  for (int i = 0; i < w->quant.count; ++i)
    if (w->quant.zero_point[i] != 0)
      return invalid_argument(std::string(role) + " zero point " + std::to_string(w->quant.zero_point[i]) +
                              " must be 0 (weights are symmetric)");
  return Status::ok();
}

Status expect_same_quant(const Tensor* a, const Tensor* b, const char* role) {
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(a, role));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(b, "output"));
  if (a->quant.s() != b->quant.s() || a->quant.z() != b->quant.z())
    return invalid_argument(std::string(role) + " quantization (" + std::to_string(a->quant.s()) + ", " +
                            std::to_string(a->quant.z()) + ") must equal the output's (" + std::to_string(b->quant.s()) +
                            ", " + std::to_string(b->quant.z()) + ")");
  return Status::ok();
}

Status expect_q15(const Tensor* t, const char* role) {
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(t, role));
  if (t->quant.s() != 1.0f / 32768.0f || t->quant.z() != 0)
    return invalid_argument(std::string(role) + " '" + std::string(t->name) + "' scale " + std::to_string(t->quant.s()) +
                            " must be 2^-15 with zero point 0");
  return Status::ok();
}

Status expect_bias(const Tensor* bias, int channels) {
  if (bias == nullptr) return Status::ok();
  VACHAK_RETURN_IF_ERROR(expect_type(bias, DType::kInt32, "bias"));
  if (bias->shape.rank != 1 || bias->shape[0] != channels)
    return invalid_argument("bias shape " + shape_str(bias) + " != [" + std::to_string(channels) + "]");
  return Status::ok();
}

Status expect_accumulator_fits(const Tensor* w, const Tensor* bias, int outputs, int64_t taps, int64_t stride_o,
                               int64_t stride_k, int32_t input_zero) {
  if (!w->is_constant || (bias != nullptr && !bias->is_constant))
    return invalid_argument("weights '" + std::string(w->name) +
                            "' and their bias must be constants: the int32 accumulator cannot be bounded otherwise");
  const int64_t max_input = std::max<int64_t>(std::abs(-128 - static_cast<int64_t>(input_zero)),
                                              std::abs(127 - static_cast<int64_t>(input_zero)));
  constexpr int64_t kLimit = (int64_t{1} << 31) - 1;
  const int8_t* wd = w->as<int8_t>();
  for (int o = 0; o < outputs; ++o) {
    int64_t weight_sum = 0;  // at most 65536 taps * 128
    for (int64_t k = 0; k < taps; ++k) weight_sum += std::abs(static_cast<int32_t>(wd[o * stride_o + k * stride_k]));
    const int64_t b = bias == nullptr ? 0 : std::abs(static_cast<int64_t>(bias->as<int32_t>()[o]));
    if (b + max_input * weight_sum > kLimit)
      return invalid_argument("weights '" + std::string(w->name) + "' and bias of output " + std::to_string(o) +
                              " can overflow the int32 accumulator (|bias| " + std::to_string(b) + " + " +
                              std::to_string(max_input) + " x sum|w| " + std::to_string(weight_sum) + " >= 2^31)");
  }
  return Status::ok();
}

Status make_multiplier(double m, const char* what, Multiplier* out) {
  if (!quantize_multiplier(m, out))
    return invalid_argument(std::string(what) + " requantization multiplier " + std::to_string(m) +
                            " cannot be encoded (must be finite, >= 0 and < 2^30)");
  return Status::ok();
}

Status per_channel_multipliers(double input_scale, const Tensor* w, double output_scale, double extra, int channels,
                               std::vector<Multiplier>* out) {
  out->resize(static_cast<size_t>(channels));
  for (int c = 0; c < channels; ++c) {
    const double m = input_scale * static_cast<double>(w->quant.s(c)) * extra / output_scale;
    VACHAK_RETURN_IF_ERROR(make_multiplier(m, "channel", &(*out)[static_cast<size_t>(c)]));
  }
  return Status::ok();
}

Status expect_activation(int act) {
  if (act != schema::ACT_NONE && act != schema::ACT_RELU && act != schema::ACT_RELU6)
    return invalid_argument("fused activation " + std::to_string(act) + " is not NONE, RELU or RELU6");
  return Status::ok();
}

void activation_bounds(schema::Activation act, const Tensor* out, int32_t* lo, int32_t* hi) {
  const int32_t z = out->quant.z();
  *lo = -128;
  *hi = 127;
  switch (act) {
    case schema::ACT_NONE: break;
    case schema::ACT_RELU: *lo = std::max(-128, z); break;
    case schema::ACT_RELU6:
      *lo = std::max(-128, z);
      *hi = static_cast<int32_t>(std::min<int64_t>(127, z + round_half_up(6.0 / static_cast<double>(out->quant.s()))));
      break;
    default: break;  // an unknown enum value from a newer file: Prepare refuses it first
  }
}

}  // namespace vachak::rt
