"""Turning domain dataclasses into SQLite row values and back.

Dates are ISO text, booleans 0/1, lists and dicts JSON text; nested dataclasses inside lists
(weaver credits) are JSON objects. Driven by the dataclass type hints so a new field needs no code.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from datetime import date
from functools import cache
from typing import Any, TypeVar

from ..domain import entities

T = TypeVar("T")

_NESTED = {"WeaverCredit": entities.WeaverCredit}


@cache
def _hints(cls: type) -> dict[str, str]:
    # entities uses `from __future__ import annotations`, so hints are strings: read them as such.
    return {f.name: str(f.type) for f in dataclasses.fields(cls)}


def columns(cls: type, exclude: tuple[str, ...] = ()) -> list[str]:
    """Stored scalar columns of a dataclass (nested detail records and link lists excluded)."""
    out = []
    for name, hint in _hints(cls).items():
        if name in exclude or "Detail" in hint:
            continue
        out.append(name)
    return out


def encode(value: Any, hint: str) -> Any:
    if value is None:
        return None
    if hint.startswith(("list", "dict")):
        return json.dumps(_plain(value), ensure_ascii=False)
    if hint.startswith("bool"):
        return 1 if value else 0
    if hint.startswith("date"):
        return value.isoformat()
    return value


def decode(value: Any, hint: str) -> Any:
    if hint.startswith("list"):
        items = json.loads(value) if value else []
        for name, cls in _NESTED.items():
            if name in hint:
                return [cls(**i) for i in items]
        return items
    if hint.startswith("dict"):
        return json.loads(value) if value else {}
    if value is None:
        return None
    if hint.startswith("bool"):
        return bool(value)
    if hint.startswith("date"):
        return date.fromisoformat(value)
    return value


def to_row(obj: Any, cols: list[str]) -> list[Any]:
    hints = _hints(type(obj))
    return [encode(getattr(obj, c), hints[c]) for c in cols]


def from_row(cls: type[T], row: typing.Mapping[str, Any], **extra: Any) -> T:
    hints = _hints(cls)
    kwargs = {k: decode(row[k], hints[k]) for k in row.keys() if k in hints}
    kwargs.update(extra)
    return cls(**kwargs)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value
