// A kernel that exists only in tests ("test_copy": output = input), so loader and
// interpreter tests do not depend on any production kernel.
#pragma once

#include "runtime/core/kernel_api.h"

namespace vachak::testing {

extern const rt::KernelRegistration kTestCopyKernel;

}  // namespace vachak::testing
