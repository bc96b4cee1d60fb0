#include "tests/runtime/test_kernels.h"

#include <cstring>

namespace vachak::testing {
namespace {

Status prepare_copy(rt::PrepareContext& ctx) {
  rt::Tensor* in = ctx.io.input(0);
  rt::Tensor* out = ctx.io.output(0);
  if (in == nullptr || out == nullptr) return ctx.fail("test_copy needs one input and one output");
  if (in->type != out->type) return ctx.fail("test_copy: types differ");
  out->shape = in->shape;
  return Status::ok();
}

void eval_copy(const rt::EvalContext& ctx) {
  std::memcpy(ctx.io.output(0)->data, ctx.io.input(0)->data, ctx.io.input(0)->bytes());
}

}  // namespace

const rt::KernelRegistration kTestCopyKernel = {"test_copy", 1, rt::DType::kInt8, &prepare_copy, &eval_copy};

}  // namespace vachak::testing
