#include "runtime/core/lazy_model.h"

namespace vachak::rt {

Result<Interpreter*> LazyModel::get() {
  if (interpreter_) return interpreter_.get();
  auto model = ModelFile::open(path_);
  if (!model.is_ok()) return model.status();
  auto interp = Interpreter::create(std::move(model).value(), *resolver_, arena_);
  if (!interp.is_ok()) return interp.status();
  interpreter_ = std::move(interp).value();
  return interpreter_.get();
}

}  // namespace vachak::rt
