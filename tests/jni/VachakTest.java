import java.nio.file.Files;
import java.nio.file.Paths;
import vachak.Vachak;
import vachak.VachakException;

/** Drives OCR, streaming TTS and read-aloud through the JNI binding, as an Android caller would. */
public final class VachakTest {
  private static int failures = 0;

  private static void check(boolean ok, String what) {
    System.out.println((ok ? "ok: " : "FAIL: ") + what);
    if (!ok) failures++;
  }

  private static final class Collect implements Vachak.PcmListener {
    long samples = 0;
    int chunks = 0;
    int rate = 0;
    int stopAfter = 0;
    long sumAbs = 0;

    @Override
    public boolean onPcm(short[] pcm, int sampleRate) {
      samples += pcm.length;
      for (short x : pcm) sumAbs += Math.abs(x);
      rate = sampleRate;
      chunks++;
      return stopAfter == 0 || chunks < stopAfter;
    }
  }

  public static void main(String[] args) throws Exception {
    String models = args[0];
    byte[] line = Files.readAllBytes(Paths.get(args[1]));
    check(!Vachak.version().isEmpty(), "version " + Vachak.version());
    // An error message quoting text outside the BMP (4-byte UTF-8) reaches Java intact
    // (NewStringUTF would take it as modified UTF-8; CheckJNI aborts on that).
    try (Vachak bad = new Vachak(models + "/\uD83D\uDE00-missing", 0)) {
      check(false, "a missing model folder is refused");
    } catch (VachakException e) {
      check(e.getMessage().contains("\uD83D\uDE00-missing"), "error message keeps a 4-byte character: " + e.getMessage());
    }

    try (Vachak v = new Vachak(models, 0)) {
      String text = v.ocr(line);
      check(text.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F), "OCR reads Devanagari: " + text.trim());

      Collect all = new Collect();
      v.speak("नमस्ते, यह जावा से बोला गया वाक्य है।", 1.0f, all);
      check(all.rate == 16000 && all.samples > 16000 && all.chunks > 3,
          "speech streams: " + all.samples + " samples in " + all.chunks + " chunks");

      Collect some = new Collect();
      some.stopAfter = 2;
      v.speak("नमस्ते, यह जावा से बोला गया वाक्य है।", 1.0f, some);
      check(some.chunks == 2, "the listener stops speech after 2 chunks");

      Collect ssml = new Collect();
      java.util.List<String> marks = new java.util.ArrayList<>();
      v.speakSsml("<speak>नमस्ते <mark name=\"m\u00e9\"/><break time=\"200ms\"/>दुनिया</speak>", 1.0f, ssml,
          name -> marks.add(name));
      check(marks.size() == 1 && marks.get(0).equals("m\u00e9") && ssml.samples > 3200,
          "SSML speaks with its marks: " + marks + ", " + ssml.samples + " samples");
      try {
        v.speakSsml("<speak><nope/></speak>", 1.0f, new Collect(), null);
        check(false, "malformed SSML throws");
      } catch (VachakException e) {
        check(e.getMessage().contains("<nope>"), "malformed SSML says why: " + e.getMessage());
      }

      Collect read = new Collect();
      v.readAloud(line, 1.0f, read);
      check(read.samples > 8000, "read-aloud speaks the image: " + read.samples + " samples");

      try {
        v.ocr(new byte[] {1, 2, 3, 4});
        check(false, "junk image refused");
      } catch (VachakException e) {
        check(e.status() == 4 && !e.getMessage().isEmpty(), "junk image refused: " + e.getMessage());
      }
      try {
        v.speak("नमस्ते", 1.0f, null);
        check(false, "null listener refused");
      } catch (VachakException e) {
        check(e.status() == 1, "null listener refused");
      }
      // Two Java threads on one engine: the engine serializes them; both get whole answers.
      String[] fromThread = new String[1];
      Collect[] spoken = {new Collect()};
      Thread reader = new Thread(() -> {
        try {
          fromThread[0] = v.ocr(line);
        } catch (VachakException e) {
          fromThread[0] = "error: " + e.getMessage();
        }
      });
      Thread speaker = new Thread(() -> {
        try {
          v.speak("दो धागे एक ही इंजन से बात करते हैं।", 1.0f, spoken[0]);
        } catch (VachakException e) {
          spoken[0].samples = -1;
        }
      });
      reader.start();
      speaker.start();
      reader.join();
      speaker.join();
      check(text.equals(fromThread[0]), "OCR from a second thread gives the same text");
      check(spoken[0].samples > 16000, "speech from a third thread meanwhile: " + spoken[0].samples + " samples");

      v.setOcrLanguage("san");
      check(!v.ocr(line).isEmpty(), "OCR with the Sanskrit character model");
      try {
        v.setOcrLanguage("xx");
        check(false, "unknown OCR language refused");
      } catch (VachakException e) {
        check(e.status() == 1, "unknown OCR language refused: " + e.getMessage());
      }
      v.setOcrLanguage("deva");
      // The registry's lists: every code offered is accepted; a script without a model is refused.
      check(Vachak.ocrLanguages().contains("deva") && Vachak.speechLanguages().contains("hin"),
            "languages " + Vachak.ocrLanguages() + " / " + Vachak.speechLanguages());
      for (String code : Vachak.ocrLanguages().split(",")) v.setOcrLanguage(code);
      try {
        v.setOcrLanguage("tam");
        check(false, "OCR language without a model refused");
      } catch (VachakException e) {
        check(e.getMessage().contains("Tamil"), "OCR language without a model refused: " + e.getMessage());
      }
      v.setOcrLanguage("deva");
      // Speech in another language, then back; a language not spoken yet is refused.
      v.setSpeechLanguage("tam");
      Collect tamil = new Collect();
      v.speak("என்னிடம் 25 புத்தகங்கள் உள்ளன.", 1.0f, tamil);
      check(tamil.samples > 16000, "Tamil speech: " + tamil.samples + " samples");
      try {
        v.setSpeechLanguage("san");
        check(false, "a language not spoken yet refused");
      } catch (VachakException e) {
        check(e.getMessage().contains("Sanskrit"), "a language not spoken yet refused: " + e.getMessage());
      }
      v.setSpeechLanguage("hin");

      // Half the volume: the same speech at half the amplitude (rounding aside).
      Collect loud = new Collect();
      v.speak("फिर से", 1.0f, loud);
      v.setPitchAndVolume(1.0f, 0.5f);
      Collect quiet = new Collect();
      v.speak("फिर से", 1.0f, quiet);
      double ratio = (double) quiet.sumAbs / loud.sumAbs;
      check(quiet.samples == loud.samples && ratio > 0.49 && ratio < 0.51, "volume 0.5 halves the amplitude: " + ratio);
      try {
        v.setPitchAndVolume(3.0f, 1.0f);
        check(false, "pitch 3 refused");
      } catch (VachakException e) {
        check(e.status() == 1, "pitch 3 refused: " + e.getMessage());
      }
      v.setPitchAndVolume(1.0f, 1.0f);

      v.trim();
      Collect again = new Collect();
      v.speak("फिर से", 1.0f, again);
      check(again.samples > 0, "speech after trim");
      v.close();
      try {
        v.ocr(line);
        check(false, "closed engine refused");
      } catch (VachakException e) {
        check(e.status() == 1, "closed engine refused");
      }
    }
    try (Vachak tiny = new Vachak(models, 4096)) {
      tiny.speak("नमस्ते", 1.0f, new Collect());
      check(false, "a ceiling too small is refused");
    } catch (VachakException e) {
      check(e.status() == 6, "a ceiling too small is refused: " + e.getMessage());
    }
    System.exit(failures == 0 ? 0 : 1);
  }
}
