"""Converting a WordPress post's HTML into the blocks of a news page body."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.exceptions import EmbedNotFoundException

from core.blocks import BaseStreamBlock
from wordpress_import import content
from wordpress_import.content import ImageRef, convert

SITE = "http://stara-strona.example.org/"


class Resolver:
    """Hands out a stand-in image for every reference and remembers what it was asked for."""

    def __init__(self, title="Zdjęcie z biblioteki", missing=()):
        self.title, self.missing, self.refs = title, set(missing), []

    def __call__(self, ref):
        self.refs.append(ref)
        if ref.src in self.missing or ref.attachment_id in self.missing:
            return None
        return SimpleNamespace(title=self.title, ref=ref)


def kinds(conversion):
    return [block_type for block_type, _value in conversion.blocks]


def paragraph_html(conversion, index=0):
    paragraphs = [value.source for block_type, value in conversion.blocks if block_type == "paragraph"]
    return paragraphs[index]


def only(conversion, block_type):
    values = [value for kind, value in conversion.blocks if kind == block_type]
    assert len(values) == 1, conversion.blocks
    return values[0]


# Paragraphs


def test_blank_lines_make_paragraphs_in_one_block():
    conversion = convert("First paragraph.\n\nSecond one,\nwith a line break.")
    assert kinds(conversion) == ["paragraph"]
    assert paragraph_html(conversion) == "<p>First paragraph.</p><p>Second one,<br/>with a line break.</p>"


def test_runs_of_paragraphs_are_split_by_other_blocks():
    conversion = convert("<p>One</p><p>Two</p><h2>Title</h2><p>Three</p><ul><li>Four</li></ul>")
    assert kinds(conversion) == ["paragraph", "heading", "paragraph"]
    assert paragraph_html(conversion, 1) == "<p>Three</p><ul><li>Four</li></ul>"


@pytest.mark.parametrize(
    "html", ["<p>&nbsp;</p>", "<p> </p>", "<p><br></p>", "\n\n\n", "<p><b> </b><i></i></p>", "<div><span></span></div>"]
)
def test_empty_paragraphs_are_dropped(html):
    assert convert(html).blocks == []


def test_bold_and_italic_in_the_editors_markup():
    conversion = convert("<strong>Strong <em>and emphasised</em></strong>, <b>bold</b> and <i>italic</i>")
    assert paragraph_html(conversion) == "<p><b>Strong <i>and emphasised</i></b>, <b>bold</b> and <i>italic</i></p>"


def test_repeated_formatting_is_not_nested():
    assert paragraph_html(convert("<b>a <strong>b</strong></b>")) == "<p><b>a b</b></p>"


def test_unclosed_and_crossed_tags_come_out_well_formed():
    html = paragraph_html(convert("<b>bold <i>both</b> italic?</i> plain <em>open"))
    assert BeautifulSoup(html, "html.parser").decode() == html
    assert "bold" in html and "open" in html


def test_unknown_tags_keep_their_text():
    conversion = convert("<span class='x'>Span</span> <u>under</u> <code>code</code> <custom-tag>own</custom-tag>")
    assert paragraph_html(conversion) == "<p>Span under code own</p>"


def test_entities_and_polish_text_survive():
    conversion = convert("„Zażółć gęślą jaźń” &amp; &lt;b&gt; &#8211; ŹDŹBŁO&nbsp;ok")
    assert paragraph_html(conversion) == "<p>„Zażółć gęślą jaźń” &amp; &lt;b&gt; – ŹDŹBŁO\u00a0ok</p>"


def test_preformatted_text_becomes_a_code_block_with_its_lines_and_indentation():
    conversion = convert("<pre>def f():\n    return 1\n\n\tf()</pre>")
    assert conversion.blocks == [("code", {"language": "", "code": "def f():\n    return 1\n\n\tf()"})]


def test_table_rows_become_paragraphs():
    conversion = convert("<table><tr><th>Dzień</th><th></th><th>Godzina</th></tr><tr><td>Pon</td><td>9:00</td></tr>")
    assert paragraph_html(conversion) == "<p>Dzień | Godzina</p><p>Pon | 9:00</p>"


def test_comments_are_removed():
    html = "<!-- wp:paragraph -->\n<p>Visible</p>\n<!-- /wp:paragraph -->\n<!--more-->\n<!-- hidden <b>x</b> -->After"
    assert paragraph_html(convert(html)) == "<p>Visible</p><p>After</p>"


def test_first_paragraph_text_is_plain():
    conversion = convert("<h2>Heading first</h2><p>The <b>lead</b>,\nin two lines.</p><p>Second</p>")
    assert conversion.first_paragraph_text == "The lead, in two lines."


def test_first_paragraph_text_is_empty_without_paragraphs():
    assert convert("<h2>Only a heading</h2>").first_paragraph_text == ""


# Headings, lists, quotations


@pytest.mark.parametrize(
    ("tag", "size"), [("h1", "h2"), ("h2", "h2"), ("h3", "h3"), ("h4", "h3"), ("h5", "h3"), ("h6", "h3")]
)
def test_heading_levels(tag, size):
    assert only(convert(f"<{tag}>Nagłówek <em>ważny</em></{tag}>"), "heading") == {
        "text": "Nagłówek ważny",
        "size": size,
    }


def test_a_heading_too_long_for_the_block_stays_as_bold_text():
    conversion = convert(f"<h2>{'word ' * 60}</h2>")
    assert kinds(conversion) == ["paragraph"]
    assert paragraph_html(conversion).startswith("<p><b>word")


def test_lists_go_into_the_paragraph():
    conversion = convert("<ol><li>one</li><li><a href='https://example.com/'>two</a></li></ol>")
    assert paragraph_html(conversion) == '<ol><li>one</li><li><a href="https://example.com/">two</a></li></ol>'


def test_nested_lists_are_flattened_in_reading_order():
    html = "<ul><li>a<ul><li>a1</li><li>a2<ol><li>a2x</li></ol></li></ul>tail of a</li><li>b</li></ul>"
    assert paragraph_html(convert(html)) == (
        "<ul><li>a</li><li>a1</li><li>a2</li><li>a2x</li><li>tail of a</li><li>b</li></ul>"
    )


def test_paragraphs_inside_a_list_item_become_line_breaks():
    html = "<ul><li><p>first</p><p>second</p></li></ul>"
    assert paragraph_html(convert(html)) == "<ul><li>first<br/>second</li></ul>"


def test_image_in_a_list_splits_the_list():
    conversion = convert(
        '<ol><li>before</li><li><img src="a.jpg" alt="A"></li><li>after</li></ol>', resolve_image=Resolver()
    )
    assert kinds(conversion) == ["paragraph", "image", "paragraph"]
    assert paragraph_html(conversion, 1) == "<ol><li>after</li></ol>"


def test_blockquote_becomes_a_quote_with_attribution():
    html = "<blockquote><p>Pomagamy <b>razem</b>.</p><p>Codziennie.</p><cite>— Anna Nowak</cite></blockquote>"
    assert only(convert(html), "quote") == {"text": "Pomagamy razem.\n\nCodziennie.", "attribution": "Anna Nowak"}


def test_links_in_a_quote_follow_it_as_source_links():
    # The quote block holds plain text: its links would be lost.
    html = (
        '<blockquote><p>Prasa, z której <a href="https://example.org/prasa">popłynie</a> wiedza.</p>'
        '<cite><a href="https://example.org/gutenberg">Gutenberg</a></cite></blockquote>'
    )
    conversion = convert(html)
    assert kinds(conversion) == ["quote", "source", "source"]
    assert only(conversion, "quote") == {"text": "Prasa, z której popłynie wiedza.", "attribution": "Gutenberg"}
    links = [value for kind, value in conversion.blocks if kind == "source"]
    assert links == [
        {"title": "popłynie", "url": "https://example.org/prasa"},
        {"title": "Gutenberg", "url": "https://example.org/gutenberg"},
    ]


def test_blockquote_without_text_is_dropped():
    assert convert("<blockquote><cite>Nobody</cite></blockquote>").blocks == []


# Links


@pytest.mark.parametrize(
    "href",
    ["https://example.com/a?b=1&c=2", "http://example.com/", "mailto:biuro@example.com", "/o-nas/", "plik.pdf", "?p=1"],
)
def test_allowed_links_are_kept(href):
    html = paragraph_html(convert(f'<a href="{href}">link</a>'))
    assert BeautifulSoup(html, "html.parser").a["href"] == href


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "ftp://example.com/",
        "tel:+48123",
        "#section",
        "",
    ],
)
def test_other_links_are_dropped_keeping_the_text(href):
    assert paragraph_html(convert(f'Go <a href="{href}">there</a>.')) == "<p>Go there.</p>"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        (
            "http://stara-strona.example.org/2016/06/wolontariat/",
            "http://stara-strona.example.org/2016/06/wolontariat/",
        ),
        ("/guestbook", "http://stara-strona.example.org/guestbook"),
        ("//stara-strona.example.org/?p=12", "https://stara-strona.example.org/?p=12"),
        ("https://inna.example.org/2016/06/wolontariat/", "https://inna.example.org/2016/06/wolontariat/"),
    ],
)
def test_links_to_old_pages_not_imported_stay_absolute_and_are_listed(href, expected):
    # Made site-relative they would answer 404 here, silently.
    conversion = convert(f'<a href="{href}">link</a>', site_url=SITE, page_for_link=lambda url: None)
    assert BeautifulSoup(paragraph_html(conversion), "html.parser").a["href"] == expected
    assert conversion.old_site_links == ([] if "inna" in href else [expected])


def test_links_to_imported_posts_point_at_their_pages():
    targets = {"http://stara-strona.example.org/2016/06/wolontariat/": 42}
    conversion = convert(
        '<a href="http://stara-strona.example.org/2016/06/wolontariat/">wpis</a>',
        site_url=SITE,
        page_for_link=targets.get,
    )
    assert paragraph_html(conversion) == '<p><a id="42" linktype="page">wpis</a></p>'
    assert conversion.old_site_links == []


def test_relative_links_are_read_from_the_posts_old_address():
    # Left relative they would be read from the new page's address, which need not mirror the old one.
    targets = {"http://stara-strona.example.org/2016/02/inny-wpis/": 42}
    conversion = convert(
        '<a href="../../02/inny-wpis/">inny</a> <a href="../../../o-nas/">o nas</a> <a href="#gora">do góry</a>',
        site_url=SITE,
        base_url="http://stara-strona.example.org/2016/06/wpis/",
        page_for_link=targets.get,
    )
    links = BeautifulSoup(paragraph_html(conversion), "html.parser").find_all("a")
    assert [(link.get("id"), link.get("href")) for link in links] == [
        ("42", None),
        (None, "http://stara-strona.example.org/o-nas/"),
    ]
    assert conversion.old_site_links == ["http://stara-strona.example.org/o-nas/"]


def test_old_site_in_a_subfolder_keeps_the_folder():
    conversion = convert('<a href="/blog/2016/x/">x</a>', site_url="http://example.org/blog/")
    assert BeautifulSoup(paragraph_html(conversion), "html.parser").a["href"] == "http://example.org/blog/2016/x/"


def test_a_link_to_a_file_of_the_old_site_is_reported_for_uploading_by_hand():
    # Documents are not imported: once the old site is gone such a link breaks, so the editor is told.
    conversion = convert(
        '<p><a href="http://stara-strona.example.org/wp-content/uploads/2020/01/regulamin.pdf">Regulamin</a>'
        ' i <a href="http://stara-strona.example.org/2016/06/wolontariat/">wpis</a></p>',
        site_url=SITE,
    )
    assert [warning for warning in conversion.warnings if "/wp-content/uploads/" in warning] == [
        content._("Link to a file of the old site, to upload here by hand: %(path)s")
        % {"path": "http://stara-strona.example.org/wp-content/uploads/2020/01/regulamin.pdf"}
    ]
    assert len(conversion.warnings) == 1


def test_a_button_link_is_not_glued_to_the_text_before_it():
    # WordPress's file block: the theme's CSS set the download button apart; without it the words ran together.
    conversion = convert(
        '<div class="wp-block-file"><a href="https://example.org/plan.pdf">Plan akcji</a><a '
        'href="https://example.org/plan.pdf" class="wp-block-file__button wp-element-button" download>Pobierz</a></div>'
    )
    assert BeautifulSoup(paragraph_html(conversion), "html.parser").get_text() == "Plan akcji Pobierz"


def test_nested_links_keep_the_outer_one():
    html = paragraph_html(convert('<a href="/outer/">a <a href="/inner/">b</a></a>'))
    assert [link["href"] for link in BeautifulSoup(html, "html.parser").find_all("a")] == ["/outer/"]


# Images


def test_image_in_a_paragraph_splits_it():
    resolver = Resolver()
    conversion = convert(
        '<p>Before <img class="alignleft wp-image-42" src="http://x.org/a-300x200.jpg" alt="Alt" title="T"> after</p>',
        resolve_image=resolver,
    )
    assert kinds(conversion) == ["paragraph", "image", "paragraph"]
    assert resolver.refs == [
        ImageRef(src="http://x.org/a-300x200.jpg", attachment_id=42, alt="Alt", caption="", title="T")
    ]
    image = only(conversion, "image")
    assert image["image"].ref is resolver.refs[0]
    assert (image["alt_text"], image["caption"]) == ("Alt", "")


def test_linked_image_becomes_the_image():
    conversion = convert('<a href="/full.jpg"><img src="/a.jpg" alt="A"></a>', resolve_image=Resolver())
    assert kinds(conversion) == ["image"]


def test_caption_shortcode():
    resolver = Resolver()
    html = (
        '[caption id="attachment_7" align="alignright" width="300"]<a href="/x"><img src="/a.jpg" alt="" />'
        "</a> Wolontariusze <em>w akcji</em>[/caption]"
    )
    image = only(convert(html, resolve_image=resolver), "image")
    assert resolver.refs[0].attachment_id == 7
    assert image["caption"] == "Wolontariusze w akcji"


def test_old_caption_shortcode_with_the_caption_attribute():
    html = '[caption id="attachment_8" caption="Stary podpis"]<img class="wp-image-9" src="/a.jpg">[/caption]'
    resolver = Resolver()
    image = only(convert(html, resolve_image=resolver), "image")
    assert image["caption"] == "Stary podpis"
    assert resolver.refs[0].attachment_id == 9  # the image's own class wins


def test_figure_with_figcaption():
    html = (
        '<figure class="wp-block-image"><img src="/a.jpg" alt="Most"><figcaption>Most <b>nocą</b></figcaption></figure>'
    )
    image = only(convert(html, resolve_image=Resolver()), "image")
    assert (image["alt_text"], image["caption"]) == ("Most", "Most nocą")


@pytest.mark.parametrize(
    ("img", "caption", "expected"),
    [
        ('alt="Alt" title="Title"', "Caption", "Alt"),
        ('alt="" title="Title"', "Caption", ""),
        ('title="obraz-1024x529"', "", ""),
        ("", "", ""),
    ],
)
def test_alt_text_is_only_the_images_own(img, caption, expected):
    # Not the file name, title or caption: screen readers would read those out as if they described the image.
    html = f'<figure><img src="/a.jpg" {img}><figcaption>{caption}</figcaption></figure>'
    conversion = convert(html, resolve_image=Resolver(title="DALL·E-2023-11-12-00.30.18"))
    assert only(conversion, "image")["alt_text"] == expected
    assert conversion.images_without_alt == ([] if expected else ["/a.jpg"])


def test_a_caption_of_a_missing_image_stays_as_text():
    html = '[caption id="attachment_7"]<img src="/gone.jpg" alt="x"> Uczestnicy szkolenia[/caption] After.'
    conversion = convert(html, resolve_image=Resolver(missing={"/gone.jpg", 7}))
    assert kinds(conversion) == ["paragraph"]
    assert paragraph_html(conversion) == "<p>Uczestnicy szkolenia</p><p>After.</p>"
    figure = '<figure><img src="/gone.jpg"><figcaption>Most nocą</figcaption></figure>'
    assert "Most nocą" in paragraph_html(convert(figure, resolve_image=Resolver(missing={"/gone.jpg"})))


def test_a_caption_of_a_missing_image_keeps_its_links():
    html = (
        '[caption id="attachment_7"]<a href="/gone-full.jpg"><img src="/gone.jpg" alt="x"></a> Zdjęcie z '
        '<a href="https://example.com/galeria">galerii</a>[/caption]'
    )
    conversion = convert(html, resolve_image=Resolver(missing={"/gone.jpg", 7}))
    assert paragraph_html(conversion) == '<p>Zdjęcie z <a href="https://example.com/galeria">galerii</a></p>'
    figure = '<figure><img src="/gone.jpg"><figcaption>Most <a href="https://example.com/most">nocą</a></figcaption></figure>'
    conversion = convert(figure, resolve_image=Resolver(missing={"/gone.jpg"}))
    assert paragraph_html(conversion) == '<p>Most <a href="https://example.com/most">nocą</a></p>'


def test_a_caption_with_a_link_follows_its_image_as_a_paragraph():
    # The image block's caption is plain text: a link in it would be lost.
    html = '<figure><img src="/a.jpg" alt="Most"><figcaption>Most <a href="https://example.com/most">nocą</a></figcaption></figure>'
    conversion = convert(html, resolve_image=Resolver())
    assert kinds(conversion) == ["image", "paragraph"]
    assert only(conversion, "image")["caption"] == ""
    assert paragraph_html(conversion) == '<p>Most <a href="https://example.com/most">nocą</a></p>'


def test_a_caption_too_long_for_the_block_follows_its_image_whole():
    caption = "Lorem ipsum dolor sit amet. " * 12  # 336 characters: more than the block's caption holds
    html = f'<figure><img src="/a.jpg" alt="A"><figcaption>{caption}</figcaption></figure>'
    conversion = convert(html, resolve_image=Resolver())
    assert kinds(conversion) == ["image", "paragraph"]
    assert paragraph_html(conversion) == f"<p>{caption.strip()}</p>"
    missing = convert(html, resolve_image=Resolver(missing={"/a.jpg"}))
    assert paragraph_html(missing) == f"<p>{caption.strip()}</p>"


def test_long_alt_and_caption_fit_the_block():
    html = f'<figure><img src="/a.jpg" alt="{"a" * 400}"><figcaption>{"c" * 400}</figcaption></figure>'
    image = only(convert(html, resolve_image=Resolver()), "image")
    assert len(image["alt_text"]) <= 250 and len(image["caption"]) <= 250


def test_missing_image_is_dropped_with_a_warning():
    conversion = convert(
        'Text <img src="http://x.org/gone.jpg">', resolve_image=Resolver(missing={"http://x.org/gone.jpg"})
    )
    assert kinds(conversion) == ["paragraph"]
    assert any("http://x.org/gone.jpg" in warning for warning in conversion.warnings)


def test_without_a_resolver_images_are_dropped_with_a_warning():
    conversion = convert('<img src="/a.jpg">')
    assert conversion.blocks == [] and len(conversion.warnings) == 1


def test_gallery_asks_for_each_attachment():
    resolver = Resolver(missing={3})
    conversion = convert('[gallery columns="2" ids="5, 4,3"]', resolve_image=resolver)
    assert [(ref.src, ref.attachment_id) for ref in resolver.refs] == [("", 5), ("", 4), ("", 3)]
    assert kinds(conversion) == ["image", "image"]
    assert len(conversion.warnings) == 1


def test_gallery_without_ids_is_dropped_with_a_warning():
    conversion = convert("[gallery]", resolve_image=Resolver())
    assert conversion.blocks == [] and conversion.warnings


def test_emoji_images_become_their_text():
    html = '<p>Super <img class="wp-smiley" src="/smile.png" alt="🙂"></p>'
    assert paragraph_html(convert(html, resolve_image=Resolver())) == "<p>Super 🙂</p>"


# Embeds and shortcodes


def test_embed_shortcode_for_a_known_provider():
    embed = only(convert("[embed]https://www.youtube.com/watch?v=abc[/embed]"), "embed")
    assert isinstance(embed, EmbedValue) and embed.url == "https://www.youtube.com/watch?v=abc"


@pytest.mark.parametrize(
    "html",
    [
        "Watch:\n\nhttps://vimeo.com/123456\n\nNice.",
        "Watch:\nhttps://vimeo.com/123456\nNice.",
        "<p>https://vimeo.com/123456</p>",
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://vimeo.com/123456\n</div></figure>',
    ],
)
def test_url_alone_on_its_line_is_embedded(html):
    assert only(convert(html), "embed").url == "https://vimeo.com/123456"


def test_url_within_a_sentence_is_not_embedded():
    assert "embed" not in kinds(convert("See https://vimeo.com/123456 for more."))


def test_url_of_an_unknown_provider_becomes_a_link():
    conversion = convert("https://example.com/film?a=1&amp;b=2\n\n[embed]https://example.com/other[/embed]")
    assert paragraph_html(conversion) == (
        '<p><a href="https://example.com/film?a=1&amp;b=2">https://example.com/film?a=1&amp;b=2</a></p>'
        '<p><a href="https://example.com/other">https://example.com/other</a></p>'
    )


def test_embed_block_renders_a_link_when_the_provider_cannot_be_reached(monkeypatch):
    """Why embeds are kept: Wagtail renders nothing for a failed embed, and our template then links to it."""

    def unreachable(*args, **kwargs):
        raise EmbedNotFoundException("Request failed: no network")

    monkeypatch.setattr("wagtail.embeds.embeds.get_embed", unreachable)
    value = only(convert("https://www.youtube.com/watch?v=abc"), "embed")
    rendered = BaseStreamBlock().child_blocks["embed"].render(value)
    assert 'href="https://www.youtube.com/watch?v=abc"' in rendered


@pytest.mark.parametrize(
    "shortcode",
    ['[audio src="http://x.org/a.mp3"]', '[video mp4="http://x.org/v.mp4"][/video]', "[playlist ids='1,2']"],
)
def test_media_shortcodes_are_dropped_with_a_warning(shortcode):
    conversion = convert(f"Before {shortcode} after")
    assert paragraph_html(conversion) == "<p>Before after</p>"
    assert len(conversion.warnings) == 1


def test_unknown_shortcodes_stay_as_written():
    # WordPress prints a shortcode no plugin registered as it is: so does the import.
    conversion = convert('[contact-form-7 id="3"] [box color="red"]Ważne: <b>zapisy</b>[/box] [toc]')
    assert paragraph_html(conversion) == (
        "<p>[contact-form-7 id=&quot;3&quot;] [box color=&quot;red&quot;]Ważne: <b>zapisy</b>[/box] [toc]</p>"
    )
    assert conversion.warnings == []


def test_escaped_shortcode_prints_literally():
    assert paragraph_html(convert("Use [[gallery]] here.")) == "<p>Use [gallery] here.</p>"


def test_known_shortcodes_inside_unknown_ones_are_converted():
    conversion = convert(
        '[column]<p>Text</p>[caption id="attachment_2"]<img src="/a.jpg"> Cap[/caption][/column]',
        resolve_image=Resolver(),
    )
    assert kinds(conversion) == ["paragraph", "image", "paragraph"]
    assert paragraph_html(conversion, 0) == "<p>[column]</p><p>Text</p>"
    assert paragraph_html(conversion, 1) == "<p>[/column]</p>"


def test_our_own_markers_cannot_be_forged():
    conversion = convert('<wpimport-embed data-url="https://www.youtube.com/watch?v=x"></wpimport-embed>')
    assert "embed" not in kinds(conversion)


# What the blocks end up as


def test_paragraphs_load_unchanged_in_the_editor():
    """The rich text survives a round trip through Draftail's format, so editing an imported page loses nothing."""
    html = paragraph_html(
        convert("Hi 'there' <b>bold <i>both</i></b> <a href='/a?b=1&c=2'>l</a>\nnext\n\n<ul><li>a</li></ul>")
    )
    converter = ContentstateConverter(BaseStreamBlock().child_blocks["paragraph"].features)
    round_trip = BeautifulSoup(converter.to_database_format(converter.from_database_format(html)), "html.parser")
    for tag in round_trip.find_all(True):
        del tag["data-block-key"]
    assert round_trip.decode() == BeautifulSoup(html, "html.parser").decode()


