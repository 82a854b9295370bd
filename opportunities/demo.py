"""The demo's opportunities: one per programme area of the seed, in Polish and English, with weekly shifts.

Called by `manage.py load_demo` after the areas and organisations exist. Safe to run again: pages are found
by their Polish slug and brought up to date, the training by its name, shifts by their start. Shifts are
planned from the day of the run, so a demo loaded today has dates in the coming weeks.
Sign-ups, the waiting list and attendance come from the sign-up engine's demo, given the shifts returned.
"""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from core.demo.images import picture, stored_image
from core.demo.localize import translate
from core.demo.pages import PageLoader
from core.demo.text import T, paragraph
from news.demo.content import PICTURES  # the same pictures as the articles on these areas

from .models import OpportunityIndexPage, OpportunityPage, Shift, Training

INDEX = {
    "title": T("Oferty wolontariatu", "Volunteering opportunities"),
    "slug": T("wolontariat", "opportunities"),
    "show_in_menus": True,
    "intro": T(
        "Dyżury, spotkania i akcje, na które możesz się zapisać. Przy każdym terminie widać, ile zostało "
        "wolnych miejsc.",
        "Duties, meetings and campaigns you can sign up for. Each date shows how many places are left.",
    ),
}

FIRST_AID = T("Pierwsza pomoc przedmedyczna", "First aid")
CONTACT = T(
    "Zespół koordynatorów: wolontariat@kielce.example.org, tel. 41 000 00 00 (pn.–pt. 8–16)",
    "Coordinators' team: wolontariat@kielce.example.org, phone +48 41 000 00 00 (Mon–Fri 8 am–4 pm)",
)

# (key, area slug, organisation name, picture, requirements, weekly plan, page text)
# weekly plan: (weekday 0=Monday, start hour, hours, capacity, weeks)
OPPORTUNITIES = [
    (
        "water",
        "bezpieczna-woda",
        "Komenda Miejska Policji w Kielcach",
        "water",
        {"minimum_age": 18, "requires_vetting": True, "trainings": True},
        (5, 10, 4, 4, 6),
        {
            "title": T("Dyżury nad Zalewem Kieleckim", "Duty by the Kielce reservoir"),
            "slug": T("dyzury-nad-zalewem", "reservoir-duty"),
            "lead": T(
                "Razem z dzielnicowymi pilnujesz bezpieczeństwa nad wodą: latem przy kąpielisku, zimą przy lodzie.",
                "With the neighbourhood police officers you keep people safe by the water: at the beach in summer, "
                "on the ice in winter.",
            ),
            "body": [
                paragraph(
                    T(
                        "Dyżur trwa cztery godziny. Rozmawiasz ze spacerowiczami i rodzicami, rozdajesz ulotki "
                        "i w razie potrzeby wzywasz pomoc.",
                        "A duty lasts four hours. You talk to walkers and parents, hand out leaflets and call for "
                        "help when needed.",
                    ),
                )
            ],
            "place": T("Zalew Kielecki, ul. Szkolna 30, Kielce", "Kielce reservoir, ul. Szkolna 30, Kielce"),
            "contact": CONTACT,
        },
    ),
    (
        "co",
        "czad",
        "Komenda Miejska Policji w Kielcach",
        "co",
        {"minimum_age": 18},
        (2, 16, 3, 6, 5),
        {
            "title": T("Czad: ostrzegamy od drzwi do drzwi", "Carbon monoxide: door-to-door warnings"),
            "slug": T("czad-od-drzwi-do-drzwi", "carbon-monoxide-door-to-door"),
            "lead": T(
                "W parach odwiedzasz mieszkańców starych kamienic i przypominasz, jak uniknąć zatrucia tlenkiem węgla.",
                "In pairs you visit residents of old tenement houses and remind them how to avoid carbon-monoxide "
                "poisoning.",
            ),
            "body": [
                paragraph(
                    T(
                        "Przed pierwszym wyjściem dostaniesz identyfikator, ulotki i krótkie szkolenie.",
                        "Before your first round you get a badge, leaflets and a short briefing.",
                    ),
                )
            ],
            "place": T("Punkt zbiórki: ul. Seminaryjska 12, Kielce", "Meeting point: ul. Seminaryjska 12, Kielce"),
            "contact": CONTACT,
        },
    ),
    (
        "seniors",
        "seniorzy",
        "Stowarzyszenie „Sąsiedzka Pomoc”",
        "seniors",
        {},
        (1, 11, 2, 2, 6),
        {
            "title": T("Bezpieczny senior: spotkania w klubach", "Safe seniors: talks in seniors' clubs"),
            "slug": T("bezpieczny-senior", "safe-seniors"),
            "lead": T(
                "Opowiadasz seniorom o oszustwach „na wnuczka” i „na policjanta” i o tym, jak się przed nimi bronić.",
                "You tell older people about grandchild and fake-police scams and how to protect themselves.",
            ),
            "body": [
                paragraph(
                    T(
                        "Spotkanie prowadzisz razem z dzielnicowym; materiały przygotowuje stowarzyszenie.",
                        "You lead the meeting with a neighbourhood officer; the association prepares the materials.",
                    ),
                )
            ],
            "place": T(
                "Klub Seniora „Jarzębina”, ul. Jarzębinowa 4, Kielce", "Seniors' club, ul. Jarzębinowa 4, Kielce"
            ),
            "contact": CONTACT,
        },
    ),
    (
        "schools",
        "profilaktyka",
        "Komenda Miejska Policji w Kielcach",
        "prevention",
        {"minimum_age": 18, "requires_vetting": True, "works_with_minors": True},
        (3, 9, 2, 2, 6),
        {
            "title": T("Lekcje bezpieczeństwa w szkołach", "Safety lessons in schools"),
            "slug": T("lekcje-w-szkolach", "school-safety-lessons"),
            "lead": T(
                "Z policjantem prowadzisz lekcję o bezpiecznej drodze do szkoły i o bezpieczeństwie w sieci.",
                "With a police officer you give a lesson on the safe way to school and on staying safe online.",
            ),
            "body": [
                paragraph(
                    T(
                        "Lekcja trwa dwie godziny szkolne. Scenariusz i materiały dostaniesz tydzień wcześniej.",
                        "A lesson lasts two school periods. You get the plan and materials a week before.",
                    ),
                )
            ],
            "place": T(
                "Szkoła Podstawowa nr 5, ul. Nowy Świat 26, Kielce", "Primary School no. 5, ul. Nowy Świat 26, Kielce"
            ),
            "contact": CONTACT,
        },
    ),
]


