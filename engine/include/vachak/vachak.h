/* Vachak: on-device OCR and text-to-speech for Hindi and Devanagari. Stable C ABI.
 *
 * Errors: every call returns a vachak_status; VACHAK_OK is 0. vachak_last_error(engine)
 * gives the message of the last call on that engine that failed in the calling thread
 * (like errno: another thread's calls never change it). No C++ exception crosses this
 * interface, and no call aborts the process.
 *
 * Threads: every call taking an engine may come from any thread; an engine serializes
 * its own calls (a second thread calling into the same engine waits); separate engines
 * are independent. vachak_version() and vachak_free_string() may be called from any
 * thread at any time. vachak_engine_destroy waits for calls already inside the engine
 * to return; calls made after it return VACHAK_ERR_INVALID_ARGUMENT (a destroyed handle
 * must still not be used once its address may belong to a new engine).
 *
 * Callbacks: PCM callbacks run on the thread that made the call, while the engine is
 * held. A callback must not call the same engine (that call returns
 * VACHAK_ERR_INVALID_ARGUMENT at once instead of waiting for itself, and
 * vachak_engine_destroy from there does nothing); it may call other engines. With
 * config.threads > 1, OCR also uses threads of its own inside a call; they never call
 * back into your code.
 *
 * Ownership: strings the engine returns (text_out) belong to the caller, freed with
 * vachak_free_string; buffers passed in are only read during the call. The engine keeps
 * no pointer to caller memory after a call returns.
 *
 * Limits (limits/limits.h in the source): images of at most 200 megapixels (decoded
 * downscaled to at most 1800 px on the long side), progressive JPEGs whose coefficient
 * buffer fits what the memory ceiling leaves (40 MB at most), at most 256 JPEG scans,
 * model arenas of at most 32 MB. Past a limit the call fails with a message naming it.
 * Text has no length limit: it is spoken a sentence at a time, and a token longer than
 * 256 characters (or a word of more than 32 phones) in pieces.
 *
 * Memory: models are memory-mapped on first use and released by vachak_trim() or when
 * the engine needs room under its ceiling; OCR and speech share one arena. What a request
 * holds while it runs counts too -- an image decoder's buffers, and OCR's working image,
 * ink mask and illumination estimate (about 2.25 bytes per pixel of the image as read,
 * at most 1800 px on its long side). A request that cannot fit under memory_limit_bytes
 * fails with VACHAK_ERR_OUT_OF_MEMORY instead of growing past it.
 */
#ifndef VACHAK_VACHAK_H_
#define VACHAK_VACHAK_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define VACHAK_ABI_VERSION 1

typedef enum {
  VACHAK_OK = 0,
  VACHAK_ERR_INVALID_ARGUMENT = 1, /* null pointer, bad size, unknown or destroyed engine */
  VACHAK_ERR_NOT_FOUND = 2,        /* a model file is missing */
  VACHAK_ERR_CORRUPT = 3,          /* bad image or model data */
  VACHAK_ERR_UNSUPPORTED = 4,
  VACHAK_ERR_IO = 5,
  VACHAK_ERR_OUT_OF_MEMORY = 6,    /* the request does not fit under the memory ceiling */
  VACHAK_ERR_INTERNAL = 7,
  VACHAK_ERR_CANCELLED = 8         /* the PCM callback asked to stop */
} vachak_status;

typedef struct vachak_engine vachak_engine;

typedef struct {
  const char* model_dir;     /* folder holding ocr/ and tts/ (see models/) */
  size_t memory_limit_bytes; /* ceiling for mapped models + arena; 0 = no ceiling */
  int threads;               /* OCR reads a page's lines on this many threads (<= 0 means 1,
                                more than 8 means 8); each one beyond the first maps the
                                recognizer again and has its own arena (~1 MB together),
                                counted in vachak_get_stats and under the ceiling. Speech
                                is one thread. */
} vachak_config;

typedef enum { VACHAK_PIXELS_GRAY8 = 0, VACHAK_PIXELS_RGBA8888 = 1 } vachak_pixel_format;

/* Receives 16-bit mono PCM as it is synthesized. Return 0 to go on, anything else to
 * stop (the call then returns VACHAK_ERR_CANCELLED). Called on the calling thread. */
typedef int (*vachak_pcm_callback)(const int16_t* samples, size_t count, int sample_rate, void* user);

/* Receives the name of each SSML <mark> as speech reaches it: every sample before the
 * mark has been handed to the PCM callback. Return 0 to go on, anything else to stop (the
 * call then returns VACHAK_ERR_CANCELLED). Called on the calling thread. */
typedef int (*vachak_mark_callback)(const char* name, void* user);

/* "0.1.0 (abi 1)": static storage. */
const char* vachak_version(void);

/* The codes this library knows how to read (vachak_set_ocr_language: languages, then
 * scripts, then "auto", e.g. "hin,...,ben,asm,guj,deva,beng,gujr,auto") and to speak ("hin,mar,..."), comma-separated, from
 * the language registry; static storage, callable from any thread. A code is usable when
 * the model folder also holds its models (`vachak languages` shows both). */
