#!/usr/bin/python3
"""ctest speech_dispatcher_module: sd_vachak behind a real speech-dispatcher daemon.

  check_speechd.py SD_VACHAK SOURCE_DIR

Starts Debian's speech-dispatcher (its own configuration and socket in a temporary folder,
audio through libao's null driver, so no sound card is needed) with sd_vachak as its only
module, then, as a client would:
- `spd-say -o vachak -w TEXT` returns once the speech has ended;
- through the python3-speechd client, an SSML message with <mark>s reports BEGIN (when the client catches it), each
  index mark in order and END; rate, pitch, volume and punctuation mode reach the module;
- a long message stopped after its start reports STOP, not END;
- the module's log (kept by the daemon) shows the samples it sent back and the marks.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

import speechd

SD_VACHAK, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
failures = []


def check(cond, what):
    print(("ok: " if cond else "FAIL: ") + what)
    if not cond:
        failures.append(what)


def main():
    tmp = tempfile.mkdtemp(prefix="vachak-speechd-")
    daemon = None
    try:
        conf, logs = os.path.join(tmp, "conf"), os.path.join(tmp, "log")
        os.makedirs(os.path.join(conf, "modules"))
        os.makedirs(logs)
        sock = os.path.join(tmp, "speechd.sock")
        with open(os.path.join(conf, "modules", "vachak.conf"), "w") as f:
            f.write('VachakModelDir "%s"\n' % os.path.join(SRC, "models"))
        with open(os.path.join(conf, "speechd.conf"), "w") as f:
            f.write('CommunicationMethod "unix_socket"\nSocketPath "%s"\nAudioOutputMethod "libao"\n'
                    'LogLevel 4\nDefaultLanguage "hi"\nDefaultModule vachak\n'
                    'AddModule "vachak" "%s" "%s"\n' % (sock, SD_VACHAK, os.path.join(conf, "modules", "vachak.conf")))
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        with open(os.path.join(home, ".libao"), "w") as f:
            f.write("default_driver=null\n")  # the daemon plays into nothing
        env = dict(os.environ, HOME=home, XDG_RUNTIME_DIR=tmp, SPEECHD_ADDRESS="unix_socket:" + sock)
        daemon = subprocess.Popen(["speech-dispatcher", "-s", "-t", "0", "-C", conf, "-S", sock, "-L", logs],
                                  env=env, stdout=subprocess.DEVNULL, stderr=open(os.path.join(logs, "daemon.err"), "w"))
        for _ in range(200):
            if os.path.exists(sock):
                break
            time.sleep(0.05)
        check(os.path.exists(sock), "the daemon is listening")

        r = subprocess.run(["spd-say", "-o", "vachak", "-l", "hi", "-w", "नमस्ते, यह वाचक है।"], env=env,
                           capture_output=True, text=True, timeout=60)
        check(r.returncode == 0, "spd-say -o vachak -w returns 0 (%s)" % r.stderr.strip())

        os.environ.update(env)
        client = speechd.SSIPClient("vachak-test", socket_path=sock)
        client.set_output_module("vachak")
        client.set_data_mode(speechd.DataMode.SSML)
        client.set_rate(30)
        client.set_pitch(-20)
        client.set_volume(-10)
        client.set_punctuation(speechd.PunctuationMode.ALL)
        events, marks, done = [], [], threading.Event()

        def on_event(kind, index_mark=None):
            events.append(kind)
            if kind == speechd.CallbackType.INDEX_MARK:
                marks.append(index_mark)
            if kind in (speechd.CallbackType.END, speechd.CallbackType.CANCEL):
                done.set()

        types = [speechd.CallbackType.BEGIN, speechd.CallbackType.END, speechd.CallbackType.CANCEL,
                 speechd.CallbackType.INDEX_MARK]
        client.speak('<speak>पहला वाक्य। <mark name="one"/>दूसरा, वाक्य! <mark name="two"/>तीसरा</speak>',
                     callback=on_event, event_types=types)
        check(done.wait(60), "an SSML message ends")
        # python3-speechd registers the callback only after SPEAK returns (its own TODO in
        # client.speak), so a BEGIN that arrives first can be lost; when it arrives it must lead.
        begin = speechd.CallbackType.BEGIN
        check((begin not in events or events.index(begin) == 0) and events.count(begin) <= 1
              and events[-1:] == [speechd.CallbackType.END],
              "BEGIN (when the client saw it) first, END last: %s" % events)
        check(marks[:2] == ["one", "two"], "the index marks come back in order: %s" % marks)

        events.clear()
        done.clear()
        client.set_punctuation(speechd.PunctuationMode.NONE)
        client.set_data_mode(speechd.DataMode.TEXT)
        long_text = "भारत एक विशाल देश है और हिंदी उसकी राजभाषा है। " * 40
        client.speak(long_text, callback=on_event, event_types=types)
        time.sleep(1.0)
        client.stop()
        check(done.wait(30), "a stopped message ends")
        check(speechd.CallbackType.CANCEL in events and speechd.CallbackType.END not in events,
              "STOP cancels it: %s" % events)
        client.close()
        time.sleep(0.5)

        module_log = ""
        for name in os.listdir(logs):
            with open(os.path.join(logs, name), errors="replace") as f:
                module_log += f.read()
        spoke = [l for l in module_log.splitlines() if "sd_vachak: spoke" in l]
        check(len(spoke) >= 3, "the module spoke three messages (%d log lines)" % len(spoke))
        check(any(" marks" in l and int(l.split(" marks")[0].split()[-1]) >= 2 for l in spoke),
              "the module passed the marks on: %s" % spoke)
        check(any("stopped" in l for l in spoke), "the module stopped on STOP")
        check(all(int(l.split("spoke ")[1].split()[0]) > 8000 for l in spoke[:2]), "samples went back to the server")
        # SSIP rate 30 -> 2^(30/50), pitch -20 -> 2^(-20/100), volume -10 -> 90/200.
        check("settings: rate 1.52, pitch 0.87, volume 0.45, punctuation all" in module_log,
              "rate, pitch, volume and punctuation mode reach the module")
        check("Initialized for server audio for vachak" in module_log or "server audio" in module_log,
              "the daemon took the module's audio (server audio)")
        if failures:
            print(module_log[-3000:])
    finally:
        if daemon:
            daemon.send_signal(signal.SIGTERM)
            try:
                daemon.wait(10)
            except subprocess.TimeoutExpired:
                daemon.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (0 if failures else 1, 1 if failures else 0))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
