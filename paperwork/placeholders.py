"""Placeholders in the agreement template: `{name}` in curly braces, lower-case letters and underscores.

The same names work in the Polish and the English template. A template that names anything else is refused
when saved; the values are escaped before they go into the rich text, so no one's data can add markup.

    {imie_nazwisko}             the volunteer's first and last name
    {organizacja}               the host organisation's name
    {data_od} {data_do}         the agreement's first and last day ("indefinite period" when open-ended)
    {obszary}                   the programme areas, comma-separated
    {zadania}                   the tasks
    {sposob_wykonywania}        the manner of performing the work
    {warunki_rozwiazania}       how the agreement may be terminated
    {data_podpisania}           the day it was signed
    {podpisuje_organizacja}     who signs for the organisation
    {podpisuje_wolontariusz}    who signs for the volunteer (the volunteer, or a parent or guardian)
    {numer}                     the document's number in the register ("12/2026")
"""

import re

from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
NAMES = (
    "imie_nazwisko",
    "organizacja",
    "data_od",
    "data_do",
    "obszary",
    "zadania",
    "sposob_wykonywania",
    "warunki_rozwiazania",
    "data_podpisania",
    "podpisuje_organizacja",
    "podpisuje_wolontariusz",
    "numer",
)
# Multi-line texts keep their paragraphs.
MULTILINE = {"zadania", "sposob_wykonywania", "warunki_rozwiazania"}

PLACEHOLDER_HELP = _(
    "Placeholders in curly braces are filled in for each agreement: {imie_nazwisko}, {organizacja}, "
    "{data_od}, {data_do}, {obszary}, {zadania}, {sposob_wykonywania}, {warunki_rozwiazania}, "
    "{data_podpisania}, {podpisuje_organizacja}, {podpisuje_wolontariusz}, {numer}."
)


def unknown_placeholders(text):
    return {name for name in PLACEHOLDER.findall(text or "") if name not in NAMES}


def fill(html, values):
    """The template's HTML with each placeholder replaced by its escaped value; unknown ones are left as typed."""

    def replace(match):
        name = match.group(1)
        if name not in values:
            return match.group(0)
        value = str(values[name] or "")
        if name in MULTILINE:
            return "<br>".join(escape(line) for line in value.splitlines())
        return escape(value)

    return PLACEHOLDER.sub(replace, html or "")
