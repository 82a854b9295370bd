"""The demo's health-and-safety information (art. 45) for each programme area, in Polish and English, and the
demo volunteers' acknowledgements of it.

Called by `manage.py load_demo` through the hook it names (DEMO_HOOK) after the areas, volunteers and
opportunities exist and before the demo sign-ups, which go through the same rules as real ones: every serving
demo volunteer (active or inactive) and anyone already signed up has read the versions in force, so the demo's
sign-ups stay valid, while a volunteer added later is refused until they confirm on their own page.
Idempotent: a version or an acknowledgement that exists is left as it is.
"""

import datetime

from django.utils import timezone

from registry.models import Volunteer

from .models import AgreementTemplate, SafetyInformation, VolunteerSafetyAcknowledgement

# `manage.py load_demo` calls each function registered under this name: fn(areas=..., volunteers=..., stats=...).
DEMO_HOOK = "load_demo_before_sign_ups"


def items(*lines):
    return "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


WATER_RISKS_PL = (
    "<p><b>Zagrożenia:</b> utonięcie przy próbie ratowania, udar cieplny i oparzenia słoneczne, śliskie pomosty, "
    "burza nad wodą.</p>"
)
WATER_RISKS_EN = (
    "<p><b>Risks:</b> drowning while trying to rescue someone, heatstroke and sunburn, slippery piers, storms over "
    "the water.</p>"
)
WATER_RULES_PL = (
    "Nie wchodź do wody, by ratować: rzuć koło lub rzutkę, zawołaj ratownika i dzwoń pod 112.",
    "Noś kamizelkę odblaskową programu, nakrycie głowy i krem z filtrem; pij wodę co pół godziny.",
    "Nie wchodź na mokre pomosty i falochrony.",
)
WATER_RULES_EN = (
    "Never go into the water to rescue anyone: throw a ring buoy or throw bag, call the lifeguard and dial 112.",
    "Wear the programme's high-visibility vest, a hat and sunscreen; drink water every half hour.",
    "Keep off wet piers and breakwaters.",
)

