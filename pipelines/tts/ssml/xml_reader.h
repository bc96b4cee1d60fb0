// A small, strict XML reader for SSML: elements, attributes in single or double quotes,
// character data, the five predefined entities and numeric character references, CDATA,
// comments, processing instructions and the XML declaration (both skipped). A document
// type declaration is refused (no entity expansion, no external anything), as is anything
// not well-formed: a clear error with the byte offset, never a partial result.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/core/status.h"

namespace vachak::tts {

struct XmlNode {
  enum class Kind { kElement, kText };
  Kind kind = Kind::kText;
  std::string name;  // element name, with any prefix ("xml:lang" stays as written)
  std::vector<std::pair<std::string, std::string>> attributes;  // in document order, values decoded
  std::string text;  // kText: decoded character data
  std::vector<XmlNode> children;

  const std::string* attribute(std::string_view key) const;
};

// The document's root element; `max_depth` bounds element nesting.
[[nodiscard]] Result<XmlNode> parse_xml(std::string_view doc, int max_depth);

}  // namespace vachak::tts
