// Exists so the size budget test can link the whole runtime into one shared object.
#include "runtime/core/op_resolver.h"

extern "C" int vachak_runtime_size_probe_kernel_count() {
  return static_cast<int>(vachak::rt::builtin_op_resolver().kernels().size());
}
