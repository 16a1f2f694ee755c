"""Large PDF renders in a spawned process, so the memory of the layout returns to the system.

Owns `run_in_subprocess`: starts a "spawn" process (never fork: the app runs Qt threads) that
opens the library by its folder and runs `pdf.run_job`; progress comes back through a queue
(throttled), cancel goes the other way through an event the parent sets when `cancelled()`
turns true. Errors come back as messages and are raised again here: UserError with both
languages, Cancelled, or a RuntimeError carrying the child's traceback.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import UserError
from .context import Cancelled
from .result import RenderResult

Progress = Callable[[int, int], None]
THROTTLE_S = 0.05


def _child(root: Path, job, messages, stop) -> None:  # runs in the spawned process
    from .. import operations as ops
    from .pdf import run_job

    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - last[0] >= THROTTLE_S:
            last[0] = now
            messages.put(("progress", done, total))

    try:
        with ops.opened(root, create=False) as lib:
            result = run_job(lib, job, progress, stop.is_set)
        messages.put(("done", result))
    except Cancelled:
        messages.put(("cancelled",))
    except UserError as exc:
        messages.put(("error", exc.message_id, exc.message_en))
    except BaseException:
        messages.put(("crash", traceback.format_exc()))


def run_in_subprocess(
    root: Path,
    job,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RenderResult:
    context = multiprocessing.get_context("spawn")
    messages = context.Queue()
    stop = context.Event()
    process = context.Process(
        target=_child, args=(Path(root), job, messages, stop), name="tenun-render-pdf"
    )
    process.start()
    try:
        while True:
            if cancelled is not None and cancelled():
                stop.set()
            try:
                message = messages.get(timeout=0.1)
            except queue_module.Empty:
                if not process.is_alive():
                    try:  # the last message may arrive just after the process ends
                        message = messages.get(timeout=1.0)
                    except queue_module.Empty:
                        raise RuntimeError(
                            f"PDF render process stopped (exit code {process.exitcode})"
                        ) from None
                else:
                    continue
            kind = message[0]
            if kind == "progress":
                if progress is not None:
                    progress(message[1], message[2])
            elif kind == "done":
                return message[1]
            elif kind == "cancelled":
                raise Cancelled()
            elif kind == "error":
                raise UserError(message[1], message[2])
            else:
                raise RuntimeError(f"PDF render process failed:\n{message[1]}")
    finally:
        stop.set()
        process.join(timeout=30)
        if process.is_alive():
            process.terminate()
            process.join()
        messages.close()
