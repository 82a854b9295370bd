"""The registry's demo data: programme areas, host organisations, volunteers, hours and recognitions.

Every person here is invented; addresses are at example.org / example.com. Dates are relative to
today where the admin's filters need them (vetting about to expire, hours this month).
"""

import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from core.demo.localize import translate
from core.demo.programme import AREAS
from registry.models import Area, Organisation, Recognition, ServiceRecord, Volunteer
from registry.stats import invalidate_public_figures

KMP_KIELCE = "Komenda Miejska Policji w Kielcach"
MOPR_KIELCE = "Miejski Ośrodek Pomocy Rodzinie w Kielcach"
NGO = "Stowarzyszenie „Sąsiedzka Pomoc”"

ORGANISATIONS = [
    (KMP_KIELCE, Organisation.Kind.POLICE, "Kielce", "PL", "http://www.kielce.swietokrzyska.policja.gov.pl/"),
    (MOPR_KIELCE, Organisation.Kind.SOCIAL, "Kielce", "PL", ""),
    ("Estońska Liga Obrony (Kaitseliit)", Organisation.Kind.FOREIGN, "Tallinn", "EE", "https://www.kaitseliit.ee/"),
    ("Police Support Volunteers (Wielka Brytania)", Organisation.Kind.FOREIGN, "Londyn", "GB", ""),
    ("Komenda Miejska Policji w Krakowie", Organisation.Kind.POLICE, "Kraków", "PL", ""),
    (NGO, Organisation.Kind.NGO, "Kielce", "PL", "https://sasiedzka-pomoc.example.org/"),
]

FIRST_NAMES_F = [
    "Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Joanna", "Elżbieta", "Magdalena", "Łucja", "Anna",
    "Barbara", "Grażyna", "Jadwiga", "Weronika", "Aleksandra", "Beata", "Dorota", "Ewelina", "Halina",
    "Iwona", "Marta", "Natalia",
]  # fmt: skip
FIRST_NAMES_M = [
    "Łukasz", "Paweł", "Michał", "Grzegorz", "Krzysztof", "Józef", "Stanisław", "Wojciech", "Tomasz",
    "Piotr", "Jędrzej", "Mateusz", "Bartłomiej", "Zbigniew", "Sławomir", "Andrzej", "Dariusz", "Marek",
    "Rafał", "Przemysław", "Jakub",
]  # fmt: skip
# (masculine, feminine) forms.
LAST_NAMES = [
    ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"),
    ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
    ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"),
    ("Mazur", "Mazur"), ("Kwiatkowski", "Kwiatkowska"), ("Krawczyk", "Krawczyk"), ("Piotrowski", "Piotrowska"),
    ("Grabowski", "Grabowska"), ("Nowakowski", "Nowakowska"), ("Pawłowski", "Pawłowska"),
    ("Michalski", "Michalska"), ("Król", "Król"), ("Wieczorek", "Wieczorek"), ("Jabłoński", "Jabłońska"),
    ("Wróbel", "Wróbel"), ("Nowicki", "Nowicka"), ("Majewski", "Majewska"), ("Olszewski", "Olszewska"),
    ("Stępień", "Stępień"), ("Malinowski", "Malinowska"), ("Jaworski", "Jaworska"), ("Adamczyk", "Adamczyk"),
    ("Dudek", "Dudek"), ("Zając", "Zając"), ("Górski", "Górska"), ("Sikora", "Sikora"), ("Baran", "Baran"),
    ("Rutkowski", "Rutkowska"), ("Michalak", "Michalak"), ("Szewczyk", "Szewczyk"),
    ("Ostrowski", "Ostrowska"), ("Tomaszewski", "Tomaszewska"), ("Pietrzak", "Pietrzak"), ("Żak", "Żak"),
]  # fmt: skip
PHONE_PREFIXES = ["501", "502", "601", "602", "691", "721", "781", "530"]
CITIES = ["Kielce"] * 6 + ["Masłów", "Sitkówka-Nowiny", "Morawica", "Daleszyce", "Chęciny", "Piekoszów"]
LANGUAGES = ["polski", "polski, angielski", "polski, niemiecki", "polski, angielski, rosyjski", "polski, ukraiński"]
NOTES = [
    "",
    "",
    "Woli dyżury w weekendy.",
    "Ma doświadczenie w pracy z dziećmi.",
    "Prawo jazdy kat. B.",
    "Ukończone szkolenie z pierwszej pomocy.",
]
# How many volunteers hold each status: every status is there, most people are active.
STATUS_PLAN = (
    [Volunteer.Status.ACTIVE] * 14
    + [Volunteer.Status.INACTIVE] * 5
    + [Volunteer.Status.APPLIED] * 6
    + [Volunteer.Status.SCREENING] * 5
    + [Volunteer.Status.TRAINED] * 5
    + [Volunteer.Status.REJECTED] * 3
    + [Volunteer.Status.WITHDRAWN] * 4
)
VETTED = {Volunteer.Status.TRAINED, Volunteer.Status.ACTIVE, Volunteer.Status.INACTIVE}
SERVING = {Volunteer.Status.ACTIVE, Volunteer.Status.INACTIVE}
SERVICE_NOTES = {
    "profilaktyka": "Zajęcia w szkole podstawowej",
    "bezpieczna-woda": "Dyżur na kąpielisku",
    "seniorzy": "Spotkanie w klubie seniora",
    "czad": "Pogadanka o czadzie na zebraniu mieszkańców osiedla",
    "wydarzenia": "Pomoc przy festynie",
}
ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def load_areas(english, user):
    """The programme areas in Polish, translated into English through wagtail-localize."""
    default = Locale.get_default()
    areas = {}
    for slug, name, description in AREAS:
        area = Area.objects.filter(locale=default, slug=slug).first()
        changed = False
        if area is None:
            area = Area.objects.create(locale=default, slug=slug, name=name.pl, description=description.pl)
            changed = True
        elif (area.name, area.description) != (name.pl, description.pl):
            area.name, area.description = name.pl, description.pl
            area.save()
            changed = True
        translate(area, english, {"name": name, "description": description}, source_changed=changed, user=user)
        areas[slug] = area
    return areas


