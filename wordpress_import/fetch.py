"""Fetching an image from the old site without letting the export point the import anywhere else.

An export is untrusted input: its attachment addresses could name the health check, Redis or a
cloud metadata service. So a file is fetched only from the hosts the import allows (the export's
own site, or hosts given on the command line), and every connection, redirects included, goes to
an address checked after resolving the name: never loopback, private, link-local, reserved or
multicast (unless settings.WORDPRESS_IMPORT_ALLOWED_NETWORKS names the network, e.g. an intranet
site). The connection is made to the checked address itself, so a second DNS answer cannot swap
it. Size and time are limited. Whatever goes wrong, the caller learns only that it failed.
"""

import http.client
import ipaddress
import socket
import ssl
import time
from urllib.parse import urljoin, urlsplit

from django.conf import settings

REDIRECT_STATUSES = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 5
USER_AGENT = "civic-volunteering-wordpress-import"


class FetchFailed(Exception):
    """The file could not be had. Deliberately without detail: the reason could map the network."""


def allowed_networks():
    networks = getattr(settings, "WORDPRESS_IMPORT_ALLOWED_NETWORKS", [])
    return [ipaddress.ip_network(value, strict=False) for value in networks]


def is_public(address):
    """Whether an IP address is one the import may connect to."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if any(ip in network for network in allowed_networks()):
        return True
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local)


def checked_address(host, port):
    """The first address `host` resolves to, if every address it resolves to may be connected to."""
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise FetchFailed from None
    addresses = [answer[4][0] for answer in answers]
    # One bad answer refuses the name: a round-robin of a public and a private address is not trusted.
    if not addresses or not all(is_public(address) for address in addresses):
        raise FetchFailed
    return addresses[0]


class _CheckedHTTPConnection(http.client.HTTPConnection):
    """Connects to the address given, while the request names the host (Host header)."""

    def __init__(self, host, port, *, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self.checked = address

    def connect(self):
        self.sock = socket.create_connection((self.checked, self.port), self.timeout)


class _CheckedHTTPSConnection(http.client.HTTPSConnection):
    """The same over TLS: the certificate is verified for the host name, not the address."""

    def __init__(self, host, port, *, address, timeout):
        self.tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self.tls)
        self.checked = address

    def connect(self):
        sock = socket.create_connection((self.checked, self.port), self.timeout)
        self.sock = self.tls.wrap_socket(sock, server_hostname=self.host)


def fetch(url, *, allowed_hosts, max_bytes, timeout):
    """The body of `url` (at most `max_bytes`), following redirects within `allowed_hosts`; else FetchFailed."""
    deadline = time.monotonic() + timeout
    for _attempt in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.hostname.lower() not in allowed_hosts:
            raise FetchFailed
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise FetchFailed from None
        address = checked_address(parts.hostname, port)
        connection_class = _CheckedHTTPSConnection if parts.scheme == "https" else _CheckedHTTPConnection
        connection = connection_class(parts.hostname, port, address=address, timeout=remaining(deadline))
        try:
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            connection.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": "image/*"})
            response = connection.getresponse()
            if response.status in REDIRECT_STATUSES and response.getheader("Location"):
                url = urljoin(url, response.getheader("Location"))
                continue
            if response.status != 200:
                raise FetchFailed
            length = response.getheader("Content-Length")
            if length and (not length.isdigit() or int(length) > max_bytes):
                raise FetchFailed
            return read_limited(response, max_bytes, deadline)
        except (OSError, http.client.HTTPException, ValueError):
            raise FetchFailed from None
        finally:
            connection.close()
    raise FetchFailed


def read_limited(response, max_bytes, deadline):
    chunks, size = [], 0
    while True:
        # One receive at a time (each within the socket's timeout), the deadline checked between them: a
        # server sending a byte a second cannot hold the import.
        remaining(deadline)
        chunk = response.read1(64 * 1024)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchFailed
        chunks.append(chunk)


def remaining(deadline):
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchFailed
    return left
