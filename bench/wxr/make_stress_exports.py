# ruff: noqa: E501 - post contents are written as they would be in WordPress, one paragraph a line
"""Writes the hand-made exports that stress the WordPress import beyond the real samples (bench/wxr/README.md).

.venv/bin/python bench/wxr/make_stress_exports.py   # writes stress.xml and stress-truncated.xml here
"""

from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
SITE = "http://old.example.org"
IMAGE = f"{SITE}/wp-content/uploads/2020/01/sala-1024x529.jpg"

POSTS = []


def post(wp_id, title, slug, content, *, post_type="post", status="publish", parent=0, date="2020-01-15 10:00:00",
         password="", link=None, excerpt=""):  # fmt: skip
    year, month = date[:4], date[5:7]
    if link is None:
        link = f"{SITE}/{year}/{month}/{slug}/" if post_type == "post" else f"{SITE}/{slug}/"
    POSTS.append(
        f"""
\t<item>
\t\t<title>{escape(title)}</title>
\t\t<link>{escape(link)}</link>
\t\t<content:encoded><![CDATA[{content}]]></content:encoded>
\t\t<excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
\t\t<wp:post_id>{wp_id}</wp:post_id>
\t\t<wp:post_date>{date}</wp:post_date>
\t\t<wp:post_date_gmt>{date}</wp:post_date_gmt>
\t\t<wp:post_modified_gmt>{date}</wp:post_modified_gmt>
\t\t<wp:post_name>{slug}</wp:post_name>
\t\t<wp:status>{status}</wp:status>
\t\t<wp:post_parent>{parent}</wp:post_parent>
\t\t<wp:menu_order>0</wp:menu_order>
\t\t<wp:post_type>{post_type}</wp:post_type>
\t\t<wp:post_password>{password}</wp:post_password>
\t\t<category domain="category" nicename="testy"><![CDATA[Testy]]></category>
\t</item>"""
    )


post(
    101,
    "Gutenberg",
    "gutenberg",
    f"""<!-- wp:paragraph -->
<p>Akapit z blokami Gutenberga, a w nim <strong>pogrubienie</strong> i <em>kursywa</em>.</p>
<!-- /wp:paragraph -->

<!-- wp:heading {{"level":3}} -->
<h3>Nagłówek bloku [wersja 2]</h3>
<!-- /wp:heading -->

<!-- wp:code -->
<pre class="wp-block-code"><code>if (a &lt; b &amp;&amp; c &gt; d) {{

    return x[i];
}}</code></pre>
<!-- /wp:code -->

<!-- wp:image {{"id":501,"sizeSlug":"large"}} -->
<figure class="wp-block-image size-large"><img src="{IMAGE}" alt="" class="wp-image-501"/><figcaption>Podpis bloku z <a href="{SITE}/?p=102">odnośnikiem do wpisu 102</a></figcaption></figure>
<!-- /wp:image -->

<!-- wp:embed {{"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"}} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=dQw4w9WgXcQ
</div></figure>
<!-- /wp:embed -->

<!-- wp:list -->
<ul><li>pierwszy [a]</li><li>drugi <code>arr[1]</code></li></ul>
<!-- /wp:list -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><p>Cytat z nawiasem [sic] w środku.</p><cite>Autor [red.]</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:more -->
<!--more-->
<!-- /wp:more -->

<!-- wp:paragraph -->
<p>Po „więcej”.</p>
<!-- /wp:paragraph -->""",
)

post(
    102,
    "Podpisy",
    "podpisy",
    f"""Wstęp do podpisów.

[caption id="attachment_501" align="alignleft" width="300"]<a href="{SITE}/2020/01/gutenberg/"><img class="size-medium wp-image-501" src="{IMAGE}" alt="Sala konferencyjna" width="300" height="155" /></a> Podpis, w którym jest <a href="{SITE}/2020/01/gutenberg/">odnośnik</a> i nawias [1][/caption]

[caption id="" align="aligncenter" width="200" caption="Stary &lt;em&gt;podpis&lt;/em&gt; w atrybucie"]<img src="{SITE}/wp-content/uploads/2020/01/inny.png" alt="" width="200" height="100" />[/caption]

[caption id="attachment_502" width="150"]<img class="wp-image-502" src="{SITE}/wp-content/uploads/2020/01/brak.jpg" alt="Brakujący" /> Podpis obrazu, którego nie ma[/caption]

Koniec.""",
)

