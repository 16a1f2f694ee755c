"""The only way a render reaches files: `file:` URLs inside the allowed folders, and `data:` URLs.

WeasyPrint's default fetcher reads any local file and any URL (even as a PDF attachment), so a
theme could leak `/etc/passwd` into a catalog or call out to the network. This fetcher refuses
everything else, follows no redirects and resolves every path (symlinks included) before
checking it lies inside the library's photos/cache, the theme folder or the bundled assets.
A refused URL stops the render with a message naming it.
"""

from __future__ import annotations

import urllib.parse
import urllib.request
from pathlib import Path

from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse


class RefusedURL(FatalURLFetchingError):
    """A theme asked for something outside the allowed folders."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class SafeFetcher(URLFetcher):
    def __init__(self, allowed: list[Path]):
        super().__init__(
            allowed_protocols=("file", "data"), allow_redirects=False, fail_on_errors=True
        )
        self.allowed = [Path(p).resolve() for p in allowed]
        self.refused: list[str] = []

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        scheme = urllib.parse.urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme != "file":
            self.refused.append(url)
            raise RefusedURL(url, "only files of the library, the theme and bundled assets")
        path = Path(urllib.request.url2pathname(urllib.parse.urlsplit(url).path)).resolve()
        if not any(path.is_relative_to(root) for root in self.allowed):
            self.refused.append(url)
            raise RefusedURL(url, "outside the library, the theme and bundled assets")
        if not path.is_file():
            raise RefusedURL(url, "file not found")
        return super().fetch(path.as_uri(), headers)  # urllib sets the content type
