"""Error views: a translated 503 while the database is unreachable, the usual 500 otherwise."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.defaults import server_error as django_server_error

# Seconds a client should wait before retrying; a database restart takes a few.
RETRY_AFTER_SECONDS = 10


def is_database_outage(error):
    while error is not None:
        if isinstance(error, OperationalError | InterfaceError):
            return True
        error = error.__cause__ or error.__context__
    return False


def server_error(request, template_name="500.html"):
    """handler500. Renders without a request context: the database may be what failed."""
    if not is_database_outage(sys.exc_info()[1]):
        return django_server_error(request, template_name)
    template = loader.get_template("503.html")
    body = template.render({"LANGUAGE_CODE": translation.get_language()})
    response = HttpResponseServerError(body)
    response.status_code = 503
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
