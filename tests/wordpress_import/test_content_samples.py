"""The converter over every post and page of WordPress's Theme Unit Test export (samples/README.md)."""

from pathlib import Path

import defusedxml.ElementTree
import pytest
from wagtail.embeds.models import Embed

from news.models import NewsPage
from tests.home.factories import ImageFactory
from tests.news.factories import NewsPageFactory
from wordpress_import.content import convert

from .body_checks import assert_no_active_content, assert_safe_body

SAMPLE = Path(__file__).parent / "samples" / "theme-unit-test-data.xml"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
OLD_SITE = "https://wpthemetestdata.wordpress.com/"


def sample_contents():
    channel = defusedxml.ElementTree.parse(SAMPLE).getroot()
    return [item.findtext(CONTENT) or "" for item in channel.iter("item")]


@pytest.fixture
def offline_embeds(monkeypatch):
    """Embeds as if the provider answered: validating an embed block asks the provider for it."""

    def found(url, max_width=None, max_height=None):
        return Embed(url=url, html='<div class="sample-embed"></div>', type="video")

    monkeypatch.setattr("wagtail.embeds.embeds.get_embed", found)


@pytest.fixture
def converted(db):
    image = ImageFactory(title="Obraz z archiwum")
    contents = sample_contents()
    return [convert(html, resolve_image=lambda ref: image, site_url=OLD_SITE) for html in contents]


def test_the_sample_holds_many_posts():
    assert len([html for html in sample_contents() if html.strip()]) > 50


def test_every_post_converts_to_safe_blocks(converted):
    blocks = [block for conversion in converted for block in conversion.blocks]
    kinds = {block_type for block_type, _value in blocks}
    assert {"paragraph", "heading", "image", "quote", "embed"} <= kinds
    assert_safe_body(blocks)


def test_every_body_validates(converted, offline_embeds):
    stream_block = NewsPage._meta.get_field("body").stream_block
    for conversion in converted:
        stream_block.clean(stream_block.normalize(conversion.blocks))


def test_bodies_save_on_a_news_page_and_render_safely(converted, offline_embeds):
    blocks = [block for conversion in converted for block in conversion.blocks]
    page = NewsPageFactory(body=blocks)
    page.refresh_from_db()
    assert len(page.body) == len(blocks)
    rendered = page.body.render_as_block()
    assert_no_active_content(rendered.replace('<div class="sample-embed"></div>', ""))
    assert rendered.count('class="block-image"') == sum(1 for block_type, _value in blocks if block_type == "image")
