"""Who may sign up for a shift: checks run on the shift's date, each returning the reason it refuses, or None.

The checks are a small ordered registry so other apps add theirs without this app importing them: the
paperwork app registers "safety" and replaces "safeguarding" in its AppConfig.ready(), e.g.

    requirements.register("safeguarding", lambda volunteer, shift, day: ... or None)

Boundaries (all on the shift's local date in Europe/Warsaw):
- age: the person's age that day; an 18th birthday on the shift's date counts as 18;
- vetting: valid on the day means `vetting_expires_on >= day` (expiring the day of the shift is still valid,
  the day before is not), the same reading as the registry's "expired" filter (`expires_on < today`);
- trainings: each required training completed by that day and not expired that day (CompletedTraining.valid_on).

Checks added by other apps may also describe their requirement in words for the opportunity's page
(`describe(name, fn)`, fn(page) returning a sentence in the active language or None): the page lists them
after its own.

A check may return a `Reason` instead of a plain string: the same words, plus where the person can go to meet the
requirement (the volunteer's page shows it as a link; the rota and other plain-text places show the words only).

A rule can also change after people signed up (the paperwork app: a new version of an area's health-and-safety
information in force on the shift's day). Nobody loses a place over it (a coordinator decides), but what is still
owed is shown: `register_owed(name, finder)`, finder(shift, volunteer_ids, day) returning {volunteer id: Owed};
`owed(shift, volunteer_ids)` asks every finder. The volunteer's page shows it by each shift, the rota marks the
person, and the day-before reminder mentions it.
"""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from registry.models import Volunteer

_CHECKS = {}


class Reason(str):
    """A refusal's words (already translated) with an optional link for the person: `link` and `link_text`."""

    def __new__(cls, text, link="", link_text=""):
        reason = super().__new__(cls, text)
        reason.link = str(link)
        reason.link_text = str(link_text)
        return reason


def register(name, check):
    """Add a check, or replace the one of that name (keeps its place in the order)."""
    _CHECKS[name] = check


def unregister(name):
    _CHECKS.pop(name, None)


def checks():
    return list(_CHECKS.items())


_DESCRIPTIONS = {}


def describe(name, describer):
    """Add or replace the words for a requirement another app checks: describer(opportunity page) -> str or None."""
    _DESCRIPTIONS[name] = describer


def descriptions(page):
    """The other apps' requirements of this opportunity, in words (the active language), in registration order."""
    return [str(text) for text in (describer(page) for describer in _DESCRIPTIONS.values()) if text]


@dataclass(frozen=True)
class Owed:
    """What a signed-up person still owes before a shift, in the active language: `text` for the person, `label`
    for the coordinators' rota (short, names no one), `link` (a path) and `link_text` where the person sees to it."""

    text: str
    label: str
    link: str = ""
    link_text: str = ""


_OWED = {}


def register_owed(name, finder):
    """Add or replace a finder: finder(shift, volunteer_ids, day) -> {volunteer id: Owed} (only those owing)."""
    _OWED[name] = finder


def owed(shift, volunteer_ids, day=None):
    """{volunteer id: [Owed, ...]} for the given people on the shift (those owing nothing are left out)."""
    day = day or shift_day(shift)
    volunteer_ids = list(volunteer_ids)
    found = {}
    if not volunteer_ids:
        return found
    for finder in _OWED.values():
        for volunteer_id, item in finder(shift, volunteer_ids, day).items():
            found.setdefault(volunteer_id, []).append(item)
    return found


def shift_day(shift):
    """The shift's date where it happens (the site's time zone), whatever the server's."""
    return timezone.localdate(shift.starts_at)


def age_on(date_of_birth, day):
    """Whole years on `day`; someone born on 29 February turns a year older on 1 March in other years."""
    return day.year - date_of_birth.year - ((day.month, day.day) < (date_of_birth.month, date_of_birth.day))


def refusals(volunteer, shift, day=None):
    """Every reason this person may not take this shift, in the checks' order; empty when they may."""
    day = day or shift_day(shift)
    reasons = []
    for _name, check in checks():
        reason = check(volunteer, shift, day)
        if reason:
            reasons.append(reason if isinstance(reason, Reason) else str(reason))
    return reasons


def check_active(volunteer, shift, day):
    if volunteer.status != Volunteer.Status.ACTIVE or volunteer.anonymised_at is not None:
        return _("Only active volunteers can sign up for shifts.")
    return None


def check_minimum_age(volunteer, shift, day):
    minimum = shift.opportunity.minimum_age
    if not minimum:
        return None
    if volunteer.date_of_birth is None:
        return _("This shift has a minimum age and the registry has no date of birth for you.")
    if age_on(volunteer.date_of_birth, day) < minimum:
        return _("This shift needs people aged at least %(age)d on the day of the shift.") % {"age": minimum}
    return None


def check_vetting(volunteer, shift, day):
    if not shift.opportunity.requires_vetting:
        return None
    expires = volunteer.vetting_expires_on
    if expires is None or expires < day:
        return _("This shift needs a vetting certificate valid on the day of the shift.")
    return None


def check_trainings(volunteer, shift, day):
    required = list(shift.opportunity.trainings.all())
    if not required:
        return None
    completed = volunteer.trainings.select_related("training")
    # Trainings are translated snippets: the same training in any language counts.
    valid_keys = {done.training.translation_key for done in completed if done.valid_on(day)}
    missing = [training for training in required if training.translation_key not in valid_keys]
    if missing:
        return _("This shift needs a training valid on the day of the shift: %(trainings)s.") % {
            "trainings": ", ".join(str(training) for training in missing)
        }
    return None


def check_safeguarding_unavailable(volunteer, shift, day):
    """Until the paperwork app provides the child-protection check, work with minors is refused, not assumed."""
    if not shift.opportunity.works_with_minors:
        return None
    return _(
        "This shift involves working with minors and needs a child-protection check valid on the day of the "
        "shift, which the registry cannot confirm yet. A coordinator can sign you up once it is confirmed."
    )


register("active", check_active)
register("minimum_age", check_minimum_age)
register("vetting", check_vetting)
register("trainings", check_trainings)
register("safeguarding", check_safeguarding_unavailable)
