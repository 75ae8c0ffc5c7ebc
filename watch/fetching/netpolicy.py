"""Which network addresses `watch` may fetch from.

Feed URLs come from a config file and redirects come from strangers, so every hop is checked:
the host is resolved and the URL is refused when ANY address it resolves to is not a public
unicast address (loopback, private, link-local, CGNAT, multicast, reserved, unspecified, cloud
metadata, and the same hidden inside IPv4-mapped / compatible / 6to4 / NAT64 / Teredo IPv6).

The decision itself is the pure function `is_allowed(ip, allow)`; `AddressPolicy` wraps it with
name resolution. Odd IPv4 spellings (`2130706433`, `0x7f.1`, `0177.0.0.1`, `127.1`) are left to
the system resolver, which normalises them exactly as the connecting socket would.

DNS rebinding: a name can resolve to a public address when checked and to 127.0.0.1 when the
client connects. `watch.fetching.fetch` closes that gap by connecting only to addresses returned by
`AddressPolicy.resolve_allowed` (its network backend resolves, checks and connects in one step);
`check_url` alone does not pin anything, which is why it resolves a host that passed only once
per policy: the connect-time check stays on every new connection.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from watch.errors import BlockedAddress, FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
MAX_PASSED_HOSTS = 4096
Resolver = Callable[[str, int], list[str]]

# Not covered by `is_global` / `is_private` in every Python version, so spelled out.
_ALWAYS_BLOCKED = tuple(
    ipaddress.ip_network(net)
    for net in (
        "100.64.0.0/10",  # carrier-grade NAT
        "169.254.169.254/32",  # cloud metadata (also link-local; listed for the reader)
        "fd00:ec2::254/128",  # AWS metadata over IPv6 (inside fc00::/7)
        "64:ff9b:1::/48",  # local-use NAT64
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries, for the transition forms a socket may route."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    packed = ip.packed
    # Deprecated IPv4-compatible form ::a.b.c.d (but not :: and ::1, which are judged as IPv6).
    if packed[:12] == bytes(12) and int(ip) > 1:
        return ipaddress.IPv4Address(packed[12:])
    return None


def _is_public(ip: IPAddress) -> bool:
    if any(ip in net for net in _ALWAYS_BLOCKED if net.version == ip.version):
        return False
    return not (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def _parse_ip(ip: str | IPAddress) -> IPAddress:
    if isinstance(ip, ipaddress.IPv4Address | ipaddress.IPv6Address):
        return ip
    # getaddrinfo gives scoped link-local addresses as "fe80::1%eth0"
    return ipaddress.ip_address(ip.split("%", 1)[0])


def is_allowed(ip: str | IPAddress, allow: bool | Sequence[str] = False) -> bool:
    """Whether a client may connect to `ip`.

    `allow=True` allows every address; a list of addresses/CIDRs allows exactly those on top of
    the public ones. IPv6 transition forms are judged by the IPv4 address they carry.
    Raises ValueError when `ip` is not an IP address or an allow entry is not a network.
    """
    if allow is True:
        return True
    address = _parse_ip(ip)
    # A transition form (::ffff:a.b.c.d, 6to4, NAT64, Teredo, ::a.b.c.d) is where the packets
    # really go, so it is judged by the IPv4 address it carries; the prefixes themselves are
    # "reserved" to the ipaddress module and would otherwise block public hosts too.
    embedded = _embedded_ipv4(address)
    candidates = [address] if embedded is None else [embedded]
    allowed_nets = [] if allow is False else [ipaddress.ip_network(n, strict=False) for n in allow]
    for candidate in candidates:
        listed = any(candidate in net for net in allowed_nets if net.version == candidate.version)
        if not listed and not _is_public(candidate):
            return False
    return True


def system_resolver(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (TCP). Raises socket.gaierror."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class AddressPolicy:
    """Refuses URLs whose host resolves to a non-public address (see the module docstring)."""

    def __init__(
        self, allow: bool | list[str] = False, *, resolver: Resolver | None = None
    ) -> None:
        if not isinstance(allow, bool):
            allow = list(allow)
            for item in allow:
                ipaddress.ip_network(item, strict=False)  # ValueError now, not mid-run
        self.allow = allow
        self._resolve = resolver or system_resolver
        self._passed: set[tuple[str, int]] = set()  # (host, port) that check_url accepted

    def resolve_allowed(self, host: str, port: int, url: str | None = None) -> list[str]:
        """Resolve `host` and return its addresses, all of them allowed.

        Raises BlockedAddress if any address is refused, FetchError if the name does not resolve.
        """
        where = url or f"{host}:{port}"
        bare = host.strip("[]")
        try:
            addresses = self._resolve(bare, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(where, f"cannot resolve host {bare!r}: {exc}") from exc
        if not addresses:
            raise FetchError(where, f"host {bare!r} has no addresses")
        if self.allow is not True:
            for address in addresses:
                if not is_allowed(address, self.allow):
                    raise BlockedAddress(where, f"address {address} of {bare!r} is not public")
        return addresses

    def check_url(self, url: str) -> None:
        """Raise BlockedAddress unless `url` is http(s) and every address of its host is allowed.

        Also raises FetchError when the host does not resolve.
        """
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise BlockedAddress(url, f"malformed URL: {exc}") from exc
        if parts.scheme.lower() not in ("http", "https"):
            raise BlockedAddress(url, f"scheme {parts.scheme or '(none)'!r} is not http(s)")
        if not parts.hostname:
            raise BlockedAddress(url, "no host in URL")
        if self.allow is True:
            return
        if port is None:
            port = 443 if parts.scheme.lower() == "https" else 80
        if (parts.hostname, port) in self._passed:
            return  # one lookup per host, not per request; new connections are checked anyway
        self.resolve_allowed(parts.hostname, port, url)
        if len(self._passed) >= MAX_PASSED_HOSTS:
            self._passed.clear()  # a daemon meets ever more hosts: stay bounded
        self._passed.add((parts.hostname, port))
