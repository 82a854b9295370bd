"""The GDPR art. 13 information clause: part of the join page, shown with the form, required for publishing,
and named by what each application records as the consent given."""

import hashlib
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import escape

from home.models import default_home
from registry.join.views import CONSENT_CHANGED_MESSAGE, CONSENT_SHOWN_FIELD
from registry.models import JoinPage, Volunteer
from tests.registry.factories import PRIVACY_NOTICE, JoinPageFactory

from .join_helpers import application

JOIN_URL = "/pl/dolacz/"


def shown_fingerprint(content):
    return re.search(rf'name="{CONSENT_SHOWN_FIELD}" value="([^"]+)"', content).group(1)


def test_the_form_shows_the_summary_and_the_full_clause_with_a_heading_per_part(client, join_page):
    content = client.get(JOIN_URL).content.decode()
    assert 'aria-labelledby="privacy-notice-title"' in content
    summary_at = content.index(PRIVACY_NOTICE["privacy_summary"])
    assert summary_at < content.index('<details class="privacy-notice__full"')
    for name, heading in JoinPage.PRIVACY_PARTS:
        assert PRIVACY_NOTICE[name] in content
        with translation.override("pl"):
            assert f"<h3>{escape(str(heading))}</h3>" in content
    # Shown before the consent is asked for.
    assert content.index(PRIVACY_NOTICE["privacy_requirement"]) < content.index('name="consent_processing"')


def test_each_language_shows_its_own_clause(client, english_join_page):
    english_join_page.privacy_controller = "<p>Example Police Headquarters (demo data).</p>"
    english_join_page.save_revision().publish()
    english = client.get("/en/join/").content.decode()
    polish = client.get(JOIN_URL).content.decode()
    assert "Example Police Headquarters (demo data)." in english
    assert "Example Police Headquarters" not in polish
    assert "Information about your personal data" in english


@pytest.mark.django_db
@pytest.mark.parametrize("missing", JoinPage.PRIVACY_FIELDS)
def test_a_join_page_cannot_be_published_without_every_part_of_the_clause(missing):
    page = JoinPageFactory.build(slug=f"dolacz-{missing}", **{missing: ""})
    with pytest.raises(ValidationError) as error:
        default_home().add_child(instance=page)
    assert missing in error.value.message_dict


@pytest.mark.django_db
def test_a_draft_join_page_may_be_saved_before_the_clause_is_written():
    page = JoinPageFactory.build(slug="szkic", live=False, **dict.fromkeys(JoinPage.PRIVACY_FIELDS, ""))
    default_home().add_child(instance=page)
    page.save_revision(clean=False)  # as the editor's "Save draft" does
    assert JoinPage.objects.filter(pk=page.pk, live=False).exists()


def test_an_application_records_the_version_revision_and_digest_of_what_was_shown(client, join_page):
    content = client.get(JOIN_URL).content.decode()
    client.post(JOIN_URL, application(**{CONSENT_SHOWN_FIELD: shown_fingerprint(content)}))
    join_page.refresh_from_db()
    texts = [getattr(join_page, name) for name in JoinPage.PRIVACY_FIELDS] + [join_page.consent_text]
    digest = hashlib.sha256(b"".join(text.encode() + b"\0" for text in texts)).hexdigest()[:16]
    recorded = Volunteer.objects.get().consent_text_version
    assert recorded == f"2026-01/rev{join_page.live_revision_id}/{digest}"


def test_a_changed_clause_gives_a_different_recorded_version(client, join_page):
    client.post(JOIN_URL, application(email="first@example.org"))
    join_page.privacy_retention = "<p>Pięć lat.</p>"
    join_page.save_revision().publish()
    client.post(JOIN_URL, application(email="second@example.org"))
    first, second = (Volunteer.objects.get(email=f"{n}@example.org").consent_text_version for n in ("first", "second"))
    assert first.split("/")[0] == second.split("/")[0] == "2026-01"
    assert first != second


def test_a_clause_changed_while_the_form_was_open_is_shown_again_and_nothing_is_stored(client, join_page):
    shown = shown_fingerprint(client.get(JOIN_URL).content.decode())
    join_page.privacy_recipients = "<p>Nowy odbiorca.</p>"
    join_page.save_revision().publish()
    response = client.post(JOIN_URL, application(**{CONSENT_SHOWN_FIELD: shown}))
    content = response.content.decode()
    assert response.status_code == 200
    with translation.override("pl"):
        assert escape(str(CONSENT_CHANGED_MESSAGE)) in content
    assert "Nowy odbiorca." in content
    assert 'value="Zofia"' in content
    assert not Volunteer.objects.exists()
    client.post(JOIN_URL, application(**{CONSENT_SHOWN_FIELD: shown_fingerprint(content)}))
    assert Volunteer.objects.count() == 1
