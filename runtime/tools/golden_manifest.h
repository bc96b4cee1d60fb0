// Reads a golden manifest written by models/train/vachak_export/make_golden.py:
//   input  <graph input index>  <i8|i16|f32> <d0,d1,...> <file>
//   output <graph output index> <i8|i16|f32> <d0,d1,...> <file>
//   arena_size <bytes>
// Files are raw little-endian arrays, relative to the manifest's folder.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/core/status.h"
#include "runtime/core/tensor.h"

namespace vachak::rt {

struct GoldenArray {
  int index = 0;
  DType type = DType::kInvalid;
  Shape shape;
  std::vector<uint8_t> bytes;
};

struct GoldenManifest {
  std::vector<GoldenArray> inputs;
  std::vector<GoldenArray> outputs;
  uint64_t arena_size = 0;
};

Result<GoldenManifest> read_golden_manifest(const std::string& path);

}  // namespace vachak::rt
