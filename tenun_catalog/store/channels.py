"""The seller's category per sales channel and product kind (table `channel_categories`,
migration 8). Only what the seller set is stored; the defaults are domain/channels.py's."""

from __future__ import annotations

import sqlite3


def all_set(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """{(channel, kind): value} of every category the seller set."""
    sql = "SELECT channel, kind, value FROM channel_categories ORDER BY channel, kind"
    return {(channel, kind): value for channel, kind, value in conn.execute(sql)}


def put(conn: sqlite3.Connection, channel: str, kind: str, value: str) -> None:
    conn.execute(
        "INSERT INTO channel_categories (channel, kind, value) VALUES (?, ?, ?)"
        " ON CONFLICT (channel, kind) DO UPDATE SET value = excluded.value",
        (channel, kind, value),
    )


def clear(conn: sqlite3.Connection, channel: str, kind: str) -> None:
    sql = "DELETE FROM channel_categories WHERE channel = ? AND kind = ?"
    conn.execute(sql, (channel, kind))
