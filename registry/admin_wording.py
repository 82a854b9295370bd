"""Whole phrases for each registry model, so the Polish admin reads correctly.

Wagtail builds its admin phrases by inserting a model's verbose name ("Add %(model_name)s",
"6 %(verbose_name_plural)s"), which Polish inflection breaks ("Dodaj wolontariusz", "6 organizacje").
Each registry viewset carries one RegistryWording with every phrase written out for its model, and the
registry's view classes (admin_views.py) use it; messages that name a record use neutral phrases. The phrases
stay whole literals, one set per model (a constant here, or in the app's own admin_wording.py): a phrase built
from a noun is what breaks Polish, and makemessages finds only literal msgids.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

# Messages that name a saved record: neutral in Polish ("Zaktualizowano: „Wolontariusz nr 5”.").
CREATED_MESSAGE = _("Created: “%(object)s”.")
UPDATED_MESSAGE = _("Updated: “%(object)s”.")
DELETED_MESSAGE = _("Deleted: “%(object)s”.")
CREATE_ERROR_MESSAGE = _("The record could not be created because of errors in the form.")
SAVE_ERROR_MESSAGE = _("The changes could not be saved because of errors in the form.")
NO_MATCHES_MESSAGE = _("No results match your search or filters.")
NOTHING_YET_MESSAGE = _("There are no records here yet.")


def history_count(count):
    return ngettext("%(count)s history entry", "%(count)s history entries", count) % {"count": format_count(count)}


def format_count(count):
    """1 966 rather than 1966: Polish groups thousands (with a non-breaking space)."""
    return number_format(count, force_grouping=True)


def counted(phrase):
    """The listing's count from `ngettext_lazy("%(count)s area", "%(count)s areas", "n")`: `n` picks the plural
    form (three in Polish), `count` is the number as shown (grouped thousands)."""

    def count(n):
        return phrase % {"n": n, "count": format_count(n)}

    return count


@dataclass(frozen=True)
class RegistryWording:
    add: str  #: the listing's button, e.g. "Add volunteer"
    new: str  #: the create view's title, e.g. "New volunteer"
    delete_question: str  #: the delete view's question
    choose: str  #: chooser widget and modal title
    choose_another: str
    edit_chosen: str
    count: Callable[[int], str]  #: the listing's "42 volunteers", with the Polish plural forms


VOLUNTEER_WORDING = RegistryWording(
    add=_("Add volunteer"),
    new=_("New volunteer"),
    delete_question=_("Are you sure you want to delete this volunteer?"),
    choose=_("Choose a volunteer"),
    choose_another=_("Choose another volunteer"),
    edit_chosen=_("Edit the volunteer's record"),
    count=counted(ngettext_lazy("%(count)s volunteer", "%(count)s volunteers", "n")),
)

ORGANISATION_WORDING = RegistryWording(
    add=_("Add organisation"),
    new=_("New organisation"),
    delete_question=_("Are you sure you want to delete this organisation?"),
    choose=_("Choose an organisation"),
    choose_another=_("Choose another organisation"),
    edit_chosen=_("Edit this organisation"),
    count=counted(ngettext_lazy("%(count)s organisation", "%(count)s organisations", "n")),
)

RECOGNITION_WORDING = RegistryWording(
    add=_("Add recognition"),
    new=_("New recognition"),
    delete_question=_("Are you sure you want to delete this recognition?"),
    choose=_("Choose a recognition"),
    choose_another=_("Choose another recognition"),
    edit_chosen=_("Edit this recognition"),
    count=counted(ngettext_lazy("%(count)s recognition", "%(count)s recognitions", "n")),
)

SERVICE_RECORD_WORDING = RegistryWording(
    add=_("Add service record"),
    new=_("New service record"),
    delete_question=_("Are you sure you want to delete this service record?"),
    choose=_("Choose a service record"),
    choose_another=_("Choose another service record"),
    edit_chosen=_("Edit this service record"),
    count=counted(ngettext_lazy("%(count)s service record", "%(count)s service records", "n")),
)

AREA_WORDING = RegistryWording(
    add=_("Add area"),
    new=_("New area"),
    delete_question=_("Are you sure you want to delete this area?"),
    choose=_("Choose an area"),
    choose_another=_("Choose another area"),
    edit_chosen=_("Edit this area"),
    count=counted(ngettext_lazy("%(count)s area", "%(count)s areas", "n")),
)

DATA_REQUEST_WORDING = RegistryWording(
    add=_("Add data-subject request"),
    new=_("New data-subject request"),
    delete_question=_("Are you sure you want to delete this data-subject request?"),
    choose=_("Choose a data-subject request"),
    choose_another=_("Choose another data-subject request"),
    edit_chosen=_("Edit this data-subject request"),
    count=counted(ngettext_lazy("%(count)s data-subject request", "%(count)s data-subject requests", "n")),
)
