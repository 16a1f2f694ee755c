"""Printing results: plain tables for people, JSON for scripts, messages in the chosen language."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path, PurePath
from typing import Any

from ..domain.errors import UserError


class Out:
    """Where the command line writes, in which language."""

    def __init__(self, lang: str = "id"):
        self.lang = lang

    def say(self, text_id: str, text_en: str) -> None:
        print(text_en if self.lang == "en" else text_id)

    def warn(self, text_id: str, text_en: str) -> None:
        _to_stderr(text_en if self.lang == "en" else text_id)

    def error(self, exc: UserError) -> None:
        prefix = "Error" if self.lang == "en" else "Galat"
        _to_stderr(f"{prefix}: {exc.message(self.lang)}")


def _to_stderr(text: str) -> None:
    try:
        try:
            print(text, file=sys.stderr, flush=True)
        except UnicodeEncodeError:  # a console that cannot show every character of a name
            encoding = getattr(sys.stderr, "encoding", None) or "ascii"
            print(text.encode(encoding, "replace").decode(encoding), file=sys.stderr, flush=True)
    except (OSError, ValueError):  # stderr closed or a closed pipe: nowhere left to say it
        pass


def check_out(path: Path, writes: str, suffix: str = ".pdf") -> None:
    """Refuse `--out` at an existing folder for a file output (or at a file for a folder
    output) before any work starts, not after a render of many minutes."""
    if writes == "file" and path.is_dir():
        example = path / f"katalog{suffix}"
        raise UserError(
            f"{path} adalah folder, bukan berkas. Beri nama berkas, misalnya {example}.",
            f"{path} is a folder, not a file. Give a file name, for example {example}.",
        )
    if writes == "folder" and path.exists() and not path.is_dir():
        raise UserError(
            f"{path} adalah berkas, bukan folder. Beri nama folder baru untuk keluaran ini.",
            f"{path} is a file, not a folder. Give the name of a new folder for this output.",
        )


def report(exc: BaseException, out: Out, places: Sequence[Path | None] = ()) -> int:
    """Say what went wrong in one line (operations.faults decides the words); the exit code.

    A reader that went away (`tenun-catalog ... --json | head`) is not an error to report:
    the rest of the output goes to the null device and the exit code is 141 (128 + SIGPIPE),
    what a shell reports for a program stopped by a closed pipe."""
    if isinstance(exc, BrokenPipeError) and exc.filename is None:
        _silence_stdout()
        return BROKEN_PIPE_EXIT
    from ..operations.faults import describe

    out.error(describe(exc, places))
    return 1


BROKEN_PIPE_EXIT = 141


def _silence_stdout() -> None:
    """Point file descriptor 1 at the null device, so that flushing at exit cannot fail again
    (the recipe of the Python documentation for SIGPIPE)."""
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture it)
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
    except OSError:
        pass


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, PurePath):
        return str(value)
    return value


def print_json(value: Any) -> None:
    json.dump(to_plain(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    rows = [["" if c is None else str(c) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [min(max(w, len(c)), 48) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        cells = [c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(row, widths, strict=True)]
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())


def rupiah(amount: int | None) -> str:
    if amount is None:
        return ""
    return "Rp" + f"{amount:,}".replace(",", ".")


class Progress:
    """A one-line progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, label: str):
        self.label = label
        self.active = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.active or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
