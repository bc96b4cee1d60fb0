#include "lang/unicode/utf8.h"

namespace vachak::lang {

namespace {

// The code point that starts at byte i, and its length in bytes.
Status decode_at(std::string_view s, size_t i, char32_t* cp_out, size_t* len_out) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  int len = 0;
  char32_t cp = 0, min = 0;
  if (b0 < 0x80) { cp = b0; len = 1; }
  else if ((b0 & 0xE0) == 0xC0) { cp = b0 & 0x1F; len = 2; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { cp = b0 & 0x0F; len = 3; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { cp = b0 & 0x07; len = 4; min = 0x10000; }
  else {
    static const char kHex[] = "0123456789ABCDEF";
    const std::string hex = {kHex[b0 >> 4], kHex[b0 & 15]};
    return invalid_argument("invalid UTF-8: byte 0x" + hex + " at offset " + std::to_string(i) + " cannot start a character");
  }
  if (i + static_cast<size_t>(len) > s.size())
    return invalid_argument("invalid UTF-8: sequence at offset " + std::to_string(i) + " is cut short");
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
    if ((b & 0xC0) != 0x80)
      return invalid_argument("invalid UTF-8: missing continuation byte at offset " + std::to_string(i + static_cast<size_t>(k)));
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min) return invalid_argument("invalid UTF-8: overlong encoding at offset " + std::to_string(i));
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return invalid_argument("invalid UTF-8: code point out of range at offset " + std::to_string(i));
  *cp_out = cp;
  *len_out = static_cast<size_t>(len);
  return Status::ok();
}

}  // namespace

Result<std::u32string> utf8_decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  char32_t cp = 0;
  for (size_t i = 0, len = 0; i < s.size(); i += len) {
    VACHAK_RETURN_IF_ERROR(decode_at(s, i, &cp, &len));
    out.push_back(cp);
  }
  return out;
}

Status utf8_validate(std::string_view s) {
  char32_t cp = 0;
  for (size_t i = 0, len = 0; i < s.size(); i += len) VACHAK_RETURN_IF_ERROR(decode_at(s, i, &cp, &len));
  return Status::ok();
}

void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string utf8_encode(std::u32string_view cps) {
  std::string out;
  out.reserve(cps.size() * 3);
  for (char32_t cp : cps) utf8_append(out, cp);
  return out;
}

}  // namespace vachak::lang
