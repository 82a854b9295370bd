"""The demo's join and recognitions pages in Polish with their English translations."""

from core.demo.text import Rich, T

JOIN = {
    "title": T("Dołącz do nas", "Join us"),
    "slug": T("dolacz", "join"),
    "show_in_menus": True,
    "intro": Rich(
        T(
            "Szukamy pełnoletnich osób, które chcą poświęcić kilka godzin w miesiącu na rzecz bezpieczeństwa "
            "mieszkańców Kielc. Wypełnij formularz, a osoba koordynująca skontaktuje się z Tobą i zaprosi Cię "
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
            "Dane poznają osoby koordynujące program. Mogą je otrzymać organizacje przyjmujące wolontariuszy, "
            "u których podejmiesz działania, oraz firmy, które na nasze zlecenie utrzymują serwis i pocztę e-mail.",
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
            "Twoje zgłoszenie trafiło do zespołu koordynującego. Osoba koordynująca skontaktuje się z Tobą w ciągu "
            "dwóch tygodni.",
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
