"""Messages on the volunteer's page: each shown where the person is looking (portal/sections.py, message_tag)."""

from django import template

from portal.sections import message_section

register = template.Library()


@register.simple_tag
def messages_for(messages, section=""):
    """The request's messages meant for `section` (an anchor id), or for the top of the page when it is ""."""
    return [message for message in messages or () if message_section(message) == section]
