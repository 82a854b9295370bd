"""Sections other apps add to a volunteer's personal-data export (JSON and readable copy).

The registry must not import the apps built on it, so they register here in their AppConfig.ready(), e.g. the
opportunities app adds the person's sign-ups and completed trainings. Each section names its JSON key, its
heading and its columns (JSON key, label); `rows(volunteer)` gives one dict per row with those keys,
codes rather than words (the JSON is for machines; `choices` gives the readable copy its words).
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ExportSection:
    key: str
    title: str
    columns: list  # [(key, label)]
    rows: Callable
    #: {column key: {code: label}}: the JSON keeps codes, the readable copy shows the labels
    choices: dict = field(default_factory=dict)

    def readable_value(self, key, value):
        return self.choices.get(key, {}).get(value, value)


_SECTIONS = {}


def register_section(section):
    """Add a section, or replace the one with the same key (registering twice keeps one)."""
    _SECTIONS[section.key] = section


def sections():
    return list(_SECTIONS.values())


def section_data(volunteer):
    """{key: [rows]} for the JSON export."""
    return {section.key: list(section.rows(volunteer)) for section in sections()}
