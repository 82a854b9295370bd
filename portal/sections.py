"""The volunteer's home page is a list of sections; other apps add theirs here.

Integration points (the lead wires them at merge, nothing here builds them):
- "shifts" — upcoming shifts, sign-up and cancelling, waiting-list places (the opportunities app, #16);
- "documents" — the agreement and certificate to download (the paperwork app, #18).
Each registers a PortalSection in its AppConfig.ready(), e.g.
    register(PortalSection("shifts", "opportunities/portal_shifts.html", order=20, context=shifts_context))
where `context(request, volunteer)` returns the template's extra context (the volunteer is always given).
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PortalSection:
    name: str
    template: str
    order: int = 50
    context: Callable | None = None


_sections = {}

# A message answering a form inside a section is shown in that section, where the page comes back to (its anchor),
# not at the top, out of view: `messages.success(request, text, extra_tags=message_tag("portal-documents"))`.
MESSAGE_TAG_PREFIX = "portal-section:"


def message_tag(anchor):
    return MESSAGE_TAG_PREFIX + anchor


def message_section(message):
    """The anchor of the section a message belongs in, or "" for the top of the page."""
    tags = message.extra_tags or ""
    return tags.removeprefix(MESSAGE_TAG_PREFIX) if tags.startswith(MESSAGE_TAG_PREFIX) else ""


def register(section):
    """Add or replace a section by name."""
    _sections[section.name] = section


def unregister(name):
    _sections.pop(name, None)


def registered():
    return sorted(_sections.values(), key=lambda section: (section.order, section.name))


def render_context(request, volunteer):
    """[(section, its context)] for the home page's includes."""
    result = []
    for section in registered():
        context = {"volunteer": volunteer}
        if section.context is not None:
            context.update(section.context(request, volunteer))
        result.append({"section": section, "context": context})
    return result
