// JPEG through libjpeg(-turbo): decoded straight to gray, and scaled by 1/2, 1/4 or
// 1/8 inside the DCT when the image is larger than needed, then by a box filter for the
// rest. Errors arrive by longjmp; as in decode_png.cc, every C++ object is constructed
// before setjmp.
#include <algorithm>
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

// Warnings are not fatal to libjpeg, but a premature end -- of the file, or of the scan
// data at a marker (an image declaring more rows than its data holds) -- means the rest
// of the picture is invented gray: remember it so the caller can refuse the file.
void on_message(j_common_ptr cinfo, int level) {
  if (level < 0 && (cinfo->err->msg_code == JWRN_JPEG_EOF || cinfo->err->msg_code == JWRN_HIT_MARKER))
    reinterpret_cast<JpegErrors*>(cinfo->err)->truncated = true;
}

// A progressive (or multi-scan) JPEG is decoded into a buffer of every DCT coefficient of
// the whole image at full size, whatever the output scale: 2 bytes per coefficient, 64
// per 8x8 block of each component, blocks padded to whole MCUs.
uint64_t multi_scan_coefficient_bytes(const jpeg_decompress_struct& c) {
  uint64_t total = 0;
  const uint64_t max_h = c.max_h_samp_factor > 0 ? c.max_h_samp_factor : 1;
  const uint64_t max_v = c.max_v_samp_factor > 0 ? c.max_v_samp_factor : 1;
  const uint64_t mcus_x = (c.image_width + 8 * max_h - 1) / (8 * max_h);
  const uint64_t mcus_y = (c.image_height + 8 * max_v - 1) / (8 * max_v);
  for (int ci = 0; ci < c.num_components; ++ci) {
    const jpeg_component_info& comp = c.comp_info[ci];
    total += mcus_x * static_cast<uint64_t>(comp.h_samp_factor) * mcus_y * static_cast<uint64_t>(comp.v_samp_factor) *
             64 * sizeof(JCOEF);
  }
  return total;
}

// Each scan of a progressive JPEG walks every block of the image: thousands of tiny scans
// make a small file take minutes. libjpeg-turbo leaves the cap to the application, which
// sets it through the progress monitor.
struct ScanGuard {
  jpeg_progress_mgr mgr;
  int max_scans;
};

void check_scan_count(j_common_ptr cinfo) {
  if (cinfo->is_decompressor == 0) return;
  auto* d = reinterpret_cast<j_decompress_ptr>(cinfo);
  auto* guard = reinterpret_cast<ScanGuard*>(cinfo->progress);
  if (d->input_scan_number > guard->max_scans) {
    auto* e = reinterpret_cast<JpegErrors*>(cinfo->err);
    std::snprintf(e->message, sizeof e->message, "more than %d scans (a progressive-JPEG time bomb)", guard->max_scans);
    std::longjmp(e->jump, 1);
  }
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
  ScanGuard scans{};
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
  scans.mgr.progress_monitor = check_scan_count;
  scans.max_scans = o.max_jpeg_scans;
  cinfo.progress = &scans.mgr;
  jpeg_mem_src(&cinfo, data, static_cast<unsigned long>(size));
  jpeg_read_header(&cinfo, TRUE);

  failure = check_dimensions(name, cinfo.image_width, cinfo.image_height, o);
  if (failure.is_ok() && jpeg_has_multiple_scans(&cinfo)) {
    const uint64_t need = multi_scan_coefficient_bytes(cinfo);
    if (need > o.max_decoder_bytes)
      failure = out_of_memory(name + ": progressive JPEG of " + std::to_string(cinfo.image_width) + "x" +
                              std::to_string(cinfo.image_height) + " pixels needs " + std::to_string(need) +
                              " bytes of coefficients, above the decoder limit of " +
                              std::to_string(o.max_decoder_bytes) + " bytes; save it as a baseline JPEG or smaller");
  }
  // A second guard inside libjpeg: its own large allocations past this fail cleanly
  // (no backing store) instead of growing.
  cinfo.mem->max_memory_to_use = static_cast<long>(std::min<uint64_t>(o.max_decoder_bytes + (uint64_t{8} << 20),
                                                                      uint64_t{1} << 40));
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
