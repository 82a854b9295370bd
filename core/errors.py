"""Every error page the site shows, in one place: the views here, the templates in templates/errors/.

- 404: page_not_found (handler404), templates/errors/404.html.
- 429: too_many_requests, for the join form's rate limit (registry/join/views.py), templates/errors/429.html.
- 500 / 503: server_error (handler500): a translated 503 with Retry-After while the database is unreachable,
  the plain 500 page otherwise (templates/errors/500.html, 503.html), both rendered without the database.
- 403 on a missing or expired form token: csrf_failure (CSRF_FAILURE_VIEW), templates/errors/csrf_failure.html.

The admin's sign-in lockout page belongs to django-axes' settings (security/, AXES_LOCKOUT_TEMPLATE).
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views import defaults

# Seconds a client should wait before retrying; a database restart takes a few.
RETRY_AFTER_SECONDS = 10


def is_database_outage(error):
    while error is not None:
        if isinstance(error, OperationalError | InterfaceError):
            return True
        error = error.__cause__ or error.__context__
    return False


def page_not_found(request, exception, template_name="errors/404.html"):
    """handler404."""
    return defaults.page_not_found(request, exception, template_name=template_name)


def server_error(request, template_name="errors/500.html"):
    """handler500. Renders without a request context: the database may be what failed."""
    if not is_database_outage(sys.exc_info()[1]):
        return defaults.server_error(request, template_name)
    template = loader.get_template("errors/503.html")
    body = template.render({"LANGUAGE_CODE": translation.get_language()})
    response = HttpResponseServerError(body)
    response.status_code = 503
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def too_many_requests(request, retry_after):
    """429 with Retry-After (seconds), never kept by any cache."""
    response = TemplateResponse(request, "errors/429.html", {}, status=429)
    response["Retry-After"] = str(retry_after)
    patch_cache_control(response, private=True, no_store=True)
    return response


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a friendly, translated page when a form's security token is missing or has expired."""
    response = TemplateResponse(request, "errors/csrf_failure.html", {"retry_url": request.path}, status=403)
    patch_cache_control(response, private=True, no_store=True)
    return response.render()
