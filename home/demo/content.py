"""The demo's site pages (home, about, accessibility statement, partners) in Polish with their English translations.

Facts come from the programme's old conference report (../shared/seed/); the supporters "Sąsiedzka Pomoc" and
"Fundacja Bezpieczne Kielce" and all people are invented.
"""

import datetime

from core.demo.programme import PROJECT, PROJECT_EN
from core.demo.text import Rich, T, heading, paragraph

# The home page's hero picture: (pictogram, top colour, bottom colour).
PICTURES = {
    "hero": ("people", "#1d3a6e", "#2e7d6f"),
}

HOME = {
    "title": T("Wolontariat Obywatelski", "Civic Volunteering"),
    "slug": T("home", "home-en"),
    "hero_title": T("Wolontariat, który wzmacnia bezpieczeństwo Kielc", "Volunteering that makes Kielce safer"),
    "hero_text": T(
        "Mieszkańcy, Policja i służby publiczne razem: rozmowy o bezpieczeństwie w szkołach, dyżury nad wodą, "
        "spotkania z seniorami i ostrzeżenia przed czadem.",
        "Residents, the police and social services working together: safety talks in schools, lakeside duty in "
        "summer, meetings with older people and warnings about carbon monoxide.",
    ),
    "join_title": T("Dołącz do wolontariuszy", "Become a volunteer"),
    "join_text": T(
        "Wystarczy kilka godzin w miesiącu. Przeszkolimy Cię, dobierzemy zadania do Twoich możliwości "
        "i będziemy Cię wspierać na każdym kroku.",
        "A few hours a month is enough. We will train you, match tasks to what you can offer and support you "
        "at every step.",
    ),
    "body": [
        paragraph(
            T(
                f"Program wyrósł z międzynarodowego projektu {PROJECT}, w którym polskie instytucje uczyły się "
                "od partnerów z Estonii i Wielkiej Brytanii, jak włączać wolontariuszy w pracę służb publicznych.",
                f"The programme grew out of the international project {PROJECT_EN}, in which Polish institutions "
                "learnt from partners in Estonia and the United Kingdom how to bring volunteers into the work of "
                "public services.",
            )
        )
    ],
}

ABOUT = {
    "title": T("O programie", "About the programme"),
    "slug": T("o-programie", "about"),
    "show_in_menus": True,
    "intro": T(
        "Wolontariat Obywatelski łączy mieszkańców, którzy chcą pomagać, z instytucjami dbającymi "
        "o bezpieczeństwo i wsparcie społeczne w Kielcach.",
        "Civic Volunteering connects residents who want to help with the institutions that look after safety "
        "and social support in Kielce.",
    ),
    "body": [
        heading(T("Skąd się wzięliśmy", "Where we come from")),
        paragraph(
            T(
                f"Przez dwa lata, do czerwca 2016 roku, kilka instytucji z Polski i z zagranicy realizowało wspólnie "
                f"projekt {PROJECT}. Chodziło o to, by przenieść do Polski doświadczenia z wolontariatu w Policji "
                "i innych służbach publicznych.",
                f"For two years, until June 2016, several institutions from Poland and abroad ran the project "
                f"{PROJECT_EN} together. The aim was to bring to Poland what others had learnt about volunteering "
                "in the police and other public services.",
            ),
            T(
                "Przedstawiciel Miejskiego Ośrodka Pomocy Rodzinie w Kielcach poznawał dobre praktyki podczas wizyt "
                "studyjnych w Krakowie, w Estonii i w Wielkiej Brytanii. Z tych doświadczeń powstał w Kielcach zespół "
                "przeszkolonych wolontariuszy.",
                "A representative of the Municipal Family Assistance Centre in Kielce saw good practice at first hand "
                "on study visits to Kraków, Estonia and the United Kingdom. That experience gave Kielce its team of "
                "trained volunteers.",
            ),
        ),
        heading(T("Czym się zajmujemy", "What we do")),
        paragraph(
            (
                T(
                    "Profilaktyka społeczna: rozmowy o bezpieczeństwie z dziećmi, młodzieżą i rodzicami.",
                    "Social prevention: safety talks with children, teenagers and parents.",
                ),
                T(
                    "Bezpieczny sezon kąpielowy: dyżury i pogadanki na kąpieliskach.",
                    "A safe bathing season: duty shifts and short talks at bathing sites.",
                ),
                T(
                    "Aktywizacja seniorów: spotkania o oszustwach i bezpiecznym poruszaniu się po mieście.",
                    "Senior activation: meetings about scams and getting around town safely.",
                ),
                T(
                    "Czad: ostrzeganie mieszkańców przed zatruciem tlenkiem węgla.",
                    "Carbon monoxide: warning residents about the risk of poisoning.",
                ),
                T(
                    "Wydarzenia: pomoc przy festynach, konferencjach i akcjach miejskich.",
                    "Events: helping at fairs, conferences and city campaigns.",
                ),
            )
        ),
        heading(T("Kto może zostać wolontariuszem", "Who can volunteer")),
        paragraph(
            T(
                "Każda pełnoletnia osoba, która może poświęcić kilka godzin w miesiącu. Każdy wolontariusz przechodzi "
                "szkolenie, a do części zadań potrzebna jest informacja z Krajowego Rejestru Karnego (zaświadczenie o "
                "niekaralności).",
                "Any adult who can give a few hours a month. Every volunteer is trained first, and some tasks "
                "require a certificate of no criminal record.",
            )
        ),
    ],
}

