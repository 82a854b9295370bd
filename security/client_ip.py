"""The client address django-axes records: the join form's rule (TRUSTED_PROXIES), or None when unknown."""

import ipaddress

from core.client_ip import get_client_ip


def axes_client_ip(request):
    """None rather than a placeholder such as "unknown", which PostgreSQL's inet column refuses.

    Requests without REMOTE_ADDR happen: gunicorn on a unix socket, Django's test client force_login().
    """
    address = get_client_ip(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None
