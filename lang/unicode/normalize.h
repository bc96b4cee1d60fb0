// Unicode normalization (ICU): NFC for everything Vachak prints or compares.
#pragma once

#include <string>

#include "runtime/core/status.h"

namespace vachak::lang {

// NFC of valid UTF-8; invalid UTF-8 is refused with the byte offset.
Result<std::string> to_nfc(const std::string& utf8);

}  // namespace vachak::lang
