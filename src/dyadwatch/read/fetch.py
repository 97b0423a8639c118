"""Network fetches for URLs and feed links: only when allowed, with a deadline, a size cap and no private targets.

Reading from the network is off by default (DW701); when on, only http(s) is followed, a
whole fetch (connect, redirects, headers and every read of the body) must finish within
``timeout`` seconds, and a body is never read past ``max_bytes``, so one bad link cannot
stall or swamp an ingest run. Hosts that resolve to loopback, private, link-local,
reserved, multicast or unspecified addresses are refused (DW702) -- on the first request,
on every redirect and again when the socket is connected, so DNS rebinding cannot slip
past the check -- unless the operator passes ``allow_private=True``.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from dyadwatch.errors import error

USER_AGENT = "dyadwatch (+https://github.com/dyadwatch)"
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class Fetched:
    url: str
    content: bytes
    content_type: str


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def blocked_address(address: str) -> str | None:
    """Why ``address`` (an IP literal) must not be fetched, or None when it is a public address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    except ValueError:
        return "not an IP address"
    mapped = getattr(ip, "ipv4_mapped", None) or getattr(ip, "sixtofour", None)
    for candidate in (ip, mapped) if mapped else (ip,):
        for flag in ("is_loopback", "is_private", "is_link_local", "is_reserved", "is_multicast", "is_unspecified"):
            if getattr(candidate, flag):
                return flag.removeprefix("is_").replace("_", "-")
        if not candidate.is_global:
            return "not-global"
    return None


def resolve(host: str, port: int | None) -> list[str]:
    """Every address ``host`` resolves to (``socket.gaierror`` when it does not resolve)."""
    infos = socket.getaddrinfo(host.strip("[]"), port or 0, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def check_target(url: str, host: str, port: int | None, *, allow_private: bool) -> None:
    """DW702 when ``host`` resolves to a non-public address (unless allowed); DW703 when it does not resolve."""
    if allow_private:
        return
    if not host:
        raise error("DW702", url=url, why="no host in the URL")
    try:
        addresses = resolve(host, port)
    except (OSError, UnicodeError) as exc:
        raise error("DW703", url=url, why=f"could not resolve host {host!r}: {exc}") from None
    for address in addresses:
        why = blocked_address(address)
        if why:
            raise error(
                "DW702",
                url=url,
                why=f"host {host!r} resolves to {why} address {address}; "
                "only public addresses are fetched unless private targets are explicitly allowed",
            )


def _guarded_backend(deadline: float, allow_private: bool) -> Any:
    """An httpcore network backend that re-checks the connected address and enforces the total deadline."""
    import httpcore

    def remaining(timeout: float | None, exc: type[Exception]) -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise exc("the total time-out for the fetch expired")
        return left if timeout is None else min(timeout, left)

    class Stream(httpcore.NetworkStream):
        def __init__(self, inner: Any) -> None:
            self._inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return self._inner.read(max_bytes, remaining(timeout, httpcore.ReadTimeout))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self._inner.write(buffer, remaining(timeout, httpcore.WriteTimeout))

        def close(self) -> None:
            self._inner.close()

        def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
            inner = self._inner.start_tls(ssl_context, server_hostname, remaining(timeout, httpcore.ConnectTimeout))
            return Stream(inner)

        def get_extra_info(self, info: str) -> Any:
            return self._inner.get_extra_info(info)

    class Backend(httpcore.SyncBackend):
        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Any = None,
        ) -> Any:
            try:
                addresses = resolve(host, port)
            except (OSError, UnicodeError) as exc:
                raise httpcore.ConnectError(f"could not resolve {host!r}: {exc}") from None
            if not allow_private:
                for address in addresses:
                    why = blocked_address(address)
                    if why:
                        raise error("DW702", url=f"{host}:{port}", why=f"connects to {why} address {address}")
            last: Exception | None = None
            for address in addresses:  # connect to the checked address, never re-resolve
                try:
                    inner = super().connect_tcp(
                        address,
                        port,
                        remaining(timeout, httpcore.ConnectTimeout),
                        local_address=local_address,
                        socket_options=socket_options,
                    )
                    return Stream(inner)
                except httpcore.ConnectError as exc:
                    last = exc
            raise last or httpcore.ConnectError(f"no address for {host!r}")

    return Backend()


def fetch(
    url: str, *, allow_network: bool, max_bytes: int, timeout: float = 20.0, allow_private: bool = False
) -> Fetched:
    """GET ``url`` or raise DW701 (network off), DW702 (refused), DW703 (failed or timed out), DW104 (too big).

    ``timeout`` bounds the whole fetch, not each read. ``allow_private`` lets the operator fetch
    from loopback/private/link-local/reserved addresses (off by default: SSRF).
    """
    if not allow_network:
        raise error("DW701", url=url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise error("DW702", url=url, why=f"scheme {scheme or '(none)'!r} is not http(s)")
    try:
        port = parts.port
    except ValueError:
        raise error("DW702", url=url, why="invalid port") from None
    check_target(url, parts.hostname or "", port, allow_private=allow_private)
    import httpx

    deadline = time.monotonic() + timeout

    def check_hop(request: httpx.Request) -> None:
        """Every request, including each redirect: a public target and what is left of the deadline."""
        left = deadline - time.monotonic()
        if left <= 0:
            raise error("DW703", url=str(request.url), why=f"no response within the {timeout:g} s time-out")
        if request.url.scheme in ("http", "https"):  # other schemes: httpx refuses them (DW703)
            check_target(str(request.url), request.url.host, request.url.port, allow_private=allow_private)
        request.extensions["timeout"] = httpx.Timeout(min(timeout, left)).as_dict()

    try:
        with httpx.Client(
            timeout=timeout,
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            headers={"User-Agent": USER_AGENT},
            event_hooks={"request": [check_hop]},
        ) as client:
            pool = getattr(getattr(client, "_transport", None), "_pool", None)
            if pool is not None and hasattr(pool, "_network_backend"):
                pool._network_backend = _guarded_backend(deadline, allow_private)
            with client.stream("GET", url) as resp:
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
                    if time.monotonic() > deadline:
                        raise error("DW703", url=url, why=f"not finished within the {timeout:g} s time-out")
                    chunks.append(chunk)
                return Fetched(str(resp.url), b"".join(chunks), resp.headers.get("content-type", ""))
    except httpx.HTTPError as exc:
        raise error("DW703", url=url, why=f"{type(exc).__name__}: {exc}") from None
