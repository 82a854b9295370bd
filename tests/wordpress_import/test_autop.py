"""WordPress's automatic paragraphs (wpautop), as the import reproduces them."""

import pytest

from wordpress_import.autop import autop


def test_blank_lines_separate_paragraphs():
    assert autop("First\n\nSecond") == "<p>First</p>\n<p>Second</p>\n"


def test_single_newline_is_a_line_break():
    assert autop("one\ntwo") == "<p>one<br />\ntwo</p>\n"


@pytest.mark.parametrize("separator", ["\n\n\n\n", "\n \n", "\r\n\r\n", "<br><br>", "<br />\n<br/>"])
def test_what_else_counts_as_a_blank_line(separator):
    assert autop(f"a{separator}b").count("<p>") == 2


def test_block_elements_are_not_wrapped_or_broken():
    html = autop("<h2>Title</h2>\nText\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>")
    assert "<h2>Title</h2>" in html
    assert "<p>Text</p>" in html
    assert "<p><ul>" not in html and "<li>one</li>\n<li>two</li>" in html
    assert "<br />" not in html


def test_preformatted_text_keeps_its_lines():
    html = autop("Before\n\n<pre>line one\n\nline two\n  indented</pre>\n\nAfter")
    assert "<pre>line one\n\nline two\n  indented</pre>" in html
    assert "<p>Before</p>" in html and "<p>After</p>" in html


def test_newlines_inside_a_tag_make_no_break():
    html = autop('Go <a\nhref="/x"\ntitle="t">there</a> now')
    assert html == '<p>Go <a\nhref="/x"\ntitle="t">there</a> now</p>\n'


def test_blockquote_gets_its_paragraphs_inside():
    html = autop("<blockquote>Said\n\nthis</blockquote>")
    assert html.startswith("<blockquote><p>Said</p>")
    assert html.rstrip().endswith("<p>this</p></blockquote>")


def test_script_keeps_its_newlines_unbroken():
    html = autop("<script>var a;\nvar b;</script>")
    assert "var a;\nvar b;" in html and "var a;<br />" not in html


def test_no_break_space_is_text_not_a_blank_line():
    # PHP's \s (as WordPress uses it) leaves U+00A0 alone.
    assert autop("a\n\u00a0\nb").count("<p>") == 1


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_blank_text_gives_nothing(text):
    assert autop(text) == ""


def test_without_line_breaks():
    assert autop("one\ntwo", br=False) == "<p>one\ntwo</p>\n"


def test_multibyte_text_is_untouched():
    assert autop("„Zażółć gęślą jaźń”\n\nŹdźbło") == "<p>„Zażółć gęślą jaźń”</p>\n<p>Źdźbło</p>\n"
