import logging
import sys

from django.db import IntegrityError

from core.logfilters import DropDatabaseErrorDetails


def record_with(error):
    try:
        raise error
    except type(error):
        return logging.LogRecord(
            "django.request", logging.ERROR, __file__, 1, "Internal Server Error: %s", ("/pl/",), sys.exc_info()
        )


def test_a_database_error_in_a_log_line_keeps_its_class_but_not_the_values_it_quotes():
    record = record_with(IntegrityError("duplicate key DETAIL: Key (lower(email))=(anna@example.org) already exists."))
    DropDatabaseErrorDetails().filter(record)
    line = logging.Formatter().format(record)
    assert "anna@example.org" not in line
    assert "IntegrityError" in line and "/pl/" in line


def test_other_errors_keep_their_traceback():
    record = record_with(ValueError("a bug"))
    DropDatabaseErrorDetails().filter(record)
    assert "Traceback" in logging.Formatter().format(record)
