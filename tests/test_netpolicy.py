from __future__ import annotations

import re

import pytest

from watch.errors import BlockedAddress, FetchError
from watch.fetching.netpolicy import AddressPolicy, is_allowed

BLOCKED = [
    "127.0.0.1",
    "127.255.255.254",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",  # cloud metadata
    "169.254.1.1",
    "100.64.0.1",  # CGNAT
    "100.127.255.255",
    "0.0.0.0",
    "224.0.0.1",  # multicast
    "239.255.255.250",
    "240.0.0.1",  # reserved
    "255.255.255.255",
    "192.0.2.1",  # documentation
    "::1",
    "::",
    "fc00::1",
    "fd12:3456::1",
    "fd00:ec2::254",  # AWS metadata over IPv6
    "fe80::1",
    "fe80::1%eth0",
    "ff02::1",
    "::ffff:127.0.0.1",  # IPv4-mapped
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "::127.0.0.1",  # IPv4-compatible (deprecated)
    "2002:7f00:1::1",  # 6to4 around 127.0.0.1
    "2002:a9fe:a9fe::1",  # 6to4 around 169.254.169.254
    "64:ff9b::7f00:1",  # NAT64 around 127.0.0.1
    "64:ff9b::a00:1",  # NAT64 around 10.0.0.1
]

ALLOWED = [
    "8.8.8.8",
    "93.184.216.34",
    "1.1.1.1",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
    "2002:808:808::1",  # 6to4 around a public address
    "64:ff9b::808:808",
]


@pytest.mark.parametrize("ip", BLOCKED)
def test_non_public_addresses_are_refused(ip: str) -> None:
    assert is_allowed(ip, False) is False


@pytest.mark.parametrize("ip", ALLOWED)
def test_public_addresses_are_allowed(ip: str) -> None:
    assert is_allowed(ip, False) is True


@pytest.mark.parametrize("ip", BLOCKED)
def test_allow_true_allows_everything(ip: str) -> None:
    assert is_allowed(ip, True) is True


@pytest.mark.parametrize(
    ("ip", "expected"),
    [
        ("127.0.0.1", True),
        ("::ffff:127.0.0.1", True),  # judged by the IPv4 address it carries
        ("127.0.0.2", False),
        ("10.0.0.1", False),
        ("169.254.169.254", False),
        ("::1", False),
        ("8.8.8.8", True),  # public addresses stay allowed
    ],
)
def test_allow_list_adds_only_the_listed_networks(ip: str, expected: bool) -> None:
    assert is_allowed(ip, ["127.0.0.1/32"]) is expected


def test_allow_list_accepts_cidrs_and_bare_addresses() -> None:
    assert is_allowed("10.9.8.7", ["10.0.0.0/8"]) is True
    assert is_allowed("fd00::5", ["fd00::5"]) is True
    assert is_allowed("fd00::6", ["fd00::5"]) is False


def test_bad_allow_entry_is_refused_when_the_policy_is_built() -> None:
    with pytest.raises(ValueError):
        AddressPolicy(["not-a-network"])


# The system resolver normalises these exactly as a connecting socket would.
ODD_SPELLINGS = [
    "http://2130706433/",
    "http://0x7f.1/",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://127.1/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[::1]:8080/",
    "http://localhost/",
    "http://LOCALHOST:80/",
    "http://user:pw@127.0.0.1/",
    "https://169.254.169.254/latest/meta-data/",
    "http://0/",
    "http://0.0.0.0/",
    "http://[fd00:ec2::254]/",
    "http://10.0.0.1/",
    "http://0xa.0.0.1/",
]


@pytest.mark.parametrize("url", ODD_SPELLINGS)
def test_odd_spellings_of_private_addresses_are_refused(url: str) -> None:
    with pytest.raises(BlockedAddress) as caught:
        AddressPolicy().check_url(url)
    assert caught.value.url == url
    assert "not public" in caught.value.message


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://8.8.8.8/",
        "gopher://8.8.8.8/",
        "javascript:alert(1)",
        "http:///x",
    ],
)
def test_only_http_urls_with_a_host(url: str) -> None:
    with pytest.raises(BlockedAddress):
        AddressPolicy(True).check_url(url)


def test_allow_list_lets_a_test_reach_loopback_but_nothing_else_private() -> None:
    policy = AddressPolicy(["127.0.0.1/32"])
    policy.check_url("http://127.0.0.1:8080/feed")
    policy.check_url("http://127.1:8080/feed")  # same address, odd spelling
    for url in ("http://10.0.0.1/", "http://169.254.169.254/", "http://[::1]/"):
        with pytest.raises(BlockedAddress):
            policy.check_url(url)


def test_any_blocked_address_among_several_refuses_the_host() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.7"]

    with pytest.raises(BlockedAddress, match=re.escape("10.0.0.7")):
        AddressPolicy(resolver=resolver).check_url("https://mixed.example/")


def test_resolution_failure_is_a_fetch_error_with_a_clear_message() -> None:
    def resolver(host: str, port: int) -> list[str]:
        raise OSError(-2, "Name or service not known")

    with pytest.raises(
        FetchError, match=re.escape("cannot resolve host 'nowhere.example'")
    ) as caught:
        AddressPolicy(resolver=resolver).check_url("http://nowhere.example/feed")
    assert not isinstance(caught.value, BlockedAddress)


def test_resolver_gets_the_default_port_and_bare_ipv6_host() -> None:
    seen: list[tuple[str, int]] = []

    def resolver(host: str, port: int) -> list[str]:
        seen.append((host, port))
        return ["2606:4700:4700::1111"]

    policy = AddressPolicy(resolver=resolver)
    policy.check_url("https://example.com/x")
    policy.check_url("http://[2606:4700:4700::1111]:8080/")
    assert seen == [("example.com", 443), ("2606:4700:4700::1111", 8080)]