const char* vachak_ocr_languages(void);
const char* vachak_speech_languages(void);

/* *out is set to a new engine, or to NULL on failure (the message then goes to stderr-free
 * vachak_last_error(NULL)). Models are not loaded until first used. */
vachak_status vachak_engine_create(const vachak_config* config, vachak_engine** out);
/* Releases everything; NULL is ignored. Using the engine afterwards returns
 * VACHAK_ERR_INVALID_ARGUMENT. */
void vachak_engine_destroy(vachak_engine* engine);

/* The message of the last call on this engine that failed in the calling thread ("" when
 * none). Valid until this thread's next call on the engine. vachak_last_error(NULL)
 * reports this thread's last failed vachak_engine_create. */
const char* vachak_last_error(const vachak_engine* engine);

/* OCR of an encoded image (PNG, JPEG, PNM). *text_out receives UTF-8 NFC text, one line
 * per text line in reading order; free it with vachak_free_string. */
vachak_status vachak_ocr_encoded(vachak_engine* engine, const uint8_t* data, size_t size, char** text_out);
/* OCR of raw pixels; stride in bytes (>= width * bytes per pixel); format is a
 * vachak_pixel_format value (an int, so that any value a caller passes is well defined
 * and an unknown one is refused). */
vachak_status vachak_ocr_pixels(vachak_engine* engine, const uint8_t* pixels, int width, int height, int stride,
                                int format, char** text_out);
void vachak_free_string(char* s);

/* Speaks UTF-8 text (in the engine's speech language, vachak_set_speech_language),
 * streaming PCM through the callback. rate 1 = normal
 * (0.25..4); pitch and volume: vachak_set_pitch_and_volume. */
vachak_status vachak_tts(vachak_engine* engine, const char* utf8, float rate, vachak_pcm_callback callback,
                         void* user);

/* Speaks an SSML document (a subset of SSML 1.1: speak, p, s, break, prosody, say-as,
 * sub, lang, voice, emphasis, mark; README "SSML"). The whole document is checked first:
 * malformed or unsupported SSML returns VACHAK_ERR_INVALID_ARGUMENT with the reason in
 * vachak_last_error and nothing is spoken. on_mark may be NULL. rate as for vachak_tts;
 * <prosody> multiplies it and the engine's pitch and volume, within their ranges. */
vachak_status vachak_tts_ssml(vachak_engine* engine, const char* ssml, float rate, vachak_pcm_callback callback,
                              vachak_mark_callback on_mark, void* user);

/* OCR an encoded image and speak its text, line by line. */
vachak_status vachak_read_aloud(vachak_engine* engine, const uint8_t* data, size_t size, float rate,
                                vachak_pcm_callback callback, void* user);

/* The voice's pitch (multiplies its F0 contour, 0.5..2; formants stay) and volume
 * (multiplies the samples, 0..1) for vachak_tts and vachak_read_aloud from the next call
 * on. Both start at 1. Values out of range are refused and change nothing. */
vachak_status vachak_set_pitch_and_volume(vachak_engine* engine, float pitch, float volume);

/* The language OCR reads: a code of vachak_ocr_languages() ("deva", the default, reads any
 * Devanagari text). It picks the script's recognizer and the character model the decoder
 * uses (Nepali and Sanskrit have their own). "auto" maps every script's recognizer and reads
 * each image in the script a sample of its lines reads best as. An unknown code, or a
 * language with no model yet, is VACHAK_ERR_INVALID_ARGUMENT. Takes effect on the next OCR
 * call. */
vachak_status vachak_set_ocr_language(vachak_engine* engine, const char* lang);

/* The language speech says text in: a code of vachak_speech_languages() ("hin", the
 * default), or "auto": each call's text (each line, in read-aloud) in the language of the
 * script most of its letters are in (Tamil letters: "tam"; no Indic letters: "hin"). It picks the
 * language's text normalizer (its number words), letter rules and schwa model; the voice is
 * Hindi's for every language so far. An unknown code, or a language not spoken yet, is
 * VACHAK_ERR_INVALID_ARGUMENT and changes nothing. Takes effect on the next vachak_tts,
 * vachak_tts_ssml or vachak_read_aloud. */
vachak_status vachak_set_speech_language(vachak_engine* engine, const char* lang);

/* Releases the idle models (their mappings and the arena); they are mapped again on
 * next use. */
vachak_status vachak_trim(vachak_engine* engine);

/* The engine's own accounting: bytes of mapped model files, arena bytes, loaded models. */
typedef struct {
  size_t mapped_model_bytes;
  size_t arena_bytes;
  int ocr_loaded;
  int tts_loaded;
} vachak_stats;
vachak_status vachak_get_stats(vachak_engine* engine, vachak_stats* out);

#ifdef __cplusplus
}
#endif

#endif /* VACHAK_VACHAK_H_ */