def load_organisations():
    organisations = {}
    for name, kind, city, country, website in ORGANISATIONS:
        values = {"kind": kind, "city": city, "country": country, "website": website}
        organisation = Organisation.objects.filter(name=name).first()
        if organisation is None:
            organisation = Organisation.objects.create(name=name, **values)
        elif any(getattr(organisation, key) != value for key, value in values.items()):
            Organisation.objects.filter(pk=organisation.pk).update(**values)
        organisations[name] = organisation
    return organisations


def _joined(status, rng, today):
    """When the record was made: applications are recent, long-serving volunteers joined years ago."""
    days_ago = {
        Volunteer.Status.APPLIED: (1, 60),
        Volunteer.Status.SCREENING: (20, 120),
        Volunteer.Status.TRAINED: (60, 365),
        Volunteer.Status.REJECTED: (200, 900),
        Volunteer.Status.WITHDRAWN: (150, 1100),
    }.get(status, (400, 3900))
    return today - datetime.timedelta(days=rng.randint(*days_ago))


def _vetting(index, rng, today):
    """(checked, expires): one in six expired, one in six expiring within 30 days, the rest valid."""
    kind = index % 6
    if kind == 0:
        expires = today - datetime.timedelta(days=rng.randint(3, 120))
    elif kind == 1:
        expires = today + datetime.timedelta(days=rng.randint(2, 28))
    else:
        expires = today + datetime.timedelta(days=rng.randint(60, 600))
    return expires - datetime.timedelta(days=730), expires


def volunteer_plan(areas, organisations, today):
    """The demo volunteers as field values, the same on every run of the same day."""
    rng = random.Random(2016)
    statuses = list(STATUS_PLAN)
    rng.shuffle(statuses)
    hosts = [organisations[KMP_KIELCE]] * 4 + [organisations[MOPR_KIELCE]] * 2 + [organisations[NGO]]
    plan = []
    for index, status in enumerate(statuses):
        female = index % 2 == 0
        first = (FIRST_NAMES_F if female else FIRST_NAMES_M)[index // 2 % 21]
        last = LAST_NAMES[index][1 if female else 0]
        domain = "example.com" if index % 3 == 0 else "example.org"
        joined = _joined(status, rng, today)
        joined_at = timezone.make_aware(datetime.datetime.combine(joined, datetime.time(10 + index % 8, 15)))
        source = rng.choices(list(Volunteer.Source), weights=[12, 1, 7])[0]
        values = {
            "first_name": first,
            "last_name": last,
            "email": f"{first}.{last}@{domain}".translate(ASCII).lower(),
            "phone": f"+48{rng.choice(PHONE_PREFIXES)}{rng.randint(0, 999999):06d}",
            "city": rng.choice(CITIES),
            "date_of_birth": datetime.date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)),
            "languages": rng.choice(LANGUAGES),
            "availability": rng.choice(list(Volunteer.Availability)),
            "status": status,
            "organisation": rng.choice(hosts) if status in VETTED else None,
            "vetting_checked_on": None,
            "vetting_expires_on": None,
            "notes": rng.choice(NOTES),
            "source": source,
            "consent_text_version": "2026-01"
            if joined.year >= 2026
            else ("2019-05" if joined.year >= 2019 else "2015-03"),
            "consent_given_at": joined_at,
            # Some serving volunteers agreed to be named on the public site.
            "consent_public_name": status in SERVING and index % 3 == 0,
            # A message to a filtered list shows both languages and someone left out (no random draw here, so
            # everything drawn above stays as it was).
            "preferred_language": "en" if index % 5 == 4 else "pl",
            "unsubscribed_from_messages": index % 7 == 0,
        }
        if status in VETTED:
            values["vetting_checked_on"], values["vetting_expires_on"] = _vetting(index, rng, today)
        chosen_areas = rng.sample(sorted(areas), k=rng.randint(1, 3))
        plan.append((values, [areas[slug] for slug in chosen_areas], joined_at))
    return plan


