#include "pipelines/tts/ssml/ssml.h"

#include <cmath>
#include <cstdlib>

#include "lang/deva/akshara.h"
#include "lang/unicode/utf8.h"
#include "limits/limits.h"
#include "pipelines/tts/ssml/xml_reader.h"

namespace vachak::tts {
namespace {

Status unsupported_value(const std::string& element, const std::string& attr, const std::string& value) {
  return invalid_argument("SSML: <" + element + " " + attr + "=\"" + value + "\"> is not a value Vachak understands");
}

// "12.5" -> 12.5; false unless the whole string is a finite number.
bool number(const std::string& s, double* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (*end != '\0' || !std::isfinite(v)) return false;
  *out = v;
  return true;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// A relative or absolute change as a multiplier: "+20%" 1.2, "-20%" 0.8, "150%" 1.5.
bool percent(const std::string& v, double* out) {
  double x;
  if (!ends_with(v, "%") || !number(v.substr(0, v.size() - 1), &x)) return false;
  const bool relative = v[0] == '+' || v[0] == '-';
  *out = relative ? 1.0 + x / 100.0 : x / 100.0;
  return *out >= 0.0;
}

Status parse_rate(const std::string& v, float* out) {
  static const std::pair<const char*, float> kWords[] = {{"x-slow", 0.5f}, {"slow", 0.75f}, {"medium", 1.0f},
                                                         {"fast", 1.5f},   {"x-fast", 2.0f}, {"default", 1.0f}};
  for (const auto& [w, x] : kWords)
    if (v == w) return *out = x, Status::ok();
  double x;
  if (percent(v, &x) || (number(v, &x) && x >= 0)) return *out = static_cast<float>(x), Status::ok();
  return unsupported_value("prosody", "rate", v);
}

Status parse_pitch(const std::string& v, float* out) {
  static const std::pair<const char*, float> kWords[] = {{"x-low", 0.75f}, {"low", 0.87f},   {"medium", 1.0f},
                                                         {"high", 1.15f},  {"x-high", 1.3f}, {"default", 1.0f}};
  for (const auto& [w, x] : kWords)
    if (v == w) return *out = x, Status::ok();
  double x;
  if (percent(v, &x)) return *out = static_cast<float>(x), Status::ok();
  if (ends_with(v, "st") && number(v.substr(0, v.size() - 2), &x))  // semitones
    return *out = static_cast<float>(std::pow(2.0, x / 12.0)), Status::ok();
  return unsupported_value("prosody", "pitch", v);  // Hz: the voice has no fixed base to scale from
}

Status parse_volume(const std::string& v, float* out) {
  static const std::pair<const char*, float> kWords[] = {{"silent", 0.0f}, {"x-soft", 0.2f}, {"soft", 0.4f},
                                                         {"medium", 0.6f}, {"loud", 0.8f},   {"x-loud", 1.0f},
                                                         {"default", 1.0f}};
  for (const auto& [w, x] : kWords)
    if (v == w) return *out = x, Status::ok();
  double x;
  if (ends_with(v, "dB") && number(v.substr(0, v.size() - 2), &x))
    return *out = static_cast<float>(std::pow(10.0, x / 20.0)), Status::ok();
  if (percent(v, &x)) return *out = static_cast<float>(x), Status::ok();
  if (number(v, &x) && x >= 0 && x <= 100) return *out = static_cast<float>(x / 100.0), Status::ok();  // SSML 1.0
  return unsupported_value("prosody", "volume", v);
}

Status parse_break(const XmlNode& e, int* ms) {
  if (const std::string* t = e.attribute("time")) {
    double x;
    if (ends_with(*t, "ms") && number(t->substr(0, t->size() - 2), &x)) *ms = static_cast<int>(std::lround(x));
    else if (ends_with(*t, "s") && number(t->substr(0, t->size() - 1), &x)) *ms = static_cast<int>(std::lround(std::min(x, 1e6) * 1000));
    else return unsupported_value("break", "time", *t);
    if (*ms < 0) return unsupported_value("break", "time", *t);
    if (*ms > limits::kMaxSsmlBreakMs)
      return invalid_argument("SSML: <break time=\"" + *t + "\"> is longer than " +
                              std::to_string(limits::kMaxSsmlBreakMs / 1000) + " s");
    return Status::ok();
  }
  static const std::pair<const char*, int> kStrengths[] = {{"none", 0},   {"x-weak", 100}, {"weak", 250},
                                                           {"medium", 400}, {"strong", 700}, {"x-strong", 1000}};
  const std::string* s = e.attribute("strength");
  if (s == nullptr) return *ms = 400, Status::ok();
  for (const auto& [w, x] : kStrengths)
    if (*s == w) return *ms = x, Status::ok();
  return unsupported_value("break", "strength", *s);
}

// The code points of a text that are digits (ASCII or Devanagari) as ASCII; false when
// anything else but the allowed separators is there.
bool digits_of(const std::u32string& t, const std::u32string& separators, std::string* out, std::vector<size_t>* groups) {
  bool in_group = false;
  for (char32_t c : t) {
    int d = -1;
    if (c >= U'0' && c <= U'9') d = static_cast<int>(c - U'0');
    else if (c >= 0x0966 && c <= 0x096F) d = static_cast<int>(c - 0x0966);
    if (d >= 0) {
      if (!in_group && groups) groups->push_back(0);
      in_group = true;
      out->push_back(static_cast<char>('0' + d));
      if (groups) ++groups->back();
    } else if (separators.find(c) != std::u32string::npos) {
      in_group = false;
    } else {
      return false;
    }
  }
  return !out->empty();
}

bool is_white(char32_t c) { return c == U' ' || c == U'\n' || c == U'\t' || c == U'\r'; }

// The text with white space trimmed and every run of it made one space.
std::u32string trimmed(const std::string& s) {
  auto u = lang::utf8_decode(s);
  if (!u.is_ok()) return {};
  std::u32string t;
  for (char32_t c : u.value()) {
    if (!is_white(c)) t.push_back(c);
    else if (!t.empty() && t.back() != U' ') t.push_back(U' ');
  }
  if (!t.empty() && t.back() == U' ') t.pop_back();
  return t;
}

class Builder {
 public:
  explicit Builder(const lang::NumberWords& numbers) : numbers_(numbers) {}

  Status root(const XmlNode& speak) {
    if (speak.name != "speak") return invalid_argument("SSML: the root element is <" + speak.name + ">, not <speak>");
    Context ctx;
    if (const std::string* l = speak.attribute("xml:lang")) ctx.lang = *l;
    Status st = children(speak, ctx);
    flush();
    return st;
  }
  std::vector<SsmlItem> take() { return std::move(items_); }

 private:
  struct Context {
    SsmlProsody prosody;
    std::string lang;
  };

  void text(const std::string& t, const Context& ctx) {
    if (!pending_.empty() && (pending_prosody_.rate != ctx.prosody.rate || pending_prosody_.pitch != ctx.prosody.pitch ||
                              pending_prosody_.volume != ctx.prosody.volume || pending_lang_ != ctx.lang))
      flush();
    if (pending_.empty()) pending_prosody_ = ctx.prosody, pending_lang_ = ctx.lang;
    pending_ += t;
  }

  void flush() {
    const std::u32string t = trimmed(pending_);
    if (!t.empty()) {
      SsmlItem item;
      item.kind = SsmlItem::Kind::kText;
      item.text = lang::utf8_encode(t);
      item.prosody = pending_prosody_;
      item.lang = pending_lang_;
      items_.push_back(std::move(item));
    }
    pending_.clear();
  }

  void add(SsmlItem::Kind kind, std::string text, int ms) {
    flush();
    SsmlItem item;
    item.kind = kind;
    item.text = std::move(text);
    item.break_ms = ms;
    items_.push_back(std::move(item));
  }

  Status children(const XmlNode& e, const Context& ctx) {
    for (const XmlNode& c : e.children) {
      if (c.kind == XmlNode::Kind::kText) {
        text(c.text, ctx);
        continue;
      }
      if (Status st = element(c, ctx); !st.is_ok()) return st;
    }
    return Status::ok();
  }

  // All the character data inside an element (say-as and sub take no markup).
  static Status plain_text(const XmlNode& e, std::string* out) {
    for (const XmlNode& c : e.children) {
      if (c.kind != XmlNode::Kind::kText) return invalid_argument("SSML: <" + e.name + "> holds <" + c.name + ">; it takes text only");
      *out += c.text;
    }
    return Status::ok();
  }

  Status element(const XmlNode& e, const Context& outer) {
    Context ctx = outer;
    if (const std::string* l = e.attribute("xml:lang")) ctx.lang = *l;
    const std::string& n = e.name;
    if (n == "p" || n == "s" || n == "paragraph" || n == "sentence") {
      flush();
      Status st = children(e, ctx);
      flush();
      if (st.is_ok() && (n == "p" || n == "paragraph")) add(SsmlItem::Kind::kBreak, "", 300);
      return st;
    }
    if (n == "break") {
      int ms = 0;
      if (Status st = parse_break(e, &ms); !st.is_ok()) return st;
      break_total_ms_ += ms;
      if (break_total_ms_ > limits::kMaxSsmlBreakTotalMs)
        return invalid_argument("SSML: the document's breaks add up to more than " +
                                std::to_string(limits::kMaxSsmlBreakTotalMs / 60000) + " minutes of silence");
      add(SsmlItem::Kind::kBreak, "", ms);
      return Status::ok();
    }
    if (n == "mark") {
      const std::string* name = e.attribute("name");
      if (name == nullptr) return invalid_argument("SSML: <mark> without a name");
      add(SsmlItem::Kind::kMark, *name, 0);
      return Status::ok();
    }
    if (n == "prosody") {
      float x = 1.0f;
      if (const std::string* v = e.attribute("rate")) {
        if (Status st = parse_rate(*v, &x); !st.is_ok()) return st;
        ctx.prosody.rate *= x;
      }
      if (const std::string* v = e.attribute("pitch")) {
        if (Status st = parse_pitch(*v, &x); !st.is_ok()) return st;
        ctx.prosody.pitch *= x;
      }
      if (const std::string* v = e.attribute("volume")) {
        if (Status st = parse_volume(*v, &x); !st.is_ok()) return st;
        ctx.prosody.volume *= x;
      }
      return children(e, ctx);
    }
    if (n == "emphasis") {
      const std::string* level = e.attribute("level");
      const std::string l = level ? *level : "moderate";
      if (l == "strong") ctx.prosody.rate *= 0.85f, ctx.prosody.pitch *= 1.1f, ctx.prosody.intonation *= 1.5f;
      else if (l == "moderate") ctx.prosody.rate *= 0.92f, ctx.prosody.pitch *= 1.05f, ctx.prosody.intonation *= 1.25f;
      else if (l == "reduced") ctx.prosody.rate *= 1.1f, ctx.prosody.volume *= 0.8f, ctx.prosody.intonation *= 0.5f;
      else if (l != "none") return unsupported_value("emphasis", "level", l);
      return children(e, ctx);
    }
    if (n == "say-as") return say_as(e, ctx);
    if (n == "sub") {
      const std::string* alias = e.attribute("alias");
      if (alias == nullptr) return invalid_argument("SSML: <sub> without an alias");
      text(" " + *alias + " ", ctx);
      return Status::ok();
    }
    // Spoken as their content: lang and voice (one voice, the language goes with the
    // text), phoneme (its text, not its pronunciation), audio (its fallback text).
    if (n == "lang" || n == "voice" || n == "phoneme" || n == "audio" || n == "w" || n == "token") return children(e, ctx);
    if (n == "desc" || n == "meta" || n == "metadata" || n == "lexicon") return Status::ok();  // not spoken
    return invalid_argument("SSML: <" + n + "> is not an element Vachak speaks");
  }

  Status say_as(const XmlNode& e, const Context& ctx) {
    const std::string* how = e.attribute("interpret-as");
    if (how == nullptr) return invalid_argument("SSML: <say-as> without interpret-as");
    std::string raw;
    if (Status st = plain_text(e, &raw); !st.is_ok()) return st;
    const std::u32string t = trimmed(raw);
    std::string out;
    auto bad = [&](const std::string& what) {
      return invalid_argument("SSML: <say-as interpret-as=\"" + *how + "\"> cannot read \"" + lang::utf8_encode(t) + "\"" +
                              (what.empty() ? "" : ": " + what));
    };
    if (*how == "characters" || *how == "spell-out" || *how == "letters") {
      // An akshara whole (a letter with its vowel sign), anything else one by one.
      for (const std::u32string& a : lang::deva::split_aksharas(t)) {
        if (!a.empty() && a[0] >= 0x0900 && a[0] <= 0x097F) {
          out += lang::utf8_encode(a) + " ";
          continue;
        }
        for (char32_t c : a)
          if (c != U' ' && c != U'\t' && c != U'\n') out += lang::utf8_encode(std::u32string(1, c)) + " ";
      }
    } else if (*how == "cardinal" || *how == "number") {
      out = lang::utf8_encode(t);
    } else if (*how == "ordinal") {
      std::string d;
      if (!digits_of(t, U",", &d, nullptr) || d.size() > 15) return bad("an ordinal is a whole number");
      out = numbers_.ordinal(std::stoll(d), false, false);
    } else if (*how == "digits") {
      std::string d;
      if (!digits_of(t, U" ", &d, nullptr)) return bad("");
      for (char c : d) out += numbers_.digit(c) + " ";
    } else if (*how == "telephone") {
      std::string d;
      std::vector<size_t> groups;
      const bool plus = !t.empty() && t[0] == U'+';
      if (!digits_of(plus ? t.substr(1) : t, U" -.()", &d, &groups)) return bad("");
      out = plus ? "+ " : "";
      size_t k = 0;
      for (size_t g = 0; g < groups.size(); ++g) {
        for (size_t i = 0; i < groups[g]; ++i) out += numbers_.digit(d[k++]) + " ";
        if (g + 1 < groups.size()) out += ", ";
      }
    } else if (*how == "date") {
      const std::string* f = e.attribute("format");
      const std::string format = f ? *f : "dmy";
      std::string d;
      std::vector<size_t> groups;
      if (!digits_of(t, U"/-. ", &d, &groups)) return bad("");
      if (format == "y" && groups.size() == 1) {
        out = numbers_.year(std::stoll(d.substr(0, std::min<size_t>(d.size(), 15))));
      } else if ((format == "dmy" || format == "mdy" || format == "ymd") && groups.size() == 3) {
        std::string part[3];
        size_t k = 0;
        for (int g = 0; g < 3; ++g) part[g] = d.substr(k, groups[g]), k += groups[g];
        const std::string& day = format == "dmy" ? part[0] : format == "mdy" ? part[1] : part[2];
        const std::string& month = format == "dmy" ? part[1] : format == "mdy" ? part[0] : part[1];
        const std::string& year = format == "ymd" ? part[0] : part[2];
        const int dd = std::atoi(day.c_str()), mm = std::atoi(month.c_str());
        if (dd < 1 || dd > 31 || mm < 1 || mm > 12 || year.size() > 4) return bad("not a date in format " + format);
        out = std::to_string(dd) + "/" + std::to_string(mm) + "/" + year;  // as the normalizer reads dates
      } else {
        return bad("formats: dmy, mdy, ymd (three numbers) and y");
      }
    } else if (*how == "time") {
      out = lang::utf8_encode(t);
    } else {
      return invalid_argument("SSML: <say-as interpret-as=\"" + *how + "\"> is not supported (characters, spell-out, "
                              "cardinal, number, ordinal, digits, telephone, date, time)");
    }
    text(" " + out + " ", ctx);
    return Status::ok();
  }

  const lang::NumberWords& numbers_;
  std::vector<SsmlItem> items_;
  std::string pending_, pending_lang_;
  SsmlProsody pending_prosody_;
  int64_t break_total_ms_ = 0;
};

}  // namespace

Result<std::vector<SsmlItem>> parse_ssml(std::string_view doc, const lang::NumberWords& numbers) {
  if (doc.size() > limits::kMaxSsmlBytes)
    return invalid_argument("SSML: a document of " + std::to_string(doc.size()) + " bytes is larger than " +
                            std::to_string(limits::kMaxSsmlBytes));
  if (!lang::utf8_decode(doc).is_ok()) return invalid_argument("SSML: the document is not valid UTF-8");
  auto root = parse_xml(doc, limits::kMaxSsmlDepth);
  if (!root.is_ok()) return root.status();
  Builder b(numbers);
  if (Status st = b.root(root.value()); !st.is_ok()) return st;
  return b.take();
}

}  // namespace vachak::tts