post(
    103,
    "Kod",
    "kod",
    """Kod w <code>&lt;pre&gt;&lt;code&gt;</code>:

<pre><code>&lt;?php
$a = $b[0] &amp;&amp; $c['x'];


echo "&lt;b&gt;" . $tab[$i];
?&gt;</code></pre>

Shortcode PHP:

[php]$x = ['a' => 1];
if ($x['a'] < 2) { echo "<ok>"; }

return $x[0];[/php]

Plik INI w shortcode:

[code lang="ini"]
[gitosis]
[group admins]
members = ala ola
[/code]

I ten sam plik jako zwykły tekst:
[gitosis]
[group devs]
writable = projekt

Wzorzec wordpress_[a-f0-9]+ i w kodzie <code>wordpress_[a-f0-9]+</code>, a potem buffer[data_processed] = '\\0'; oraz var nsType = nsTypes[i];

[sourcecode language="python"]
def f(x):
    return x[1:] &lt; [2]
[/sourcecode]

<pre class="brush: js">var a = b[c];
if (a &lt;= 3 &amp;&amp; b) {
  // [koniec]
}</pre>

Shortcode bez zamknięcia: [code] to nie kod.""",
)

post(
    104,
    "Shortcody",
    "shortcody",
    f"""Nieznany: [contact-form-7 id="5" title="Kontakt"]

Zagnieżdżony nieznany: [su_box title="Pudełko"]Tekst w pudełku [su_note]notatka[/su_note][/su_box]

Galeria: [gallery ids="501,502" columns="2"]

Dźwięk: [audio src="{SITE}/wp-content/uploads/a.mp3"]

Wideo: [video src="{SITE}/wp-content/uploads/v.mp4"][/video]

Osadzenie: [embed]https://vimeo.com/76979871[/embed]

Osadzenie nieznanego: [embed]https://example.com/film[/embed]

Uciekający: [[caption]] i [[gallery ids="1"]]

Wielkie litery: [CAPTION] i [Gallery]

Z ukośnikiem: [foo/] i [/bar]""",
)

post(
    105,
    "Przypisy",
    "przypisy",
    """Tekst z przypisem[1] i drugim[2], tablica array[0], cytat [sic], pominięcie [...] i [TODO: poprawić].

[1] Przypis pierwszy.
[2] Przypis drugi, z <a href="https://example.com/zrodlo">źródłem</a>.

Pole wyboru [x] i [ ] oraz [a-z] i [^abc] i \\[escaped\\].""",
)

post(
    106,
    "Emoji i pismo od prawej",
    "emoji",
    """Zażółć gęślą jaźń 😀👍🏽 𝕳𝖊𝖑𝖑𝖔 𠜎𠜱 👨‍👩‍👧 ❤️ 🇵🇱

<p dir="rtl">שלום עולם, זה טקסט בעברית [בסוגריים].</p>

<p dir="rtl">سلام دنیا، این یک متن فارسی است (در پرانتز) و [در کروشه].</p>

Mieszany: abc שלום 123 سلام xyz.

Znaki: &amp; &lt; &gt; &quot; &#8220;cudzysłów&#8221; &nbsp;twarda spacja, a &lt; b &gt; c, 5 &gt; 3.

<img class="wp-smiley" src="{SITE}/wp-includes/images/smilies/icon_smile.gif" alt=":)" /> uśmiech""".replace(
        "{SITE}", SITE
    ),
)

