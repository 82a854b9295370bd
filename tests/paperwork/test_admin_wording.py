"""The paperwork admin's whole phrases (paperwork/admin_wording.py): one set per viewset, the listing's count in
the three Polish plural forms with grouped thousands, as the registry's."""

import pytest
from django.utils import translation

from paperwork import admin_wording
from paperwork.viewsets import PaperworkViewSetGroup
from registry.admin_wording import RegistryWording

POLISH_COUNTS = {
    "AGREEMENT_WORDING": ("1 porozumienie", "2 porozumienia", "5 porozumień", "1\xa0966 porozumień"),
    "AGREEMENT_TEMPLATE_WORDING": (
        "1 wzór porozumienia",
        "2 wzory porozumień",
        "5 wzorów porozumień",
        "1\xa0966 wzorów porozumień",
    ),
    "SAFETY_INFORMATION_WORDING": ("1 wersja", "2 wersje", "5 wersji", "1\xa0966 wersji"),
    "ACKNOWLEDGEMENT_WORDING": ("1 potwierdzenie", "2 potwierdzenia", "5 potwierdzeń", "1\xa0966 potwierdzeń"),
    "INSURANCE_POLICY_WORDING": ("1 polisa", "2 polisy", "5 polis", "1\xa0966 polis"),
    "GUARDIAN_CONSENT_WORDING": ("1 zgoda", "2 zgody", "5 zgód", "1\xa0966 zgód"),
    "SAFEGUARDING_CHECK_WORDING": ("1 sprawdzenie", "2 sprawdzenia", "5 sprawdzeń", "1\xa0966 sprawdzeń"),
}


@pytest.mark.parametrize("name", list(POLISH_COUNTS))
def test_each_listing_counts_in_the_three_polish_plural_forms(name):
    wording = getattr(admin_wording, name)
    with translation.override("pl"):
        assert tuple(wording.count(n) for n in (1, 2, 5, 1966)) == POLISH_COUNTS[name]


def test_english_counts_pick_singular_and_plural():
    with translation.override("en"):
        assert admin_wording.AGREEMENT_WORDING.count(1) == "1 agreement"
        assert admin_wording.INSURANCE_POLICY_WORDING.count(2) == "2 insurance policies"


def test_every_paperwork_viewset_has_its_own_phrases():
    wordings = [viewset.wording for viewset in PaperworkViewSetGroup.items]

    assert all(isinstance(wording, RegistryWording) for wording in wordings)
    with translation.override("en"):
        assert len({str(wording.add) for wording in wordings}) == len(wordings) == len(POLISH_COUNTS)
