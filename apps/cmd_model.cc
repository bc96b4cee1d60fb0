// Model inspection: `vachak --version`, `vachak ops`, `vachak plan`.
#include <cstdio>
#include <map>
#include <memory>

#include "apps/commands.h"
#include "runtime/core/interpreter.h"
#include "runtime/core/model_file.h"
#include "runtime/core/op_resolver.h"

namespace vachak::app {

int print_version() {
  std::printf("vachak %s\n", VACHAK_VERSION);
  std::printf("models: %s\n", model_dir().c_str());
  print_languages(stdout);
  const auto& kernels = rt::builtin_op_resolver().kernels();
  std::printf("compiled-in ops (%zu):", kernels.size());
  if (kernels.empty()) std::printf(" none (no shipped model selected any)");
  std::printf("\n");
  for (const rt::KernelRegistration* k : kernels)
    std::printf("  %s v%u %s\n", k->op, k->version, rt::dtype_name(k->variant));
  return 0;
}

int cmd_ops(const Args& args) {
  if (args.empty()) {
    std::fprintf(stderr, "usage: vachak ops MODEL...\n");
    return 2;
  }
  int rc = 0;
  for (const std::string& path : args) {
    auto model = rt::ModelFile::open(path);
    if (!model.is_ok()) {
      std::fprintf(stderr, "vachak: %s\n", model.status().message().c_str());
      rc = 1;
      continue;
    }
    const rt::ModelFile& mf = *model.value();
    std::map<std::string, int> counts;  // label -> node count, sorted for stable output
    for (int n = 0; n < mf.proto().nodes_size(); ++n) ++counts[mf.node_kernel_label(n)];
    std::printf("%s: %d nodes, %zu ops\n", path.c_str(), mf.proto().nodes_size(), counts.size());
    for (const auto& [label, count] : counts) {
      const int node = [&] {
        for (int n = 0; n < mf.proto().nodes_size(); ++n)
          if (mf.node_kernel_label(n) == label) return n;
        return 0;
      }();
      const auto& sn = mf.proto().nodes(node);
      const bool present = rt::builtin_op_resolver().find(sn.op(), sn.version(), mf.node_variant(node)) != nullptr;
      std::printf("  %-28s x%-3d %s\n", label.c_str(), count, present ? "" : "(not in this build)");
    }
  }
  return rc;
}

int cmd_plan(const Args& args) {
  if (args.size() != 1) {
    std::fprintf(stderr, "usage: vachak plan MODEL\n");
    return 2;
  }
  auto model = rt::ModelFile::open(args[0]);
  if (!model.is_ok()) {
    std::fprintf(stderr, "vachak: %s\n", model.status().message().c_str());
    return 1;
  }
  auto arena = std::make_shared<rt::Arena>();
  auto interp = rt::Interpreter::create(std::move(model).value(), rt::builtin_op_resolver(), arena);
  if (!interp.is_ok()) {
    std::fprintf(stderr, "vachak: %s\n", interp.status().message().c_str());
    return 1;
  }
  std::fputs(interp.value()->memory_plan().c_str(), stdout);
  return 0;
}

}  // namespace vachak::app
