"""A volunteer signs in with the link from the outbox, sees their page and reports hours; on a phone too."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Locale

from outbox.models import Email
from portal.sign_in import EMAIL_KIND
from registry.models import HourReport, Volunteer
from tests.registry.factories import AreaFactory, VolunteerFactory

from .axe import blocking_violations, describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SIGN_IN_URL = "/en/volunteer/sign-in/"
LINK = re.compile(r"https?://[^/\s]+(/\S+)")


def scrolls_sideways(page):
    return page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth")


def link_from_outbox(address):
    email = Email.objects.filter(kind=EMAIL_KIND, to=address).order_by("-pk").first()
    assert email is not None, "no sign-in e-mail in the outbox"
    return LINK.search(email.body_text)[1]


def check_page(page, axe_source, what):
    violations = blocking_violations(page, axe_source)
    assert not violations, f"{what}:\n{describe(violations)}"
    assert not scrolls_sideways(page), f"{what} scrolls sideways"


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
def test_sign_in_with_the_link_see_the_page_and_report_hours(demo, new_page, axe_source, viewport):
    from .conftest import DESKTOP, MOBILE

    volunteer = VolunteerFactory(
        status=Volunteer.Status.ACTIVE, preferred_language="en", email=f"browser.{viewport}@example.org"
    )
    area = AreaFactory(name="Browser area", locale=Locale.objects.get(language_code="en"))
    page = new_page(viewport=MOBILE if viewport == "mobile" else DESKTOP)

    page.goto(SIGN_IN_URL)
    check_page(page, axe_source, "sign-in page")
    page.get_by_label("Your e-mail address").fill(volunteer.email)
    page.get_by_role("button", name="Send me a sign-in link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")
    check_page(page, axe_source, "link sent page")

    page.goto(link_from_outbox(volunteer.email))
    check_page(page, axe_source, "confirm page")
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your volunteer page")
    check_page(page, axe_source, "home page")

    page.get_by_role("link", name="Your hours").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your hours")
    page.locator("form [name='date']").fill(timezone.localdate().isoformat())
    page.locator("form [name='area']").select_option(label=area.name)
    page.locator("form [name='hours']").fill("2.5")
    page.locator("form [name='note']").fill("Festival stand")
    page.get_by_role("button", name="Send the report").click()
    expect(page.locator(".portal-messages")).to_contain_text("waiting for a coordinator")
    check_page(page, axe_source, "hours page")
    report = HourReport.objects.get(volunteer=volunteer)
    assert report.state == HourReport.State.PENDING and str(report.hours) == "2.50"

    page.get_by_role("button", name="Sign out").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You have signed out")
    page.goto("/en/volunteer/")
    expect(page).to_have_url(re.compile(re.escape(SIGN_IN_URL) + "$"))


def test_sign_up_for_a_shift_from_the_opportunity_page_and_cancel(demo, new_page, axe_source):
    """From the public page's "Sign up" to the sign-in link, back to the shift, the area's health-and-safety
    information confirmed, a place, then cancelling."""
    import datetime

    from opportunities.models import OpportunityPage, Signup
    from tests.opportunities.builders import make_shift

    opportunity = (
        OpportunityPage.objects.live().filter(locale__language_code="en", trainings__isnull=True).order_by("pk").first()
    )
    OpportunityPage.objects.filter(pk=opportunity.pk).update(
        minimum_age=None, requires_vetting=False, works_with_minors=False, cancel_cutoff_hours=24
    )
    starts_at = timezone.now().replace(microsecond=0) + datetime.timedelta(days=12)
    shift = make_shift(opportunity, starts_at=starts_at, capacity=2)
    volunteer = VolunteerFactory(
        status=Volunteer.Status.ACTIVE, preferred_language="en", email="browser.shift@example.org"
    )
    page = new_page()

    page.goto(opportunity.url)
    link = page.locator(f"a[href='/en/volunteer/shifts/{shift.pk}/sign-up/']")
    # Names read naturally: the date once, no space before a colon.
    local_start = timezone.localtime(starts_at)
    expect(link).to_have_accessible_name(f"Sign up – {local_start:%-d %B %Y, %H:%M}")
    link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to your volunteer page")
    page.get_by_label("Your e-mail address").fill(volunteer.email)
    page.get_by_role("button", name="Send me a sign-in link").click()
    page.goto(link_from_outbox(volunteer.email))
    page.get_by_role("button", name="Sign in", exact=True).click()

    # A newcomer has not read the area's health-and-safety information: the refusal leads there and back.
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign up for a shift")
    check_page(page, axe_source, "sign-up page, refused")
    page.get_by_role("link", name="Read the health and safety information and confirm it").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Health and safety")
    check_page(page, axe_source, "health and safety page")
    confirm = page.get_by_role("button", name=re.compile("^I have read and understood")).first
    expect(confirm).to_have_accessible_name(
        re.compile(r"^I have read and understood this information – \S.*, version \d+$")
    )
    confirm.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign up for a shift")
    check_page(page, axe_source, "sign-up page")
    page.get_by_role("button", name="Confirm sign-up").click()
    expect(page.locator(".portal-messages")).to_contain_text("You have a place")
    expect(page.locator(".portal-shifts")).to_contain_text(opportunity.title)
    check_page(page, axe_source, "home page with a shift")
    assert Signup.objects.get(volunteer=volunteer).state == Signup.State.CONFIRMED

    # Cancelling asks first, on a page of its own; the link's name reads naturally (no " :", no date twice).
    page.locator(".portal-shifts").get_by_role(
        "link", name=f"Cancel – {opportunity.title}, {timezone.localtime(starts_at):%-d %B}", exact=True
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Cancel your sign-up")
    check_page(page, axe_source, "cancel page")
    assert Signup.objects.get(volunteer=volunteer).state == Signup.State.CONFIRMED
    page.get_by_role("button", name="Cancel my sign-up").click()
    expect(page.locator(".portal-messages")).to_contain_text("cancelled")
    assert Signup.objects.get(volunteer=volunteer).state == Signup.State.CANCELLED


def test_a_failed_submit_puts_the_focus_on_the_error_summary(demo, new_page):
    """Sign-in, then (signed in) the hours report, the contact details and the document request."""
    volunteer = VolunteerFactory(
        status=Volunteer.Status.ACTIVE, preferred_language="en", email="browser.focus@example.org"
    )
    page = new_page()
    page.goto(SIGN_IN_URL)
    page.get_by_role("button", name="Send me a sign-in link").click()
    expect(page.locator(".error-summary")).to_be_focused()

    page.get_by_label("Your e-mail address").fill(volunteer.email)
    page.get_by_role("button", name="Send me a sign-in link").click()
    page.goto(link_from_outbox(volunteer.email))
    page.get_by_role("button", name="Sign in", exact=True).click()

    page.goto("/en/volunteer/hours/")
    page.get_by_role("button", name="Send the report").click()
    expect(page.locator(".error-summary")).to_be_focused()

    page.goto("/en/volunteer/my-data/")
    page.locator("form [name='phone']").fill("12")
    page.get_by_role("button", name="Save the changes").click()
    expect(page.locator(".error-summary")).to_be_focused()

    page.goto("/en/volunteer/documents/request/")
    page.locator("main form").get_by_role("button", name="Ask for the document").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_text("Document: Choose the document.")


def test_on_a_phone_the_hours_table_scrolls_in_a_focusable_box_and_buttons_keep_their_space(demo, new_page):
    from tests.registry.factories import OrganisationFactory, ServiceRecordFactory

    from .conftest import MOBILE

    volunteer = VolunteerFactory(
        status=Volunteer.Status.ACTIVE, preferred_language="en", email="browser.phone@example.org"
    )
    ServiceRecordFactory(
        volunteer=volunteer,
        area=AreaFactory(name="Water safety by the lakes", locale=Locale.objects.get(language_code="en")),
        organisation=OrganisationFactory(name="Municipal Police Headquarters in Kielce"),
    )
    page = new_page(viewport=MOBILE)
    page.goto(SIGN_IN_URL)
    page.get_by_label("Your e-mail address").fill(volunteer.email)
    page.get_by_role("button", name="Send me a sign-in link").click()
    page.goto(link_from_outbox(volunteer.email))
    page.get_by_role("button", name="Sign in", exact=True).click()

    page.goto("/en/volunteer/hours/")
    box = page.get_by_role("region", name="Table of approved hours")
    assert box.evaluate("node => node.scrollWidth > node.clientWidth"), "the table fits: nothing to test"
    expect(page.locator("#hours-list-hint")).to_be_visible()
    page.locator("#hours-list-hint").focus()
    box.focus()
    expect(box).to_be_focused()
    box.press("ArrowRight")
    page.wait_for_function("() => document.activeElement.scrollLeft > 0")
    assert box.evaluate("node => node.scrollLeft > 0"), "the keyboard does not scroll the table"
    assert not scrolls_sideways(page)

    page.goto("/en/volunteer/my-data/")
    button = page.get_by_role("button", name="Save the changes").bounding_box()
    below = page.get_by_text("To correct anything else").bounding_box()
    assert below["y"] - (button["y"] + button["height"]) >= 16
