// The builtin op table, generated from a kernel list (an X-macro file of
// VACHAK_KERNEL(op, version, variant) lines): kernels/kernels.def for every kernel, or
// the list vachak_opsgen selected from the shipped models.
#include "runtime/core/op_resolver.h"

namespace vachak::rt {

#define VACHAK_KERNEL(op, ver, var) extern const KernelRegistration kernel_##op##_v##ver##_##var;
#include VACHAK_KERNEL_LIST
#undef VACHAK_KERNEL

const OpResolver& builtin_op_resolver() {
  static const OpResolver resolver(std::vector<const KernelRegistration*>{
#define VACHAK_KERNEL(op, ver, var) &kernel_##op##_v##ver##_##var,
#include VACHAK_KERNEL_LIST
#undef VACHAK_KERNEL
  });
  return resolver;
}

}  // namespace vachak::rt
