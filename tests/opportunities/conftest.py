"""Fixtures for the opportunities tests: a shift to sign up for (builders.py), a two-language tree (public_tree.py)."""

import pytest

from tests.registry.factories import AreaFactory, OrganisationFactory

from .builders import make_opportunity, make_shift
from .public_tree import add_opportunity, build_opportunity_tree, publish, translate


@pytest.fixture
def area(db):
    return AreaFactory(name="Sezon kąpielowy", slug="sezon-kapielowy")


@pytest.fixture
def organisation(db):
    return OrganisationFactory()


@pytest.fixture
def opportunity(db, area, organisation):
    return make_opportunity(area=area, organisation=organisation)


@pytest.fixture
def shift(opportunity):
    return make_shift(opportunity)


@pytest.fixture
def tree(db):
    return build_opportunity_tree()


@pytest.fixture
def lake_patrol(tree):
    """A water-season patrol in both languages, with a vetting and age requirement and a training."""
    page = add_opportunity(
        tree,
        "Patrole nad jeziorem",
        area=tree.water,
        organisation=tree.police,
        minimum_age=18,
        requires_vetting=True,
        contact="wolontariat@kielce.example.org, tel. 41 000 00 00",
        map_url="https://www.openstreetmap.org/?mlat=50.87&mlon=20.62",
    )
    page.trainings = [tree.first_aid]
    page = publish(page)
    page_en = translate(page, tree.en, title="Lake patrols", slug="lake-patrols", lead="Patrols by the lake.")
    return page, page_en


@pytest.fixture(autouse=True)
def _safety_read(safety_information_read):
    """Sign-up asks for the area's health-and-safety acknowledgement (a paperwork rule, tested in
    tests/paperwork/test_safety_sign_up.py): here every area has information and every volunteer has read it.
    A test module that needs it unread defines its own `_safety_read` fixture doing nothing."""
