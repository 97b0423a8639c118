"""Network fetches for URLs and feed links: only when allowed, with time-outs and a size cap.

Reading from the network is off by default (DW701); when on, only http(s) is followed, a
slow server is cut off after ``timeout`` seconds and a body is never read past ``max_bytes``,
so one bad link cannot stall or swamp an ingest run.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from dyadwatch.errors import error

USER_AGENT = "dyadwatch (+https://github.com/dyadwatch)"


@dataclass(frozen=True)
class Fetched:
    url: str
    content: bytes
    content_type: str


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def fetch(url: str, *, allow_network: bool, max_bytes: int, timeout: float = 20.0) -> Fetched:
    """GET ``url`` or raise DW701 (network off), DW702 (refused), DW703 (failed), DW104 (too big)."""
    if not allow_network:
        raise error("DW701", url=url)
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise error("DW702", url=url, why=f"scheme {scheme or '(none)'!r} is not http(s)")
    import httpx

    try:
        with (
            httpx.Client(
                timeout=timeout, follow_redirects=True, max_redirects=5, headers={"User-Agent": USER_AGENT}
            ) as client,
            client.stream("GET", url) as resp,
        ):
            if resp.status_code >= 400:
                raise error("DW703", url=url, why=f"HTTP {resp.status_code}")
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise error("DW104", where=url, size=int(declared), limit=max_bytes)
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise error("DW104", where=url, size=size, limit=max_bytes)
                chunks.append(chunk)
            return Fetched(str(resp.url), b"".join(chunks), resp.headers.get("content-type", ""))
    except httpx.HTTPError as exc:
        raise error("DW703", url=url, why=f"{type(exc).__name__}: {exc}") from None
