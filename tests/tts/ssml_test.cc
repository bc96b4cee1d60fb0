// The SSML subset: what a document becomes (items), and every malformed or unsupported
// document refused with a reason before anything is spoken.
#include <gtest/gtest.h>

#include "lang/hin/words.h"
#include "limits/limits.h"
#include "pipelines/tts/ssml/ssml.h"

namespace vachak::tts {
namespace {

const lang::NumberWords& numbers() {
  static auto n = lang::hin::words().make_numbers();
  return *n;
}

std::vector<SsmlItem> items(const std::string& doc) {
  auto r = parse_ssml(doc, numbers());
  EXPECT_TRUE(r.is_ok()) << doc << ": " << r.status().message();
  return r.is_ok() ? r.value() : std::vector<SsmlItem>{};
}

std::string error(const std::string& doc) {
  auto r = parse_ssml(doc, numbers());
  return r.is_ok() ? "" : r.status().message();
}

TEST(Ssml, TextBreaksAndMarksInOrder) {
  auto v = items("<?xml version=\"1.0\"?><!-- hi --><speak version=\"1.1\" xml:lang=\"hi-IN\">"
                 "नमस्ते <mark name=\"a\"/><break time=\"750ms\"/>दुनिया<break strength=\"x-strong\"/>"
                 "<break time=\"1.5s\"/><break/><mark name=\"b&amp;c\"/></speak>");
  ASSERT_EQ(v.size(), 8u);
  EXPECT_EQ(v[0].kind, SsmlItem::Kind::kText);
  EXPECT_EQ(v[0].text, "नमस्ते");
  EXPECT_EQ(v[0].lang, "hi-IN");
  EXPECT_EQ(v[1].kind, SsmlItem::Kind::kMark);
  EXPECT_EQ(v[1].text, "a");
  EXPECT_EQ(v[2].break_ms, 750);
  EXPECT_EQ(v[3].text, "दुनिया");
  EXPECT_EQ(v[4].break_ms, 1000);
  EXPECT_EQ(v[5].break_ms, 1500);
  EXPECT_EQ(v[6].break_ms, 400);  // medium
  EXPECT_EQ(v[7].text, "b&c");
}

TEST(Ssml, ProsodyNestsAndSplitsText) {
  auto v = items("<speak>एक <prosody rate=\"200%\" volume=\"-6dB\">दो <prosody rate=\"slow\" pitch=\"+12st\">तीन"
                 "</prosody></prosody> चार</speak>");
  ASSERT_EQ(v.size(), 4u);
  EXPECT_FLOAT_EQ(v[0].prosody.rate, 1.0f);
  EXPECT_FLOAT_EQ(v[1].prosody.rate, 2.0f);
  EXPECT_NEAR(v[1].prosody.volume, 0.501f, 0.001f);
  EXPECT_FLOAT_EQ(v[2].prosody.rate, 1.5f);
  EXPECT_NEAR(v[2].prosody.pitch, 2.0f, 1e-5f);
  EXPECT_EQ(v[3].text, "चार");
  EXPECT_FLOAT_EQ(v[3].prosody.rate, 1.0f);
  // <emphasis> also scales the phrase melody, nested ones multiplying.
  auto e = items("<speak>एक <emphasis level=\"strong\">दो <emphasis level=\"reduced\">तीन</emphasis></emphasis></speak>");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_FLOAT_EQ(e[0].prosody.intonation, 1.0f);
  EXPECT_FLOAT_EQ(e[1].prosody.intonation, 1.5f);
  EXPECT_FLOAT_EQ(e[2].prosody.intonation, 0.75f);
}

TEST(Ssml, SayAsSubAndParagraphs) {
  auto v = items("<speak><p><s><say-as interpret-as=\"telephone\">+91 98765-43210</say-as></s>"
                 "<s><say-as interpret-as=\"ordinal\">२१</say-as> <say-as interpret-as=\"date\" format=\"mdy\">11/23/2026"
                 "</say-as> <say-as interpret-as=\"characters\">ABक्षि</say-as> <sub alias=\"विश्व स्वास्थ्य संगठन\">WHO</sub>"
                 "</s></p><![CDATA[a < b]]></speak>");
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[0].text, "+ नौ एक , नौ आठ सात छह पाँच , चार तीन दो एक शून्य");
  EXPECT_EQ(v[1].text, numbers().ordinal(21, false, false) + " 23/11/2026 A B क्षि विश्व स्वास्थ्य संगठन");
  EXPECT_EQ(v[2].kind, SsmlItem::Kind::kBreak);  // after the paragraph
  EXPECT_EQ(v[3].text, "a < b");
}

TEST(Ssml, MalformedOrUnsupportedIsRefusedWithAReason) {
  const std::pair<const char*, const char*> cases[] = {
      {"नमस्ते", "no root element"},
      {"<speak>नमस्ते", "never closed"},
      {"<speak><p>नमस्ते</s></speak>", "closes <p>"},
      {"<speak>a &nbsp; b</speak>", "unknown entity"},
      {"<speak>&#0;</speak>", "does not allow"},
      {"<!DOCTYPE speak [<!ENTITY x \"y\">]><speak>&x;</speak>", "document type"},
      {"<speak><foo/>x</speak>", "<foo>"},
      {"<voice>x</voice>", "not <speak>"},
      {"<speak><break time=\"11s\"/></speak>", "longer than"},
      {"<speak><break time=\"soon\"/></speak>", "time=\"soon\""},
      {"<speak><prosody pitch=\"200Hz\">x</prosody></speak>", "pitch=\"200Hz\""},
      {"<speak><say-as interpret-as=\"ordinal\">x1</say-as></speak>", "whole number"},
      {"<speak><say-as interpret-as=\"date\" format=\"dm\">1/2</say-as></speak>", "formats"},
      {"<speak><say-as interpret-as=\"vin\">x</say-as></speak>", "not supported"},
      {"<speak><mark/></speak>", "without a name"},
      {"<speak a=\"1\" a=\"2\">x</speak>", "twice"},
      {"<speak>x</speak>trailing", "after the root"},
      {"<speak>\xff</speak>", "UTF-8"},
  };
  for (const auto& [doc, why] : cases) {
    const std::string e = error(doc);
    EXPECT_NE(e.find(why), std::string::npos) << doc << " -> \"" << e << "\"";
  }
  std::string deep = "<speak>";
  for (int i = 0; i < limits::kMaxSsmlDepth; ++i) deep += "<s>";
  EXPECT_NE(error(deep).find("nested deeper"), std::string::npos);
  EXPECT_NE(error("<speak>" + std::string(limits::kMaxSsmlBytes, 'a') + "</speak>").find("larger than"), std::string::npos);
  std::string silence = "<speak>";
  for (int64_t ms = 0; ms <= limits::kMaxSsmlBreakTotalMs; ms += 10000) silence += "<break time=\"10s\"/>";
  EXPECT_NE(error(silence + "</speak>").find("minutes of silence"), std::string::npos);
}

}  // namespace
}  // namespace vachak::tts