def load_training(english, user):
    default = Locale.get_default()
    training = Training.objects.filter(locale=default, name=FIRST_AID.pl).first()
    created = training is None
    if created:
        training = Training.objects.create(locale=default, name=FIRST_AID.pl, valid_for_months=24)
    translate(training, english, {"name": FIRST_AID}, source_changed=created, user=user)
    return training


# Weeks of shifts before the run: already served, so the demo shows attendance counted as hours.
PAST_WEEKS = 2


def weekly_starts(weekday, hour, weeks, today=None):
    """The next `weeks` dates falling on `weekday` (from tomorrow on), and PAST_WEEKS before, at `hour` Warsaw
    time."""
    today = today or timezone.localdate()
    first = today + datetime.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    return [
        timezone.make_aware(datetime.datetime.combine(first + datetime.timedelta(weeks=week), datetime.time(hour)))
        for week in range(-PAST_WEEKS, weeks)
    ]


def load_shifts(page, plan, stats, today=None):
    """The weekly shifts of the plan (created once each; what a coordinator changed since is kept)."""
    weekday, hour, hours, capacity, weeks = plan
    shifts = []
    for starts_at in weekly_starts(weekday, hour, weeks, today):
        shift, created = Shift.objects.get_or_create(
            opportunity=page,
            starts_at=starts_at,
            defaults={"ends_at": starts_at + datetime.timedelta(hours=hours), "capacity": capacity},
        )
        stats["shifts created"] += created
        shifts.append(shift)
    return shifts


def load_demo_opportunities(home, user, stats, areas, organisations, today=None):
    """The opportunities index under `home`, the opportunities and their shifts; returns {key: [shifts]}.

    `areas` maps area slugs to registry areas and `organisations` names to organisations (as the registry's
    demo returns them). The shifts returned are where the sign-up engine's demo adds sign-ups.
    """
    english = Locale.objects.get(language_code="en")
    loader = PageLoader(user, stats)
    index, changed = loader.upsert(OpportunityIndexPage, home, INDEX)
    loader.translated(index, INDEX, changed)
    training = load_training(english, user)
    shifts = {}
    for key, area_slug, organisation_name, picture_key, requirements, plan, spec in OPPORTUNITIES:
        image, created = stored_image(f"Demo: {picture_key}", lambda p=PICTURES[picture_key]: picture(*p))
        stats["images created"] += created
        wanted_trainings = [training] if requirements.get("trainings") else []
        values = {name: value for name, value in requirements.items() if name != "trainings"}

        def relations(page, wanted=wanted_trainings):
            if {item.pk for item in page.trainings.all()} == {item.pk for item in wanted}:
                return False
            page.trainings = wanted
            return True

        page, changed = loader.upsert(
            OpportunityPage,
            index,
            spec,
            relations,
            area=areas.get(area_slug),
            organisation=organisations.get(organisation_name),
            image=image,
            **values,
        )
        loader.translated(page, spec, changed)
        shifts[key] = load_shifts(page, plan, stats, today)
    return shifts
