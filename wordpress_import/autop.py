"""A port of WordPress's `wpautop`: the paragraphs WordPress makes from blank lines when it shows a post.

Posts written in WordPress's classic editor are stored without <p> tags: a blank line starts a
paragraph and a single line break is a <br>. WordPress adds the markup only when it displays the
post, so an import has to do the same. Follows wp-includes/formatting.php (WordPress 6.x) step by step.
"""

import re

# The elements WordPress treats as blocks: never wrapped in <p>, and they end the paragraph around them.
ALL_BLOCKS = (
    r"(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote"
    r"|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption"
    r"|details|menu|summary)"
)
# Stands for a newline inside a tag, so that line breaks in attributes don't make paragraphs.
NEWLINE_IN_TAG = " <!-- wpnl --> "
PRESERVED_NEWLINE = "<WPPreserveNewline />"

TAG_OR_COMMENT = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)


def _sub(pattern, replacement, text, flags=0):
    # PHP's \s (without the u flag) is ASCII whitespace only: a no-break space is text, not a blank line.
    return re.sub(pattern, replacement, text, flags=flags | re.ASCII)


def _replace_newlines_in_tags(text):
    return TAG_OR_COMMENT.sub(lambda match: match.group(0).replace("\n", NEWLINE_IN_TAG), text)


def _set_aside_pre_blocks(text):
    """Swaps each <pre>…</pre> for a placeholder: preformatted text keeps its line breaks untouched."""
    if "<pre" not in text:
        return text, {}
    parts = text.split("</pre>")
    last = parts.pop()
    pre_blocks, rebuilt = {}, []
    for part in parts:
        start = part.find("<pre")
        if start == -1:  # a stray </pre>: WordPress drops it the same way
            rebuilt.append(part)
            continue
        name = f"<pre wp-pre-tag-{len(pre_blocks)}></pre>"
        pre_blocks[name] = part[start:] + "</pre>"
        rebuilt.append(part[:start] + name)
    rebuilt.append(last)
    return "".join(rebuilt), pre_blocks


def _keep_newlines_in_raw_elements(text):
    return _sub(
        r"<(script|style|svg|math).*?</\1>",
        lambda match: match.group(0).replace("\n", PRESERVED_NEWLINE),
        text,
        flags=re.DOTALL,
    )


def _collapse_around_embedded_media(text):
    if "<option" in text:
        text = _sub(r"\s*<option", "<option", text)
        text = _sub(r"</option>\s*", "</option>", text)
    if "</object>" in text:
        text = _sub(r"(<object[^>]*>)\s*", r"\1", text)
        text = _sub(r"\s*</object>", "</object>", text)
        text = _sub(r"\s*(</?(?:param|embed)[^>]*>)\s*", r"\1", text)
    if "<source" in text or "<track" in text:
        text = _sub(r"([<\[](?:audio|video)[^>\]]*[>\]])\s*", r"\1", text)
        text = _sub(r"\s*([<\[]/(?:audio|video)[>\]])", r"\1", text)
        text = _sub(r"\s*(<(?:source|track)[^>]*>)\s*", r"\1", text)
    if "<figcaption" in text:
        text = _sub(r"\s*(<figcaption[^>]*>)", r"\1", text)
        text = _sub(r"</figcaption>\s*", "</figcaption>", text)
    return text


def _wrap_paragraphs(text):
    text = _sub(r"\n\n+", "\n\n", text)
    paragraphs = [part for part in re.split(r"\n\s*\n", text, flags=re.ASCII) if part]
    text = "".join(f"<p>{part.strip(chr(10))}</p>\n" for part in paragraphs)
    text = _sub(r"<p>\s*</p>", "", text)
    # Repair the <p> wrapping where it landed around or across block tags.
    text = _sub(r"<p>([^<]+)</(div|address|form)>", r"<p>\1</p></\2>", text)
    text = _sub(rf"<p>\s*(</?{ALL_BLOCKS}[^>]*>)\s*</p>", r"\1", text)
    text = _sub(r"<p>(<li.+?)</p>", r"\1", text)
    text = _sub(r"<p><blockquote([^>]*)>", r"<blockquote\1><p>", text, flags=re.IGNORECASE)
    text = text.replace("</blockquote></p>", "</p></blockquote>")
    text = _sub(rf"<p>\s*(</?{ALL_BLOCKS}[^>]*>)", r"\1", text)
    return _sub(rf"(</?{ALL_BLOCKS}[^>]*>)\s*</p>", r"\1", text)


def _add_line_breaks(text):
    text = _keep_newlines_in_raw_elements(text)
    text = text.replace("<br>", "<br />").replace("<br/>", "<br />")
    text = _sub(r"(?<!<br />)\s*\n", "<br />\n", text)
    return text.replace(PRESERVED_NEWLINE, "\n")


def autop(text, br=True):
    """Wraps blank-line separated text in <p> and turns single newlines into <br /> (not inside blocks or <pre>)."""
    if not text.strip():
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n") + "\n"
    text, pre_blocks = _set_aside_pre_blocks(text)
    # Two <br>s in a row mean a new paragraph.
    text = _sub(r"<br\s*/?>\s*<br\s*/?>", "\n\n", text)
    text = _sub(rf"(<{ALL_BLOCKS}[\s/>])", r"\n\n\1", text)
    text = _sub(rf"(</{ALL_BLOCKS}>)", r"\1\n\n", text)
    text = _sub(r"(<hr\s*?/?>)", r"\1\n\n", text)
    text = _replace_newlines_in_tags(text)
    text = _collapse_around_embedded_media(text)
    text = _wrap_paragraphs(text)
    if br:
        text = _add_line_breaks(text)
    # No <br> right after a block tag, nor right before the closing or opening of these.
    text = _sub(rf"(</?{ALL_BLOCKS}[^>]*>)\s*<br />", r"\1", text)
    text = _sub(r"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", r"\1", text)
    text = _sub(r"\n</p>$", "</p>", text)
    for name, block in pre_blocks.items():
        text = text.replace(name, block)
    if "<!-- wpnl -->" in text:
        text = text.replace(NEWLINE_IN_TAG, "\n").replace("<!-- wpnl -->", "\n")
    return text
