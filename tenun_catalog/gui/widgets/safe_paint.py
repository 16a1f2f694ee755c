"""A guard for paint overrides: a Python exception raised inside a delegate's paint() takes
the whole process down in PySide, so the error is printed and the item is left blank instead."""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable


def safe_paint(method: Callable) -> Callable:
    @functools.wraps(method)
    def wrapper(self, painter, *args, **kwargs):
        painter.save()
        try:
            return method(self, painter, *args, **kwargs)
        except Exception:  # noqa: BLE001 - never let a paint error kill the app
            traceback.print_exc()
            return None
        finally:
            painter.restore()

    return wrapper
