"""The seller's category per sales channel and product kind: read with the defaults filled in,
set, or put back to the default. Each change is one transaction."""

from __future__ import annotations

from ..domain import channels
from ..store import Library, transaction
from ..store import channels as rows


def channel_categories(lib: Library) -> dict[tuple[str, str], str]:
    """{(channel, kind): category} for every channel and product kind (defaults filled in)."""
    return channels.categories(rows.all_set(lib.conn))


def channel_categories_set(lib: Library) -> set[tuple[str, str]]:
    """The (channel, kind) pairs the seller set (the others show the default)."""
    return set(rows.all_set(lib.conn))


def set_channel_category(lib: Library, channel: str, kind: str, value: str | None) -> str:
    """Store the category of `kind` products on `channel` (None: back to the default);
    returns the category now in force."""
    if value is None:
        channels.check_category(channel, kind, "")
        with transaction(lib.conn):
            rows.clear(lib.conn, channel, kind)
    else:
        value = channels.check_category(channel, kind, value)
        with transaction(lib.conn):
            rows.put(lib.conn, channel, kind, value)
    return channel_categories(lib)[(channel, kind)]
