"""Fixtures for the sign-up, rota and attendance tests (the builders are in builders.py)."""

import pytest

from tests.registry.factories import AreaFactory, OrganisationFactory

from .builders import make_opportunity, make_shift


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
