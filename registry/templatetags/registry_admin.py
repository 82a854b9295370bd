"""Template filters for the registry admin: the same formatting as its listings and inspect views."""

from django import template

from registry import admin_display

register = template.Library()


@register.filter
def hours(value):
    """8 / 167,5 / 1 966: no trailing zeros, thousands grouped."""
    return admin_display.format_hours(value or 0)


@register.filter
def local_datetime(value):
    """30.11.2026, 15:01 in the site's time zone."""
    return admin_display.format_datetime(value) if value else admin_display.EMPTY
