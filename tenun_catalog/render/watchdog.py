"""Wall-clock limits for the renderer's own long work: a theme's template and a PDF layout.

Owns `time_limit`: a context manager that watches the calling thread from a helper thread and,
once the limit is passed, raises `TimeLimit` INSIDE the calling thread (CPython's
`PyThreadState_SetAsyncExc`). Jinja's compiled templates and WeasyPrint's layout are Python
code, so the exception lands between two bytecodes even in a loop that calls nothing; only a
single long call into C (which our text and sandbox limits keep short) delays it. `TimeLimit` is
a BaseException, so no `except Exception` inside Jinja or WeasyPrint swallows it. Some code
swallows even that (an exception raised inside a `gc` callback is reported and dropped, and a
library's bare `except:` may drop it), so the helper raises again every REFIRE_S until the
block has ended.

The limit may grow while the work runs (`extend`), which is how a PDF layout gets a time scaled
with the pages it has laid out so far.
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

POLL_S = 0.25  # how often the helper thread looks at the clock
REFIRE_S = 0.05  # once past the limit, how often it raises again until the block ends


class TimeLimit(BaseException):
    """The work went past its wall-clock limit (raised inside the watched thread)."""


class Watch:
    """The running limit of one `time_limit` block."""

    def __init__(self, seconds: float):
        self.started = time.monotonic()
        self.seconds = float(seconds)
        self.fired = False
        self._done = False
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._target = threading.get_ident()

    def extend(self, seconds: float) -> None:
        """Raise the limit to `seconds` after the start (never lowers it)."""
        self.seconds = max(self.seconds, float(seconds))

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def _run(self) -> None:
        while not self._wake.wait(REFIRE_S if self.fired else POLL_S):
            if self.elapsed <= self.seconds:
                continue
            with self._lock:
                if self._done:
                    return
                self.fired = True
                _async_raise(self._target, TimeLimit)

    def _stop(self) -> None:
        with self._lock:
            self._done = True
            if self.fired:  # a pending exception not yet delivered must not escape later
                _async_raise(self._target, None)
        self._wake.set()


def _async_raise(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


@contextmanager
def time_limit(seconds: float) -> Iterator[Watch]:
    """Run the block with a wall-clock limit; raises TimeLimit when it is passed.

    The caller turns TimeLimit into its own message (it knows what was being made)."""
    watch = Watch(seconds)
    helper = threading.Thread(target=watch._run, name="tenun-time-limit", daemon=True)
    helper.start()
    try:
        yield watch
    finally:
        # A re-raise may land while the block is already unwinding; it must not skip `_stop`,
        # or the helper would go on raising into whatever the thread does next.
        while True:
            try:
                watch._stop()
                break
            except TimeLimit:
                continue
        helper.join()
