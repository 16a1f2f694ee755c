"""`Cancelled`: the exception a long output or job raises when the user cancelled it.

Its own small module so that the app's runner can catch it without importing what renders
(export.context pulls in the render contexts, formats and QR codes); export.context re-exports it.
"""

from __future__ import annotations


class Cancelled(Exception):
    """The user cancelled a render; nothing was written."""
