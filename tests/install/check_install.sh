#!/usr/bin/env bash
# ctest install_and_consume: what `cmake --install` and `cpack` deliver works for someone
# else's project (issue #18):
#   1. install into a fresh prefix; the installed `vachak` finds its installed models and
#      reads a page as the build tree's does;
#   2. a consumer project finds it with find_package(Vachak) and links libvachak.so and
#      libvachak.a; another builds with `pkg-config --cflags --libs vachak`; each reads the
#      page through the C API with the text the CLI gives;
#   3. cpack builds the .deb: it holds the CLI, the libraries, the headers and the models,
#      depends on what dpkg-shlibdeps found, and its unpacked CLI reads the page.
# (A clean-root install of the .deb: scripts/check-deb-clean-root.sh.)
#   check_install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd) src=$(cd "$2" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
page=$src/tests/ocr/regression/page00.png
fail=0
pass=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1"; fail=$((fail + 1)); }

want=$("$build/apps/vachak" ocr "$page")
[[ -n $want ]] || { echo "FAIL: the build tree's vachak read nothing"; exit 1; }

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
models=$(env -u VACHAK_MODEL_DIR "$tmp/prefix/bin/vachak" --version | sed -n 's/^models: //p')
[[ $(realpath "$models") == $(realpath "$tmp/prefix/share/vachak/models") ]] && ok "installed vachak uses the installed models" \
  || bad "installed vachak's models: $models"
[[ $(env -u VACHAK_MODEL_DIR "$tmp/prefix/bin/vachak" ocr "$page") == "$want" ]] && ok "installed vachak reads the page" \
  || bad "installed vachak reads the page differently"
for f in include/vachak/vachak.h include/vachak/vachak.hpp lib/libvachak.so.0 lib/libvachak.a lib/pkgconfig/vachak.pc \
         lib/cmake/Vachak/VachakConfig.cmake share/vachak/models/ocr/deva.vmdl share/vachak/models/tts/hin-acoustic.vmdl \
         share/vachak/models/pdf/glyphless.ttf; do
  [[ -e $tmp/prefix/$f ]] || bad "not installed: $f"
done
exported=$(nm -D --defined-only "$tmp/prefix/lib/libvachak.so.0" | awk '$2 == "T" {print $3}' | grep -v '^vachak_' || true)
[[ -z $exported ]] && ok "libvachak.so exports the C API only" || bad "libvachak.so exports more: $(echo $exported | head -c 300)"

cmake -S "$src/tests/install/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/prefix" >/dev/null
cmake --build "$tmp/consumer" >/dev/null
model_dir=$(cat "$tmp/consumer/model_dir.txt")
for kind in shared static; do
  got=$("$tmp/consumer/consumer_$kind" "$model_dir" "$page")
  [[ $got == "$want" ]] && ok "find_package consumer ($kind library) reads the page" \
    || bad "find_package consumer ($kind) gave: ${got:0:200}"
done
ldd "$tmp/consumer/consumer_static" | grep -q libvachak && bad "consumer_static links libvachak.so" || true

export PKG_CONFIG_PATH=$tmp/prefix/lib/pkgconfig
cc "$src/tests/install/consumer/consumer.c" -o "$tmp/pc_consumer" $(pkg-config --cflags --libs vachak)
got=$(LD_LIBRARY_PATH="$tmp/prefix/lib" "$tmp/pc_consumer" "$(pkg-config --variable=modeldir vachak)" "$page")
[[ $got == "$want" ]] && ok "pkg-config consumer reads the page" || bad "pkg-config consumer gave: ${got:0:200}"

(cd "$tmp" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/deb" >/dev/null)
deb=$(ls "$tmp"/deb/vachak_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libicu libprotobuf-lite libpng libjpeg; do
  [[ $depends == *"$lib"* ]] || bad ".deb Depends lacks $lib: $depends"
done
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/vachak ./usr/lib/libvachak.so.0 ./usr/lib/libvachak.a ./usr/include/vachak/vachak.h \
         ./usr/lib/pkgconfig/vachak.pc ./usr/share/vachak/models/ocr/deva.vmdl; do
  grep -q " $f" <<<"$contents" || bad ".deb lacks $f"
done
dpkg-deb -x "$deb" "$tmp/root"
[[ $(env -u VACHAK_MODEL_DIR "$tmp/root/usr/bin/vachak" ocr "$page") == "$want" ]] && ok ".deb's vachak reads the page" \
  || bad ".deb's vachak reads the page differently"

echo "$pass passed, $fail failed"
exit $((fail > 0))
