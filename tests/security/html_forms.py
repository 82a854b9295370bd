"""Read a rendered HTML form back into POST data, so tests submit what a browser would."""

from html.parser import HTMLParser


class FormReader(HTMLParser):
    """Collects the fields of the first <form> with a method of POST (or all forms' fields if asked)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._current = None
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._current = {"method": (attrs.get("method") or "get").lower(), "fields": [], "names": []}
            self.forms.append(self._current)
        elif self._current is None:
            return
        elif tag == "input":
            self._input(attrs)
        elif tag == "textarea":
            self._textarea = [attrs.get("name"), ""]
        elif tag == "select":
            self._select = {"name": attrs.get("name"), "multiple": "multiple" in attrs, "chosen": [], "first": None}
        elif tag == "option" and self._select is not None:
            if self._select["first"] is None:
                self._select["first"] = attrs.get("value", "")
            if "selected" in attrs:
                self._select["chosen"].append(attrs.get("value", ""))

    def _input(self, attrs):
        name, kind = attrs.get("name"), (attrs.get("type") or "text").lower()
        if not name or kind in ("submit", "button", "image", "file", "reset"):
            return
        self._current["names"].append(name)
        if kind in ("checkbox", "radio") and "checked" not in attrs:
            return
        self._current["fields"].append((name, attrs.get("value", "on" if kind == "checkbox" else "")))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None and self._current is not None:
            name, value = self._textarea
            self._current["names"].append(name)
            self._current["fields"].append((name, value.lstrip("\n")))
            self._textarea = None
        elif tag == "select" and self._select is not None and self._current is not None:
            select = self._select
            self._current["names"].append(select["name"])
            chosen = select["chosen"] or ([] if select["multiple"] else [select["first"] or ""])
            self._current["fields"].extend((select["name"], value) for value in chosen)
            self._select = None
        elif tag == "form":
            self._current = None


def post_forms(html):
    reader = FormReader()
    reader.feed(html)
    return [form for form in reader.forms if form["method"] == "post"]


def form_data(html, index=0):
    """The named fields of a page's POST form as a dict of lists (what QueryDict / the test client take)."""
    data = {}
    for name, value in post_forms(html)[index]["fields"]:
        data.setdefault(name, []).append(value)
    return data


def field_names(html, index=0):
    return list(dict.fromkeys(post_forms(html)[index]["names"]))
