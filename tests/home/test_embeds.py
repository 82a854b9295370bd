"""Embedded media: shown when the provider answers, a link when not, and a failure is not retried on every page."""

from unittest import mock

import pytest
from django.template.loader import render_to_string
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.exceptions import EmbedNotFoundException

URL = "https://www.youtube.com/watch?v=abc123"


def render(url=URL):
    return render_to_string("blocks/embed_block.html", {"value": EmbedValue(url)})


@pytest.fixture
def finder():
    with mock.patch("wagtail.embeds.embeds.get_finder_for_embed") as patched:
        yield patched


@pytest.mark.django_db
def test_an_unreachable_provider_gives_a_link_and_is_asked_once(finder):
    finder.side_effect = EmbedNotFoundException
    for _ in range(3):
        html = render()
        assert 'class="block-embed__fallback"' in html
        assert f'href="{URL}"' in html
    assert finder.call_count == 1


@pytest.mark.django_db
def test_a_found_embed_shows_the_providers_html(finder):
    finder.return_value = {
        "title": "Film",
        "type": "video",
        "html": '<iframe title="Film"></iframe>',
        "width": 640,
        "height": 360,
    }
    html = render()
    assert '<iframe title="Film"></iframe>' in html
    assert "block-embed__fallback" not in html


@pytest.mark.django_db
def test_each_address_is_tried_on_its_own(finder):
    finder.side_effect = EmbedNotFoundException
    render()
    render("https://vimeo.com/1")
    assert finder.call_count == 2
