"""Amounts in sentences take the plural form Polish gives them, fractions included."""

import pytest
from django.template import Context, Template
from django.utils import translation

SENTENCE = Template(
    "{% load i18n number_tags %}{% blocktranslate count counter=total|plural_counter with shown=total|number %}"
    "In total: {{ shown }} hour of volunteering.{% plural %}In total: {{ shown }} hours of volunteering."
    "{% endblocktranslate %}"
)


@pytest.mark.parametrize(
    ("total", "polish"),
    [
        (1, "Razem: 1 godzina wolontariatu."),
        (4, "Razem: 4 godziny wolontariatu."),
        (5, "Razem: 5 godzin wolontariatu."),
        ("139.5", "Razem: 139,5 godziny wolontariatu."),
        ("0.5", "Razem: 0,5 godziny wolontariatu."),
    ],
)
def test_hours_in_a_sentence_take_the_polish_form_for_their_amount(total, polish):
    with translation.override("pl"):
        assert SENTENCE.render(Context({"total": total})) == polish
