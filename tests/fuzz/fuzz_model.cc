// libFuzzer: a model file from hostile bytes -> loader + planner check -> interpreter
// (Prepare) -> one invoke on zeroed inputs. Seeds: the golden and shipped models. With a
// valid CRC mutation rarely gets past the checksum, so the harness also rewrites the CRC
// of what it is given (an attacker would). The invoke runs at a short run-time length
// where the model allows it (one long dim of the inputs cut to 32; resize_input and the
// re-Prepare are fuzzed too): at the planned maximum a shipped model's invoke takes a
// quarter of a second under ASan, and the fuzzer learns more from many short runs.
#include <cstdint>
#include <cstring>
#include <vector>

#include "runtime/core/crc32.h"
#include "runtime/core/interpreter.h"
#include "runtime/core/op_resolver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<uint8_t> bytes(data, data + size);
  if (bytes.size() >= vachak::rt::kPrefixSize) {
    uint32_t header = 0;
    std::memcpy(&header, &bytes[12], 4);
    if (header <= bytes.size() - vachak::rt::kPrefixSize) {
      const uint32_t crc = vachak::rt::crc32(&bytes[vachak::rt::kPrefixSize], header);
      std::memcpy(&bytes[16], &crc, 4);
    }
  }
  auto m = vachak::rt::ModelFile::from_mapping("fuzz.vmdl", vachak::rt::MappedFile::from_bytes(std::move(bytes)));
  if (!m.is_ok()) return 0;
  auto in = vachak::rt::Interpreter::create(std::move(m).value(), vachak::rt::builtin_op_resolver(),
                                            std::make_shared<vachak::rt::Arena>(64u << 20));
  if (!in.is_ok()) return 0;
  // Shorten one long dim of every input (the width of a line, the frames of a sentence);
  // which dim the model lets vary is not known here, so each is tried in turn.
  constexpr int32_t kShort = 32;
  auto zero_inputs = [&] {
    for (int i = 0; i < in.value()->num_inputs(); ++i) {
      vachak::rt::Tensor& t = in.value()->input(i);
      std::memset(t.data, 0, t.bytes());
    }
  };
  for (int d = vachak::rt::kMaxRank - 1; d >= 0; --d) {
    bool shortened = false;
    for (int i = 0; i < in.value()->num_inputs(); ++i) {
      vachak::rt::Shape s = in.value()->input(i).max_shape;
      if (d >= s.rank || s.dims[d] <= kShort) continue;
      s.dims[d] = kShort;
      shortened = in.value()->resize_input(i, s).is_ok() || shortened;
    }
    if (!shortened) continue;
    zero_inputs();
    if (in.value()->invoke().is_ok()) return 0;
    for (int i = 0; i < in.value()->num_inputs(); ++i)  // back to the planned shapes
      (void)in.value()->resize_input(i, in.value()->input(i).max_shape);
  }
  zero_inputs();
  (void)in.value()->invoke();
  return 0;
}
