// JNI glue for vachak.Vachak: each native method calls the C API (vachak.h) and turns a
// failed status into a vachak.VachakException carrying the code and the engine's message.
// No C++ exception and no JNI pending exception is left behind by a successful return.
#include <jni.h>

#include <cstring>
#include <string>
#include <vector>

#include "vachak/vachak.h"

namespace {

jstring java_string(JNIEnv* env, const char* utf8);

void throw_vachak(JNIEnv* env, int status, const std::string& message) {
  if (env->ExceptionCheck()) return;  // a Java exception (from a listener) is already pending
  jclass cls = env->FindClass("vachak/VachakException");
  if (cls == nullptr) return;
  jmethodID ctor = env->GetMethodID(cls, "<init>", "(ILjava/lang/String;)V");
  if (ctor == nullptr) return;
  // Not NewStringUTF: it takes modified UTF-8, and a message quoting input text can hold
  // 4-byte sequences (CheckJNI aborts on them).
  jstring msg = java_string(env, message.c_str());
  auto* ex = static_cast<jthrowable>(env->NewObject(cls, ctor, static_cast<jint>(status), msg));
  if (ex != nullptr) env->Throw(ex);
}

vachak_engine* engine_of(jlong h) { return reinterpret_cast<vachak_engine*>(h); }

bool check(JNIEnv* env, jlong h, vachak_status st) {
  if (st == VACHAK_OK) return true;
  throw_vachak(env, st, vachak_last_error(engine_of(h)));
  return false;
}

std::vector<uint8_t> bytes_of(JNIEnv* env, jbyteArray a) {
  std::vector<uint8_t> out;
  if (a == nullptr) return out;
  out.resize(static_cast<size_t>(env->GetArrayLength(a)));
  env->GetByteArrayRegion(a, 0, static_cast<jsize>(out.size()), reinterpret_cast<jbyte*>(out.data()));
  return out;
}

// Java strings arrive as modified UTF-8; text is re-encoded from UTF-16 to real UTF-8
// so characters outside the BMP survive.
std::string utf8_of(JNIEnv* env, jstring s) {
  std::string out;
  if (s == nullptr) return out;
  const jsize n = env->GetStringLength(s);
  const jchar* u = env->GetStringChars(s, nullptr);
  for (jsize i = 0; i < n; ++i) {
    uint32_t c = u[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
      ++i;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  env->ReleaseStringChars(s, u);
  return out;
}

// UTF-8 from the engine to a Java string (through UTF-16, not modified UTF-8).
jstring java_string(JNIEnv* env, const char* utf8) {
  std::vector<jchar> u;
  const auto* p = reinterpret_cast<const unsigned char*>(utf8);
  while (*p) {
    uint32_t c = *p;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    c = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
    ++p;
    for (int k = 0; k < extra && (*p & 0xC0) == 0x80; ++k, ++p) c = (c << 6) | (*p & 0x3F);
    if (c >= 0x10000) {
      c -= 0x10000;
      u.push_back(static_cast<jchar>(0xD800 + (c >> 10)));
      u.push_back(static_cast<jchar>(0xDC00 + (c & 0x3FF)));
    } else {
      u.push_back(static_cast<jchar>(c));
    }
  }
  return env->NewString(u.data(), static_cast<jsize>(u.size()));
}

struct Listener {
  JNIEnv* env;
  jobject listener;
  jmethodID on_pcm;
  jobject marks = nullptr;  // a MarkListener, or null
  jmethodID on_mark = nullptr;
};

int forward_mark(const char* name, void* user) {
  auto* l = static_cast<Listener*>(user);
  if (l->marks == nullptr) return 0;
  JNIEnv* env = l->env;
  jstring s = java_string(env, name);
  if (s == nullptr) return 1;
  const jboolean go_on = env->CallBooleanMethod(l->marks, l->on_mark, s);
  env->DeleteLocalRef(s);
  if (env->ExceptionCheck()) return 1;  // the listener threw: stop, the exception propagates
  return go_on ? 0 : 1;
}

int forward_pcm(const int16_t* s, size_t n, int rate, void* user) {
  auto* l = static_cast<Listener*>(user);
  JNIEnv* env = l->env;
  jshortArray arr = env->NewShortArray(static_cast<jsize>(n));
  if (arr == nullptr) return 1;
  env->SetShortArrayRegion(arr, 0, static_cast<jsize>(n), reinterpret_cast<const jshort*>(s));
  const jboolean go_on = env->CallBooleanMethod(l->listener, l->on_pcm, arr, static_cast<jint>(rate));
  env->DeleteLocalRef(arr);
  if (env->ExceptionCheck()) return 1;  // the listener threw: stop, the exception propagates
  return go_on ? 0 : 1;
}

bool make_listener(JNIEnv* env, jobject listener, Listener* out) {
  if (listener == nullptr) {
    throw_vachak(env, VACHAK_ERR_INVALID_ARGUMENT, "listener must not be null");
    return false;
  }
  jclass cls = env->GetObjectClass(listener);
  out->env = env;
  out->listener = listener;
  out->on_pcm = env->GetMethodID(cls, "onPcm", "([SI)Z");
  return out->on_pcm != nullptr;
}

}  // namespace

extern "C" {

JNIEXPORT jstring JNICALL Java_vachak_Vachak_version(JNIEnv* env, jclass) { return env->NewStringUTF(vachak_version()); }

// ASCII codes: NewStringUTF is safe here.
JNIEXPORT jstring JNICALL Java_vachak_Vachak_ocrLanguages(JNIEnv* env, jclass) {
  return env->NewStringUTF(vachak_ocr_languages());
}
JNIEXPORT jstring JNICALL Java_vachak_Vachak_speechLanguages(JNIEnv* env, jclass) {
  return env->NewStringUTF(vachak_speech_languages());
}

JNIEXPORT jlong JNICALL Java_vachak_Vachak_nativeCreate(JNIEnv* env, jclass, jstring dir, jlong limit) {
  if (dir == nullptr || limit < 0) {
    throw_vachak(env, VACHAK_ERR_INVALID_ARGUMENT, "model folder must not be null; the limit must be >= 0");
    return 0;
  }
  const std::string d = utf8_of(env, dir);
  vachak_config c{d.c_str(), static_cast<size_t>(limit), 1};
  vachak_engine* e = nullptr;
  const vachak_status st = vachak_engine_create(&c, &e);
  if (st != VACHAK_OK) {
    throw_vachak(env, st, vachak_last_error(nullptr));
    return 0;
  }
  return reinterpret_cast<jlong>(e);
}

JNIEXPORT void JNICALL Java_vachak_Vachak_nativeDestroy(JNIEnv*, jclass, jlong h) { vachak_engine_destroy(engine_of(h)); }

JNIEXPORT jstring JNICALL Java_vachak_Vachak_nativeOcr(JNIEnv* env, jclass, jlong h, jbyteArray image) {
  const std::vector<uint8_t> b = bytes_of(env, image);
  char* text = nullptr;
  if (!check(env, h, vachak_ocr_encoded(engine_of(h), b.empty() ? nullptr : b.data(), b.size(), &text))) return nullptr;
  jstring s = java_string(env, text);
  vachak_free_string(text);
  return s;
}

JNIEXPORT jstring JNICALL Java_vachak_Vachak_nativeOcrPixels(JNIEnv* env, jclass, jlong h, jbyteArray pixels,
                                                             jint width, jint height, jint stride, jboolean rgba) {
  const std::vector<uint8_t> b = bytes_of(env, pixels);
  if (static_cast<int64_t>(stride) * height > static_cast<int64_t>(b.size()) || stride <= 0 || height <= 0) {
    throw_vachak(env, VACHAK_ERR_INVALID_ARGUMENT, "pixel array smaller than stride * height");
    return nullptr;
  }
  char* text = nullptr;
  const vachak_status st = vachak_ocr_pixels(engine_of(h), b.data(), width, height, stride,
                                             rgba ? VACHAK_PIXELS_RGBA8888 : VACHAK_PIXELS_GRAY8, &text);
  if (!check(env, h, st)) return nullptr;
  jstring s = java_string(env, text);
  vachak_free_string(text);
  return s;
}

JNIEXPORT void JNICALL Java_vachak_Vachak_nativeSpeak(JNIEnv* env, jclass, jlong h, jstring text, jfloat rate,
                                                      jobject listener) {
  Listener l{};
  if (!make_listener(env, listener, &l)) return;
  if (text == nullptr) {
    throw_vachak(env, VACHAK_ERR_INVALID_ARGUMENT, "text must not be null");
    return;
  }
  const std::string t = utf8_of(env, text);
  const vachak_status st = vachak_tts(engine_of(h), t.c_str(), rate, forward_pcm, &l);
  if (st == VACHAK_ERR_CANCELLED && !env->ExceptionCheck()) return;  // the listener asked to stop
  check(env, h, st);
}

JNIEXPORT void JNICALL Java_vachak_Vachak_nativeSpeakSsml(JNIEnv* env, jclass, jlong h, jstring ssml, jfloat rate,
                                                          jobject listener, jobject marks) {
  Listener l{};
  if (!make_listener(env, listener, &l)) return;
  if (ssml == nullptr) {
    throw_vachak(env, VACHAK_ERR_INVALID_ARGUMENT, "ssml must not be null");
    return;
  }
  if (marks != nullptr) {
    l.marks = marks;
    l.on_mark = env->GetMethodID(env->GetObjectClass(marks), "onMark", "(Ljava/lang/String;)Z");
    if (l.on_mark == nullptr) return;
  }
  const std::string doc = utf8_of(env, ssml);
  const vachak_status st = vachak_tts_ssml(engine_of(h), doc.c_str(), rate, forward_pcm, forward_mark, &l);
  if (st == VACHAK_ERR_CANCELLED && !env->ExceptionCheck()) return;  // a listener asked to stop
  check(env, h, st);
}

JNIEXPORT void JNICALL Java_vachak_Vachak_nativeReadAloud(JNIEnv* env, jclass, jlong h, jbyteArray image, jfloat rate,
                                                          jobject listener) {
  Listener l{};
  if (!make_listener(env, listener, &l)) return;
  const std::vector<uint8_t> b = bytes_of(env, image);
  const vachak_status st = vachak_read_aloud(engine_of(h), b.empty() ? nullptr : b.data(), b.size(), rate, forward_pcm, &l);
  if (st == VACHAK_ERR_CANCELLED && !env->ExceptionCheck()) return;
  check(env, h, st);
}

JNIEXPORT void JNICALL Java_vachak_Vachak_nativeTrim(JNIEnv* env, jclass, jlong h) { check(env, h, vachak_trim(engine_of(h))); }

JNIEXPORT void JNICALL Java_vachak_Vachak_nativeSetOcrLanguage(JNIEnv* env, jclass, jlong h, jstring lang) {
  if (lang == nullptr) {
    check(env, h, vachak_set_ocr_language(engine_of(h), nullptr));
    return;
  }
  const std::string l = utf8_of(env, lang);
  check(env, h, vachak_set_ocr_language(engine_of(h), l.c_str()));
}

JNIEXPORT void JNICALL Java_vachak_Vachak_nativeSetSpeechLanguage(JNIEnv* env, jclass, jlong h, jstring lang) {
  if (lang == nullptr) {
    check(env, h, vachak_set_speech_language(engine_of(h), nullptr));
    return;
  }
  const std::string l = utf8_of(env, lang);
  check(env, h, vachak_set_speech_language(engine_of(h), l.c_str()));
}

JNIEXPORT void JNICALL Java_vachak_Vachak_nativeSetPitchAndVolume(JNIEnv* env, jclass, jlong h, jfloat pitch,
                                                                  jfloat volume) {
  check(env, h, vachak_set_pitch_and_volume(engine_of(h), pitch, volume));
}

}  // extern "C"
