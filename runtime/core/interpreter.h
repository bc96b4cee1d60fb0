// Runs one model: binds its tensors to the mapped weights and the shared arena, looks up
// each node's kernel, runs Prepare (the only step that can fail) and then Eval.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "runtime/core/arena.h"
#include "runtime/core/kernel_api.h"
#include "runtime/core/model_file.h"
#include "runtime/core/op_resolver.h"

namespace vachak::rt {

class Interpreter {
 public:
  // Fails, naming the op, when the resolver lacks a kernel a node needs, and when any
  // node's Prepare refuses the model at its maximum shapes. Reserves the arena.
  static Result<std::unique_ptr<Interpreter>> create(std::shared_ptr<const ModelFile> model,
                                                     const OpResolver& resolver, std::shared_ptr<Arena> arena);

  int num_inputs() const;
  int num_outputs() const;
  // Pointers into the arena: valid until another model reserves a larger shared arena
  // or the arena is released. Call input() again after that.
  Tensor& input(int i);
  const Tensor& output(int i);

  // Sets a graph input's run-time shape (each dim within the planned maximum).
  Status resize_input(int i, const Shape& shape);
  // Runs the graph. Re-runs Prepare first when an input shape changed. Inputs are
  // consumed: the arena reuses their bytes once their last reader ran, so write them
  // again before the next invoke.
  Status invoke();

  // Bytes this model needs from the arena: the plan plus the largest kernel scratch.
  size_t arena_bytes_needed() const { return plan_bytes_ + scratch_bytes_; }
  // A printable memory plan: one line per arena tensor with offset, size and lifetime.
  std::string memory_plan() const;
  const ModelFile& model() const { return *model_; }

 private:
  Interpreter() = default;
  Status prepare_all();
  void bind();

  std::shared_ptr<const ModelFile> model_;
  std::shared_ptr<Arena> arena_;
  std::vector<Tensor> tensors_;
  struct NodeState {
    const KernelRegistration* kernel = nullptr;
    std::vector<Tensor*> inputs;
    std::vector<Tensor*> outputs;
    std::unique_ptr<OpData> data;
    size_t scratch = 0;
  };
  std::vector<NodeState> nodes_;
  size_t plan_bytes_ = 0;
  size_t scratch_bytes_ = 0;
  uint64_t bound_generation_ = ~uint64_t{0};
  bool shapes_dirty_ = false;
};

}  // namespace vachak::rt
