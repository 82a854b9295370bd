"""Finding WordPress shortcodes and reading their attributes."""

import pytest

from wordpress_import.shortcodes import parse_attributes, replace_shortcodes


def collect(text):
    found = []

    def remember(shortcode):
        found.append(shortcode)
        return f"<{shortcode.name}>"

    return replace_shortcodes(text, remember), found


def test_attributes_in_every_quoting_style():
    attributes = parse_attributes(""" id="attachment_5" Align='left' width=300 "quoted" bare""")
    assert attributes == {"id": "attachment_5", "align": "left", "width": "300", 0: "quoted", 1: "bare"}


def test_no_break_space_separates_attributes():
    assert parse_attributes('\u00a0ids="1,2"\u00a0columns="3"') == {"ids": "1,2", "columns": "3"}


def test_attribute_values_may_hold_html():
    assert parse_attributes(" caption=\"A <a href='/x'>link</a>\"")["caption"] == "A <a href='/x'>link</a>"


def test_self_closing_and_enclosing_shortcodes():
    text, found = collect(
        'Before [gallery ids="1,2"] middle [caption id="attachment_3"]<img src="a.jpg"> Cap[/caption]'
    )
    assert text == "Before <gallery> middle <caption>"
    assert [(code.name, code.content) for code in found] == [("gallery", None), ("caption", '<img src="a.jpg"> Cap')]
    assert found[0].attributes == {"ids": "1,2"}


def test_slash_closed_shortcode_has_no_content():
    text, found = collect("[audio src='x.mp3' /] text [/audio]")
    assert found[0].content is None
    assert text == "<audio> text [/audio]"


def test_escaped_shortcode_prints_literally():
    text, found = collect("Type [[gallery]] or [[caption]x[/caption]] to use them.")
    assert text == "Type [gallery] or [caption]x[/caption] to use them."
    assert found == []


@pytest.mark.parametrize(
    "text", ["[1]", "[sic!]", "[…]", "[ space]", "a[]b", "[/closing]", "[-x]", "[n/a]", "[Aktualizacja]", "[zdjęcie]"]
)
def test_brackets_that_are_not_shortcodes_stay(text):
    assert collect(text) == (text, [])


def test_names_are_matched_whole():
    text, found = collect("[gallery-plus ids=1][galleryx][gallery]")
    assert [code.name for code in found] == ["gallery"]
    assert text == "[gallery-plus ids=1][galleryx]<gallery>"


@pytest.mark.parametrize(
    "text",
    [
        "buffer[data_processed] = '\\0';",
        "[gitosis]\nwritable = x\n[group team]\nmembers = a",
        "wordpress_[a-f0-9]+",
        "var nsType = nsTypes[i];",
        "[column]x[/column]",
        "[Caption]x[/Caption]",
    ],
)
def test_only_known_shortcodes_are_found(text):
    assert collect(text) == (text, [])


def test_nested_shortcodes_are_left_for_the_handler():
    _text, found = collect("[caption][embed]http://x.org/[/embed][/caption]")
    assert len(found) == 1 and found[0].content == "[embed]http://x.org/[/embed]"


def test_unclosed_enclosing_shortcode_is_self_closing():
    text, found = collect("[video]no closing tag")
    assert text == "<video>no closing tag"
    assert found[0].content is None and found[0].text == "[video]"


def test_long_text_without_closing_tags_is_quick():
    # The possessive pattern must not backtrack through every "[" of a long post.
    text, found = collect("[code]" + "text [" * 20000)
    assert text.startswith("<code>text [") and found[0].content is None
