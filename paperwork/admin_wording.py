"""Whole phrases for each paperwork model in the admin, as registry/admin_wording.py has them for the registry's:
the Polish admin cannot build "Dodaj umowę" from a noun, so every phrase is written out (and found by
makemessages). The paperwork viewsets (viewsets.py) name these constants."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from registry.admin_wording import RegistryWording, counted

AGREEMENT_WORDING = RegistryWording(
    add=_("Add agreement"),
    new=_("New agreement"),
    delete_question=_("Are you sure you want to delete this agreement?"),
    choose=_("Choose an agreement"),
    choose_another=_("Choose another agreement"),
    edit_chosen=_("Edit this agreement"),
    count=counted(ngettext_lazy("%(count)s agreement", "%(count)s agreements", "n")),
)

AGREEMENT_TEMPLATE_WORDING = RegistryWording(
    add=_("Add agreement template"),
    new=_("New agreement template"),
    delete_question=_("Are you sure you want to delete this agreement template?"),
    choose=_("Choose an agreement template"),
    choose_another=_("Choose another agreement template"),
    edit_chosen=_("Edit this agreement template"),
    count=counted(ngettext_lazy("%(count)s agreement template", "%(count)s agreement templates", "n")),
)

SAFETY_INFORMATION_WORDING = RegistryWording(
    add=_("Add a version of safety information"),
    new=_("New version of safety information"),
    delete_question=_("Are you sure you want to delete this version?"),
    choose=_("Choose safety information"),
    choose_another=_("Choose other safety information"),
    edit_chosen=_("Edit this safety information"),
    count=counted(ngettext_lazy("%(count)s version", "%(count)s versions", "n")),
)

ACKNOWLEDGEMENT_WORDING = RegistryWording(
    add=_("Add acknowledgement"),
    new=_("New acknowledgement"),
    delete_question=_("Are you sure you want to delete this acknowledgement?"),
    choose=_("Choose an acknowledgement"),
    choose_another=_("Choose another acknowledgement"),
    edit_chosen=_("Edit this acknowledgement"),
    count=counted(ngettext_lazy("%(count)s acknowledgement", "%(count)s acknowledgements", "n")),
)

INSURANCE_POLICY_WORDING = RegistryWording(
    add=_("Add insurance policy"),
    new=_("New insurance policy"),
    delete_question=_("Are you sure you want to delete this insurance policy?"),
    choose=_("Choose an insurance policy"),
    choose_another=_("Choose another insurance policy"),
    edit_chosen=_("Edit this insurance policy"),
    count=counted(ngettext_lazy("%(count)s insurance policy", "%(count)s insurance policies", "n")),
)

GUARDIAN_CONSENT_WORDING = RegistryWording(
    add=_("Add guardian's consent"),
    new=_("New guardian's consent"),
    delete_question=_("Are you sure you want to delete this consent?"),
    choose=_("Choose a consent"),
    choose_another=_("Choose another consent"),
    edit_chosen=_("Edit this consent"),
    count=counted(ngettext_lazy("%(count)s consent", "%(count)s consents", "n")),
)

SAFEGUARDING_CHECK_WORDING = RegistryWording(
    add=_("Add child-protection check"),
    new=_("New child-protection check"),
    delete_question=_("Are you sure you want to delete this check?"),
    choose=_("Choose a check"),
    choose_another=_("Choose another check"),
    edit_chosen=_("Edit this check"),
    count=counted(ngettext_lazy("%(count)s check", "%(count)s checks", "n")),
)
