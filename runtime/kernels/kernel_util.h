// Helpers shared by the kernels' Prepare functions.
#pragma once

#include "runtime/core/kernel_api.h"

namespace vachak::rt {
}  // namespace vachak::rt
