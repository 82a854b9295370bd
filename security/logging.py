"""Logging filters that keep personal data out of log lines."""

import logging


class DropTemplateContext(logging.Filter):
    """Strips the exception from django.template's DEBUG records.

    Django logs every failed variable lookup at DEBUG with a VariableDoesNotExist whose text holds the
    whole template context: on a volunteer's admin form, their name, email and phone.
    """

    def filter(self, record):
        if record.exc_info:
            record.exc_info = None
            record.exc_text = None
        return True
