// Every limit Vachak puts on what a file or a caller hands it, in one place. Each layer
// checks its own inputs against these (with checked arithmetic on sizes from files) and
// refuses with a message naming the value and the limit; nothing past them is allocated.
// Header-only and dependency-free, so the runtime, the pipelines, the engine and the CLI
// can all include it without breaking the one-way flow of dependencies.
#pragma once

#include <cstddef>
#include <cstdint>

namespace vachak::limits {

// ---- models (runtime) ----
// The arena one model may ask for: its planned bytes plus kernel scratch. The shipped
// models need under 1 MB (models/arena-budgets.txt); a file declaring more is refused at
// load, before any allocation.
constexpr uint64_t kMaxArenaBytes = uint64_t{32} << 20;
// Elements of one tensor (a weight is also bounded by the file's size, an arena tensor
// by kMaxArenaBytes).
constexpr int64_t kMaxTensorElements = int64_t{1} << 31;

// ---- images (OCR decoders) ----
// Pixels an encoded image may declare (decompression-bomb guard): refused before any
// pixel is decoded.
constexpr uint64_t kMaxImagePixels = uint64_t{200} * 1000 * 1000;
// Interlaced PNGs are decoded whole by libpng: a lower bound on their size.
constexpr uint64_t kMaxInterlacedPngPixels = uint64_t{16} * 1000 * 1000;
// Memory a decoder may hold beyond its output rows: a progressive JPEG keeps every DCT
// coefficient of the whole image (2 bytes per pixel and component), whatever the output
// scale, and an interlaced PNG every row. The engine lowers this to what its ceiling
// leaves. With it, a hostile image stays under about 64 MB of peak RSS.
constexpr uint64_t kMaxDecoderBytes = uint64_t{40} << 20;
// Scans of one progressive JPEG: each walks the whole image, so thousands of them in a
// small file are a time bomb. Encoders write about 10.
constexpr int kMaxJpegScans = 256;

// ---- text (speech front end and synthesizer) ----
// A text of any length is spoken; these bound the work done at once, not what is read.
// Bytes of text normalized at a time: a long line is read sentence by sentence (cut after
// ।, ॥, ? or !), a longer sentence at its last phrase mark or space within this span, so
// memory does not grow with the length of a line.
constexpr size_t kMaxTextPieceBytes = 4096;
// Code points of one token (text between spaces) read as a unit: a longer run (400
// letters with no space, a 2,000-character URL) is read in pieces of this size, cut
// between aksharas; keeps the work per token bounded (the schwa decisions of a word cost
// more than its length). Real words, numbers and most URLs are far shorter.
constexpr size_t kMaxTokenChars = 256;
// Phones of one spoken word: a longer word is spoken in pieces of at most this many, cut
// at syllable starts, so a call of the speech models stays within kMaxCallPhones.
constexpr size_t kMaxWordPhones = 32;
// Phones (pauses included) the synthesizer hands one call of the duration model; a voice
// whose duration model takes fewer is refused at load.
constexpr size_t kMaxCallPhones = 128;

// Heap one speech call uses besides the loaded voice and the arena (normalized words,
// phones, model inputs, vocoder and PCM buffers), bounded by the limits above whatever the
// text's length; counted against the engine's memory ceiling before each call. Measured
// by bench/speech_heap.sh (heaptrack): a 20 KB one-line text peaks 97 KB above a one-word
// call; this keeps headroom.
constexpr uint64_t kSpeechCallBytes = uint64_t{256} << 10;

// ---- SSML (vachak_tts_ssml, `vachak tts --ssml`) ----
// An SSML document is parsed whole before anything is spoken (malformed SSML speaks
// nothing), so its size is bounded: bytes, element nesting, and the silence one <break>
// may ask for.
constexpr size_t kMaxSsmlBytes = size_t{1} << 20;
constexpr int kMaxSsmlDepth = 32;
constexpr int kMaxSsmlBreakMs = 10000;
// ... and all its breaks together (a megabyte of <break time="10s"/> would otherwise be
// days of silence).
constexpr int64_t kMaxSsmlBreakTotalMs = 10 * 60 * 1000;

}  // namespace vachak::limits