def test_autop_is_offered_with_the_converter():
    assert content.autop("a\n\nb") == "<p>a</p>\n<p>b</p>\n"


def test_figure_with_more_than_an_image_keeps_its_text():
    html = (
        "<figure><table><tr><td>Tekst</td><td><img src='/a.jpg' alt='A'></td></tr></table>"
        "<figcaption>Tabela</figcaption></figure>"
    )
    conversion = convert(html, resolve_image=Resolver())
    assert kinds(conversion) == ["paragraph", "image", "paragraph"]
    assert paragraph_html(conversion, 1) == "<p>Tabela</p>"


# Videos in frames, and providers the site does not allow


@pytest.mark.parametrize(
    ("src", "url"),
    [
        ("https://www.youtube.com/embed/dQw4w9WgXcQ?start=30", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30"),
        ("//www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://player.vimeo.com/video/76979871?title=0", "https://vimeo.com/76979871"),
    ],
)
def test_youtube_and_vimeo_frames_become_embed_blocks(src, url):
    conversion = convert(f'<p>Watch:</p><iframe width="560" src="{src}" allowfullscreen></iframe>')
    assert kinds(conversion) == ["paragraph", "embed"]
    assert conversion.blocks[1][1].url == url
    assert conversion.warnings == []


def test_frames_of_other_sites_are_still_left_out():
    conversion = convert('<iframe src="https://maps.example.com/embed?x=1"></iframe>')
    assert conversion.blocks == [] and len(conversion.warnings) == 1


def test_a_provider_the_site_does_not_allow_is_a_link(settings):
    settings.EMBED_FRAME_SOURCES = ["https://player.vimeo.com"]
    conversion = convert("[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]")
    assert kinds(conversion) == ["paragraph"]
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in paragraph_html(conversion)
    assert kinds(convert("[embed]https://vimeo.com/76979871[/embed]")) == ["embed"]
