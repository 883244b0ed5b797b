# Shared by tools/run and tools/test: installs the Debian packages Upright
# needs, then configures and builds it. Sourced, not run.

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Building.
build_packages=(
  meson ninja-build pkg-config gcc g++ gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libgtk-4-bin libadwaita-1-dev
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev
  libjson-glib-dev libcmark-dev libcairo2-dev
  # The journal is read with simdjson (C++).
  libsimdjson-dev
  # Spoken guidance, through Speech Dispatcher.
  libspeechd-dev
  desktop-file-utils appstream libxml2-utils
  # The demonstrations are rendered and encoded to WebM while building.
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
)
# Running: the GStreamer plugins for WebM demonstrations and cue sounds,
# and the font GNOME uses.
run_packages=(
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good fonts-cantarell
)
# Testing without a display or a desktop session, and reading the PDF
# reports back. The hands-on tests drive the real application through the
# accessibility bus (at-spi2-core, libatspi) and the X server's XTest
# extension, and make their own video files with gst-launch-1.0; xdotool
# parks the pointer out of the way before each test with a display.
test_packages=(xvfb xauth xdotool dbus dbus-x11 poppler-utils
  at-spi2-core libatspi2.0-dev libxtst-dev libx11-dev
  gstreamer1.0-tools gstreamer1.0-plugins-good)

upright_missing_packages () {
  local pkg missing=()
  for pkg in "$@"; do
    if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != "install ok installed" ]; then
      missing+=("$pkg")
    fi
  done
  printf '%s\n' "${missing[@]}"
}

# Installs whichever of the given packages are missing, as root or through
# sudo. Does nothing, quickly, when all are there.
upright_install_packages () {
  local missing
  mapfile -t missing < <(upright_missing_packages "$@" | sed '/^$/d')
  [ ${#missing[@]} -eq 0 ] && return 0

  if ! command -v apt-get >/dev/null; then
    echo "Upright needs these packages: ${missing[*]}" >&2
    echo "This is not a Debian-based system: install them with your package manager." >&2
    return 1
  fi

  local sudo=
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      sudo=sudo
    else
      echo "Upright needs these packages: ${missing[*]}" >&2
      echo "Run this again as root, or install sudo." >&2
      return 1
    fi
  fi

  echo "Installing ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Configures BUILD_DIR (with any extra meson options) if needed, then builds.
upright_build () {
  local builddir=$1
  shift
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" "$top" "$@"
  fi
  meson compile -C "$builddir"
}
