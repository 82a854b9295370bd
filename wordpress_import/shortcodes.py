"""WordPress shortcodes ([caption …]…[/caption], [gallery ids="1,2"]): finding them and reading their attributes.

The patterns follow WordPress's own (get_shortcode_regex and shortcode_parse_atts in
wp-includes/shortcodes.php). Like WordPress, only registered names are shortcodes: any other
bracketed text (`buffer[data_processed]`, `[gitosis]`, `[a-f0-9]+`) is the post's text and stays.
The names known here are WordPress core's and the code shortcodes of the common syntax-highlighting
plugins (SyntaxHighlighter Evolved, Crayon, WP-Syntax's shortcode forms); README lists them.
"""

import re
from dataclasses import dataclass, field

CORE_SHORTCODES = ("caption", "wp_caption", "gallery", "embed", "audio", "video", "playlist")
# Code shortcodes, by name, with the language they mean ("" when the shortcode names none itself: its
# `lang`/`language` attribute may). Single letters and words such as [text] or [plain] are left out on
# purpose: in a post they are far more often an index (`a[c]`) than code.
CODE_SHORTCODES = {
    "code": "", "sourcecode": "", "source": "", "crayon": "", "codesyntax": "",
    "php": "php", "csharp": "csharp", "c-sharp": "csharp", "cpp": "cpp", "java": "java", "javascript": "javascript",
    "js": "javascript", "jscript": "javascript", "python": "python", "py": "python", "ruby": "ruby",
    "perl": "perl", "bash": "bash", "shell": "bash", "sql": "sql", "css": "css", "html": "html", "xml": "xml",
    "xhtml": "html", "xslt": "xslt", "diff": "diff", "patch": "diff", "powershell": "powershell",
    "delphi": "delphi", "pascal": "pascal", "scala": "scala", "groovy": "groovy", "vb": "vb", "vbnet": "vb",
    "objc": "objc", "erlang": "erlang", "haskell": "haskell", "golang": "go", "swift": "swift", "yaml": "yaml",
    "latex": "latex", "matlab": "matlab", "clojure": "clojure", "fsharp": "fsharp", "actionscript3": "actionscript",
}  # fmt: skip
KNOWN_SHORTCODES = (*CORE_SHORTCODES, *CODE_SHORTCODES)

# WordPress's pattern; possessive quantifiers keep long posts from backtracking badly.
SHORTCODE = re.compile(
    r"\[(\[?)"  # 1: a second [ escapes the shortcode: [[tag]] prints [tag]
    # 2: the name: only known ones, whole (case as WordPress: exact), then a space, "]" or "/]".
    r"(" + "|".join(re.escape(name) for name in sorted(KNOWN_SHORTCODES, key=len, reverse=True)) + r")"
    r"(?![\w-])(?=\s|\]|/\])"
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
    text: str = ""  # as written in the post

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
            text=match.group(0)[len(match.group(1)) : len(match.group(0)) - len(match.group(6))],
        )
        return match.group(1) + replace(shortcode) + match.group(6)

    return SHORTCODE.sub(substitute, text)
