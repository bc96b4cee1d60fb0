// UTF-8 to code points and back, refusing malformed input (overlong forms, surrogates,
// truncated sequences, values above U+10FFFF) with the byte offset of the problem.
#pragma once

#include <string>
#include <string_view>

#include "runtime/core/status.h"

namespace vachak::lang {

Result<std::u32string> utf8_decode(std::string_view bytes);
// The same checks without decoding (no allocation, whatever the length).
Status utf8_validate(std::string_view bytes);
std::string utf8_encode(std::u32string_view cps);
void utf8_append(std::string& out, char32_t cp);

}  // namespace vachak::lang
