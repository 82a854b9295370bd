"""One spelling per mailbox: e-mail addresses are normalised wherever a volunteer's address is written."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from registry.email_addresses import normalise_email, normalise_stored_emails
from registry.models import Volunteer
from registry.viewsets import VolunteerViewSet
from tests.registry.factories import VolunteerFactory

from .join_helpers import application

JOIN_URL = "/pl/dolacz/"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("x@example.org", "x@example.org"),
        ("  X.Y@Example.ORG ", "X.Y@example.org"),
        ("x@\uff25\uff38\uff21\uff2d\uff30\uff2c\uff25.org", "x@example.org"),  # full-width letters
        ("\uff58@example.org", "x@example.org"),  # a full-width local part
        ("x@żółw.pl", "x@xn--w-uga1v8h.pl"),  # a Unicode domain becomes its punycode form
        ("x@XN--W-UGA1V8H.PL", "x@xn--w-uga1v8h.pl"),
        ("first.last+tag@sub.example.org", "first.last+tag@sub.example.org"),
    ],
)
def test_an_address_is_stored_in_one_spelling(typed, stored):
    assert normalise_email(typed) == stored


@pytest.mark.parametrize(
    "address",
    [
        '"x"@example.org',
        '"<img/src/onerror=alert(1)>"@example.org',
        '"x y"@example.org',
        "x(comment)@example.org",
        "x@[127.0.0.1]",
        "x@example.org.",
        "x@@example.org",
        "x@example",
        "x y@example.org",
        "x..y@example.org",
        ".x@example.org",
        "Zofia <x@example.org>",
        "x@exa mple.org",
        "",
        "x@" + "a" * 250 + ".org",
    ],
)
def test_anything_but_a_plain_mailbox_is_refused(address):
    with pytest.raises(ValidationError):
        normalise_email(address)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("x@example.org", '"x"@example.org'),
        ("x@xn--w-uga1v8h.pl", "x@żółw.pl"),
        ("x@example.org", "x@\uff25\uff38\uff21\uff2d\uff30\uff2c\uff25.org"),
        ("x@example.org", "X@EXAMPLE.ORG"),
    ],
)
def test_two_spellings_of_one_mailbox_make_one_record_through_the_join_form(client, join_page, first, second):
    client.post(JOIN_URL, application(email=first))
    client.post(JOIN_URL, application(email=second))
    assert Volunteer.objects.count() == 1


def test_a_quoted_local_part_with_markup_is_refused_by_the_join_form(client, join_page):
    response = client.post(JOIN_URL, application(email='"<img/src/onerror=alert(1)>"@example.org'))
    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert not Volunteer.objects.exists()


@pytest.mark.parametrize("address", ["zle@", "a b@example.org", '"x"@example.org'])
def test_a_refused_address_is_reported_once_by_the_join_form_and_the_admin_form(client, join_page, address):
    # Seen in a browser: "Wpisz adres e-mail w postaci imie@example.com." twice under the field and in the summary.
    response = client.post(JOIN_URL, application(email=address))
    assert len(response.context["form"].errors["email"]) == 1
    form = admin_form(address)
    assert not form.is_valid()
    assert len(form.errors["email"]) == 1


def test_the_join_form_stores_the_normalised_address(client, join_page):
    client.post(JOIN_URL, application(email="Zofia@ŻÓŁW.pl"))
    assert Volunteer.objects.get().email == "Zofia@xn--w-uga1v8h.pl"


@pytest.mark.django_db
def test_saving_a_volunteer_normalises_the_address():
    volunteer = VolunteerFactory(email="x@\uff25\uff38\uff21\uff2d\uff30\uff2c\uff25.org")
    volunteer.refresh_from_db()
    assert volunteer.email == "x@example.org"


@pytest.mark.django_db
def test_saving_a_volunteer_with_a_quoted_address_is_refused():
    with pytest.raises(ValidationError):
        VolunteerFactory(email='"x"@example.org')
    assert not Volunteer.objects.exists()


def admin_form(email):
    data = {"first_name": "Ewa", "last_name": "Sowa", "email": email, "status": "applied", "source": "manual"}
    return VolunteerViewSet().get_form_class()(data=data, instance=Volunteer())


@pytest.mark.django_db
def test_the_admin_form_sees_another_spelling_of_a_recorded_mailbox_as_a_duplicate():
    VolunteerFactory(email="x@xn--w-uga1v8h.pl")
    with translation.override("en"):
        form = admin_form("x@ŻÓŁW.pl")
        assert not form.is_valid()
        assert form.errors["email"][0].startswith("A volunteer with this email address")


@pytest.mark.django_db
def test_the_admin_form_stores_the_normalised_address_and_refuses_a_quoted_one():
    assert not admin_form('"x"@example.org').is_valid()
    form = admin_form("Ewa@ＥＸＡＭＰＬＥ.org")
    assert form.is_valid(), form.errors
    assert form.save().email == "Ewa@example.org"


@pytest.mark.django_db
def test_stored_addresses_are_normalised_unless_that_would_merge_two_records():
    # bulk_create skips save(): rows as they were before normalisation existed.
    rows = Volunteer.objects.bulk_create(
        Volunteer(first_name="A", last_name="B", email=email)
        for email in ["a@\uff25XAMPLE.org", '"q"@example.org', "b@example.org", "b@\uff25XAMPLE.org", "c@żółw.pl"]
    )
    assert normalise_stored_emails(Volunteer) == 2
    stored = [Volunteer.objects.get(pk=row.pk).email for row in rows]
    assert stored == ["a@example.org", '"q"@example.org', "b@example.org", "b@\uff25XAMPLE.org", "c@xn--w-uga1v8h.pl"]
