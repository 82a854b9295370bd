"""A Polish text with its English translation, and helpers that build page values from such pairs.

Demo content is written as nested values holding `T` pairs; `polish()` turns them into the Polish
field values the source pages get, and `pairs_in()` collects the pairs that become the
wagtail-localize string translations of the English pages.
"""

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class T:
    """One piece of demo text: Polish (the source) and English (its translation)."""

    pl: str
    en: str


@dataclass(frozen=True)
class Rich:
    """Rich text made of paragraphs (a T each) and bulleted lists (a tuple of Ts each)."""

    items: tuple

    def __init__(self, *items):
        object.__setattr__(self, "items", items)

    @property
    def html(self):
        parts = []
        for item in self.items:
            if isinstance(item, T):
                parts.append(f"<p>{escape(item.pl, quote=False)}</p>")
            else:
                parts.append("<ul>" + "".join(f"<li>{escape(t.pl, quote=False)}</li>" for t in item) + "</ul>")
        return "".join(parts)


def pairs_in(value):
    """Every T found anywhere in a nested value."""
    if isinstance(value, T):
        yield value
    elif isinstance(value, Rich):
        yield from pairs_in(value.items)
    elif isinstance(value, dict):
        for item in value.values():
            yield from pairs_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from pairs_in(item)


def polish(value):
    """The same nested value with every T replaced by its Polish text and every Rich by its HTML."""
    if isinstance(value, T):
        return value.pl
    if isinstance(value, Rich):
        return value.html
    if isinstance(value, dict):
        return {key: polish(item) for key, item in value.items()}
    if isinstance(value, list):
        return [polish(item) for item in value]
    return value


# StreamField blocks of core.blocks.BaseStreamBlock, in their stored (JSON) form.


def paragraph(*items):
    return {"type": "paragraph", "value": Rich(*items)}


def heading(text, size="h2"):
    return {"type": "heading", "value": {"text": text, "size": size}}


def quote(text, attribution):
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def image(image_id, alt_text, caption):
    return {"type": "image", "value": {"image": image_id, "alt_text": alt_text, "caption": caption}}


def source_link(title, url):
    return {"type": "source", "value": {"title": title, "page": None, "document": None, "url": url}}