ACCESSIBILITY = {
    "title": T("Deklaracja dostępności", "Accessibility statement"),
    "slug": T("deklaracja-dostepnosci", "accessibility-statement"),
    "entity_name": T("Komenda Miejska Policji w Kielcach", "Kielce City Police Headquarters"),
    "website_name": T("Wolontariat Obywatelski", "Civic Volunteering"),
    "published_on": datetime.date(2016, 6, 1),
    "updated_on": datetime.date(2026, 11, 30),
    "status": "partially-compliant",
    "non_compliance": Rich(
        T(
            "Niektóre filmy osadzone w aktualnościach z lat 2016–2018 nie mają napisów ani transkrypcji.",
            "Some videos embedded in news from 2016–2018 have no captions or transcripts.",
        ),
        T(
            "Część dokumentów PDF opublikowanych przed 23 września 2018 r. nie jest dostępna cyfrowo. Są one "
            "wyłączone z obowiązku zapewnienia dostępności; na prośbę przygotujemy ich dostępną wersję.",
            "Some PDF documents published before 23 September 2018 are not accessible. They are exempt from the "
            "accessibility requirement; we will prepare an accessible version on request.",
        ),
    ),
    "prepared_on": datetime.date(2026, 3, 20),
    "reviewed_on": datetime.date(2026, 11, 30),
    "assessment": "self",
    "keyboard_shortcuts": Rich(
        T(
            "Serwis działa ze standardowymi skrótami klawiaturowymi przeglądarki. Pierwszy naciśnięty klawisz "
            "Tab pokazuje odnośnik „Przejdź do głównej treści”.",
            "The site works with the browser's standard keyboard shortcuts. The first press of the Tab key shows a "
            "“Skip to main content” link.",
        )
    ),
    "contact_person": "Anna Nowak",
    "contact_email": "dostepnosc@example.org",
    "contact_phone": "+48 41 349 20 00",
    "feedback": Rich(
        T(
            "W przypadku problemów z dostępnością serwisu skontaktuj się z nami. Tą samą drogą możesz złożyć "
            "wniosek o udostępnienie informacji niedostępnej albo o zapewnienie dostępności.",
            "If you have a problem with the accessibility of the site, contact us. You can use the same contact "
            "details to ask for information that is not accessible or to request accessibility.",
        )
    ),
    "procedure": Rich(
        T(
            "Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej albo jej "
            "elementu. Można też zażądać udostępnienia informacji w formie alternatywnej, na przykład odczytania "
            "niedostępnego dokumentu lub opisania zawartości filmu bez audiodeskrypcji.",
            "Everyone has the right to request that a website, or a part of it, be made accessible. You can also "
            "ask for information in an alternative form, for example a reading of an inaccessible document or a "
            "description of a video without audio description.",
        ),
        T(
            "Żądanie powinno zawierać dane osoby zgłaszającej, wskazanie strony internetowej lub elementu, którego "
            "dotyczy, oraz sposób kontaktu. Jeśli zgłaszający potrzebuje informacji w formie alternatywnej, "
            "powinien ją określić.",
            "The request should give the requester's details, the website or the part of it concerned, and how to "
            "get in touch. Anyone who needs the information in an alternative form should say which.",
        ),
        T(
            "Żądanie realizujemy niezwłocznie, nie później niż w ciągu 7 dni od jego wystąpienia. Jeżeli dotrzymanie "
            "tego terminu nie jest możliwe, informujemy o tym i podajemy nowy termin, nie dłuższy niż 2 miesiące. "
            "Jeżeli zapewnienie dostępności nie jest możliwe, proponujemy alternatywny sposób dostępu do informacji.",
            "We deal with a request without delay and within 7 days at the latest. If that is not possible, we say "
            "so and give a new date, no later than 2 months from the request. If accessibility cannot be provided, "
            "we offer another way of getting the information.",
        ),
        T(
            "Gdy odmówimy realizacji żądania, można złożyć skargę na takie działanie. Po wyczerpaniu tej procedury "
            "można złożyć wniosek do Rzecznika Praw Obywatelskich.",
            "If we refuse a request, you can complain about it. Once that procedure is over, you can apply to the "
            "Commissioner for Human Rights (Rzecznik Praw Obywatelskich).",
        ),
    ),
    "architecture": Rich(
        T(
            "Biuro programu mieści się w budynku Komendy Miejskiej Policji w Kielcach przy ul. Wesołej 43. "
            "Do budynku prowadzi wejście od ulicy z podjazdem dla wózków; drzwi otwierają się automatycznie.",
            "The programme's office is in the Kielce City Police Headquarters building at ul. Wesoła 43. The street "
            "entrance has a ramp for wheelchairs and automatic doors.",
        ),
        (
            T(
                "Na parterze jest punkt obsługi i toaleta dostosowana do potrzeb osób z niepełnosprawnościami.",
                "The ground floor has a reception desk and an accessible toilet.",
            ),
            T(
                "Na wyższe piętra można wjechać windą.",
                "A lift serves the upper floors.",
            ),
            T(
                "Przed budynkiem są dwa miejsca parkingowe dla osób z niepełnosprawnościami.",
                "There are two accessible parking spaces in front of the building.",
            ),
            T(
                "Do budynku można wejść z psem asystującym i psem przewodnikiem.",
                "Assistance dogs and guide dogs are welcome in the building.",
            ),
            T(
                "Tłumacza polskiego języka migowego zapewniamy po wcześniejszym umówieniu wizyty, co najmniej "
                "3 dni robocze wcześniej.",
                "A Polish Sign Language interpreter is available when the visit is arranged at least 3 working days "
                "in advance.",
            ),
        ),
    ),
    "mobile_apps": Rich(
        T(
            "Program nie udostępnia aplikacji mobilnych.",
            "The programme has no mobile applications.",
        )
    ),
}

