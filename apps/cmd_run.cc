// `vachak run MODEL --golden MANIFEST [--repeat N]`: runs a model on a golden input,
// checks the output bit for bit, and reports time and the engine's memory accounting.
#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>

#include "apps/commands.h"
#include "runtime/core/interpreter.h"
#include "runtime/tools/golden_manifest.h"

namespace vachak::app {
namespace {

size_t heap_in_use() { return mallinfo2().uordblks; }

long peak_rss_kb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

int fail(const Status& s) {
  std::fprintf(stderr, "vachak: %s\n", s.message().c_str());
  return 1;
}

}  // namespace

int cmd_run(const Args& args) {
  std::string model_path, golden_path;
  int repeat = 5;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--golden" && i + 1 < args.size()) golden_path = args[++i];
    else if (args[i] == "--repeat" && i + 1 < args.size()) repeat = std::atoi(args[++i].c_str());
    else if (model_path.empty() && args[i][0] != '-') model_path = args[i];
    else {
      std::fprintf(stderr, "vachak run: unexpected argument '%s'\n", args[i].c_str());
      return 2;
    }
  }
  if (model_path.empty() || golden_path.empty() || repeat < 1 || repeat > 100000) {
    std::fprintf(stderr, "usage: vachak run MODEL --golden MANIFEST [--repeat N (1..100000)]\n");
    return 2;
  }
  auto golden = rt::read_golden_manifest(golden_path);
  if (!golden.is_ok()) return fail(golden.status());

  const size_t heap_before = heap_in_use();
  auto model = rt::ModelFile::open(model_path);
  if (!model.is_ok()) return fail(model.status());
  std::shared_ptr<const rt::ModelFile> mf = std::move(model).value();
  auto arena = std::make_shared<rt::Arena>();
  auto created = rt::Interpreter::create(mf, rt::builtin_op_resolver(), arena);
  if (!created.is_ok()) return fail(created.status());
  rt::Interpreter& interp = *created.value();
  const size_t heap_after_load = heap_in_use() - heap_before - arena->size();

  for (const rt::GoldenArray& in : golden->inputs) {
    if (in.index < 0 || in.index >= interp.num_inputs())
      return fail(invalid_argument(golden_path + ": input index " + std::to_string(in.index) + " out of range"));
    Status s = interp.resize_input(in.index, in.shape);
    if (!s.is_ok()) return fail(s);
    if (interp.input(in.index).type != in.type)
      return fail(invalid_argument(golden_path + ": input type differs from the model's"));
  }
  std::vector<double> ms;
  for (int r = 0; r < repeat; ++r) {
    // The arena reuses an input's bytes once its last reader ran: write inputs every time.
    for (const rt::GoldenArray& in : golden->inputs)
      std::memcpy(interp.input(in.index).data, in.bytes.data(), in.bytes.size());
    const auto t0 = std::chrono::steady_clock::now();
    Status s = interp.invoke();
    const auto t1 = std::chrono::steady_clock::now();
    if (!s.is_ok()) return fail(s);
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::sort(ms.begin(), ms.end());

  int mismatches = 0;
  for (const rt::GoldenArray& out : golden->outputs) {
    const rt::Tensor& t = interp.output(out.index);
    if (t.type != out.type || t.shape != out.shape || std::memcmp(t.data, out.bytes.data(), out.bytes.size()) != 0) {
      std::fprintf(stderr, "vachak run: output %d differs from the golden (shape %s vs %s)\n", out.index,
                   t.shape.to_string().c_str(), out.shape.to_string().c_str());
      ++mismatches;
    }
  }
  std::printf("model        %s (%zu nodes)\n", model_path.c_str(), static_cast<size_t>(mf->proto().nodes_size()));
  std::printf("invoke       median %.3f ms over %d runs\n", ms[ms.size() / 2], repeat);
  std::printf("weights      %llu B mapped, 0 B copied\n", static_cast<unsigned long long>(mf->weights_size()));
  std::printf("arena        %zu B (plan %llu B + scratch)\n", interp.arena_bytes_needed(),
              static_cast<unsigned long long>(mf->proto().arena_size()));
  std::printf("heap         %zu B for the loaded model (header, tensors, kernel constants)\n", heap_after_load);
  std::printf("peak RSS     %ld KB (whole process)\n", peak_rss_kb());
  std::printf("golden       %s\n", mismatches == 0 ? "outputs match bit for bit" : "MISMATCH");
  return mismatches == 0 ? 0 : 1;
}

}  // namespace vachak::app