long_paragraphs = "\n\n".join(
    f"Akapit {number}: wolontariusz [nr {number}] pomógł w akcji „Bezpieczna woda” w dniu {number % 28 + 1}.02.2020; "
    f"tablica t[{number}] = {number * 7};"
    for number in range(1, 1201)
)
post(107, "Bardzo długi wpis", "dlugi", long_paragraphs)

post(108, "Ten sam adres (1)", "ten-sam", "Pierwszy wpis o adresie ten-sam.", date="2020-02-01 10:00:00")
post(109, "Ten sam adres (2)", "ten-sam", "Drugi wpis o adresie ten-sam.", date="2020-03-01 10:00:00")

post(110, "Szkic", "szkic", "Tekst szkicu [draft].", status="draft")
post(111, "Prywatny", "prywatny", "Tekst prywatny.", status="private")
post(112, "Kosz", "kosz", "Tekst w koszu.", status="trash")
post(113, "Oczekujący", "oczekujacy", "Tekst oczekujący.", status="pending")
post(114, "Zaplanowany", "zaplanowany", "Tekst zaplanowany.", status="future", date="2030-01-01 10:00:00")
post(115, "Z hasłem", "z-haslem", "Tekst chroniony hasłem.", password="tajne")

post(201, "O nas", "o-nas", "Strona nadrzędna. Zobacz <a href=\"{SITE}/o-nas/zespol/\">zespół</a>.".replace("{SITE}", SITE),
     post_type="page")  # fmt: skip
post(
    202, "Zespół", "zespol", "Strona podrzędna [poziom 2].", post_type="page", parent=201, link=f"{SITE}/o-nas/zespol/"
)
post(203, "Koordynatorzy", "koordynatorzy", "Strona trzeciego poziomu.", post_type="page", parent=202,
     link=f"{SITE}/o-nas/zespol/koordynatorzy/")  # fmt: skip

post(
    116,
    "Odnośniki",
    "odnosniki",
    f"""<ul>
<li><a href="{SITE}/?p=102">po identyfikatorze</a></li>
<li><a href="{SITE}/2020/01/podpisy/">po stałym adresie</a></li>
<li><a href="{SITE}/2020/01/kod">bez ukośnika</a></li>
<li><a href="/2020/01/kod/">względny od korzenia</a></li>
<li><a href="../kod/">względny z kropkami</a></li>
<li><a href="?p=103">sam parametr</a></li>
<li><a href="{SITE}/?page_id=202">strona po identyfikatorze</a></li>
<li><a href="{SITE}/o-nas/zespol/">strona po adresie</a></li>
<li><a href="{SITE}/ksiega-gosci/">nieprzeniesiona</a></li>
<li><a href="http://www.old.example.org/2020/01/kod/">z www</a></li>
<li><a href="https://old.example.org/2020/01/kod/#sekcja">https z kotwicą</a></li>
<li><a href="{SITE}/?p=110">do szkicu</a></li>
<li><a href="{SITE}/?p=112">do kosza</a></li>
<li><a href="{SITE}/wp-content/uploads/2020/01/plan.pdf">plik PDF</a></li>
<li><a href="mailto:biuro@example.org">poczta</a></li>
<li><a href="#gora">kotwica</a></li>
</ul>""",
)

post(
    117,
    "Tabela i listy",
    "tabela",
    """<h2>Sekcja [beta]</h2>
<table><tr><th>Klucz</th><th>Wartość</th></tr><tr><td>a[0]</td><td>1 &lt; 2</td></tr><tr><td></td><td>[pusta]</td></tr></table>

<ol><li>raz<ul><li>zagnieżdżony [1]</li></ul></li><li>dwa</li></ol>

<dl><dt>Termin</dt><dd>Definicja [def]</dd></dl>

<blockquote>Cytat bez cite [x]</blockquote>""",
)

post(118, "Pierwszy z identyfikatorem 118", "pierwszy-118", "Treść pierwszego elementu o ID 118.")
post(118, "Drugi z identyfikatorem 118", "drugi-118", "Treść drugiego elementu o ID 118.", status="draft")

