"""The registry's demo texts follow the translators' notes (README): volunteer-facing Polish names no
coordinator's gender ("osoba koordynująca", "zespół koordynujący", never "koordynator")."""

import re

from core.demo.text import pairs_in
from registry.demo.content import JOIN


def test_the_demo_join_pages_polish_names_no_coordinators_gender():
    gendered = [pair.pl for pair in pairs_in(JOIN) if re.search(r"\bkoordynator", pair.pl, re.IGNORECASE)]
    assert gendered == []
