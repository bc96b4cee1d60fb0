// Plain reference kernels: the slowest, most obviously correct reading of
// docs/QUANTIZATION.md. Tests compare every fast kernel against these; the product
// never links them. Each takes the EvalContext that the op's Prepare filled.
#pragma once

#include "runtime/core/kernel_api.h"

namespace vachak::rt::reference {
}  // namespace vachak::rt::reference
