// libFuzzer: hostile SSML -> the XML reader and the SSML subset (pipelines/tts/ssml):
// every document is refused with a reason or becomes items; nothing may crash, leak,
// recurse without bound or allocate what the text merely declares.
#include <cstdint>
#include <string_view>

#include "lang/hin/words.h"
#include "pipelines/tts/ssml/ssml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto numbers = vachak::lang::hin::words().make_numbers();
  auto items = vachak::tts::parse_ssml(std::string_view(reinterpret_cast<const char*>(data), size), *numbers);
  if (!items.is_ok() && items.status().message().empty()) __builtin_trap();  // a refusal explains itself
  return 0;
}
