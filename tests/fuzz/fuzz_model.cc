// libFuzzer: a model file from hostile bytes -> loader + planner check -> interpreter
// (Prepare) -> one invoke on zeroed inputs. Seeds: the golden and shipped models. With a
// valid CRC mutation rarely gets past the checksum, so the harness also rewrites the CRC
// of what it is given (an attacker would).
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
  for (int i = 0; i < in.value()->num_inputs(); ++i) {
    vachak::rt::Tensor& t = in.value()->input(i);
    std::memset(t.data, 0, t.bytes());
  }
  (void)in.value()->invoke();
  return 0;
}
