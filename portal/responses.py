"""Every answer of the volunteer's page is personal: no shared cache, CDN or browser cache may keep it."""

from functools import wraps

from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers

from . import sessions


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


def private(response):
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ("Cookie",))
    return response


def private_view(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return private(view(request, *args, **kwargs))

    return wrapped


def volunteer_required(view):
    """Gives the view the request's live VolunteerSession; without one, sends the browser to sign in."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        session = sessions.current(request)
        if session is None:
            response = HttpResponseRedirect(reverse("portal:sign_in"))
            if sessions.cookie_name() in request.COOKIES:
                sessions.forget_cookie(response)
            return private(response)
        return private(view(request, session, *args, **kwargs))

    return wrapped
