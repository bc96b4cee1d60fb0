#!/usr/bin/env bash
# `vachak tts` and `vachak read` through the CLI: a WAV that is a WAV, and bad input refused with a clear
# message, a non-zero exit and no half-written file left behind.
set -u
vachak=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # description, expected exit (0 or nonzero), command...
  local what=$1 want=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [[ $want == 0 && $rc != 0 ]] || [[ $want != 0 && $rc == 0 ]]; then
    echo "FAIL: $what (exit $rc)"; cat "$tmp/err"; fail=1
  elif [[ $want != 0 && ! -s $tmp/err ]]; then
    echo "FAIL: $what: no message on stderr"; fail=1
  else
    echo "ok: $what"
  fi
}
check "speaks into a file" 0 "$vachak" tts -o "$tmp/a.wav" "नमस्ते, आप कैसे हैं?"
[[ $(head -c 4 "$tmp/a.wav") == RIFF && $(stat -c %s "$tmp/a.wav") -gt 16000 ]] || { echo "FAIL: not a WAV of speech"; fail=1; }
check "WAV on stdout" 0 bash -c "'$vachak' tts -o - 'एक दो तीन' > '$tmp/b.wav'"
[[ $(head -c 4 "$tmp/b.wav") == RIFF ]] || { echo "FAIL: stdout is not a WAV"; fail=1; }
check "invalid UTF-8" 1 "$vachak" tts -o "$tmp/c.wav" $'\xff\xfe'
check "empty text" 1 "$vachak" tts -o "$tmp/d.wav" "  "
check "unspeakable text" 1 "$vachak" tts -o "$tmp/e.wav" "।।"
check "unwritable output path" 1 "$vachak" tts -o /nonexistent-dir/x.wav "नमस्ते"
check "missing text file" 1 "$vachak" tts -o "$tmp/f.wav" -f "$tmp/nope.txt"
check "bad rate" 1 "$vachak" tts --rate 0 -o "$tmp/g.wav" "नमस्ते"
check "bad pitch" 1 "$vachak" tts --pitch 3 -o "$tmp/k.wav" "नमस्ते"
check "bad volume" 1 "$vachak" tts --volume 2 -o "$tmp/l.wav" "नमस्ते"
check "a higher, quieter voice" 0 "$vachak" tts --pitch 1.3 --volume 0.4 -o "$tmp/m.wav" "नमस्ते"
[[ $(head -c 4 "$tmp/m.wav") == RIFF ]] || { echo "FAIL: --pitch/--volume gave no WAV"; fail=1; }
# One very long token is spoken in pieces, in proportion to its length (it used to fail
# the call: "duration model: 800 phones, it takes 1..256"; an http URL crashed the
# normalizer).
long_word=$(printf 'क%.0s' {1..400})
long_number=$(printf '7%.0s' {1..400})
long_url="https://example.com/$(printf 'abcdefgh%.0s' {1..250})"
check "a 400-letter word" 0 "$vachak" tts -o "$tmp/o.wav" "नमस्ते $long_word"
check "a 400-digit number" 0 "$vachak" tts -o "$tmp/p.wav" "संख्या $long_number"
check "a 2,000-character URL" 0 "$vachak" tts -o "$tmp/q.wav" "देखें $long_url"
for f in o p q; do  # 30 s of 16-bit audio at 16 kHz at least
  [[ $(stat -c %s "$tmp/$f.wav" 2>/dev/null || echo 0) -gt 960000 ]] || { echo "FAIL: $f.wav holds under 30 s"; fail=1; }
