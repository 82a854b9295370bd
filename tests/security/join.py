"""Submitting the public join form as a browser would (the spam guards relaxed, nothing else)."""

from .html_forms import form_data


def valid_application(**overrides):
    data = {
        "first_name": "Anna",
        "last_name": "Nowak",
        "email": "anna.nowak@example.org",
        "phone": "601234567",
        "city": "Kielce",
        "date_of_birth": "1990-05-17",
        "availability": "",
        "message": "",
        "consent_processing": "on",
    }
    data.update(overrides)
    return data


def submit_application(client, page, **fields):
    """GET the form (for its hidden fields), then POST it with the given values."""
    data = form_data(client.get(page.url).content.decode())
    data.update(valid_application(**fields))
    return client.post(page.url, data)
