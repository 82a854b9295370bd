def test_home_page_is_served_in_polish(client, db):
    response = client.get("/pl/")
    assert response.status_code == 200
    assert '<html lang="pl">' in response.content.decode()
