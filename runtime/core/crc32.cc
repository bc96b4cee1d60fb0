#include "runtime/core/crc32.h"

namespace vachak::rt {

uint32_t crc32(const uint8_t* data, size_t size) {
  // Bitwise form: the header is a few kilobytes, so a table is not worth its bytes.
  uint32_t crc = 0xFFFFFFFFu;
  for (size_t i = 0; i < size; ++i) {
    crc ^= data[i];
    for (int b = 0; b < 8; ++b) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

}  // namespace vachak::rt
