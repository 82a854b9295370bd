"""What the join-form tests post, and where the coordinators' notices go (fixtures: tests/registry/conftest.py)."""

from registry.join import spam

COORDINATORS = "koordynatorzy@example.org"


def application(**overrides):
    """A complete, valid application as the browser would POST it."""
    data = {
        "first_name": "Zofia",
        "last_name": "Wąsowska-O'Neill",
        "email": "zofia.wasowska@example.org",
        "phone": "601 234 567",
        "city": "Kielce",
        "date_of_birth": "1990-05-31",
        "availability": "weekends",
        "message": "Chętnie pomogę przy pogadankach.",
        "consent_processing": "on",
        spam.HONEYPOT_FIELD: "",
        spam.TOKEN_FIELD: spam.new_token(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