# area slug -> [(version, years or days before today it came into force, Polish HTML, English HTML)]
INFORMATION = {
    "bezpieczna-woda": [
        (1, "years", WATER_RISKS_PL + items(*WATER_RULES_PL), WATER_RISKS_EN + items(*WATER_RULES_EN)),
        (
            2,
            "days",
            WATER_RISKS_PL
            + items(
                *WATER_RULES_PL,
                "Nowe w tym sezonie: przy ostrzeżeniu burzowym IMGW dyżur kończy się od razu; schroń się w "
                "budynku, nie pod drzewem.",
            ),
            WATER_RISKS_EN
            + items(
                *WATER_RULES_EN,
                "New this season: a storm warning from the weather service (IMGW) ends the shift at once; shelter "
                "in a building, never under a tree.",
            ),
        ),
    ],
    "czad": [
        (
            1,
            "years",
            "<p><b>Zagrożenia:</b> zatrucie tlenkiem węgla (czadem) w mieszkaniu, do którego się wchodzi; "
            "objawy: ból głowy, zawroty, nudności, senność.</p>"
            + items(
                "Rozmawiaj z mieszkańcami w drzwiach lub na klatce schodowej, nie w mieszkaniu.",
                "Gdy słychać czujnik czadu albo ktoś ma objawy: wyjdź na zewnątrz, wyprowadź innych, jeśli możesz "
                "bez wchodzenia głębiej, i dzwoń pod 112.",
                "Nie dotykaj piecyków, kotłów ani kuchenek gazowych i niczego przy nich nie sprawdzaj.",
                "Chodź w parze, z naładowanym telefonem.",
            ),
            "<p><b>Risks:</b> carbon-monoxide poisoning in a flat you enter; symptoms: headache, dizziness, "
            "nausea, drowsiness.</p>"
            + items(
                "Talk to residents at the door or on the landing, not inside the flat.",
                "If a CO alarm sounds or someone has symptoms: get outside, bring others out if you can without "
                "going further in, and dial 112.",
                "Do not touch or check heaters, boilers or gas cookers.",
                "Work in pairs and carry a charged phone.",
            ),
        ),
    ],
    "seniorzy": [
        (
            1,
            "years",
            "<p><b>Zagrożenia:</b> infekcje (sezon grypowy), upadki starszych osób, podejrzenia o nadużycie "
            "zaufania, obciążenie emocjonalne.</p>"
            + items(
                "Spotkania odbywają się w klubach seniora i świetlicach, nie w domach uczestników.",
                "Nigdy nie przyjmuj pieniędzy, kart, dokumentów ani kodów PIN.",
                "Gdy ktoś upadnie lub źle się poczuje, nie podnoś tej osoby na siłę: dzwoń pod 112 i zostań przy niej.",
                "Z objawami przeziębienia zostań w domu i daj znać zespołowi koordynującemu.",
            ),
            "<p><b>Risks:</b> infections (flu season), older people falling, suspicion of abused trust, "
            "emotional strain.</p>"
            + items(
                "Meetings take place in seniors' clubs and community rooms, not in participants' homes.",
                "Never accept money, cards, documents or PIN codes.",
                "If someone falls or feels unwell, do not lift them by force: dial 112 and stay with them.",
                "If you have cold symptoms, stay at home and tell the coordinating team.",
            ),
        ),
    ],
    "profilaktyka": [
        (
            1,
            "years",
            "<p><b>Zagrożenia:</b> praca z dziećmi i młodzieżą, alarm i ewakuacja w szkole, alergie uczniów.</p>"
            + items(
                "Na zajęciach zawsze jest nauczyciel; nie przebywaj z dzieckiem bez obecności innej osoby dorosłej.",
                "Poznaj drogę ewakuacyjną sali i wykonuj polecenia szkoły podczas alarmu.",
                "Nie częstuj uczniów jedzeniem, nie fotografuj ich i nie wymieniaj się z nimi kontaktami.",
                "Niepokojące sygnały przekaż nauczycielowi i zespołowi koordynującemu; nie wyjaśniaj ich na własną "
                "rękę.",
            ),
            "<p><b>Risks:</b> work with children and teenagers, an alarm and evacuation at school, pupils' "
            "allergies.</p>"
            + items(
                "A teacher is always present; never stay with a child without another adult present.",
                "Learn the room's evacuation route and follow the school's instructions during an alarm.",
                "Do not give pupils food, photograph them or exchange contact details with them.",
                "Pass any worrying signs to the teacher and the coordinating team; do not look into them yourself.",
            ),
        ),
    ],
    "wydarzenia": [
        (
            1,
            "years",
            "<p><b>Zagrożenia:</b> tłum, upał, dźwiganie sprzętu, ruch pojazdów przy rozstawianiu stoisk.</p>"
            + items(
                "Noś kamizelkę odblaskową i identyfikator; poznaj wyjścia i punkt pierwszej pomocy.",
                "Sprzęt cięższy niż 25 kg przenoś we dwie osoby.",
                "Wykonuj polecenia służby porządkowej organizatora.",
            ),
            "<p><b>Risks:</b> crowds, heat, lifting equipment, vehicles moving while stands are set up.</p>"
            + items(
                "Wear a high-visibility vest and your badge; know the exits and the first-aid point.",
                "Carry anything heavier than 25 kg with a second person.",
                "Follow the instructions of the organiser's stewards.",
            ),
        ),
    ],
}


def in_force_from(when, today):
    """The first version came into force three seasons ago; a later one a few weeks before today."""
    if when == "years":
        return datetime.date(today.year - 3, 3, 1)
    return today - datetime.timedelta(days=45)


def load_safety_information(areas, today, stats):
    """Each demo area's versions (found or created); returns {area slug: [versions, oldest first]}."""
    loaded = {}
    for slug, versions in INFORMATION.items():
        area = areas.get(slug)
        if area is None:
            continue
        loaded[slug] = []
        for version, when, text_pl, text_en in versions:
            information, created = SafetyInformation.objects.get_or_create(
                area=area,
                version=version,
                defaults={"in_force_from": in_force_from(when, today), "text_pl": text_pl, "text_en": text_en},
            )
            stats["safety information versions created"] += created
            loaded[slug].append(information)
    return loaded


def joined_on(volunteer):
    return timezone.localdate(volunteer.created_at) if volunteer.created_at else None


def acknowledge_for(volunteer, versions, today, stats):
    """The person read each version in force while they served: the day it came into force or the day they
    joined, whichever is later. A version replaced before they joined was never theirs to read."""
    joined = joined_on(volunteer)
    for position, information in enumerate(versions):
        replaced = versions[position + 1].in_force_from if position + 1 < len(versions) else None
        if replaced is not None and joined is not None and joined >= replaced:
            continue
        day = min(max(information.in_force_from, joined or information.in_force_from), today)
        _ack, created = VolunteerSafetyAcknowledgement.objects.get_or_create(
            volunteer=volunteer, information=information, defaults={"acknowledged_on": day}
        )
        stats["safety acknowledgements created"] += created


