#include "apps/sd_vachak/ssml_text.h"

#include <map>
#include <vector>

#include "lang/deva/akshara.h"
#include "lang/unicode/utf8.h"

namespace vachak::sd {
namespace {

// The character an entity stands for, for the five XML defines; 0 for any other.
char32_t predefined_entity(std::string_view e) {
  if (e == "&amp;") return U'&';
  if (e == "&lt;") return U'<';
  if (e == "&gt;") return U'>';
  if (e == "&quot;") return U'"';
  if (e == "&apos;") return U'\'';
  return 0;
}

// One run of character data (entities still encoded) with the modes applied.
std::string transform(std::string_view raw, lang::hin::PunctuationMode mode, bool spelling) {
  // Decode into units: a code point, or an entity kept as written (with what it stands for).
  struct Unit {
    char32_t c;
    std::string written;
  };
  std::vector<Unit> units;
  for (size_t i = 0; i < raw.size();) {
    if (raw[i] == '&') {
      const size_t semi = raw.find(';', i);
      const std::string_view e = raw.substr(i, semi == std::string_view::npos ? 1 : semi - i + 1);
      units.push_back({predefined_entity(e), std::string(e)});
      i += e.size();
      continue;
    }
    size_t len = 1;
    const unsigned char b = static_cast<unsigned char>(raw[i]);
    if (b >= 0xF0) len = 4;
    else if (b >= 0xE0) len = 3;
    else if (b >= 0xC0) len = 2;
    const std::string_view bytes = raw.substr(i, len);
    auto cps = lang::utf8_decode(bytes);
    units.push_back({cps.is_ok() && cps->size() == 1 ? cps.value()[0] : U'\0', std::string(bytes)});
    i += bytes.size();
  }
  std::string out;
  std::u32string word;  // spelling: the letters since the last break
  auto flush_word = [&] {
    if (word.empty()) return;
    for (const std::u32string& a : lang::deva::split_aksharas(word)) out += xml_text(lang::utf8_encode(a)) + " ";
    word.clear();
  };
  for (const Unit& u : units) {
    const char* name = u.c ? lang::hin::punctuation_name(u.c) : nullptr;
    if (name != nullptr && lang::hin::names_punctuation(u.c, mode)) {
      flush_word();
      out += std::string(" ") + name + " ";
    } else if (spelling && u.c != 0 && u.c != U' ' && u.c != U'\n' && name == nullptr) {
      word.push_back(u.c);
    } else {
      flush_word();
      out += u.written;
    }
  }
  flush_word();
  return out;
}

}  // namespace

std::string xml_text(std::string_view s) {
  std::string o;
  for (char c : s) {
    if (c == '&') o += "&amp;";
    else if (c == '<') o += "&lt;";
    else if (c == '>') o += "&gt;";
    else o += c;
  }
  return o;
}

std::string apply_reading_modes(std::string_view ssml, lang::hin::PunctuationMode mode, bool spelling) {
  if (mode != lang::hin::PunctuationMode::kMost && mode != lang::hin::PunctuationMode::kAll && !spelling)
    return std::string(ssml);
  std::string out;
  size_t i = 0;
  while (i < ssml.size()) {
    if (ssml[i] == '<') {  // markup, copied as it is (a comment or CDATA up to its end)
      size_t end;
      if (ssml.compare(i, 4, "<!--") == 0) end = ssml.find("-->", i), end = end == std::string_view::npos ? end : end + 3;
      else if (ssml.compare(i, 9, "<![CDATA[") == 0) end = ssml.find("]]>", i), end = end == std::string_view::npos ? end : end + 3;
      else end = ssml.find('>', i), end = end == std::string_view::npos ? end : end + 1;
      if (end == std::string_view::npos) end = ssml.size();
      out.append(ssml.substr(i, end - i));
      i = end;
      continue;
    }
    const size_t next = std::min(ssml.find('<', i), ssml.size());
    out += transform(ssml.substr(i, next - i), mode, spelling);
    i = next;
  }
  return out;
}

std::string char_ssml(std::string_view utf8_char) {
  std::string said(utf8_char);
  auto cps = lang::utf8_decode(utf8_char);
  if (utf8_char == "space" || utf8_char == " ") said = "स्पेस";
  else if (cps.is_ok() && cps->size() == 1) {
    if (const char* name = lang::hin::punctuation_name(cps.value()[0])) said = name;
  }
  return "<speak><say-as interpret-as=\"characters\">" + xml_text(said) + "</say-as></speak>";
}

std::string key_ssml(std::string_view key) {
  static const std::map<std::string_view, const char*> kKeys = {
      {"space", "स्पेस"},        {"enter", "एंटर"},       {"return", "एंटर"},     {"tab", "टैब"},
      {"backspace", "बैकस्पेस"}, {"escape", "एस्केप"},    {"delete", "डिलीट"},    {"insert", "इंसर्ट"},
      {"up", "ऊपर तीर"},         {"down", "नीचे तीर"},    {"left", "बायाँ तीर"},   {"right", "दायाँ तीर"},
      {"home", "होम"},           {"end", "एंड"},          {"page-up", "पेज अप"},  {"page-down", "पेज डाउन"},
      {"shift", "शिफ़्ट"},        {"control", "कंट्रोल"},   {"alt", "ऑल्ट"},        {"super", "सुपर"},
      {"caps-lock", "कैप्स लॉक"}, {"num-lock", "नम लॉक"},  {"menu", "मेनू"},       {"print", "प्रिंट"},
      {"underscore", "अंडरस्कोर"}, {"double-quote", "उद्धरण चिह्न"},
  };
  std::string said;
  size_t start = 0;
  while (true) {  // shift_control_a: modifiers, then the key
    const size_t us = key.find('_', start);
    const std::string_view part = key.substr(start, us == std::string_view::npos ? std::string_view::npos : us - start);
    auto it = kKeys.find(part);
    if (it != kKeys.end()) said += std::string(said.empty() ? "" : " ") + it->second;
    else if (!part.empty()) said += (said.empty() ? "" : " ") + std::string(part);
    if (us == std::string_view::npos) break;
    start = us + 1;
  }
  return "<speak>" + xml_text(said) + "</speak>";
}

}  // namespace vachak::sd
