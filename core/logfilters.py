"""Logging filters that keep personal data out of log lines."""

import logging

from django.db import DatabaseError


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
