"""Logging filters that keep personal data out of log lines."""

import logging

from django.db import DatabaseError

PATH_PLACEHOLDER = "[token]"  # what a secret in a logged path becomes


class DropDatabaseErrorDetails(logging.Filter):
    """A database error's message can quote the row it refused (an email in a unique-key DETAIL).

    Keep the error's class and where it happened, drop its message and traceback text.
    """

    def filter(self, record):
        exc_info = record.exc_info
        if exc_info and isinstance(exc_info[1], DatabaseError):
            record.msg = f"{record.getMessage()} ({type(exc_info[1]).__module__}.{type(exc_info[1]).__name__})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


class RedactPathTokens(logging.Filter):
    """Django logs every 4xx and 5xx answer with its path ("Gone: /en/volunteer/my-data/address/<token>/").

    Secrets travel in some paths (one-time links, calendar addresses): whatever the matched route received as
    its `token` argument is replaced by "[token]" in the record's message and arguments. Set on the loggers
    that log paths (django.request, django.security.csrf), so every handler gets the redacted line.
    """

    def filter(self, record):
        match = getattr(getattr(record, "request", None), "resolver_match", None)
        token = match.kwargs.get("token") if match is not None else None
        if isinstance(token, str) and token:
            if isinstance(record.msg, str):
                record.msg = record.msg.replace(token, PATH_PLACEHOLDER)
            if isinstance(record.args, tuple):
                record.args = tuple(
                    arg.replace(token, PATH_PLACEHOLDER) if isinstance(arg, str) else arg for arg in record.args
                )
        return True
