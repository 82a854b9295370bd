"""Property: whatever text arrives in any field, the join form answers without a server error and
anything it stores passes the model's own validation."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registry.join import spam
from registry.join.forms import JoinForm
from registry.models import Volunteer

from .join_helpers import application

# Every field the form offers, so a field added later is covered too.
FIELDS = list(JoinForm.base_fields)
# Any text, control characters included (surrogates cannot arrive in a UTF-8 request).
any_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(replacements=st.dictionaries(st.sampled_from(FIELDS), any_text, min_size=1))
def test_arbitrary_text_in_any_field_never_causes_a_server_error(client, join_page, replacements):
    data = application(**replacements)
    data[spam.TOKEN_FIELD] = spam.new_token()
    response = client.post("/pl/dolacz/", data)
    assert response.status_code in (200, 303)
    for volunteer in Volunteer.objects.all():
        volunteer.full_clean()