done
# vachak read: a regression page is spoken; a missing or corrupt image leaves nothing
here=$(cd "$(dirname "$0")/.." && pwd)
check "read a page aloud" 0 "$vachak" read "$here/ocr/regression/line0000.png" -o "$tmp/r.wav"
[[ $(head -c 4 "$tmp/r.wav") == RIFF && $(stat -c %s "$tmp/r.wav") -gt 16000 ]] || { echo "FAIL: read gave no speech"; fail=1; }
check "read a missing image" 1 "$vachak" read "$tmp/nope.png" -o "$tmp/h.wav"
head -c 200 "$here/ocr/regression/line0000.png" > "$tmp/cut.png"
check "read a truncated image" 1 "$vachak" read "$tmp/cut.png" -o "$tmp/i.wav"
mkdir "$tmp/folder"
check "read a folder" 1 "$vachak" read "$tmp/folder" -o "$tmp/j.wav"
check "read with a bad pitch" 1 "$vachak" read --pitch 0.1 "$here/ocr/regression/line0000.png" -o "$tmp/n.wav"
# The rare letters ॸ..ॿ are spoken (each used to give an empty phone: "phone '' is not in
# the voice's inventory"), and ॐ.
check "rare Devanagari letters" 0 "$vachak" tts -o "$tmp/s.wav" "ॸ ॹ ॺ ॻ ॼ ॽ ॾ ॿ ॐ"
# The WAV's mode follows the umask, as any file a program creates (mkstemp's 0600 used
# to stay).
for mask in 022 077 002; do
  (umask $mask && "$vachak" tts -o "$tmp/umask$mask.wav" "नमस्ते" 2>/dev/null)
  want=$(printf '%o' $((0666 & ~8#$mask)))
  got=$(stat -c %a "$tmp/umask$mask.wav" 2>/dev/null)
  [[ $got == "$want" ]] && echo "ok: umask $mask gives mode $want" || { echo "FAIL: umask $mask: mode ${got:-none}, want $want"; fail=1; }
done
# A signal in the middle of a long text leaves neither the WAV nor its temporary file:
# after a fixed 0.3 s, and (not timing-dependent) once the temporary file is there.
for i in $(seq 2000); do echo "भारत एक विशाल देश है, और हिंदी उसकी राजभाषा है।"; done > "$tmp/long.txt"
mkdir "$tmp/sig"
timeout -k 10 -s TERM 0.3 "$vachak" tts -f "$tmp/long.txt" -o "$tmp/sig/t.wav" 2>/dev/null
rc=$?
left=$(ls -A "$tmp/sig")
if [[ $rc == 0 ]]; then echo "FAIL: timeout -s TERM 0.3: the long text was finished; make it longer"; fail=1
elif [[ -n $left ]]; then echo "FAIL: timeout -s TERM 0.3 left $left"; fail=1
else echo "ok: timeout -s TERM 0.3 leaves no file"
fi
for sig in TERM INT HUP; do
  mkdir "$tmp/sig$sig"
  # env: a background job's SIGINT would otherwise start ignored.
  env --default-signal=$sig "$vachak" tts -f "$tmp/long.txt" -o "$tmp/sig$sig/t.wav" 2>/dev/null &
  pid=$!
  # The WAV being written: an unnamed file (O_TMPFILE) in the folder, or a named temporary one.
  writing() { compgen -G "$tmp/sig$sig/.*.vachak-*" >/dev/null ||
              ls -l /proc/$pid/fd 2>/dev/null | grep -q -- "-> $tmp/sig$sig/"; }
  for _ in $(seq 200); do writing && break; sleep 0.05; done
  writing && seen=1 || seen=0
  kill -$sig $pid 2>/dev/null
  { wait $pid; } 2>/dev/null
  rc=$?
  left=$(ls -A "$tmp/sig$sig")
  if [[ $seen == 0 ]]; then echo "FAIL: SIG$sig: no WAV was being written within 10 s"; fail=1
  elif [[ $rc != $((128 + $(kill -l $sig))) ]]; then echo "FAIL: SIG$sig: exit $rc, not killed by the signal"; fail=1
  elif [[ -n $left ]]; then echo "FAIL: SIG$sig left $left"; fail=1
  else echo "ok: SIG$sig leaves no file"
  fi
done
# SIGKILL cannot be caught: the WAV is written unnamed (O_TMPFILE), so nothing is left either.
mkdir "$tmp/sigKILL"
"$vachak" tts -f "$tmp/long.txt" -o "$tmp/sigKILL/t.wav" 2>/dev/null &
pid=$!
for _ in $(seq 200); do ls -l /proc/$pid/fd 2>/dev/null | grep -q -- "-> $tmp/sigKILL/" && break; sleep 0.05; done
kill -KILL $pid 2>/dev/null
{ wait $pid; } 2>/dev/null
left=$(ls -A "$tmp/sigKILL")
[[ -z $left ]] && echo "ok: SIGKILL leaves no file" || { echo "FAIL: SIGKILL left $left"; fail=1; }
# -o - into a pipe closed early (SIGPIPE) leaves no temporary file in $TMPDIR.
mkdir "$tmp/tmpdir"
TMPDIR="$tmp/tmpdir" "$vachak" tts -o - "नमस्ते, आप कैसे हैं? भारत एक विशाल देश है, और हिंदी उसकी राजभाषा है।" 2>/dev/null | head -c 100 >/dev/null
left=$(ls -A "$tmp/tmpdir")
[[ -z $left ]] && echo "ok: a closed pipe leaves nothing in TMPDIR" || { echo "FAIL: -o - into a closed pipe left $left in TMPDIR"; fail=1; }
# ... and so does a write error with SIGPIPE ignored (EPIPE), which is reported.
mkdir "$tmp/tmpdir2"
bash -c "trap '' PIPE; TMPDIR='$tmp/tmpdir2' exec '$vachak' tts -o - 'नमस्ते, आप कैसे हैं? भारत एक विशाल देश है, और हिंदी उसकी राजभाषा है।'" \
  2>"$tmp/epipe.err" | head -c 100 >/dev/null
left=$(ls -A "$tmp/tmpdir2")
[[ -z $left ]] && echo "ok: EPIPE leaves nothing in TMPDIR" || { echo "FAIL: -o - with EPIPE left $left in TMPDIR"; fail=1; }
grep -q "standard output" "$tmp/epipe.err" || { echo "FAIL: EPIPE not reported"; cat "$tmp/epipe.err"; fail=1; }
# A write error (a file-size limit, SIGXFSZ ignored) is reported and leaves nothing.
mkdir "$tmp/fsize"
check "a write error (file-size limit)" 1 bash -c "trap '' XFSZ; ulimit -f 16; exec '$vachak' tts -f '$tmp/long.txt' -o '$tmp/fsize/t.wav'"
[[ -z $(ls -A "$tmp/fsize") ]] || { echo "FAIL: a write error left $(ls -A "$tmp/fsize")"; fail=1; }
# Number options must be numbers: "abc" is not silently 0 (a flat melody, a mute voice).
check "a non-number intonation" 1 "$vachak" tts --intonation abc -o "$tmp/num.wav" "नमस्ते"
grep -q "expected a number" "$tmp/err" || { echo "FAIL: --intonation abc said: $(cat "$tmp/err")"; fail=1; }
check "a volume with trailing junk" 1 "$vachak" tts --volume 0.5x -o "$tmp/num.wav" "नमस्ते"
check "read with a non-number pitch" 1 "$vachak" read --pitch zz -o "$tmp/num.wav" /dev/null
check "an intonation out of range" 1 "$vachak" tts --intonation 2.5 -o "$tmp/num.wav" "नमस्ते"
check "no melody is allowed" 0 "$vachak" tts --intonation 0 -o "$tmp/flat.wav" "नमस्ते"
[[ -e $tmp/num.wav ]] && { echo "FAIL: num.wav written for a refused option"; fail=1; }
# Languages come from the registry: one not spoken yet, an unknown one, a script, each named.
check "a language not spoken yet" 1 "$vachak" tts --lang san -o "$tmp/lang.wav" "नमस्ते"
grep -q "Sanskrit is not spoken yet" "$tmp/err" || { echo "FAIL: tts --lang san said: $(cat "$tmp/err")"; fail=1; }
check "an unknown language" 1 "$vachak" tts --lang xyz -o "$tmp/lang.wav" "नमस्ते"
grep -q "unknown language 'xyz'" "$tmp/err" || { echo "FAIL: tts --lang xyz said: $(cat "$tmp/err")"; fail=1; }
check "read in a language not spoken yet" 1 "$vachak" read --lang san -o "$tmp/lang.wav" /dev/null
check "normalize in a language not spoken yet" 1 "$vachak" normalize --lang mai "१२"
check "g2p in a language not spoken yet" 1 "$vachak" g2p --lang bho "नमस्कार"
check "OCR in a script with no model yet" 1 "$vachak" ocr --lang tel /dev/null
grep -q "no OCR model for Telugu" "$tmp/err" || { echo "FAIL: ocr --lang tel said: $(cat "$tmp/err")"; fail=1; }
# Marathi speaks its own number words through Hindi's voice.
check "Marathi speech" 0 "$vachak" tts --lang mar -o "$tmp/mar.wav" "माझ्याकडे 25 पुस्तके आहेत."
[[ -s $tmp/mar.wav ]] || { echo "FAIL: no mar.wav"; fail=1; }
said=$("$vachak" normalize --lang mar "माझ्याकडे 25 पुस्तके आहेत.")
[[ $said == "माझ्याकडे पंचवीस पुस्तके आहेत" ]] || { echo "FAIL: normalize --lang mar said: $said"; fail=1; }
# So does Nepali.
check "Nepali speech" 0 "$vachak" tts --lang nep -o "$tmp/nep.wav" "मसँग 25 किताब छन्।"
[[ -s $tmp/nep.wav ]] || { echo "FAIL: no nep.wav"; fail=1; }
said=$("$vachak" normalize --lang nep "मसँग 25 किताब छन्।")
[[ $said == "मसँग पच्चिस किताब छन्" ]] || { echo "FAIL: normalize --lang nep said: $said"; fail=1; }
# --lang auto (the default): the text's script says the language.
said=$("$vachak" normalize "என்னிடம் 25 புத்தகங்கள் உள்ளன.")
[[ $said == "என்னிடம் இருபத்தைந்து புத்தகங்கள் உள்ளன" ]] || { echo "FAIL: normalize (auto) of Tamil said: $said"; fail=1; }
printf 'আমার কাছে ২৫ টি বই আছে।\n' >"$tmp/bengali.txt"
check "tts auto from a Bengali file" 0 "$vachak" tts -f "$tmp/bengali.txt" -o "$tmp/auto.wav"
[[ -s $tmp/auto.wav ]] || { echo "FAIL: no auto.wav"; fail=1; }
said=$("$vachak" normalize "मेरे पास 25 किताबें हैं")
[[ $said == "मेरे पास पच्चीस किताबें हैं" ]] || { echo "FAIL: normalize (auto) of Hindi said: $said"; fail=1; }
# Bengali and Tamil: their own scripts, words and letter rules.
check "Bengali speech" 0 "$vachak" tts --lang ben -o "$tmp/ben.wav" "আমার কাছে ২৫টি বই আছে।"
[[ -s $tmp/ben.wav ]] || { echo "FAIL: no ben.wav"; fail=1; }
said=$("$vachak" normalize --lang ben "আমার কাছে ২৫ টি বই আছে।")
[[ $said == "আমার কাছে পঁচিশ টি বই আছে" ]] || { echo "FAIL: normalize --lang ben said: $said"; fail=1; }
check "Tamil speech" 0 "$vachak" tts --lang tam -o "$tmp/tam.wav" "என்னிடம் 25 புத்தகங்கள் உள்ளன."
[[ -s $tmp/tam.wav ]] || { echo "FAIL: no tam.wav"; fail=1; }
said=$("$vachak" normalize --lang tam "என்னிடம் 25 புத்தகங்கள் உள்ளன.")
[[ $said == "என்னிடம் இருபத்தைந்து புத்தகங்கள் உள்ளன" ]] || { echo "FAIL: normalize --lang tam said: $said"; fail=1; }
# vachak read --lang: what OCR reads and what speech says. Bengali is read by its own
# recognizer and spoken in Bengali; auto reads each image in its script.
bengali_line=$here/ocr/scripts/beng/beng0000.png
check "read Bengali aloud" 0 "$vachak" read --lang ben "$bengali_line" -o "$tmp/rben.wav"
[[ $(stat -c %s "$tmp/rben.wav" 2>/dev/null || echo 0) -gt 16000 ]] || { echo "FAIL: read --lang ben gave no speech"; fail=1; }
check "read Bengali aloud, language auto" 0 "$vachak" read --lang auto "$bengali_line" -o "$tmp/rauto.wav"
cmp -s "$tmp/rben.wav" "$tmp/rauto.wav" || { echo "FAIL: read --lang auto of a Bengali line differs from --lang ben"; fail=1; }
check "read in a language OCR cannot read yet" 1 "$vachak" read --lang tam -o "$tmp/lang.wav" "$bengali_line"
grep -q "no OCR model for Tamil" "$tmp/err" || { echo "FAIL: read --lang tam said: $(cat "$tmp/err")"; fail=1; }
check "OCR, language auto, JSON" 0 "$vachak" ocr --lang auto --format json "$bengali_line"
grep -q '"script":"beng"' "$tmp/out" || { echo "FAIL: ocr --lang auto of Bengali said: $(head -c 300 "$tmp/out")"; fail=1; }
check "read Gujarati aloud" 0 "$vachak" read --lang guj "$here/ocr/scripts/gujr/gujr0000.png" -o "$tmp/rguj.wav"
[[ $(stat -c %s "$tmp/rguj.wav" 2>/dev/null || echo 0) -gt 16000 ]] || { echo "FAIL: read --lang guj gave no speech"; fail=1; }
check "OCR, language auto, of Gujarati" 0 "$vachak" ocr --lang auto --format json "$here/ocr/scripts/gujr/gujr0000.png"
grep -q '"script":"gujr"' "$tmp/out" || { echo "FAIL: ocr --lang auto of Gujarati said: $(head -c 300 "$tmp/out")"; fail=1; }
check "OCR, language auto, of Hindi" 0 "$vachak" ocr --lang auto --format json "$here/ocr/regression/line0000.png"
grep -q '"script":"deva"' "$tmp/out" || { echo "FAIL: ocr --lang auto of Hindi said: $(head -c 300 "$tmp/out")"; fail=1; }
check "OCR auto with one script's model" 1 "$vachak" ocr --lang auto --model "$here/../models/ocr/deva.vmdl" "$bengali_line"
check "the languages table" 0 "$vachak" languages
grep -Eq '^hin +Hindi +Devanagari +yes +yes$' "$tmp/out" || { echo "FAIL: no readable, spoken Hindi row:"; cat "$tmp/out"; fail=1; }
grep -Eq '^tam +Tamil +Tamil +no \(no model yet\) +yes$' "$tmp/out" || { echo "FAIL: no Tamil row:"; cat "$tmp/out"; fail=1; }
grep -Eq '^ben +Bengali +Bengali-Assamese +yes +yes$' "$tmp/out" || { echo "FAIL: no readable, spoken Bengali row:"; cat "$tmp/out"; fail=1; }
grep -Eq '^ori +Odia +Odia +no \(no model yet\) +yes$' "$tmp/out" || { echo "FAIL: no spoken Odia row:"; cat "$tmp/out"; fail=1; }
[[ $(grep -c '^[a-z][a-z][a-z] ' "$tmp/out") -ge 16 ]] || { echo "FAIL: fewer than 16 languages listed"; fail=1; }
[[ -e $tmp/lang.wav ]] && { echo "FAIL: lang.wav written for a refused language"; fail=1; }
for f in c d e f g h i j k l n; do [[ -e $tmp/$f.wav ]] && { echo "FAIL: $f.wav left behind"; fail=1; }; done
if ls "$tmp"/.*.vachak-* >/dev/null 2>&1; then echo "FAIL: temporary file left behind"; fail=1; fi
exit $fail
