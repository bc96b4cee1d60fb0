// CRC-32 (IEEE 802.3, reflected, as zlib's crc32) for the model header check.
#pragma once

#include <cstddef>
#include <cstdint>

namespace vachak::rt {

uint32_t crc32(const uint8_t* data, size_t size);

}  // namespace vachak::rt
