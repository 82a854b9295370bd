"""Facts of the programme every app's demo content shares: the project's name and the programme areas."""

from .text import T

PROJECT = "„Civic Volunteering – Innovations in Action”"
PROJECT_EN = "“Civic Volunteering – Innovations in Action”"

# Programme areas: the news categories and the registry's areas share these slugs.
AREAS = [
    (
        "profilaktyka",
        T("Profilaktyka", "Prevention"),
        T(
            "Rozmowy o bezpieczeństwie z dziećmi, młodzieżą i rodzicami.",
            "Safety talks with children, teenagers and parents.",
        ),
    ),
    (
        "bezpieczna-woda",
        T("Bezpieczeństwo nad wodą", "Water safety"),
        T(
            "Dyżury i pogadanki na kąpieliskach w sezonie letnim.",
            "Duty shifts and short talks at bathing sites in summer.",
        ),
    ),
    (
        "seniorzy",
        T("Seniorzy", "Seniors"),
        T(
            "Spotkania o oszustwach i bezpiecznym poruszaniu się po mieście.",
            "Meetings about scams and getting around town safely.",
        ),
    ),
    (
        "czad",
        T("Czad", "Carbon monoxide"),
        T(
            "Ostrzeganie mieszkańców przed zatruciem tlenkiem węgla.",
            "Warning residents about carbon-monoxide poisoning.",
        ),
    ),
    (
        "wydarzenia",
        T("Wydarzenia", "Events"),
        T(
            "Pomoc przy festynach, konferencjach i akcjach miejskich.",
            "Helping at fairs, conferences and city campaigns.",
        ),
    ),
]
