"""Hostile or broken HTML in a post never reaches a page as anything but allowed markup and plain text."""

import pytest
from wagtail.embeds.exceptions import EmbedNotFoundException

from core.blocks import BaseStreamBlock
from wordpress_import.content import convert

from .body_checks import assert_no_active_content, assert_safe_body
from .test_content import Resolver

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JAVASCRIPT:alert(1)" onclick="alert(2)">click</a>',
    '<a href="jav&#x09;ascript:alert(1)">click</a>',
    '<a href="&#106;&#97;vascript:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
    '<a href="http://ok.example/" title="x" onmouseover="alert(1)" style="color:red">ok</a>',
    "<svg onload=alert(1)><circle r=1 /></svg>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<script>alert(1)</script>Text",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "[caption]<script>alert(1)</script>[/caption]",
    '[caption id="attachment_1" caption="<script>alert(1)</script>"]<img src=x onerror=alert(1)>[/caption]',
    '[foo]<script>alert(1)</script><b onclick="x()">kept</b>[/foo]',
    '[gallery ids="1 onerror=alert(1)"]',
    "[embed]javascript:alert(1)[/embed]",
    '[embed]https://www.youtube.com/watch?v=x"><script>alert(1)</script>[/embed]',
    "https://www.youtube.com/watch?v=x<script>alert(1)</script>",
    '<p style="color:red" onclick="alert(1)">styled</p>',
    "<div onmouseover=alert(1)>hover</div>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>after',
    '<object data="evil.swf"><param name=x value=y><embed src="evil.swf"></object>',
    '<form action="/login"><input name="password"><button>Go</button></form>',
    "<style>body { display: none }</style>Text",
    "<link rel=stylesheet href=evil.css><meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<!-- <script>alert(1)</script> -->Text",
    "<!--[if IE]><script>alert(1)</script><![endif]-->Text",
    "<!-- unterminated comment <script>alert(1)</script>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<b><i><u>unclosed tags",
    "</p></div></b>stray closing tags<p><p><p>",
    "<a href='/a'><a href='/b'>nested</a></a>",
    "<blockquote onclick=alert(1)><script>alert(1)</script>Quote<cite onclick=x>Who</cite></blockquote>",
    '<h2 onclick="alert(1)" style="x">Heading<script>alert(1)</script></h2>',
    "<table><tr><td onclick=alert(1)><script>alert(1)</script>cell</td></tr></table>",
    "<pre><script>alert(1)</script>code</pre>",
    '<wpimport-embed data-url="javascript:alert(1)"></wpimport-embed>',
    "<base href='javascript:alert(1)//'>",
    "„Zażółć gęślą jaźń” <b>ŻÓŁW</b> &lt;script&gt;alert(1)&lt;/script&gt;",
    "\x00<scr\x00ipt>alert(1)</script>",
    '<img src="" alt="" onerror="alert(1)"><img>',
    "[[caption]]<script>alert(1)</script>",
    '<a href="http://example.com/\x0ajavascript:alert(1)">newline</a>',
]


@pytest.mark.parametrize("html", HOSTILE)
def test_hostile_markup_is_neutralised(html, monkeypatch):
    def unreachable(*args, **kwargs):
        raise EmbedNotFoundException

    monkeypatch.setattr("wagtail.embeds.embeds.get_embed", unreachable)
    conversion = convert(html, resolve_image=Resolver(), site_url="http://old.example/")
    assert_safe_body(conversion.blocks)
    stream_block = BaseStreamBlock()
    for block_type, value in conversion.blocks:
        if block_type == "image":  # stand-in images can't be rendered; their text fields are checked below
            assert_no_active_content(f'<img alt="{value["alt_text"]}">{value["caption"]}')
            continue
        child = stream_block.child_blocks[block_type]
        assert_no_active_content(child.render(child.normalize(value)))


def test_text_of_hostile_markup_is_kept_as_text():
    conversion = convert('[foo]<b onclick="x()">kept</b>[/foo] <a href="javascript:alert(1)">also kept</a>')
    assert conversion.blocks[0][1].source == "<p>[foo]<b>kept</b>[/foo] also kept</p>"


def test_script_text_is_not_kept():
    conversion = convert("Before<script>document.write('injected')</script> after")
    assert "injected" not in conversion.blocks[0][1].source
