"""The factories give valid objects with no arguments, so tests only state what matters to them."""

from registry.models import Volunteer
from tests.home.factories import PartnerPageFactory, StandardPageFactory
from tests.news.factories import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory
from tests.registry.factories import (
    AreaFactory,
    OrganisationFactory,
    RecognitionFactory,
    ServiceRecordFactory,
    VolunteerFactory,
)


def test_volunteer_factory_gives_each_volunteer_a_different_email(db):
    first, second = VolunteerFactory(), VolunteerFactory()
    assert first.email != second.email


def test_volunteer_factory_records_consent(db):
    volunteer = VolunteerFactory()
    assert volunteer.consent_given_at is not None
    assert volunteer.status == Volunteer.Status.APPLIED


def test_service_record_factory_logs_hours_for_an_active_volunteer(db):
    record = ServiceRecordFactory()
    assert record.volunteer.status == Volunteer.Status.ACTIVE
    assert 0 < record.hours <= 24


def test_recognition_factory_awards_an_organisation_by_default(db):
    recognition = RecognitionFactory()
    assert recognition.organisation is not None
    assert recognition.volunteer is None


def test_recognition_factory_can_award_a_volunteer(db):
    recognition = RecognitionFactory(organisation=None, volunteer=VolunteerFactory())
    assert recognition.volunteer is not None


def test_area_and_organisation_factories_give_unique_names(db):
    assert AreaFactory().slug != AreaFactory().slug
    assert OrganisationFactory().name != OrganisationFactory().name


def test_news_category_factory_uses_the_default_locale(db):
    assert NewsCategoryFactory().locale.language_code == "pl"


def test_news_page_factory_builds_a_live_page_under_a_news_index(db):
    page = NewsPageFactory()
    assert page.live
    assert page.get_parent().specific_class.__name__ == "NewsIndexPage"


def test_news_page_factory_accepts_a_parent_and_categories(db):
    index = NewsIndexPageFactory()
    category = NewsCategoryFactory()
    page = NewsPageFactory(parent=index, categories=[category])
    assert page.get_parent().pk == index.pk
    assert list(page.categories.all()) == [category]


def test_partner_page_factory_gives_the_partner_a_logo(db):
    assert PartnerPageFactory().logo is not None


def test_standard_page_factory_puts_the_page_under_the_home_page(db):
    assert StandardPageFactory().get_parent().specific_class.__name__ == "HomePage"
