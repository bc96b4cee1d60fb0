// Blocks of lines and the text formats, on hand-made results (the end-to-end check of
// every format against the JSON is tests/ocr/formats/check_formats.py).
#include <gtest/gtest.h>

#include "pipelines/ocr/export/blocks.h"
#include "pipelines/ocr/export/formats.h"

namespace vachak::ocr {
namespace {

OcrLine line(int x0, int y0, int x1, int y1, const std::string& text = "क") {
  OcrLine l;
  l.box = Box{x0, y0, x1, y1};
  l.text = text;
  l.confidence = 0.9f;
  l.words.push_back(OcrWord{l.box, text, 0.9f});
  return l;
}

TEST(GroupBlocks, ColumnsAndHeadingsMakeBlocks) {
  std::vector<OcrLine> lines = {
      line(100, 20, 900, 80),    // a title in large type
      line(100, 100, 480, 130),  // left column, three lines
      line(100, 140, 470, 170), line(100, 180, 300, 210),
      line(520, 100, 900, 130),  // right column, read after the left
      line(520, 140, 900, 170),
      line(100, 400, 900, 430),  // far below: a block of its own
  };
  const auto blocks = group_blocks(lines);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].first, 0u);
  EXPECT_EQ(blocks[0].end, 1u);
  EXPECT_EQ(blocks[1].first, 1u);
  EXPECT_EQ(blocks[1].end, 4u);
  EXPECT_EQ(blocks[1].box.x0, 100);
  EXPECT_EQ(blocks[1].box.y1, 210);
  EXPECT_EQ(blocks[2].first, 4u);
  EXPECT_EQ(blocks[2].end, 6u);
  EXPECT_EQ(blocks[3].first, 6u);
  EXPECT_TRUE(group_blocks({}).empty());
}

TEST(Formats, ParsesListsAndRefusesUnknownOrRepeated) {
  auto f = parse_format_list("hocr,txt,pdf");
  ASSERT_TRUE(f.is_ok());
  ASSERT_EQ(f->size(), 3u);
  EXPECT_EQ(f.value()[1], OcrFormat::kText);
  EXPECT_STREQ(format_extension(OcrFormat::kAlto), "xml");
  EXPECT_FALSE(parse_format_list("hocr,xml").is_ok());
  EXPECT_FALSE(parse_format_list("tsv,tsv").is_ok());
  EXPECT_FALSE(parse_format_list("").is_ok());
  EXPECT_FALSE(parse_format_list("hocr,").is_ok());
}

TEST(Formats, XmlEscapeKeepsTextAndDropsWhatXmlCannotCarry) {
  EXPECT_EQ(xml_escape("a<b>&\"'\x01z क"), "a&lt;b&gt;&amp;&quot;&apos;z क");
}

TEST(Formats, TsvRowsFollowTesseractsNumbering) {
  OcrResult r;
  r.width = 1000;
  r.height = 500;
  r.lines = {line(100, 100, 480, 130, "एक"), line(100, 140, 470, 170, "दो\tतीन"), line(100, 400, 900, 430)};
  r.lines[1].words = {OcrWord{Box{100, 140, 200, 170}, "दो\tतीन", 0.5f}, OcrWord{Box{220, 140, 470, 170}, "", 0.1f}};
  auto w = make_document_writer(OcrFormat::kTsv, "vachak test");
  const std::string tsv = w->begin() + w->page(r, PageSource{"x.png", 1}) + w->end();
  EXPECT_NE(tsv.find("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"),
            std::string::npos);
  EXPECT_NE(tsv.find("1\t1\t0\t0\t0\t0\t0\t0\t1000\t500\t-1\t\n"), std::string::npos);
  EXPECT_NE(tsv.find("4\t1\t1\t1\t2\t0\t100\t140\t370\t30\t-1\t\n"), std::string::npos);
  EXPECT_NE(tsv.find("5\t1\t1\t1\t2\t1\t100\t140\t100\t30\t50.000\tदो तीन\n"), std::string::npos);  // no tab inside text
  EXPECT_NE(tsv.find("5\t1\t1\t1\t2\t2\t220\t140\t250\t30\t10.000\t\n"), std::string::npos);         // a rejected word
  EXPECT_NE(tsv.find("4\t1\t2\t1\t1\t0\t100\t400\t800\t30\t-1\t\n"), std::string::npos);           // a new block
}

TEST(Formats, BoxesAreClippedToThePage) {
  OcrResult r;
  r.width = 100;
  r.height = 50;
  r.lines = {line(-5, -3, 120, 60)};
  auto w = make_document_writer(OcrFormat::kAlto, "vachak 1.0");
  const std::string alto = w->begin() + w->page(r, PageSource{"a&b.png", 1}) + w->end();
  EXPECT_NE(alto.find("<TextLine ID=\"line_1_1\" HPOS=\"0\" VPOS=\"0\" WIDTH=\"100\" HEIGHT=\"50\">"), std::string::npos);
  EXPECT_NE(alto.find("<fileName>a&amp;b.png</fileName>"), std::string::npos);
  EXPECT_NE(alto.find("<softwareVersion>1.0</softwareVersion>"), std::string::npos);
}

}  // namespace
}  // namespace vachak::ocr
