"""The thank-you step has an address in each language's words."""

from .join_helpers import application


def test_the_polish_thank_you_step_has_a_polish_address(client, join_page):
    response = client.post("/pl/dolacz/", application())
    assert response["Location"] == "/pl/dolacz/dziekujemy/"
    assert client.get("/pl/dolacz/dziekujemy/").status_code == 200


def test_the_old_english_address_under_polish_redirects_to_the_polish_one(client, join_page):
    response = client.get("/pl/dolacz/thank-you/")
    assert response.status_code == 301
    assert response["Location"] == "/pl/dolacz/dziekujemy/"


def test_the_english_page_answers_only_under_its_own_word(client, english_join_page):
    assert client.get("/en/join/thank-you/").status_code == 200
    response = client.get("/en/join/dziekujemy/")
    assert response.status_code == 301 and response["Location"] == "/en/join/thank-you/"
