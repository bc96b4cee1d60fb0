#!/usr/bin/env bash
# Builds OpenCV core + imgproc as static libraries from Debian's own source package, with
# every optional backend, codec and bundled third-party library off, and caches the
# result outside the build tree: ${VACHAK_CACHE:-$HOME/.cache/vachak}/opencv-lean-<version>
# (-arm64 or -armhf when cross-compiled: scripts/build-opencv-lean.sh [native|arm64|armhf],
# with cmake/toolchains/TARGET.cmake). Prints the install prefix on its last line.
# Idempotent: a finished build is reused.
#
# Why: Debian's shared OpenCV drags in BLAS, LAPACK, TBB, GL, X11 and gfortran (10.5 MB
# RSS before doing anything, measured); the static core+imgproc starts at 5.7 MB.
set -euo pipefail

cache_root=${VACHAK_CACHE:-$HOME/.cache/vachak}
log() { echo "build-opencv-lean: $*" >&2; }
target=${1:-native}
repo=$(cd "$(dirname "$0")/.." && pwd)
cross=()
suffix=""
if [[ $target != native ]]; then
  [[ -f $repo/cmake/toolchains/$target.cmake ]] || { log "unknown target $target (native, arm64, armhf)"; exit 2; }
  cross=(-DCMAKE_TOOLCHAIN_FILE="$repo/cmake/toolchains/$target.cmake")
  suffix="-$target"
  # Debian's armhf baseline has no NEON; the toolchain file asks for it, OpenCV must not
  # add its own CPU dispatch on top.
  [[ $target == armhf ]] && cross+=(-DCPU_BASELINE=NEON -DCPU_DISPATCH=)
fi

# The version Debian would build; the cache folder is keyed by it.
version=$(apt-cache policy libopencv-core-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
if [[ -z "$version" || "$version" == "(none)" ]]; then
  log "apt-cache knows no libopencv-core-dev; running apt-get update"
  apt-get update -qq
  version=$(apt-cache policy libopencv-core-dev | awk '/Candidate:/ {print $2}')
fi
prefix="$cache_root/opencv-lean-${version//[^A-Za-z0-9.+-]/_}$suffix"
if [[ -f "$prefix/.complete" ]]; then
  echo "$prefix"
  exit 0
fi

# Source packages need a deb-src entry: add one mirroring the deb entries' URIs.
if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
  log "adding deb-src entries"
  src=/etc/apt/sources.list.d/vachak-deb-src.sources
  : >"$src.tmp"
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ "$f" == "$src" ]] && continue
    sed 's/^Types: deb$/Types: deb-src/' "$f" >>"$src.tmp"
    echo >>"$src.tmp"
  done
  if [[ -f /etc/apt/sources.list ]]; then
    grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' >/etc/apt/sources.list.d/vachak-deb-src.list || true
  fi
  mv "$src.tmp" "$src"
  apt-get update -qq
fi
for tool in cmake ninja g++ dpkg-source; do
  command -v "$tool" >/dev/null || { log "installing build tools"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cmake ninja-build g++ dpkg-dev zlib1g-dev >/dev/null; break; }
done
dpkg-query -W -f='${Status}' zlib1g-dev 2>/dev/null | grep -q "ok installed" || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zlib1g-dev >/dev/null

work="$cache_root/opencv-lean-work$suffix"
rm -rf "$work"
mkdir -p "$work"
cd "$work"
log "fetching the Debian source of opencv $version"
apt-get source -qq --download-only "opencv=$version" >/dev/null 2>&1 || apt-get source -qq --download-only opencv >/dev/null
dpkg-source -x --no-check ./*.dsc src >/dev/null

off=(
  BUILD_SHARED_LIBS BUILD_TESTS BUILD_PERF_TESTS BUILD_EXAMPLES BUILD_DOCS BUILD_opencv_apps BUILD_JAVA
  BUILD_opencv_python2 BUILD_opencv_python3 BUILD_opencv_js BUILD_ZLIB BUILD_PNG BUILD_JPEG BUILD_TIFF BUILD_WEBP
  BUILD_OPENJPEG BUILD_JASPER BUILD_OPENEXR BUILD_PROTOBUF BUILD_IPP_IW BUILD_ITT BUILD_TBB
  WITH_PNG WITH_JPEG WITH_TIFF WITH_WEBP WITH_OPENJPEG WITH_JASPER WITH_OPENEXR WITH_IMGCODEC_HDR WITH_IMGCODEC_SUNRASTER
  WITH_IMGCODEC_PXM WITH_IMGCODEC_PFM WITH_GDAL WITH_GDCM WITH_IPP WITH_TBB WITH_OPENMP WITH_PTHREADS_PF WITH_LAPACK
  WITH_EIGEN WITH_OPENCL WITH_OPENCLAMDFFT WITH_OPENCLAMDBLAS WITH_VA WITH_VA_INTEL WITH_OPENGL WITH_GTK WITH_GTK_2_X
  WITH_QT WITH_VTK WITH_ITT WITH_PROTOBUF WITH_FFMPEG WITH_GSTREAMER WITH_V4L WITH_1394 WITH_ADE WITH_QUIRC WITH_CUDA
  WITH_CUFFT WITH_CUBLAS WITH_HALIDE WITH_VULKAN WITH_OPENVX WITH_OPENNI WITH_OPENNI2 WITH_XIMEA WITH_MFX WITH_ONNX
  WITH_TIMVX WITH_CAROTENE WITH_LIBREALSENSE WITH_GPHOTO2 WITH_AVFOUNDATION WITH_FLATBUFFERS WITH_OBSENSOR
  OPENCV_ENABLE_NONFREE OPENCV_GENERATE_PKGCONFIG ENABLE_CCACHE ENABLE_PRECOMPILED_HEADERS
)
flags=()
for o in "${off[@]}"; do flags+=("-D$o=OFF"); done

log "configuring (core + imgproc, static, every backend off)"
cmake -S src -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" "${cross[@]}" \
  -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DBUILD_LIST=core,imgproc "${flags[@]}" \
  -DOPENCV_FORCE_3RDPARTY_BUILD=OFF -DCV_TRACE=OFF >"$work/configure.log" 2>&1 ||
  { log "configure failed; see $work/configure.log"; tail -30 "$work/configure.log" >&2; exit 1; }
log "building with ${VACHAK_JOBS:-2} jobs (about 10 minutes on 2 cores)"
nice -n 5 cmake --build build -j "${VACHAK_JOBS:-2}" >"$work/build.log" 2>&1 ||
  { log "build failed; see $work/build.log"; tail -30 "$work/build.log" >&2; exit 1; }
cmake --install build >/dev/null
touch "$prefix/.complete"
cd "$cache_root"
rm -rf "$work"
log "installed to $prefix"
echo "$prefix"
