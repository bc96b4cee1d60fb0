// `vachak ocr --out DIR [--manifest LIST]`: OCR over a corpus, one page at a time. Each
// image's results go to DIR/PATH.EXT (PATH: the image's path as given, without its
// extension and any leading '/'), written whole or not at all (temp_file.h); an image
// whose results all exist is skipped, so a run that was killed resumes where it stopped,
// and a failure leaves DIR/PATH.error (removed when a later run reads the page). Nothing
// is shared between pages, so GNU parallel, Slurm or Spark can run any number of these
// on parts of a list, on one machine or many, without a scheduler of ours.
#pragma once

#include <string>
#include <vector>

#include "pipelines/ocr/export/formats.h"
#include "pipelines/ocr/ocr_pipeline.h"
#include "runtime/core/status.h"

namespace vachak::app {

struct BatchJob {
  std::vector<std::string> images;
  std::vector<ocr::OcrFormat> formats;
  std::string out_dir;
};

// Prints a summary line on stdout; 0 when no page failed, else 1.
int run_batch(const BatchJob& job, ocr::OcrPipeline& pipeline, const ocr::OcrOptions& options);

// The image paths in a list file ("-": stdin): one per line; blank lines and lines that
// start with '#' are skipped.
[[nodiscard]] Result<std::vector<std::string>> read_manifest(const std::string& path);

// DIR/PATH for an image (no extension), or an error for a path that would leave DIR
// ("..", empty).
[[nodiscard]] Result<std::string> batch_result_base(const std::string& out_dir, const std::string& image);

}  // namespace vachak::app
