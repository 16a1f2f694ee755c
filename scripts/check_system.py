"""System check run by `make run` and `make test`: the native libraries pip cannot install.

WeasyPrint loads Pango, HarfBuzz and Fontconfig with dlopen; the PySide6 wheels link against
EGL/GL, xkbcommon, D-Bus and GLib from the system. A missing one only shows up as a crash deep in
an import, so this check names the Debian package instead. As root with apt-get it installs
what is missing; otherwise it exits 1 with the command to run. Stdlib only, Linux only.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

# (soname, Debian 12 package, who needs it). Names checked with apt-cache policy on bookworm.
REQUIRED = [
    ("libgobject-2.0.so.0", "libglib2.0-0", "WeasyPrint"),
    ("libpango-1.0.so.0", "libpango-1.0-0", "WeasyPrint"),
    ("libpangoft2-1.0.so.0", "libpangoft2-1.0-0", "WeasyPrint"),
    ("libharfbuzz.so.0", "libharfbuzz0b", "WeasyPrint"),
    # Optional for WeasyPrint 70 but it warns on every import that it will be required.
    ("libharfbuzz-subset.so.0", "libharfbuzz-subset0", "WeasyPrint"),
    ("libfontconfig.so.1", "libfontconfig1", "WeasyPrint, Qt"),
    ("libEGL.so.1", "libegl1", "Qt"),
    ("libGL.so.1", "libgl1", "Qt"),
    ("libxkbcommon.so.0", "libxkbcommon0", "Qt"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "Qt"),
    ("libxcb-cursor.so.0", "libxcb-cursor0", "Qt"),
    ("libdbus-1.so.3", "libdbus-1-3", "Qt"),
    ("libglib-2.0.so.0", "libglib2.0-0", "Qt"),
]

# What Qt's xcb platform plugin links beyond the list above (from ldd libqxcb.so, PySide6 6.11);
# only needed to open a window, so only checked when there is an X11 display.
ON_SCREEN = [
    ("libxcb-icccm.so.4", "libxcb-icccm4", "Qt xcb"),
    ("libxcb-image.so.0", "libxcb-image0", "Qt xcb"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "Qt xcb"),
    ("libxcb-randr.so.0", "libxcb-randr0", "Qt xcb"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "Qt xcb"),
    ("libxcb-shape.so.0", "libxcb-shape0", "Qt xcb"),
    ("libX11-xcb.so.1", "libx11-xcb1", "Qt xcb"),
]

# (program, Debian package, what for): test-only, warned about, never installed.
OPTIONAL_TOOLS = [
    ("pdftoppm", "poppler-utils", "tests that look at PDF pages as images"),
    ("chromium", "chromium", "web catalog tests in a browser: filters, accessibility"),
    ("npm", "npm", "axe-core for the web catalog's accessibility test"),
]

FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts"]


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ldconfig_sonames() -> set[str]:
    """Sonames in the dynamic linker cache (one `ldconfig -p`, a few milliseconds)."""
    exe = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.path.exists(p)), None
    )
    if exe is None:
        return set()
    try:
        out = subprocess.run([exe, "-p"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return {line.split()[0] for line in out.splitlines()[1:] if line.startswith("\t")}


def loadable(soname: str, cache: set[str]) -> bool:
    if soname in cache:
        return True
    # Not in the cache: it may still load through LD_LIBRARY_PATH (conda, Nix, custom builds).
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(requirements: list[tuple[str, str, str]], cache: set[str]) -> list[str]:
    """Debian packages to install for the requirements that do not load, without duplicates."""
    packages: list[str] = []
    for soname, package, _who in requirements:
        if not loadable(soname, cache) and package not in packages:
            packages.append(package)
    return packages


def has_fonts() -> bool:
    for d in FONT_DIRS:
        for _root, _dirs, files in os.walk(Path(d).expanduser()):
            if any(f.lower().endswith((".ttf", ".otf", ".ttc", ".pfb")) for f in files):
                return True
    return False


def wants_on_screen() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    return bool(os.environ.get("DISPLAY")) and platform in ("", "xcb")


def apt_install(packages: list[str]) -> bool:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    say("Memasang / installing: apt-get install " + " ".join(packages))
    for cmd in (
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "--no-install-recommends", *packages],
    ):
        if subprocess.run(cmd, env=env).returncode != 0:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-install", action="store_true", help="only report, even when running as root"
    )
    parser.add_argument("--tests", action="store_true", help="also look for the tools tests use")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        return 0

    requirements = REQUIRED + (ON_SCREEN if wants_on_screen() else [])
    cache = ldconfig_sonames()
    packages = missing_packages(requirements, cache)

    for program, package, why in OPTIONAL_TOOLS if args.tests else []:
        if shutil.which(program) is None:
            say(f"Catatan / note: {program} not found ({why}): apt-get install {package}")
    if not has_fonts():
        say("Catatan / note: no system fonts found: apt-get install fonts-dejavu-core")

    if not packages:
        return 0
    command = "apt-get install " + " ".join(packages)
    say("Pustaka sistem belum terpasang / missing system libraries:")
    for soname, package, who in requirements:
        if package in packages and not loadable(soname, cache):
            say(f"  {soname:26} ({who}): apt-get install {package}")

    can_install = os.geteuid() == 0 and shutil.which("apt-get") is not None
    if can_install and not args.no_install:
        if apt_install(packages):
            still = missing_packages(requirements, ldconfig_sonames())
            if not still:
                return 0
            say("Masih kurang / still missing: " + " ".join(still))
        return 1

    if shutil.which("apt-get") is None:
        say("(Debian/Ubuntu package names; install the same libraries with your package manager)")
    elif os.geteuid() != 0:
        command = "sudo " + command
    say(f"Jalankan / run:  {command}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
