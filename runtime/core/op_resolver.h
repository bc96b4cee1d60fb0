// Which kernels a runtime can use. The build's generated table (selected ops) fills
// the default resolver; tests build resolvers with fewer kernels to prove that a model
// needing a missing op is refused at load with the op's name.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "runtime/core/kernel_api.h"

namespace vachak::rt {

class OpResolver {
 public:
  OpResolver() = default;
  explicit OpResolver(std::vector<const KernelRegistration*> kernels) : kernels_(std::move(kernels)) {}

  void add(const KernelRegistration* k) { kernels_.push_back(k); }
  const KernelRegistration* find(std::string_view op, uint32_t version, DType variant) const;
  const std::vector<const KernelRegistration*>& kernels() const { return kernels_; }

 private:
  std::vector<const KernelRegistration*> kernels_;
};

// Every kernel this build compiled in (selected from the shipped models, or all of
// them when VACHAK_SELECTIVE_OPS is OFF). Defined in the generated op table.
const OpResolver& builtin_op_resolver();

}  // namespace vachak::rt
