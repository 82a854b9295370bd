"""WordPress shortcodes ([caption …]…[/caption], [gallery ids="1,2"]): finding them and reading their attributes.

The patterns follow WordPress's own (get_shortcode_regex and shortcode_parse_atts in
wp-includes/shortcodes.php), except that any shortcode-like name is matched: an import must also
deal with the shortcodes of plugins the old site had.
"""

import re
from dataclasses import dataclass, field

# WordPress's pattern with a generic name; possessive quantifiers keep long posts from backtracking badly.
SHORTCODE = re.compile(
    r"\[(\[?)"  # 1: a second [ escapes the shortcode: [[tag]] prints [tag]
    # 2: the name. Stricter than WordPress, which knows its registered names: lower-case ASCII, then a space,
    # "]" or "/]", so bracketed text such as [sic!], [n/a], [Aktualizacja] or [zdjęcie] is left alone.
    r"([a-z][a-z0-9_-]*+)(?![\w-])(?=\s|\]|/\])"
    r"(?=[^\]]{0,2000}+\])"  # the tag ends soon: a stray "[" costs little to look past
    r"([^\]/]*+(?:/(?!\])[^\]/]*+)*+)"  # 3: the attributes
    r"(?:(/)\]"  # 4: self-closing…
    r"|\](?:([^\[]*+(?:\[(?!/\2\])[^\[]*+)*+)\[/\2\])?)"  # …or 5: the content up to the closing tag
    r"(\]?)"  # 6: the escaping second ]
)
ATTRIBUTE = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)"""
    r"""|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)"""
    r"""|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)"""
    r"""|"([^"]*)"(?:\s|$)"""
    r"""|'([^']*)'(?:\s|$)"""
    r"""|(\S+)(?:\s|$)"""
)


@dataclass
class Shortcode:
    name: str  # lower case
    attributes: dict = field(default_factory=dict)  # named ones by lower-case name; positional ones by index
    content: str | None = None  # None for a shortcode without a closing tag

    @property
    def source(self):
        return f"[{self.name}]"


def parse_attributes(text):
    """Named attributes by lower-case name, positional ones (`[embed http://…]`) by their index from 0."""
    text = re.sub("[\u00a0\u200b]+", " ", text)
    attributes, position = {}, 0
    for match in ATTRIBUTE.finditer(text):
        groups = match.groups()
        for name_group in (0, 2, 4):
            if groups[name_group]:
                attributes[groups[name_group].lower()] = groups[name_group + 1]
                break
        else:
            value = next(value for value in groups[6:] if value is not None)
            attributes[position] = value
            position += 1
    return attributes


def replace_shortcodes(text, replace):
    """Calls `replace(shortcode)` for each shortcode in `text` and puts its answer (a string) in its place.

    Escaped shortcodes ([[tag]]) become their literal text ([tag]). Nested shortcodes are left in the
    content for `replace` to handle, as WordPress leaves them to each shortcode's handler.
    """

    def substitute(match):
        if match.group(1) == "[" and match.group(6) == "]":
            return match.group(0)[1:-1]
        shortcode = Shortcode(
            name=match.group(2).lower(),
            attributes=parse_attributes(match.group(3)),
            content=match.group(5),
        )
        return match.group(1) + replace(shortcode) + match.group(6)

    return SHORTCODE.sub(substitute, text)
