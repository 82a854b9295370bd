"""The demo's pages in Polish with their English translations, written from the programme's facts.

Facts come from the programme's old conference report (../shared/seed/); the other stories,
the supporters "Sąsiedzka Pomoc" and "Fundacja Bezpieczne Kielce" and all people are invented.
"""

import datetime

from .text import Rich, T, heading, paragraph, quote, source_link

CONFERENCE_SOURCE_URL = (
    "http://www.kielce.swietokrzyska.policja.gov.pl/kmp/dzialania-policji/aktualnosci/"
    "15475,Konferencja-podsumowujaca-projekt-Civic-Volunteering-Innovations-In-Action.html"
)
CONFERENCE_SLUG = "konferencja-podsumowujaca-projekt-civic-volunteering"
GALA_SLUG = "komenda-miejscem-przyjaznym-wolontariuszom"
PROJECT = "„Civic Volunteering – Innovations in Action”"
PROJECT_EN = "“Civic Volunteering – Innovations in Action”"

# Listing and hero pictures: (pictogram, top colour, bottom colour).
PICTURES = {
    "hero": ("people", "#1d3a6e", "#2e7d6f"),
    "conference": ("speech", "#1d3a6e", "#3a8fb7"),
    "award": ("star", "#6b3f8c", "#d08c2c"),
    "water": ("waves", "#0b5d8c", "#56b4d3"),
    "co": ("house", "#3d405b", "#c44536"),
    "seniors": ("people", "#2e6b4f", "#8fb339"),
    "prevention": ("shield", "#1d3a6e", "#4a90c8"),
    "recruitment": ("people", "#b5523b", "#e9b44c"),
}

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

