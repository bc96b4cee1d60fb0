package vachak;

/**
 * On-device OCR and Hindi text-to-speech. One instance owns one native engine: models are
 * mapped on first use and shared memory stays under the ceiling given here. Calls on one
 * instance are serialized by the engine; use separate instances for parallel work.
 * Close it (try-with-resources) to release the native engine.
 */
public final class Vachak implements AutoCloseable {
  static {
    System.loadLibrary("vachak_jni");
  }

  /** Receives PCM (16-bit mono) as it is synthesized; return false to stop. */
  public interface PcmListener {
    boolean onPcm(short[] samples, int sampleRate);
  }

  /** Receives the name of each SSML mark as speech reaches it; return false to stop. */
  public interface MarkListener {
    boolean onMark(String name);
  }

  private long handle;

  /** @param memoryLimitBytes ceiling for mapped models and buffers; 0 for none. */
  public Vachak(String modelDir, long memoryLimitBytes) throws VachakException {
    handle = nativeCreate(modelDir, memoryLimitBytes);
  }

  public static native String version();

  /** The codes setOcrLanguage takes, comma-separated (languages, then scripts, then "auto"), from the registry. */
  public static native String ocrLanguages();

  /** The codes setSpeechLanguage takes, comma-separated, from the registry. */
  public static native String speechLanguages();

  /** Text of an encoded image (PNG, JPEG, PNM): one line per text line, reading order. */
  public synchronized String ocr(byte[] encodedImage) throws VachakException {
    return nativeOcr(checkOpen(), encodedImage);
  }

  /** Text of raw pixels: gray (1 byte per pixel) or RGBA (4 bytes), rows stride bytes apart. */
  public synchronized String ocrPixels(byte[] pixels, int width, int height, int stride, boolean rgba)
      throws VachakException {
    return nativeOcrPixels(checkOpen(), pixels, width, height, stride, rgba);
  }

  /** Speaks the text; PCM reaches the listener in chunks as it is made. */
  public synchronized void speak(String text, float rate, PcmListener listener) throws VachakException {
    nativeSpeak(checkOpen(), text, rate, listener);
  }

  /**
   * Speaks an SSML document (the subset of the README: speak, p, s, break, prosody, say-as,
   * sub, emphasis, mark...). Malformed or unsupported SSML throws before anything is
   * spoken. marks may be null.
   */
  public synchronized void speakSsml(String ssml, float rate, PcmListener listener, MarkListener marks)
      throws VachakException {
    nativeSpeakSsml(checkOpen(), ssml, rate, listener, marks);
  }

  /** OCR an encoded image and speak it, each line as soon as it is read. */
  public synchronized void readAloud(byte[] encodedImage, float rate, PcmListener listener) throws VachakException {
    nativeReadAloud(checkOpen(), encodedImage, rate, listener);
  }

  /**
   * The language OCR reads: one of ocrLanguages() ("deva", the default: any Devanagari text; "auto": each
   * image in the script it reads best as).
   */
  public synchronized void setOcrLanguage(String lang) throws VachakException {
    nativeSetOcrLanguage(checkOpen(), lang);
  }

  /**
   * The language speak, speakSsml and readAloud say text in: one of speechLanguages() ("hin", the
   * default), or "auto" (each call's text in the language of its script).
   */
  public synchronized void setSpeechLanguage(String lang) throws VachakException {
    nativeSetSpeechLanguage(checkOpen(), lang);
  }

  /**
   * The voice's pitch (multiplies its F0 contour, 0.5..2) and volume (multiplies the
   * samples, 0..1) for speak and readAloud from the next call on; both start at 1.
   */
  public synchronized void setPitchAndVolume(float pitch, float volume) throws VachakException {
    nativeSetPitchAndVolume(checkOpen(), pitch, volume);
  }

  /** Releases the idle models; they are mapped again when next needed. */
  public synchronized void trim() throws VachakException {
    nativeTrim(checkOpen());
  }

  @Override
  public synchronized void close() {
    if (handle != 0) {
      nativeDestroy(handle);
      handle = 0;
    }
  }

  private long checkOpen() throws VachakException {
    if (handle == 0) throw new VachakException(1, "the engine is closed");
    return handle;
  }

  private static native long nativeCreate(String modelDir, long memoryLimitBytes) throws VachakException;
  private static native void nativeDestroy(long handle);
  private static native String nativeOcr(long handle, byte[] image) throws VachakException;
  private static native String nativeOcrPixels(long handle, byte[] pixels, int width, int height, int stride,
      boolean rgba) throws VachakException;
  private static native void nativeSpeak(long handle, String text, float rate, PcmListener listener)
      throws VachakException;
  private static native void nativeSpeakSsml(long handle, String ssml, float rate, PcmListener listener,
      MarkListener marks) throws VachakException;
  private static native void nativeReadAloud(long handle, byte[] image, float rate, PcmListener listener)
      throws VachakException;
  private static native void nativeTrim(long handle) throws VachakException;
  private static native void nativeSetOcrLanguage(long handle, String lang) throws VachakException;

  private static native void nativeSetSpeechLanguage(long handle, String lang) throws VachakException;
  private static native void nativeSetPitchAndVolume(long handle, float pitch, float volume) throws VachakException;
}
