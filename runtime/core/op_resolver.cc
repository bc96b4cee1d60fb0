#include "runtime/core/op_resolver.h"

namespace vachak::rt {

const KernelRegistration* OpResolver::find(std::string_view op, uint32_t version, DType variant) const {
  for (const KernelRegistration* k : kernels_)
    if (k->version == version && k->variant == variant && op == k->op) return k;
  return nullptr;
}

}  // namespace vachak::rt
