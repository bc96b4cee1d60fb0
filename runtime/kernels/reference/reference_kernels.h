// Plain reference kernels: the most direct reading of docs/QUANTIZATION.md, with none
// of the fast kernels' restructuring. Tests compare every fast kernel against these;
// the product never links them. Each takes the EvalContext the op's Prepare filled.
#pragma once

#include "runtime/core/kernel_api.h"

namespace vachak::rt::reference {

void conv2d(const EvalContext& ctx);
void depthwise_conv2d(const EvalContext& ctx);
void fully_connected(const EvalContext& ctx);
void lstm(const EvalContext& ctx);
void gru(const EvalContext& ctx);
void elementwise_lut(const EvalContext& ctx);
void add(const EvalContext& ctx);
void mul(const EvalContext& ctx);
void concat(const EvalContext& ctx);
void reshape(const EvalContext& ctx);
void transpose(const EvalContext& ctx);
void max_pool2d(const EvalContext& ctx);
void avg_pool2d(const EvalContext& ctx);
void softmax(const EvalContext& ctx);
void quantize(const EvalContext& ctx);
void dequantize(const EvalContext& ctx);

}  // namespace vachak::rt::reference
