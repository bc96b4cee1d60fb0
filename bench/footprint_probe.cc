// footprint_probe IMAGE MODEL MANIFEST: the whole library stack in one process (decode,
// illumination, binarization, layout; then a model run checked against its golden), so
// /usr/bin/time -v can report the peak RSS a product built on Vachak starts from.
#include <cstdio>
#include <cstring>
#include <memory>

#include "pipelines/ocr/image/decode.h"
#include "pipelines/ocr/layout/binarize.h"
#include "pipelines/ocr/layout/illumination.h"
#include "pipelines/ocr/layout/page_layout.h"
#include "runtime/core/interpreter.h"
#include "runtime/tools/golden_manifest.h"

int main(int argc, char** argv) {
  using namespace vachak;
  if (argc != 4) {
    std::fprintf(stderr, "usage: footprint_probe IMAGE MODEL MANIFEST\n");
    return 2;
  }
  ocr::DecodeOptions opts;
  opts.max_long_side = 2000;
  auto img = ocr::decode_image_file(argv[1], opts);
  if (!img.is_ok()) {
    std::fprintf(stderr, "%s\n", img.status().message().c_str());
    return 1;
  }
  ocr::normalize_illumination(img->image);
  const ocr::PageLayout layout = ocr::analyze_layout(ocr::binarize_sauvola(img->image), ocr::LayoutMode::kPage);

  auto golden = rt::read_golden_manifest(argv[3]);
  auto model = rt::ModelFile::open(argv[2]);
  if (!golden.is_ok() || !model.is_ok()) {
    std::fprintf(stderr, "cannot load the model or its golden\n");
    return 1;
  }
  auto interp = rt::Interpreter::create(std::move(model).value(), rt::builtin_op_resolver(), std::make_shared<rt::Arena>());
  if (!interp.is_ok()) {
    std::fprintf(stderr, "%s\n", interp.status().message().c_str());
    return 1;
  }
  for (const auto& in : golden->inputs) {
    if (!interp.value()->resize_input(in.index, in.shape).is_ok()) return 1;
    std::memcpy(interp.value()->input(in.index).data, in.bytes.data(), in.bytes.size());
  }
  if (!interp.value()->invoke().is_ok()) return 1;
  const auto& out = golden->outputs[0];
  const bool same = std::memcmp(interp.value()->output(out.index).data, out.bytes.data(), out.bytes.size()) == 0;
  std::printf("image %dx%d, %zu lines; model output %s\n", img->image.width, img->image.height, layout.lines.size(),
              same ? "matches" : "DIFFERS");
  return same ? 0 : 1;
}
