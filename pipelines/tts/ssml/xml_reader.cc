#include "pipelines/tts/ssml/xml_reader.h"

#include <cstdint>

#include "lang/unicode/utf8.h"

namespace vachak::tts {

const std::string* XmlNode::attribute(std::string_view key) const {
  for (const auto& [k, v] : attributes)
    if (k == key) return &v;
  return nullptr;
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_name_start(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c >= 0x80; }
bool is_name_char(unsigned char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

// Code points XML 1.0 allows in a document.
bool is_xml_char(uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

class Parser {
 public:
  Parser(std::string_view s, int max_depth) : s_(s), max_depth_(max_depth) {}

  Result<XmlNode> document() {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") p_ = 3;  // a byte-order mark
    if (Status st = misc(); !st.is_ok()) return st;
    if (p_ >= s_.size() || s_[p_] != '<') return error("no root element");
    XmlNode root;
    if (Status st = element(root, 1); !st.is_ok()) return st;
    if (Status st = misc(); !st.is_ok()) return st;
    if (p_ != s_.size()) return error("content after the root element");
    return root;
  }

 private:
  Status error(const std::string& what) const {
    return invalid_argument("SSML: " + what + " at byte " + std::to_string(p_));
  }
  bool at(std::string_view t) const { return s_.substr(p_, t.size()) == t; }
  void skip_space() {
    while (p_ < s_.size() && is_space(s_[p_])) ++p_;
  }
  // Skips up to and past `end`; false when it never comes.
  bool skip_past(std::string_view end) {
    const size_t k = s_.find(end, p_);
    if (k == std::string_view::npos) return false;
    p_ = k + end.size();
    return true;
  }

  // Whitespace, comments and processing instructions around the root; no DOCTYPE.
  Status misc() {
    while (true) {
      skip_space();
      if (at("<!--")) {
        if (!skip_past("-->")) return error("unterminated comment");
      } else if (at("<?")) {
        if (!skip_past("?>")) return error("unterminated processing instruction");
      } else if (at("<!")) {
        return error("document type declarations are not allowed");
      } else {
        return Status::ok();
      }
    }
  }

  Status name(std::string* out) {
    const size_t start = p_;
    if (p_ >= s_.size() || !is_name_start(static_cast<unsigned char>(s_[p_]))) return error("a name was expected");
    while (p_ < s_.size() && is_name_char(static_cast<unsigned char>(s_[p_]))) ++p_;
    out->assign(s_.substr(start, p_ - start));
    return Status::ok();
  }

  // Decodes character data up to `stop` (a quote for attributes, '<' for text).
  Status chars(char stop, std::string* out) {
    while (p_ < s_.size() && s_[p_] != stop) {
      const char c = s_[p_];
      if (c == '<') return error("'<' inside an attribute value");
      if (c != '&') {
        out->push_back(c);
        ++p_;
        continue;
      }
      const size_t semi = s_.find(';', p_);
      if (semi == std::string_view::npos || semi - p_ > 12) return error("an unterminated entity reference");
      const std::string_view ref = s_.substr(p_ + 1, semi - p_ - 1);
      if (ref == "amp") out->push_back('&');
      else if (ref == "lt") out->push_back('<');
      else if (ref == "gt") out->push_back('>');
      else if (ref == "quot") out->push_back('"');
      else if (ref == "apos") out->push_back('\'');
      else if (ref.size() > 1 && ref[0] == '#') {
        uint32_t v = 0;
        const bool hex = ref[1] == 'x';
        const std::string_view digits = ref.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 8) return error("a bad character reference");
        for (char d : digits) {
          int k = -1;
          if (d >= '0' && d <= '9') k = d - '0';
          else if (hex && d >= 'a' && d <= 'f') k = d - 'a' + 10;
          else if (hex && d >= 'A' && d <= 'F') k = d - 'A' + 10;
          if (k < 0) return error("a bad character reference");
          v = v * (hex ? 16 : 10) + static_cast<uint32_t>(k);
        }
        if (!is_xml_char(v)) return error("a character reference to a character XML does not allow");
        out->append(lang::utf8_encode(std::u32string(1, static_cast<char32_t>(v))));
      } else {
        return error("an unknown entity &" + std::string(ref) + ";");
      }
      p_ = semi + 1;
    }
    return Status::ok();
  }

  Status element(XmlNode& node, int depth) {
    if (depth > max_depth_) return error("elements nested deeper than " + std::to_string(max_depth_));
    ++p_;  // '<'
    node.kind = XmlNode::Kind::kElement;
    if (Status st = name(&node.name); !st.is_ok()) return st;
    while (true) {
      const size_t before = p_;
      skip_space();
      if (p_ >= s_.size()) return error("an unterminated tag <" + node.name + ">");
      if (at("/>")) {
        p_ += 2;
        return Status::ok();
      }
      if (s_[p_] == '>') {
        ++p_;
        break;
      }
      if (p_ == before) return error("attributes must be separated by white space");
      std::string key, value;
      if (Status st = name(&key); !st.is_ok()) return st;
      skip_space();
      if (p_ >= s_.size() || s_[p_] != '=') return error("'=' expected after attribute " + key);
      ++p_;
      skip_space();
      if (p_ >= s_.size() || (s_[p_] != '"' && s_[p_] != '\'')) return error("a quoted value expected for " + key);
      const char quote = s_[p_++];
      if (Status st = chars(quote, &value); !st.is_ok()) return st;
      if (p_ >= s_.size()) return error("an unterminated attribute value");
      ++p_;  // the closing quote
      if (node.attribute(key) != nullptr) return error("attribute " + key + " given twice");
      node.attributes.emplace_back(std::move(key), std::move(value));
    }
    // Content.
    while (true) {
      if (p_ >= s_.size()) return error("<" + node.name + "> is never closed");
      if (at("</")) {
        p_ += 2;
        std::string end;
        if (Status st = name(&end); !st.is_ok()) return st;
        if (end != node.name) return error("</" + end + "> closes <" + node.name + ">");
        skip_space();
        if (p_ >= s_.size() || s_[p_] != '>') return error("'>' expected");
        ++p_;
        return Status::ok();
      }
      if (at("<!--")) {
        if (!skip_past("-->")) return error("unterminated comment");
      } else if (at("<![CDATA[")) {
        const size_t start = p_ + 9;
        p_ = start;
        if (!skip_past("]]>")) return error("unterminated CDATA section");
        append_text(node, std::string(s_.substr(start, p_ - 3 - start)));
      } else if (at("<?")) {
        if (!skip_past("?>")) return error("unterminated processing instruction");
      } else if (at("<!")) {
        return error("a declaration inside an element");
      } else if (s_[p_] == '<') {
        XmlNode child;
        if (Status st = element(child, depth + 1); !st.is_ok()) return st;
        node.children.push_back(std::move(child));
      } else {
        std::string text;
        if (Status st = chars('<', &text); !st.is_ok()) return st;
        append_text(node, std::move(text));
      }
    }
  }

  static void append_text(XmlNode& node, std::string text) {
    if (!node.children.empty() && node.children.back().kind == XmlNode::Kind::kText) {
      node.children.back().text += text;
      return;
    }
    XmlNode t;
    t.kind = XmlNode::Kind::kText;
    t.text = std::move(text);
    node.children.push_back(std::move(t));
  }

  std::string_view s_;
  size_t p_ = 0;
  int max_depth_;
};

}  // namespace

Result<XmlNode> parse_xml(std::string_view doc, int max_depth) { return Parser(doc, max_depth).document(); }

}  // namespace vachak::tts
