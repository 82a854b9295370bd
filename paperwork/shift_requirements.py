"""The paperwork's rules for signing up for a shift, in the form the sign-up engine's checks take.

Registered in apps.py. Coordinators signing someone up from the rota are held to them like everyone
(opportunities/signups.py): the law asks for them before the shift, whoever does the signing up.
"""

from urllib.parse import urlencode

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from opportunities.requirements import Reason

from .requirements import current_safety_information, safeguarding_valid, safety_acknowledged


def check_safeguarding(volunteer, shift, day):
    """Refuse work with minors without a cleared child-protection check valid on the shift's day."""
    if not shift.opportunity.works_with_minors or safeguarding_valid(volunteer, day):
        return None
    return _(
        "This shift involves working with minors and needs a child-protection check valid on the day of the "
        "shift. A coordinator records the check in the registry."
    )


def describe_safety(page):
    """The requirement in words on an opportunity's page (any opportunity with an area)."""
    if page.area_id is None:
        return None
    return _(
        "Before the first shift: the area's health and safety information, read and confirmed on your volunteer page."
    )


def safety_page_link(area, shift):
    """The person's health-and-safety page showing this area, coming back to the shift's sign-up afterwards."""
    try:
        address = reverse("portal_safety:page")
        back = reverse("portal_shifts:sign_up", args=[shift.pk])
    except NoReverseMatch:  # a URLconf without the volunteer's page (e.g. an admin-only deployment)
        return ""
    return f"{address}?{urlencode({'area': area.pk, 'next': back})}#safety-{area.translation_key}"


def check_safety(volunteer, shift, day):
    """Art. 45: the area's health-and-safety information in force on the shift's day, read and acknowledged by then.

    An opportunity without an area has no area information to owe, so nothing is checked. An area whose
    information the programme has not written yet refuses everyone (the host owes it before the first shift).
    """
    area = shift.opportunity.area
    if area is None or safety_acknowledged(volunteer, area, day):
        return None
    name = area.localized.name
    if current_safety_information(area, day) is None:
        return _(
            "The health and safety information for the area “%(area)s” has not been published yet, so nobody "
            "can sign up for its shifts. Please ask the coordinator."
        ) % {"area": name}
    return Reason(
        _(
            "Before the first shift in the area “%(area)s”, its health and safety information must be read and "
            "confirmed on your volunteer page (the version in force on the day of the shift)."
        )
        % {"area": name},
        link=safety_page_link(area, shift),
        link_text=_("Read the health and safety information and confirm it"),
    )
