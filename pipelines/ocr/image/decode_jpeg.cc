// JPEG through libjpeg(-turbo): decoded straight to gray, and scaled by 1/2, 1/4 or
// 1/8 inside the DCT when the image is larger than needed, then by a box filter for the
// rest. Errors arrive by longjmp; as in decode_png.cc, every C++ object is constructed
// before setjmp.
#include <cstdio>
#include <csetjmp>
#include <memory>
#include <vector>

#include <jpeglib.h>
#include <jerror.h>

#include "pipelines/ocr/image/decoders.h"
#include "pipelines/ocr/image/row_downscaler.h"

namespace vachak::ocr {
namespace {

struct JpegErrors {
  jpeg_error_mgr mgr;
  jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
  bool truncated;
};

void on_error(j_common_ptr cinfo) {
  auto* e = reinterpret_cast<JpegErrors*>(cinfo->err);
  (*cinfo->err->format_message)(cinfo, e->message);
  std::longjmp(e->jump, 1);
}

// Warnings are not fatal to libjpeg, but a premature end means the bottom of the
// picture is invented gray: remember it so the caller can refuse the file.
void on_message(j_common_ptr cinfo, int level) {
  if (level < 0 && cinfo->err->msg_code == JWRN_JPEG_EOF) reinterpret_cast<JpegErrors*>(cinfo->err)->truncated = true;
}

// The largest DCT scale (1, 2, 4, 8) not above the total factor.
int dct_denominator(int factor) {
  int d = 1;
  while (d < 8 && d * 2 <= factor) d *= 2;
  return d;
}

}  // namespace

Result<DecodedImage> decode_jpeg(const std::string& name, const uint8_t* data, size_t size, const DecodeOptions& o) {
  jpeg_decompress_struct cinfo{};
  JpegErrors errors{};
  std::vector<uint8_t> row;
  std::unique_ptr<RowDownscaler> scaler;
  DecodedImage result;
  Status failure;

  cinfo.err = jpeg_std_error(&errors.mgr);
  errors.mgr.error_exit = on_error;
  errors.mgr.emit_message = on_message;
  if (setjmp(errors.jump)) {
    jpeg_destroy_decompress(&cinfo);
    return corrupt(name + ": corrupt JPEG: " + errors.message);
  }
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, data, static_cast<unsigned long>(size));
  jpeg_read_header(&cinfo, TRUE);

  failure = check_dimensions(name, cinfo.image_width, cinfo.image_height, o);
  if (failure.is_ok() && (cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK))
    failure = unsupported(name + ": CMYK JPEG is not supported; convert it to RGB or gray");
  if (!failure.is_ok()) {
    jpeg_destroy_decompress(&cinfo);
    return failure;
  }
  const int factor = downscale_factor(static_cast<int>(cinfo.image_width), static_cast<int>(cinfo.image_height),
                                      o.max_long_side);
  cinfo.scale_num = 1;
  cinfo.scale_denom = static_cast<unsigned>(dct_denominator(factor));
  cinfo.out_color_space = JCS_GRAYSCALE;
  jpeg_start_decompress(&cinfo);

  const int w = static_cast<int>(cinfo.output_width);
  const int h = static_cast<int>(cinfo.output_height);
  const int rest = downscale_factor(w, h, o.max_long_side);
  scaler = std::make_unique<RowDownscaler>(w, h, rest);
  row.resize(static_cast<size_t>(w));
  while (cinfo.output_scanline < cinfo.output_height) {
    JSAMPROW rows[1] = {row.data()};
    jpeg_read_scanlines(&cinfo, rows, 1);
    scaler->push_row(row.data());
  }
  jpeg_finish_decompress(&cinfo);
  jpeg_destroy_decompress(&cinfo);
  if (errors.truncated) return corrupt(name + ": truncated JPEG: the data ends before the last row");

  result.image = scaler->take();
  result.source_width = static_cast<int>(cinfo.image_width);
  result.source_height = static_cast<int>(cinfo.image_height);
  result.scale_denominator = static_cast<int>(cinfo.scale_denom) * rest;
  return result;
}

}  // namespace vachak::ocr
