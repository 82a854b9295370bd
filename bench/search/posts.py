"""Old-site posts for the search benchmark, written for it in the style of the programme's news.

They are turned into a WordPress export (WXR 1.2) and imported with `import_wordpress`, as a site moving
from WordPress would be; the queries in queries.py look for them among the demo content.
"""

POLISH = [
    (
        "Dyżury nad Zalewem Kieleckim",
        "2015-07-12",
        [
            "W lipcu wolontariusze pełnili dyżury nad Zalewem Kieleckim razem z policjantami z Kielc.",
            "Rozmawiali z rodzicami o tym, jak pilnować dzieci w wodzie, i rozdawali opaski z numerem telefonu.",
        ],
    ),
    (
        "Spotkanie z seniorami w Sandomierzu",
        "2015-10-03",
        [
            "Seniorki i seniorzy z Sandomierza słuchali, jak rozpoznać oszusta podającego się za wnuczka.",
            "Policjantka z komendy powiatowej przypomniała, że policja nigdy nie prosi o przekazanie pieniędzy.",
        ],
    ),
    (
        "Czujniki czadu dla mieszkańców Ostrowca Świętokrzyskiego",
        "2016-01-20",
        [
            "Strażacy i wolontariusze przekazali czujniki tlenku węgla rodzinom z Ostrowca Świętokrzyskiego.",
            "Zatrucia czadem zdarzają się najczęściej w łazienkach z piecykami gazowymi.",
        ],
    ),
    (
        "Wizyta studyjna w Tallinnie",
        "2015-11-18",
        [
            "Delegacja z Kielc poznała w Tallinnie estońskich ochotników wspierających policję i straż graniczną.",
            "Estończycy pokazali, jak szkolą wolontariuszy do patroli w małych miejscowościach.",
        ],
    ),
    (
        "Wolontariusze w Komendzie Wojewódzkiej Policji",
        "2016-03-09",
        [
            "Pierwsza grupa wolontariuszek i wolontariuszy rozpoczęła pracę w komendzie wojewódzkiej w Kielcach.",
            "Koordynatorka programu przygotowała dla nich szkolenie z udzielania pierwszej pomocy.",
        ],
    ),
    (
        "Bezpieczna droga do szkoły w Skarżysku-Kamiennej",
        "2016-09-05",
        [
            "W szkołach podstawowych w Skarżysku-Kamiennej wolontariusze uczyli pierwszoklasistów "
            "przechodzenia przez jezdnię.",
            "Dzieci dostały odblaski, a nauczyciele materiały do dalszych zajęć.",
        ],
    ),
    (
        "Szkolenie z pierwszej pomocy",
        "2016-02-14",
        [
            "Ratownicy medyczni przeszkolili kandydatów na wolontariuszy z resuscytacji krążeniowo-oddechowej.",
            "Każdy uczestnik ćwiczył na fantomie i nauczył się obsługi defibrylatora AED.",
        ],
    ),
    (
        "Festyn rodzinny na kieleckim Rynku",
        "2016-05-28",
        [
            "Na festynie na Rynku w Kielcach policyjni wolontariusze prowadzili stoisko profilaktyczne.",
            "Najmłodsi rysowali plakaty o bezpieczeństwie, a dorośli pytali o zapisy do programu.",
        ],
    ),
    (
        "Rowerem bezpiecznie po Starachowicach",
        "2016-04-22",
        [
            "Wolontariusze sprawdzali rowery uczniów ze Starachowic i tłumaczyli zasady jazdy w kasku.",
            "Policjanci z ruchu drogowego przeprowadzili egzamin na kartę rowerową.",
        ],
    ),
    (
        "Podsumowanie sezonu kąpielowego",
        "2016-09-01",
        [
            "W wakacje na kąpieliskach w regionie nikt nie utonął w miejscach, gdzie dyżurowali wolontariusze.",
            "Dziękujemy ratownikom WOPR za wspólne patrole nad zalewami i rzekami.",
        ],
    ),
    (
        "Cyberprzemoc – lekcje w gimnazjach",
        "2016-03-30",
        [
            "Wolontariusze rozmawiali z młodzieżą o cyberprzemocy i o tym, gdzie szukać pomocy.",
            "Uczniowie przygotowali własne zasady bezpiecznego korzystania z internetu.",
        ],
    ),
    (
        "Nowi partnerzy z Radomia",
        "2016-06-10",
        [
            "Do programu dołączyło stowarzyszenie z Radomia, które prowadzi świetlicę dla dzieci.",
            "Radomscy wolontariusze wezmą udział we wspólnych szkoleniach w Kielcach.",
        ],
    ),
    (
        "Zima bez ofiar wychłodzenia",
        "2016-01-08",
        [
            "Podczas mrozów wolontariusze odwiedzali osoby starsze i samotne mieszkające w Końskich.",
            "Pomagali też dotrzeć bezdomnym do noclegowni prowadzonej przez Caritas.",
        ],
    ),
    (
        "Gala Wolontariatu w Warszawie",
        "2015-12-05",
        [
            "Na Gali Wolontariatu w Warszawie wyróżniono projekty współpracy mieszkańców z policją.",
            "Kapituła doceniła zaangażowanie wolontariuszy z województwa świętokrzyskiego.",
        ],
    ),
]

ENGLISH = [
    (
        "Lakeside patrols in July",
        "2015-07-14",
        [
            "Volunteers patrolled the Kielce reservoir with police officers throughout July.",
            "They talked to parents about watching children in the water.",
        ],
    ),
    (
        "Carbon monoxide detectors for families",
        "2016-01-22",
        [
            "Firefighters and volunteers handed out carbon monoxide detectors to families in Ostrowiec.",
            "Most poisonings happen in bathrooms with gas water heaters.",
        ],
    ),
    (
        "Study visit to Tallinn",
        "2015-11-20",
        [
            "A delegation from Kielce met Estonian volunteers who support the police and the border guard.",
        ],
    ),
    (
        "First aid training for new volunteers",
        "2016-02-16",
        [
            "Paramedics trained volunteer candidates in CPR and in using a defibrillator.",
        ],
    ),
]
