"""The paperwork's rules for signing up for a shift, in the form the sign-up engine's checks take."""

from django.utils.translation import gettext as _

from .requirements import safeguarding_valid


def check_safeguarding(volunteer, shift, day):
    """Refuse work with minors without a cleared child-protection check valid on the shift's day."""
    if not shift.opportunity.works_with_minors or safeguarding_valid(volunteer, day):
        return None
    return _(
        "This shift involves working with minors and needs a child-protection check valid on the day of the "
        "shift. A coordinator records the check in the registry."
    )