PARTNER_INDEX = {
    "title": T("Partnerzy", "Partners"),
    "slug": T("partnerzy", "partners"),
    "show_in_menus": True,
    "intro": T(
        "Program działa dzięki instytucjom, z którymi współpracujemy, oraz wszystkim, którzy nas wspierają.",
        "The programme runs thanks to the institutions we work with and those who support us.",
    ),
}

# Partner pages: key, role, logo (initials, colour, shape), fields.
PARTNERS = [
    (
        "kmp-kielce",
        "cooperating",
        ("KMP", "#1d3a6e", "shield"),
        {
            "title": T("Komenda Miejska Policji w Kielcach", "Kielce City Police Headquarters"),
            "slug": T("komenda-miejska-policji-w-kielcach", "kielce-city-police-headquarters"),
            "website": "http://www.kielce.swietokrzyska.policja.gov.pl/",
            "description": Rich(
                T(
                    "Główny partner programu. Wolontariusze wspierają policjantów w profilaktyce, w sezonie wodnym "
                    "i w działaniach dla seniorów. Na Gali Wolontariatu w 2015 roku komenda została wyróżniona "
                    "jako miejsce przyjazne wolontariuszom.",
                    "The programme's main partner. Volunteers support officers in prevention work, during the water "
                    "season and in campaigns for older residents. At the 2015 Volunteering Gala the headquarters "
                    "was named a volunteer-friendly place.",
                )
            ),
        },
    ),
    (
        "mopr-kielce",
        "cooperating",
        ("MOPR", "#2e6b4f", "circle"),
        {
            "title": T("Miejski Ośrodek Pomocy Rodzinie w Kielcach", "Municipal Family Assistance Centre in Kielce"),
            "slug": T("miejski-osrodek-pomocy-rodzinie-w-kielcach", "municipal-family-assistance-centre-kielce"),
            "website": "",
            "description": Rich(
                T(
                    f"Uczestnik projektu {PROJECT}. Jego przedstawiciel brał udział w wizytach studyjnych "
                    "w Krakowie, w Estonii i w Wielkiej Brytanii, a ośrodek pomaga nam docierać do rodzin i seniorów.",
                    f"A partner in the {PROJECT_EN} project. Its representative took part in the study visits to "
                    "Kraków, Estonia and the United Kingdom, and the centre helps us reach families and older "
                    "residents.",
                )
            ),
        },
    ),
    (
        "kaitseliit",
        "cooperating",
        ("KL", "#2b5fa8", "square"),
        {
            "title": T("Estońska Liga Obrony (Kaitseliit)", "Estonian Defence League (Kaitseliit)"),
            "slug": T("estonska-liga-obrony", "estonian-defence-league"),
            "website": "https://www.kaitseliit.ee/",
            "description": Rich(
                T(
                    "Ochotnicza organizacja obronna z Estonii. Na konferencji w 2016 roku jej przedstawiciele "
                    "pokazali, jak wolontariusze wspierają armię.",
                    "A voluntary defence organisation from Estonia. At the 2016 conference its representatives "
                    "showed how volunteers support the armed forces.",
                )
            ),
        },
    ),
    (
        "uk-police",
        "cooperating",
        ("PSV", "#5b3c88", "circle"),
        {
            "title": T(
                "Wolontariusze policji w Wielkiej Brytanii (Police Support Volunteers)",
                "Police Support Volunteers, United Kingdom",
            ),
            "slug": T("wolontariusze-policji-w-wielkiej-brytanii", "uk-police-support-volunteers"),
            "website": "",
            "description": Rich(
                T(
                    "Brytyjscy koordynatorzy wolontariatu w policji dzielili się z nami doświadczeniem podczas "
                    "wizyty studyjnej i na konferencji w Warszawie.",
                    "British police volunteer coordinators shared their experience with us during a study visit "
                    "and at the conference in Warsaw.",
                )
            ),
        },
    ),
    (
        "kmp-krakow",
        "cooperating",
        ("KMP", "#8b1e3f", "shield"),
        {
            "title": T("Komenda Miejska Policji w Krakowie", "Kraków City Police Headquarters"),
            "slug": T("komenda-miejska-policji-w-krakowie", "krakow-city-police-headquarters"),
            "website": "",
            "description": Rich(
                T(
                    "Kraków był jednym z celów wizyt studyjnych projektu. Wymieniamy się doświadczeniami "
                    "w organizowaniu wolontariatu w Policji.",
                    "Kraków was one of the project's study-visit destinations. We exchange experience of organising "
                    "volunteering in the police.",
                )
            ),
        },
    ),
    (
        "plenipotentiary",
        "supporter",
        ("PR", "#b3261e", "square"),
        {
            "title": T(
                "Pełnomocnik Rządu do Spraw Społeczeństwa Obywatelskiego i Równego Traktowania",
                "Government Plenipotentiary for Civil Society and Equal Treatment",
            ),
            "slug": T("pelnomocnik-rzadu", "government-plenipotentiary"),
            "website": "",
            "description": Rich(
                T(
                    "Patron konferencji podsumowującej projekt w czerwcu 2016 roku.",
                    "Patron of the conference that closed the project in June 2016.",
                )
            ),
        },
    ),
    (
        "sasiedzka-pomoc",
        "supporter",
        ("SP", "#c27c0e", "circle"),
        {
            "title": T("Stowarzyszenie „Sąsiedzka Pomoc”", "“Neighbourly Help” Association"),
            "slug": T("stowarzyszenie-sasiedzka-pomoc", "neighbourly-help-association"),
            "website": "https://sasiedzka-pomoc.example.org/",
            "description": Rich(
                T(
                    "Kieleckie stowarzyszenie sąsiedzkie, które pomaga nam docierać do seniorów i zapraszać "
                    "nowych wolontariuszy.",
                    "A Kielce neighbourhood association that helps us reach older residents and invite new volunteers.",
                )
            ),
        },
    ),
    (
        "bezpieczne-kielce",
        "supporter",
        ("FBK", "#0f7b8a", "square"),
        {
            "title": T("Fundacja Bezpieczne Kielce", "Safe Kielce Foundation"),
            "slug": T("fundacja-bezpieczne-kielce", "safe-kielce-foundation"),
            "website": "https://bezpieczne-kielce.example.org/",
            "description": Rich(
                T(
                    "Finansuje materiały do akcji profilaktycznych, między innymi ulotki o czadzie i opaski "
                    "odblaskowe dla dzieci.",
                    "Funds materials for prevention campaigns, such as carbon-monoxide leaflets and reflective "
                    "armbands for children.",
                )
            ),
        },
    ),
]