NEWS_INDEX = {
    "title": T("Aktualności", "News"),
    "slug": T("aktualnosci", "news"),
    "show_in_menus": True,
    "intro": T(
        "Relacje z działań wolontariuszy, wydarzenia i zaproszenia.",
        "Reports on our volunteers' work, events and invitations.",
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

JOIN = {
    "title": T("Dołącz do nas", "Join us"),
    "slug": T("dolacz", "join"),
    "show_in_menus": True,
    "intro": Rich(
        T(
            "Szukamy pełnoletnich osób, które chcą poświęcić kilka godzin w miesiącu na rzecz bezpieczeństwa "
            "mieszkańców Kielc. Wypełnij formularz, a koordynator skontaktuje się z Tobą i zaprosi Cię "
            "na rozmowę i szkolenie.",
            "We are looking for adults who can give a few hours a month to help keep Kielce safe. Fill in the "
            "form and a coordinator will get in touch to invite you to a meeting and training.",
        )
    ),
    "consent_text": Rich(
        T(
            "Wyrażam zgodę na przetwarzanie moich danych osobowych podanych w formularzu przez Komendę Miejską "
            "Policji w Kielcach (dane przykładowe) w celu rozpatrzenia mojego zgłoszenia do programu „Wolontariat "
            "Obywatelski” i kontaktu ze mną. Zgodę mogę w każdej chwili wycofać.",
            "I consent to the Kielce City Police Headquarters (demo data) processing the personal data I give in this "
            "form to consider my application to the Civic Volunteering programme and to contact me. I can withdraw "
            "this consent at any time.",
        )
    ),
    # The information clause (GDPR art. 13). The controller and its contact details are DEMO DATA: a real
    # deployment replaces them with its own before publishing.
    "privacy_summary": Rich(
        T(
            "Administratorem Twoich danych osobowych jest Komenda Miejska Policji w Kielcach (dane przykładowe). "
            "Przetwarzamy je na podstawie Twojej zgody, aby rozpatrzyć zgłoszenie i skontaktować się z Tobą. "
            "Masz prawo dostępu do danych, ich sprostowania, usunięcia i przenoszenia oraz do wycofania zgody, a także "
            "prawo wniesienia skargi do Prezesa UODO.",
            "The controller of your personal data is the Kielce City Police Headquarters (demo data). We process them "
            "with your consent to consider your application and contact you. You have the right to access, rectify, "
            "erase and port your data and to withdraw your consent, and the right to complain to the President of "
            "the Personal Data Protection Office (UODO).",
        )
    ),
    "privacy_controller": Rich(
        T(
            "Administratorem danych jest Komenda Miejska Policji w Kielcach, ul. Przykładowa 1, 25-001 Kielce "
            "(dane przykładowe, do zastąpienia prawdziwymi).",
            "The controller is the Kielce City Police Headquarters, ul. Przykładowa 1, 25-001 Kielce (demo data, "
            "to be replaced with real details).",
        ),
        (
            T("e-mail: wolontariat@example.org (adres przykładowy)", "e-mail: wolontariat@example.org (demo address)"),
            T("telefon: +48 41 000 00 00 (numer przykładowy)", "phone: +48 41 000 00 00 (demo number)"),
        ),
    ),
    "privacy_dpo": Rich(
        T(
            "Z inspektorem ochrony danych skontaktujesz się pod adresem iod@example.org lub pisemnie na adres "
            "administratora (dane przykładowe).",
            "You can reach the data protection officer at iod@example.org or in writing at the controller's address "
            "(demo data).",
        )
    ),
    "privacy_purposes": Rich(
        T(
            "Dane przetwarzamy w celu rozpatrzenia Twojego zgłoszenia, kontaktu z Tobą i – jeśli zostaniesz "
            "wolontariuszem – prowadzenia rejestru wolontariuszy programu. Podstawą jest Twoja zgoda (art. 6 ust. 1 "
            "lit. a RODO). Imię i nazwisko podajemy publicznie tylko wtedy, gdy zaznaczysz osobną zgodę.",
            "We process the data to consider your application, to contact you and, if you become a volunteer, to keep "
            "the programme's register of volunteers. The legal basis is your consent (Article 6(1)(a) GDPR). We show "
            "your name publicly only if you tick the separate consent.",
        )
    ),
    "privacy_recipients": Rich(
        T(
            "Dane poznają koordynatorzy programu. Mogą je otrzymać organizacje przyjmujące wolontariuszy, u których "
            "podejmiesz działania, oraz firmy, które na nasze zlecenie utrzymują serwis i pocztę e-mail.",
            "The programme's coordinators see the data. Host organisations where you volunteer and the companies that "
            "run the website and e-mail for us may receive them.",
        )
    ),
    "privacy_retention": Rich(
        T(
            "Dane przechowujemy do czasu wycofania zgody albo zakończenia udziału w programie. Dane z odrzuconych "
            "i wycofanych zgłoszeń anonimizujemy po roku.",
            "We keep the data until you withdraw your consent or your part in the programme ends. Rejected and "
            "withdrawn applications are anonymised after one year.",
        )
    ),
    "privacy_rights": Rich(
        T("Masz prawo:", "You have the right to:"),
        (
            T("dostępu do swoich danych i otrzymania ich kopii,", "access your data and receive a copy,"),
            T("sprostowania danych,", "have your data rectified,"),
            T("usunięcia danych,", "have your data erased,"),
            T("ograniczenia przetwarzania,", "restrict processing,"),
            T("wniesienia sprzeciwu wobec przetwarzania,", "object to processing,"),
            T(
                "przenoszenia danych, które przetwarzamy na podstawie Twojej zgody,",
                "data portability for the data we process with your consent,",
            ),
            T(
                "wycofania zgody w dowolnym momencie bez wpływu na zgodność z prawem przetwarzania, którego "
                "dokonano przed jej wycofaniem.",
                "withdraw your consent at any time, without affecting the lawfulness of processing carried out "
                "before you withdrew it.",
            ),
        ),
        T(
            "Aby skorzystać z tych praw, napisz do administratora lub do inspektora ochrony danych.",
            "To use these rights, write to the controller or to the data protection officer.",
        ),
    ),
    "privacy_complaint": Rich(
        T(
            "Masz prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa), "
            "jeśli uważasz, że przetwarzamy Twoje dane niezgodnie z prawem.",
            "You have the right to lodge a complaint with the President of the Personal Data Protection Office "
            "(Prezes UODO, ul. Stawki 2, 00-193 Warszawa) if you believe we process your data unlawfully.",
        )
    ),
    "privacy_requirement": Rich(
        T(
            "Podanie danych jest dobrowolne, ale bez danych oznaczonych jako wymagane nie możemy rozpatrzyć "
            "zgłoszenia. Numer telefonu, dostępność i wiadomość są opcjonalne.",
            "Giving your data is voluntary, but without the data marked as required we cannot consider your "
            "application. Your phone number, availability and message are optional.",
        )
    ),
    "consent_version": "2026-11",
    "thank_you_title": T("Dziękujemy za zgłoszenie!", "Thank you for applying!"),
    "thank_you_text": Rich(
        T(
            "Twoje zgłoszenie trafiło do koordynatorów. Koordynator skontaktuje się z Tobą w ciągu dwóch tygodni.",
            "Your application has reached our coordinators. A coordinator will contact you within two weeks.",
        )
    ),
    "notification_email": "coordinators@example.org",
}

RECOGNITIONS = {
    "title": T("Wyróżnienia", "Recognitions"),
    "slug": T("wyroznienia", "recognitions"),
    "show_in_menus": True,
    "intro": Rich(
        T(
            "Nagrody i podziękowania dla wolontariuszy oraz instytucji, które tworzą z nami program.",
            "Awards and thanks for the volunteers and institutions that make the programme with us.",
        )
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


def conference_body(image_id):
    return [
        paragraph(
            T(
                "We wtorek 28 czerwca w Warszawie odbyła się międzynarodowa konferencja „Wolontariat w Policji "
                f"i w przestrzeni miejskiej – z Londynu do Polski”. Zamknęła ona projekt {PROJECT}, nad którym "
                "przez dwa lata pracowało wspólnie kilka instytucji, w tym Miejski Ośrodek Pomocy Rodzinie "
                "w Kielcach.",
                "On Tuesday 28 June an international conference, “Volunteering in the Police and in the City – from "
                f"London to Poland”, took place in Warsaw. It closed the {PROJECT_EN} project, on which several "
                "institutions, the Municipal Family Assistance Centre in Kielce among them, had worked together "
                "for two years.",
            ),
            T(
                "Spotkanie miało promować wolontariat w służbach publicznych, przede wszystkim w Policji, "
                "i podsumować efekty współpracy. Patronat nad konferencją objął Pełnomocnik Rządu do Spraw "
                "Społeczeństwa Obywatelskiego i Równego Traktowania.",
                "The meeting set out to promote volunteering in public services, above all in the police, and to "
                "take stock of what the partnership had achieved. It was held under the patronage of the Government "
                "Plenipotentiary for Civil Society and Equal Treatment.",
            ),
        ),
        heading(T("Wizyty studyjne i praca w Kielcach", "Study visits and work in Kielce")),
        paragraph(
            T(
                "Zgodnie z porozumieniem przedstawiciel kieleckiego ośrodka wziął udział w wizytach studyjnych "
                "w Krakowie, w Estonii i w Wielkiej Brytanii. W ciągu dwóch lat udało się wprowadzić w Kielcach "
                "elementy wolontariatu w Policji, a przeszkoleni wolontariusze aktywnie włączyli się w życie "
                "lokalnej społeczności. Pomagali między innymi przy:",
                "As the partners had agreed, a representative of the Kielce centre joined study visits to Kraków, "
                "Estonia and the United Kingdom. Over the two years, elements of police volunteering were "
                "successfully introduced in Kielce, and trained volunteers became an active part of local community "
                "life. Among other things, they helped with:",
            ),
            (
                T("profilaktyce społecznej,", "social prevention,"),
                T("zabezpieczeniu sezonu kąpielowego,", "safety during the bathing season,"),
                T("aktywizacji seniorów,", "activities for older residents,"),
                T(
                    "kampanii ostrzegającej przed zatruciem czadem.",
                    "a campaign warning about carbon-monoxide poisoning.",
                ),
            ),
        ),
        {
            "type": "image",
            "value": {
                "image": image_id,
                "alt_text": T(
                    "Grafika: dwa dymki rozmowy na granatowo-niebieskim tle",
                    "Illustration: two speech bubbles on a navy and blue background",
                ),
                "caption": T("Konferencja w Warszawie, 28 czerwca 2016 r.", "The conference in Warsaw, 28 June 2016"),
            },
        },
        paragraph(
            T(
                "Projekt wzbudził duże zainteresowanie: wiele razy pisały o nim lokalne media, a materiał "
                "o wolontariuszach wyemitowała także TVP2. Rok wcześniej, na Gali Wolontariatu, Komenda Miejska "
                "Policji w Kielcach otrzymała wyróżnienie jako miejsce przyjazne wolontariuszom.",
                "The project drew a lot of interest: local media covered it many times, and TVP2, the second channel "
                "of Polish public television, also broadcast a report on the volunteers. A year earlier, at the "
                "Volunteering Gala, the Kielce City Police Headquarters was named a volunteer-friendly place.",
            )
        ),
        heading(T("Goście z zagranicy", "Guests from abroad")),
        paragraph(
            T(
                "Wśród prelegentów byli przedstawiciele i koordynatorzy wolontariatu w policji z Wielkiej Brytanii. "
                "Podczas konferencji omówiono też inne formy wolontariatu w służbach publicznych: Estońska Liga Obrony "
                "opowiedziała o wolontariuszach w armii.",
                "The speakers included representatives and coordinators of police volunteering from the United "
                "Kingdom. The conference also looked at other forms of volunteering in public services: the Estonian "
                "Defence League described how volunteers serve alongside the army.",
            )
        ),
        source_link(
            T(
                "Relacja na stronie Komendy Miejskiej Policji w Kielcach",
                "Report on the Kielce City Police Headquarters website",
            ),
            CONFERENCE_SOURCE_URL,
        ),
    ]


# News: key, date, picture, categories, tags, related partners, fields (body may be a function of images).
NEWS = [
    (
        "conference",
        datetime.date(2016, 6, 28),
        "conference",
        ["wydarzenia", "profilaktyka"],
        ["Civic Volunteering", "Kielce", "Kaitseliit", "TVP2"],
        ["kmp-kielce", "mopr-kielce", "kaitseliit", "uk-police", "plenipotentiary"],
        {
            "title": T(
                f"Konferencja podsumowująca projekt {PROJECT}",
                f"Conference closes the {PROJECT_EN} project",
            ),
            "slug": T(CONFERENCE_SLUG, "conference-closing-civic-volunteering-project"),
            "lead": T(
                "28 czerwca 2016 roku w Warszawie spotkali się uczestnicy dwuletniego projektu o wolontariacie "
                "w służbach publicznych. Był wśród nich Miejski Ośrodek Pomocy Rodzinie w Kielcach.",
                "On 28 June 2016 the partners in a two-year project on volunteering in public services met in "
                "Warsaw. The Municipal Family Assistance Centre in Kielce was among them.",
            ),
            "body": conference_body,
        },
    ),
    (
        "gala-2015",
        datetime.date(2015, 12, 5),
        "award",
        ["wydarzenia"],
        ["Kielce", "Gala Wolontariatu"],
        ["kmp-kielce"],
        {
            "title": T(
                "Kielecka komenda miejscem przyjaznym wolontariuszom",
                "Kielce police headquarters named a volunteer-friendly place",
            ),
            "slug": T(GALA_SLUG, "police-headquarters-volunteer-friendly-place"),
            "lead": T(
                "Na Gali Wolontariatu Komenda Miejska Policji w Kielcach otrzymała wyróżnienie za otwartość "
                "na współpracę z wolontariuszami.",
                "At the Volunteering Gala the Kielce City Police Headquarters received a distinction for its "
                "openness to working with volunteers.",
            ),
            "body": [
                paragraph(
                    T(
                        "Wyróżnienie „Miejsce przyjazne wolontariuszom” otrzymują instytucje, w których wolontariusze "
                        "są dobrze przygotowani, mają wsparcie koordynatora i wykonują potrzebną pracę. Kapituła "
                        "doceniła zaangażowanie komendy we wprowadzanie wolontariatu w Policji.",
                        "The “Volunteer-friendly place” distinction goes to institutions where volunteers are well "
                        "prepared, have a coordinator to turn to and do work that matters. The jury recognised the "
                        "headquarters' commitment to bringing volunteering into the police.",
                    ),
                    T(
                        "Dziękujemy wszystkim wolontariuszom: to dzięki ich pracy wolontariat w kieleckiej Policji "
                        "przestał być eksperymentem.",
                        "Thank you to all our volunteers: their work is what turned volunteering in the Kielce police "
                        "from an experiment into everyday practice.",
                    ),
                )
            ],
        },
    ),
    (
        "water-2016",
        datetime.date(2016, 7, 8),
        "water",
        ["bezpieczna-woda"],
        ["Kielce", "Zalew Kielecki"],
        ["kmp-kielce"],
        {
            "title": T(
                "Wolontariusze nad wodą: bezpieczne wakacje na kąpieliskach",
                "Volunteers by the water: a safe summer at bathing sites",
            ),
            "slug": T("wolontariusze-nad-woda", "volunteers-by-the-water"),
            "lead": T(
                "W wakacyjne weekendy wolontariusze razem z policjantami rozmawiali z plażowiczami o bezpiecznym "
                "wypoczynku nad wodą.",
                "On summer weekends volunteers joined police officers to talk to beachgoers about staying safe by "
                "the water.",
            ),
            "body": [
                paragraph(
                    T(
                        "Dyżury odbywały się nad zalewem w Kielcach i na okolicznych kąpieliskach. Wolontariusze "
                        "rozdawali ulotki, przypominali o kąpieli wyłącznie w miejscach strzeżonych i pomagali "
                        "rodzicom, którzy w tłumie stracili z oczu dzieci.",
                        "Shifts were held at the Kielce reservoir and nearby bathing sites. Volunteers handed out "
                        "leaflets, reminded people to swim only where lifeguards are on duty and helped parents who "
                        "had lost sight of their children in the crowd.",
                    ),
                    (
                        T("Nie wchodź do wody po alkoholu.", "Never go into the water after drinking alcohol."),
                        T("Kąp się tylko w miejscach strzeżonych.", "Swim only where lifeguards are on duty."),
                        T("Nie spuszczaj dzieci z oczu nawet na chwilę.", "Never take your eyes off children."),
                    ),
                ),
                quote(
                    T(
                        "Najwięcej pytań zadawały dzieci i to one najchętniej przypominały dorosłym o zasadach.",
                        "Children asked the most questions, and they were the keenest to remind adults of the rules.",
                    ),
                    T("koordynatorka wolontariuszy", "volunteer coordinator"),
                ),
            ],
        },
    ),
    (
        "co-2017",
        datetime.date(2017, 1, 20),
        "co",
        ["czad"],
        ["Kielce", "112"],
        ["kmp-kielce", "mopr-kielce", "bezpieczne-kielce"],
        {
            "title": T(
                "Czad nie ostrzega: wolontariusze odwiedzają mieszkańców",
                "Carbon monoxide gives no warning: volunteers visit residents",
            ),
            "slug": T("czad-nie-ostrzega", "carbon-monoxide-gives-no-warning"),
            "lead": T(
                "W sezonie grzewczym wolontariusze tłumaczą, jak rozpoznać zagrożenie tlenkiem węgla i dlaczego "
                "warto zamontować czujnik.",
                "During the heating season volunteers explain how to recognise the danger of carbon monoxide and "
                "why a detector is worth fitting.",
            ),
            "body": [
                paragraph(
                    T(
                        "Tlenek węgla nie ma barwy ani zapachu. Jego źródłem bywa niesprawny piec, zatkany przewód "
                        "kominowy albo źle wentylowana łazienka z gazowym podgrzewaczem wody. Wolontariusze "
                        "odwiedzali kluby seniora i przychodzili na zebrania rad osiedli, opowiadając o objawach "
                        "zatrucia.",
                        "Carbon monoxide has no colour and no smell. It can come from a faulty stove, a blocked "
                        "chimney flue or a poorly ventilated bathroom with a gas water heater. Volunteers visited "
                        "seniors' clubs and neighbourhood council meetings to talk about the symptoms of poisoning.",
                    ),
                    (
                        T(
                            "Ból głowy, zawroty i senność mogą oznaczać zatrucie czadem.",
                            "Headache, dizziness and drowsiness can be signs of carbon-monoxide poisoning.",
                        ),
                        T(
                            "Regularnie zlecaj kominiarzowi przegląd przewodów kominowych i wentylacyjnych.",
                            "Have chimneys and ventilation ducts checked regularly.",
                        ),
                        T(
                            "Czujnik tlenku węgla kosztuje niewiele, a może uratować życie.",
                            "A carbon-monoxide detector costs little and can save a life.",
                        ),
                    ),
                    T(
                        "Przy podejrzeniu zatrucia wyjdź na świeże powietrze i zadzwoń pod numer alarmowy 112.",
                        "If you suspect poisoning, get into fresh air and call the emergency number 112.",
                    ),
                )
            ],
        },
    ),
    (
        "seniors-2019",
        datetime.date(2019, 10, 1),
        "seniors",
        ["seniorzy"],
        ["Kielce"],
        ["mopr-kielce", "sasiedzka-pomoc"],
        {
            "title": T(
                "Seniorze, nie daj się oszukać: spotkania w klubach seniora",
                "Not falling for it: meetings in seniors' clubs",
            ),
            "slug": T("senior-nie-da-sie-oszukac", "seniors-not-falling-for-scams"),
            "lead": T(
                "Jesienią wolontariusze poprowadzili cykl spotkań o oszustach podszywających się pod wnuczków "
                "i policjantów.",
                "This autumn volunteers ran a series of meetings about fraudsters who pose as grandchildren or "
                "police officers.",
            ),
            "body": [
                paragraph(
                    T(
                        "Na każde spotkanie przychodziła pełna sala. Wolontariusze pokazywali, jak działają oszuści, "
                        "i ćwiczyli z uczestnikami rozmowy telefoniczne, w których najlepszą odpowiedzią jest „nie”.",
                        "Every meeting drew a full room. Volunteers showed how fraudsters work and rehearsed with "
                        "participants the phone calls in which the best answer is “no”.",
                    )
                ),
                quote(
                    T(
                        "Prawdziwy policjant nigdy nie poprosi o przekazanie pieniędzy ani o podanie kodu PIN "
                        "do karty.",
                        "A real police officer will never ask you to hand over money or tell them your card PIN.",
                    ),
                    T("z materiałów szkoleniowych dla wolontariuszy", "from the volunteers' training materials"),
                ),
                paragraph(
                    T(
                        "Spotkania były też okazją do rozmowy o bezpiecznym poruszaniu się po mieście i o tym, gdzie "
                        "szukać pomocy. Miejski Ośrodek Pomocy Rodzinie przedstawił swoją ofertę dla osób starszych.",
                        "The meetings were also a chance to talk about getting around town safely and where to find "
                        "help. The Municipal Family Assistance Centre presented what it offers older people.",
                    )
                ),
            ],
        },
    ),
    (
        "prevention-2023",
        datetime.date(2023, 9, 25),
        "prevention",
        ["profilaktyka"],
        ["Kielce"],
        ["kmp-kielce", "bezpieczne-kielce"],
        {
            "title": T("Lekcje bezpieczeństwa w kieleckich szkołach", "Safety lessons in Kielce schools"),
            "slug": T("lekcje-bezpieczenstwa-w-szkolach", "safety-lessons-in-schools"),
            "lead": T(
                "Na początku roku szkolnego wolontariusze odwiedzili szkoły podstawowe z zajęciami o bezpiecznej "
                "drodze do szkoły i o zagrożeniach w internecie.",
                "At the start of the school year volunteers visited primary schools with lessons on the safe way to "
                "school and on dangers online.",
            ),
            "body": [
                paragraph(
                    T(
                        "Zajęcia prowadzili wolontariusze przeszkoleni przez policjantów zajmujących się profilaktyką. "
                        "Dzieci "
                        "ćwiczyły bezpieczne przechodzenie przez jezdnię, przymierzały opaski odblaskowe i rozmawiały "
                        "o tym, czego nie publikować w sieci.",
                        "The lessons were led by volunteers trained by police prevention officers. Children practised "
                        "crossing the road safely, tried on reflective armbands and talked about what not to post "
                        "online.",
                    ),
                    T(
                        "Szkoły, które chcą zaprosić wolontariuszy, mogą skontaktować się z koordynatorem programu.",
                        "Schools that would like a visit from our volunteers can contact the programme coordinator.",
                    ),
                )
            ],
        },
    ),
    (
        "recruitment-2026",
        datetime.date(2026, 3, 2),
        "recruitment",
        ["wydarzenia"],
        ["Kielce", "2026"],
        ["kmp-kielce", "mopr-kielce"],
        {
            "title": T("Ruszył nabór wolontariuszy na 2026 rok", "Volunteer recruitment for 2026 is open"),
            "slug": T("nabor-wolontariuszy-2026", "volunteer-recruitment-2026"),
            "lead": T(
                "Szukamy nowych osób do działań profilaktycznych, dyżurów nad wodą i spotkań z seniorami. "
                "Zgłoszenia przyjmujemy przez formularz na stronie.",
                "We are looking for new people for prevention work, lakeside shifts and meetings with older "
                "residents. Apply through the form on this website.",
            ),
            "body": [
                paragraph(
                    T(
                        "Każdy nowy wolontariusz odbywa rozmowę z koordynatorem i szkolenie podstawowe. Do pracy "
                        "z dziećmi i młodzieżą potrzebna jest informacja z Krajowego Rejestru Karnego (zaświadczenie o "
                        "niekaralności) oraz sprawdzenie w Rejestrze Sprawców Przestępstw na Tle Seksualnym; pomożemy "
                        "to załatwić.",
                        "Every new volunteer has a talk with a coordinator and basic training. Work with children and "
                        "young people needs a certificate from the National Criminal Register and a check in the "
                        "Register of Sex Offenders; we will help you arrange both.",
                    ),
                    T(
                        "Formularz znajdziesz na stronie „Dołącz do nas”.",
                        "You will find the form on the “Join us” page.",
                    ),
                )
            ],
        },
    ),
]