def load_volunteers(areas, organisations, stats):
    today = timezone.localdate()
    volunteers = []
    for values, chosen_areas, joined_at in volunteer_plan(areas, organisations, today):
        volunteer = Volunteer.objects.not_anonymised().filter(email__iexact=values["email"]).first()
        if volunteer is None:
            volunteer = Volunteer.objects.create(**values)
            volunteer.areas.set(chosen_areas)
            # created_at is set automatically; back-date it so "joined between" filters have something to show.
            Volunteer.objects.filter(pk=volunteer.pk).update(created_at=joined_at)
            stats["volunteers created"] += 1
        else:
            differs = [key for key, value in values.items() if getattr(volunteer, key) != value]
            for key in differs:
                setattr(volunteer, key, values[key])
            if differs:
                volunteer.save()
            if set(volunteer.areas.all()) != set(chosen_areas):
                volunteer.areas.set(chosen_areas)
        volunteers.append(volunteer)
    return volunteers


def load_service_records(volunteers, stats):
    """About a year of hours for serving volunteers; only for those with no hours yet, so reruns add nothing."""
    today = timezone.localdate()
    records = []
    for volunteer in volunteers:
        if volunteer.status not in SERVING or volunteer.service_records.exists():
            continue
        rng = random.Random(volunteer.email)
        areas = list(volunteer.areas.all())
        day = today - datetime.timedelta(days=364)
        # Inactive volunteers stopped serving about half a year ago.
        last_day = today if volunteer.status == Volunteer.Status.ACTIVE else today - datetime.timedelta(days=180)
        while day <= last_day:
            area = rng.choice(areas)
            records.append(
                ServiceRecord(
                    volunteer=volunteer,
                    date=day,
                    area=area,
                    organisation=volunteer.organisation,
                    hours=Decimal(rng.choice(range(2, 17))) / 2,
                    note=SERVICE_NOTES.get(area.slug, ""),
                )
            )
            day += datetime.timedelta(days=rng.randint(6, 20))
    # One insert instead of hundreds of saves; bulk_create sends no post_save, so drop the cached figures here.
    ServiceRecord.objects.bulk_create(records)
    if records:
        transaction.on_commit(invalidate_public_figures)
    stats["service records created"] += len(records)


def _upsert_recognition(lookup, values):
    recognition = Recognition.objects.filter(**lookup).first()
    if recognition is None:
        return Recognition.objects.create(**lookup, **values)
    differs = {key: value for key, value in values.items() if getattr(recognition, key) != value}
    if differs:
        Recognition.objects.filter(pk=recognition.pk).update(**differs)
    return recognition


def load_recognitions(organisations, volunteers, gala_article):
    """The police headquarters' 2015 distinction (public), two public volunteer awards and a private one.

    `gala_article` is the news article about the 2015 Volunteering Gala, where the distinction was given.
    """
    _upsert_recognition(
        {"title": "Miejsce przyjazne wolontariuszom", "organisation": organisations[KMP_KIELCE], "volunteer": None},
        {
            "awarded_by": "Gala Wolontariatu 2015",
            "date": datetime.date(2015, 12, 5),
            "description": "Wyróżnienie dla Komendy Miejskiej Policji w Kielcach za otwartość na współpracę "
            "z wolontariuszami i wprowadzanie wolontariatu w Policji.",
            "title_en": "Volunteer-friendly place",
            "awarded_by_en": "Volunteering Gala 2015",
            "description_en": "A distinction for the Kielce City Police Headquarters for its openness to working "
            "with volunteers and for bringing volunteering into the police.",
            "is_public": True,
            "news_page": gala_article,
        },
    )
    named = [v for v in volunteers if v.consent_public_name and v.status == Volunteer.Status.ACTIVE]
    unnamed = [v for v in volunteers if not v.consent_public_name and v.status == Volunteer.Status.ACTIVE]
    awards = [
        (
            named[0],
            # A title that does not fix the awardee's gender (c1 of the Polish review).
            "Wolontariat Roku 2025 – wyróżnienie indywidualne",
            "Volunteering of the Year 2025 – individual award",
            KMP_KIELCE,
            datetime.date(2025, 12, 5),
            True,
        ),
        (
            named[1],
            "Podziękowanie za bezpieczny sezon kąpielowy 2025",
            "Thanks for a safe 2025 bathing season",
            KMP_KIELCE,
            datetime.date(2025, 9, 15),
            True,
        ),
        (unnamed[0], "Dyplom za 100 godzin wolontariatu", "", MOPR_KIELCE, datetime.date(2026, 2, 14), False),
    ]
    for volunteer, title, title_en, awarded_by, date, is_public in awards:
        # Found by recipient and date, so a reworded title updates the award instead of adding another.
        _upsert_recognition(
            {"volunteer": volunteer, "date": date, "organisation": None},
            {"title": title, "title_en": title_en, "awarded_by": awarded_by, "is_public": is_public, "description": ""},
        )