post(119, "Pusty", "pusty", "")

post(
    120,
    "Adresy",
    "adresy",
    """Adres sam w linii, którego nie da się osadzić:
https://example.com/strona

Adres w tekście https://example.com/tekst w zdaniu.

<a href="https://example.com/a?x=1&amp;y=[2]">z nawiasem w adresie</a>""",
)

post(
    121,
    "Skrypty i formularze",
    "skrypty",
    """Przed skryptem.<script>alert("[x]")</script> Po skrypcie.

<style>p { color: red }</style>

<form action="/x"><input name="q"><button>Szukaj</button></form>

<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?start=30" width="560" height="315"></iframe>

<div onclick="alert(1)">Tekst w divie z onclick.</div>""",
)

post(
    122,
    "Kod wielolinijkowy inline",
    "kod-inline",
    """Tekst <code>jedna linia [i]</code> i:
<code>linia 1 [a]
linia 2 &lt;b&gt;

linia 4</code>
Koniec.""",
)

post(
    123,
    "Edytor wizualny",
    "edytor-wizualny",
    f"""<p>Kod wklejony w edytorze wizualnym:</p>
<p>[sourcecode language="css"]<br />
.popin {{<br />
    content: &quot;&lt;&quot;;<br />
}}</p>
<p>.next {{}}<br />
[/sourcecode]</p>

<!-- wp:file {{"id":900}} -->
<div class="wp-block-file"><a href="{SITE}/wp-content/uploads/2020/01/plan.pdf">Plan akcji</a><a href="{SITE}/wp-content/uploads/2020/01/plan.pdf" class="wp-block-file__button" download>Pobierz</a></div>
<!-- /wp:file -->

<figure class="wp-block-image"><img src="{IMAGE}" alt="Sala"/><figcaption>{"Bardzo długi podpis zdjęcia z akcji, opisujący wszystko, co na nim widać. " * 5}</figcaption></figure>

Względny do innego miesiąca: <a href="../../02/ten-sam/">wpis z lutego</a>.""",
)

ATTACHMENTS = "".join(
    f"""
\t<item>
\t\t<title>{name}</title>
\t\t<link>{SITE}/?attachment_id={wp_id}</link>
\t\t<content:encoded><![CDATA[]]></content:encoded>
\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>
\t\t<wp:post_id>{wp_id}</wp:post_id>
\t\t<wp:post_date>2020-01-15 10:00:00</wp:post_date>
\t\t<wp:post_date_gmt>2020-01-15 10:00:00</wp:post_date_gmt>
\t\t<wp:post_name>{name}</wp:post_name>
\t\t<wp:status>inherit</wp:status>
\t\t<wp:post_parent>102</wp:post_parent>
\t\t<wp:post_type>attachment</wp:post_type>
\t\t<wp:attachment_url>{SITE}/wp-content/uploads/2020/01/{name}.jpg</wp:attachment_url>
\t</item>"""
    for wp_id, name in ((501, "sala"), (502, "brak"))
)

HEAD = f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
\t<title>Stary serwis [test]</title>
\t<link>{SITE}</link>
\t<language>pl-PL</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>{SITE}</wp:base_site_url>
\t<wp:base_blog_url>{SITE}</wp:base_blog_url>
\t<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>testy</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[Testy]]></wp:cat_name></wp:category>
"""
TAIL = "\n</channel>\n</rss>\n"


def main():
    text = HEAD + "".join(POSTS) + ATTACHMENTS + TAIL
    (HERE / "stress.xml").write_text(text, encoding="utf-8")
    cut = text.index("<title>Kod</title>") + 200
    (HERE / "stress-truncated.xml").write_text(text[:cut], encoding="utf-8")
    (HERE / "stress-unescaped-ampersand.xml").write_text(
        text.replace("<title>Stary serwis [test]</title>", "<title>Stary & nowy</title>"), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
