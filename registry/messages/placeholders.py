"""The placeholders a message may use, filled per person in the person's language.

None of them is the person's name: Polish would need its vocative in a greeting, and a message to a list
never addresses anyone by name (README "Notes for translators"). Anything in braces that is not one of
these is refused when the message is written, so nothing unfilled ever reaches anyone.
"""

import re

from django.utils.translation import gettext, gettext_lazy

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

DESCRIPTIONS = {
    "programme": gettext_lazy("the programme's name"),
    "status": gettext_lazy("the person's status in the programme, e.g. “Active”"),
    "coordinator_contact": gettext_lazy("the coordinators' e-mail address"),
}


def unknown_placeholders(text):
    return sorted({name for name in PLACEHOLDER.findall(text) if name not in DESCRIPTIONS})


def values_for(volunteer, coordinator_contact):
    """The placeholders' values for one person, in the active language (the caller switches to theirs)."""
    return {
        "programme": gettext("Civic Volunteering"),
        "status": str(volunteer.get_status_display()),
        "coordinator_contact": coordinator_contact,
    }


def fill(text, values):
    """Replace each known placeholder; text typed by the coordinator is otherwise left as written."""
    return PLACEHOLDER.sub(lambda match: str(values.get(match.group(1), match.group(0))), text)
