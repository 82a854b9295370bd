"""The demo's news in Polish with their English translations: the conference report (facts from the programme's
old report, ../shared/seed/) and invented stories."""

import datetime

from core.demo.programme import PROJECT, PROJECT_EN
from core.demo.text import T, heading, paragraph, quote, source_link

CONFERENCE_SOURCE_URL = (
    "http://www.kielce.swietokrzyska.policja.gov.pl/kmp/dzialania-policji/aktualnosci/"
    "15475,Konferencja-podsumowujaca-projekt-Civic-Volunteering-Innovations-In-Action.html"
)
CONFERENCE_SLUG = "konferencja-podsumowujaca-projekt-civic-volunteering"
GALA_SLUG = "komenda-miejscem-przyjaznym-wolontariuszom"

# Listing pictures: (pictogram, top colour, bottom colour).
PICTURES = {
    "conference": ("speech", "#1d3a6e", "#3a8fb7"),
    "award": ("star", "#6b3f8c", "#d08c2c"),
    "water": ("waves", "#0b5d8c", "#56b4d3"),
    "co": ("house", "#3d405b", "#c44536"),
    "seniors": ("people", "#2e6b4f", "#8fb339"),
    "prevention": ("shield", "#1d3a6e", "#4a90c8"),
    "recruitment": ("people", "#b5523b", "#e9b44c"),
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