AGREEMENT_TEMPLATES = {
    "pl": (
        "Porozumienie o wykonywaniu świadczeń wolontariusza",
        "<p>Porozumienie nr {numer} zawarte na podstawie art. 44 ustawy z dnia 24 kwietnia 2003 r. o działalności "
        "pożytku publicznego i o wolontariacie między {organizacja} (korzystającym) a {imie_nazwisko} "
        "(wolontariuszem).</p>"
        "<h2>§ 1. Zakres świadczeń</h2><p>Obszary programu: {obszary}.</p><p>{zadania}</p>"
        "<h2>§ 2. Sposób i czas wykonywania</h2><p>{sposob_wykonywania}</p>"
        "<p>Porozumienie obowiązuje od {data_od} do {data_do}.</p>"
        "<h2>§ 3. Bezpieczeństwo i ubezpieczenie</h2><p>Korzystający informuje o ryzyku dla zdrowia i "
        "bezpieczeństwa związanym z wykonywanymi świadczeniami oraz o zasadach ochrony przed zagrożeniami "
        "(art. 45 ust. 1 pkt 2 ustawy) i ubezpiecza od następstw nieszczęśliwych wypadków zgodnie z art. 46 "
        "ust. 1 pkt 4 ustawy.</p>"
        "<h2>§ 4. Rozwiązanie</h2><p>{warunki_rozwiazania}</p>"
        "<p>Podpisano dnia {data_podpisania}. Za korzystającego: {podpisuje_organizacja}. Za wolontariusza: "
        "{podpisuje_wolontariusz}.</p>",
    ),
    "en": (
        "Volunteering agreement",
        "<p>Agreement no. {numer}, concluded under art. 44 of the Act of 24 April 2003 on public benefit activity "
        "and volunteering, between {organizacja} (the host) and {imie_nazwisko} (the volunteer).</p>"
        "<h2>§ 1. Scope of the services</h2><p>Programme areas: {obszary}.</p><p>{zadania}</p>"
        "<h2>§ 2. Manner and time</h2><p>{sposob_wykonywania}</p>"
        "<p>The agreement is in force from {data_od} to {data_do}.</p>"
        "<h2>§ 3. Safety and insurance</h2><p>The host informs the volunteer of the risks to health and safety "
        "of the services and of how to protect against them (art. 45(1)(2) of the Act), and insures the volunteer "
        "against accidents as art. 46(1)(4) of the Act requires.</p>"
        "<h2>§ 4. Termination</h2><p>{warunki_rozwiazania}</p>"
        "<p>Signed on {data_podpisania}. For the host: {podpisuje_organizacja}. For the volunteer: "
        "{podpisuje_wolontariusz}.</p>",
    ),
}


def load_agreement_templates(stats):
    """One default agreement template per language, unless the programme already has one."""
    for language, (name, body) in AGREEMENT_TEMPLATES.items():
        if AgreementTemplate.objects.filter(language=language, is_default=True).exists():
            continue
        AgreementTemplate.objects.create(name=name, language=language, body=body, is_default=True)
        stats["agreement templates created"] += 1


def load_demo_safety(areas, volunteers, stats, today=None):
    """Hooked to DEMO_HOOK (wagtail_hooks.py): the safety information and acknowledgements, and the agreement
    templates."""
    load_agreement_templates(stats)
    today = today or timezone.localdate()
    loaded = load_safety_information(areas, today, stats)
    serving = {Volunteer.Status.ACTIVE, Volunteer.Status.INACTIVE}
    readers = {volunteer.pk: volunteer for volunteer in volunteers if volunteer.status in serving}
    # Whoever is already signed up (a database from an earlier demo) keeps a valid sign-up too.
    readers.update({volunteer.pk: volunteer for volunteer in Volunteer.objects.filter(signups__isnull=False)})
    for volunteer in sorted(readers.values(), key=lambda volunteer: volunteer.pk):
        if volunteer.anonymised_at is not None:
            continue
        volunteer.refresh_from_db(fields=["created_at"])
        for versions in loaded.values():
            acknowledge_for(volunteer, versions, today, stats)
