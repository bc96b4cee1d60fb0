// A model that is mapped and prepared on first use and released by trim(): the engine
// keeps one per shipped model so a keyboard that only speaks never maps the OCR weights.
#pragma once

#include <memory>
#include <string>

#include "runtime/core/interpreter.h"

namespace vachak::rt {

class LazyModel {
 public:
  // Nothing is opened here; a missing file shows up on the first get().
  LazyModel(std::string path, const OpResolver& resolver, std::shared_ptr<Arena> arena)
      : path_(std::move(path)), resolver_(&resolver), arena_(std::move(arena)) {}

  // The interpreter, loading the model first if needed. Valid until trim().
  Result<Interpreter*> get();
  bool loaded() const { return interpreter_ != nullptr; }
  // Unmaps the weights and frees the interpreter; the next get() loads again.
  void trim() { interpreter_.reset(); }
  // Bytes of the mapped file while loaded, else 0.
  size_t mapped_bytes() const { return interpreter_ ? interpreter_->model().file_size() : 0; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  const OpResolver* resolver_;
  std::shared_ptr<Arena> arena_;
  std::unique_ptr<Interpreter> interpreter_;
};

}  // namespace vachak::rt
