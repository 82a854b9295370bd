"""Code in posts: kept character for character, in the site's code block; bracketed text is never a shortcode."""

import pytest
from django.template.loader import render_to_string

from core.blocks import BaseStreamBlock
from wordpress_import.content import convert


def codes(conversion):
    return [value for block_type, value in conversion.blocks if block_type == "code"]


def text_of(conversion):
    return " ".join(value.source if kind == "paragraph" else str(value) for kind, value in conversion.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "buffer[data_processed] = '\\0';",
        "var nsType = nsTypes[i];",
        "The pattern wordpress_[a-f0-9]+ matches the cookies.",
        "[gitosis]",
        "[group developers]",
    ],
)
def test_bracketed_text_in_a_paragraph_stays(line):
    assert line.replace("'", "'") in text_of(convert(line)).replace("&#x27;", "'")


def test_nothing_inside_pre_or_code_is_interpreted():
    html = (
        '<pre>[caption id="attachment_1"]<b>x</b>[/caption]\n[gallery ids="1"]\nhttps://www.youtube.com/watch?v=abc\n'
        "[[escaped]]</pre>\n\nSee <code>[embed]https://vimeo.com/1[/embed]</code>."
    )
    conversion = convert(html)
    assert codes(conversion) == [
        {
            "language": "",
            "code": '[caption id="attachment_1"]x[/caption]\n[gallery ids="1"]\nhttps://www.youtube.com/watch?v=abc\n'
            "[[escaped]]",
        }
    ]
    assert "See [embed]https://vimeo.com/1[/embed]." in text_of(conversion)
    assert conversion.warnings == []


@pytest.mark.parametrize(
    ("html", "language", "code"),
    [
        ('[code lang="c"]if (a[i] < 0)\n    return;[/code]', "c", "if (a[i] < 0)\n    return;"),
        ('[sourcecode language="ini"]\n[gitosis]\nlog = 1\n[/sourcecode]', "ini", "[gitosis]\nlog = 1"),
        ("[php]$x = $a['k'];\n  echo $x;[/php]", "php", "$x = $a['k'];\n  echo $x;"),
        ("[csharp]var list = new List<int>();[/csharp]", "csharp", "var list = new List<int>();"),
        ("[code]x = 1 &lt; 2 &amp;&amp; y[/code]", "", "x = 1 < 2 && y"),  # the visual editor's entities
        ('<pre class="brush: js; gutter: false">var a = b[0];</pre>', "js", "var a = b[0];"),
        ('<pre><code class="language-python">  print(1)\n</code></pre>', "python", "  print(1)"),
        ('<pre class="lang:php decode:true">echo 1;</pre>', "php", "echo 1;"),
        ("<code>line one\n    line two</code>", "", "line one\n    line two"),
    ],
)
def test_code_becomes_a_code_block_with_its_language(html, language, code):
    assert codes(convert(html)) == [{"language": language, "code": code}]


def test_a_code_shortcode_without_a_closing_tag_is_text():
    assert "Write [code] to start" in text_of(convert("Write [code] to start"))


def test_inline_code_stays_in_its_paragraph():
    conversion = convert("Call <code>f(a[0])</code> first.")
    assert [block_type for block_type, _ in conversion.blocks] == ["paragraph"]
    assert "Call f(a[0]) first." in text_of(conversion)


def test_the_code_block_keeps_spaces_and_shows_the_language():
    block = BaseStreamBlock().child_blocks["code"]
    value = block.to_python({"language": "python", "code": "  a = 1\n\tb = [2]"})
    html = block.render(value)
    assert '<code data-language="python">  a = 1\n\tb = [2]</code>' in html
    assert "python" in html
    # The editor's form keeps the first line's indentation (a plain TextBlock strips it).
    assert block.child_blocks["code"].clean("    indented") == "    indented"


def test_the_code_block_escapes_markup():
    block = BaseStreamBlock().child_blocks["code"]
    html = block.render(block.to_python({"language": "", "code": "<script>alert(1)</script>"}))
    assert "<script>" not in html and "&lt;script&gt;" in html
    plain = render_to_string("blocks/code_block.html", {"value": {"language": "", "code": "x"}})
    assert "<figcaption" not in plain


def test_a_code_shortcode_written_in_the_visual_editor_loses_its_editor_markup():
    # The visual editor stores line breaks as <br /> and paragraphs as <p>, quotes and < > & as entities.
    html = (
        '<p>[sourcecode language="css"]<br />\n.popin {<br />\n    content: &quot;&lt;&quot;;<br />\n}</p>\n'
        "<p>.next {}<br />\n[/sourcecode]</p>"
    )
    assert codes(convert(html)) == [{"language": "css", "code": '.popin {\n    content: "<";\n}\n\n.next {}'}]
