"""The address a request came from, trusting X-Forwarded-For only when our own proxies set it."""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in proxies if entry.strip())


def _parse(address):
    try:
        return ipaddress.ip_address(address.strip())
    except ValueError:
        return None


def _is_trusted(address, networks):
    return any(address in network for network in networks)


def get_client_ip(request):
    """REMOTE_ADDR, or behind a trusted proxy the right-most X-Forwarded-For entry that is not a trusted proxy.

    Anything to the left of that entry was written by the client and can be forged, so it is never used.
    """
    networks = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return request.META.get("REMOTE_ADDR", "") or "unknown"
    if not _is_trusted(remote, networks):
        return str(remote)
    client = remote
    for entry in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = _parse(entry)
        if address is None:
            # A malformed hop: stop at the last address we could trust rather than believe the rest.
            break
        client = address
        if not _is_trusted(address, networks):
            break
    return str(client)
