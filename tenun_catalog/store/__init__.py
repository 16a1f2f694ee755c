"""The SQLite library: schema and migrations, one module per table family, search and backup.

Every function takes a connection; callers group writes with `db.transaction`.
"""

from .db import integrity_ok, transaction
from .library import Library, default_root, exists, open_library

__all__ = ["Library", "default_root", "exists", "integrity_ok", "open_library", "transaction"]
