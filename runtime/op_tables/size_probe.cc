// Exists so the size budget test can measure the runtime as a product uses it: load a
// model, plan, prepare and run it with every kernel compiled in, as one shared object.
#include "runtime/core/interpreter.h"
#include "runtime/core/op_resolver.h"

extern "C" int vachak_runtime_size_probe_run(const char* path) {
  auto model = vachak::rt::ModelFile::open(path);
  if (!model.is_ok()) return 1;
  auto in = vachak::rt::Interpreter::create(std::move(model).value(), vachak::rt::builtin_op_resolver(),
                                            std::make_shared<vachak::rt::Arena>());
  if (!in.is_ok()) return 1;
  return in.value()->invoke().is_ok() ? 0 : 1;
}
