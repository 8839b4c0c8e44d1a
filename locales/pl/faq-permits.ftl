## FAQ grupy "permits": wnioski online (MOS), pobyt czasowy, stały i rezydenta
## długoterminowego UE, wizy, zaproszenia, opłaty. Wpisy: dialogs/content/faq/permits.toml

faq-mos-online-only-q = Czy wniosek składa się tylko online w MOS?
faq-mos-online-only-a =
    Tak. Od 27.04.2026 r. te wnioski składa się wyłącznie online, w systemie MOS:
    • o zezwolenie na pobyt czasowy
    • o zezwolenie na pobyt stały
    • o zezwolenie na pobyt rezydenta długoterminowego UE
    Nie można ich złożyć na papierze.
    Co zrobić:
    1. Załóż nowe konto w MOS.
    2. Wypełnij wniosek i podpisz go elektronicznie.
    3. Dodaj zdjęcie, skany paszportu i potwierdzenie opłaty.
    Wniosek złóż najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    Przycisk poniżej otwiera MOS.

faq-mos-account-q = Jak założyć konto w MOS?
faq-mos-account-a =
    Aby złożyć wniosek online, potrzebujesz nowego konta w MOS.
    • Stare konta MOS są nieważne. Załóż nowe, nawet jeśli masz stare konto.
    • Logujesz się przez login.gov.pl, czyli państwowy system logowania.
    • Na swoim koncie wypełniasz i podpisujesz wniosek.
    Przycisk poniżej otwiera MOS.
    Jeśli coś nie działa, zadzwoń na naszą infolinię 61 850 87 77 albo napisz przez formularz kontaktowy „WSC Kontakt”.

faq-mos-signature-q = Jak podpisać wniosek w MOS?
faq-mos-signature-a =
    Wniosek w MOS podpisujesz elektronicznie. Możesz użyć:
    • profilu zaufanego
    • kwalifikowanego podpisu elektronicznego
    • podpisu osobistego z polskiego dowodu osobistego z chipem (e-dowód)
    Oficjalna strona MOS opisuje kolejne kroki.
    Jeśli nie wiesz, którego podpisu możesz użyć, zadzwoń na naszą infolinię 61 850 87 77 albo napisz przez formularz kontaktowy „WSC Kontakt”.

faq-mos-attachments-q = Jakie pliki dodać do wniosku w MOS?
faq-mos-attachments-a =
    W MOS dokumenty dodajesz do wniosku jako pliki:
    • zdjęcie
    • skany paszportu
    • potwierdzenie wniesienia opłaty skarbowej
    Wnieś opłatę skarbową przed złożeniem wniosku, aby móc dodać potwierdzenie.
    Pozostałe dokumenty zależą od rodzaju zezwolenia. Sprawdź je na oficjalnej stronie albo zadzwoń na naszą infolinię: 61 850 87 77.

faq-mos-certificate-q = Czy dostanę stempel w paszporcie?
faq-mos-certificate-a =
    Nie. Przy wnioskach złożonych w MOS nie ma stempla w paszporcie.
    Zamiast stempla dostajesz zaświadczenie z MOS.
    Zachowaj to zaświadczenie.
    Nie jest ono dokumentem podróży i nie uprawnia do podróży po strefie Schengen.

faq-temp-work-permit-q = Jak uzyskać zezwolenie na pobyt i pracę?
faq-temp-work-permit-a =
    Zezwolenie na pobyt czasowy i pracę to tzw. zezwolenie jednolite.
    • Wniosek składasz online w MOS.
    • Złóż go najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    • Opłata skarbowa: 440 zł przy pracy, Niebieskiej Karcie UE lub przeniesieniu wewnątrz przedsiębiorstwa.
    • Opłata skarbowa przy pracy sezonowej: 170 zł.
    • Potwierdzenie opłaty dodajesz w MOS.
    Za kartę pobytu płaci się osobno.
    Lista dokumentów jest na oficjalnej stronie.

faq-temp-change-employer-q = Zmieniam pracodawcę. Co muszę zrobić?
faq-temp-change-employer-a =
    Jeśli masz zezwolenie jednolite (pobyt i praca) i zmieniasz pracodawcę, potrzebujesz:
    • zmiany zezwolenia jednolitego albo
    • nowego zezwolenia.
    Pilnuj terminu: 15 dni roboczych od zakończenia pracy u pracodawcy wskazanego w zezwoleniu.
    Opłata skarbowa za zmianę zezwolenia jednolitego: 220 zł.
    Na oficjalnej stronie sprawdzisz, które rozwiązanie pasuje do Twojej sytuacji i jakie dokumenty są potrzebne.

faq-work-permit-q = Gdzie załatwić zezwolenie na pracę lub oświadczenie?
faq-work-permit-a =
    Zezwoleniami na pracę i oświadczeniami o powierzeniu wykonywania pracy nie zajmuje się nasz wydział.
    Te sprawy prowadzi powiatowy urząd pracy.
    Przycisk poniżej otwiera stronę urzędu pracy w Poznaniu.
    Nasz wydział zajmuje się zezwoleniami na pobyt, także zezwoleniem na pobyt i pracę (zezwolenie jednolite).

faq-temp-study-q = Pobyt czasowy na studia lub po studiach
faq-temp-study-a =
    Zezwolenie na pobyt czasowy można dostać w celu studiów oraz jako absolwent.
    • Wniosek składasz online w MOS.
    • Złóż go najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    • Opłata skarbowa: 340 zł. Potwierdzenie opłaty dodajesz w MOS.
    • Za kartę pobytu płaci się osobno.
    Warunki i lista dokumentów są na oficjalnej stronie.

faq-temp-family-q = Pobyt czasowy w celu połączenia z rodziną
faq-temp-family-a =
    Zezwolenie na pobyt czasowy mogą dostać członkowie rodziny, aby mieszkać z rodziną w Polsce (łączenie rodzin).
    • Wniosek składasz online w MOS.
    • Złóż go najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    • Opłata skarbowa: 340 zł. Potwierdzenie opłaty dodajesz w MOS.
    • Za kartę pobytu płaci się osobno.
    Warunki i lista dokumentów są na oficjalnej stronie.

faq-temp-business-q = Pobyt czasowy na prowadzenie firmy
faq-temp-business-a =
    Zezwolenie na pobyt czasowy może dostać osoba, która prowadzi w Polsce działalność gospodarczą.
    • Wniosek składasz online w MOS.
    • Złóż go najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    • Opłata skarbowa: 340 zł. Potwierdzenie opłaty dodajesz w MOS.
    • Za kartę pobytu płaci się osobno.
    Warunki i lista dokumentów są na oficjalnej stronie.

faq-apply-deadline-q = Do kiedy najpóźniej złożyć wniosek?
faq-apply-deadline-a =
    Wniosek złóż najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    Sprawdź, kiedy kończy się Twoja wiza, karta pobytu lub inna podstawa pobytu.
    Nie czekaj do ostatniego dnia. Najpierw potrzebujesz nowego konta w MOS i podpisu elektronicznego.
    Od 27.04.2026 r. wnioski o pobyt czasowy, stały i rezydenta długoterminowego UE składa się tylko online w MOS.

faq-permanent-residence-q = Jak złożyć wniosek o pobyt stały?
faq-permanent-residence-a =
    Zezwolenie na pobyt stały:
    • Od 27.04.2026 r. wniosek składasz tylko online w MOS.
    • Opłata skarbowa: 640 zł. Potwierdzenie opłaty dodajesz w MOS.
    • Za kartę pobytu płaci się osobno.
    Kto może dostać to zezwolenie i jakie dokumenty są potrzebne, sprawdzisz na oficjalnej stronie.
    Możesz też zadzwonić na naszą infolinię 61 850 87 77 albo napisać przez formularz kontaktowy „WSC Kontakt”.

faq-eu-long-term-q = Jak złożyć wniosek o rezydenta długoterminowego UE?
faq-eu-long-term-a =
    Zezwolenie na pobyt rezydenta długoterminowego UE:
    • Wniosek składasz tylko online w MOS (od 27.04.2026 r.).
    • Złóż go najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    • Opłata skarbowa: 640 zł. Potwierdzenie opłaty dodajesz w MOS.
    • Za kartę pobytu płaci się osobno.
    Warunki i lista dokumentów są na oficjalnej stronie.

faq-visa-extension-q = Czy mogę przedłużyć wizę w Polsce?
faq-visa-extension-a =
    Wizę można przedłużyć. Opłata skarbowa: 406 zł.
    Nowej wizy nie można dostać, będąc w Polsce. Można tylko przedłużyć wizę, którą już masz.
    Warunki i dokumenty są na oficjalnej stronie.
    Możesz też zadzwonić na naszą infolinię 61 850 87 77 albo napisać przez formularz kontaktowy „WSC Kontakt”.

faq-invitation-q = Jak zaprosić cudzoziemca do Polski?
faq-invitation-a =
    Opłata skarbowa za zaproszenie dla cudzoziemca wynosi 27 zł.
    Opłatę skarbową wpłaca się na rzecz Miasta Poznania. Zachowaj potwierdzenie wpłaty.
    Kto może zapraszać i jakie dokumenty są potrzebne, sprawdzisz na oficjalnej stronie.
    Możesz też zadzwonić na naszą infolinię 61 850 87 77 albo napisać przez formularz kontaktowy „WSC Kontakt”.

faq-fees-stamp-duty-q = Ile wynosi opłata skarbowa?
faq-fees-stamp-duty-a =
    Opłata skarbowa:
    • pobyt czasowy w celu pracy, Niebieska Karta UE, przeniesienie wewnątrz przedsiębiorstwa: 440 zł
    • pobyt czasowy w celu pracy sezonowej: 170 zł
    • pobyt czasowy w innych celach (studia, rodzina, firma): 340 zł
    • zmiana zezwolenia jednolitego: 220 zł
    • pobyt stały: 640 zł
    • rezydent długoterminowy UE: 640 zł
    • przedłużenie wizy: 406 zł
    • zaproszenie: 27 zł
    • zaświadczenie: 17 zł
    Opłata za kartę pobytu jest osobna.

faq-fees-where-pay-q = Gdzie wpłacić opłaty?
faq-fees-where-pay-a =
    To dwie różne wpłaty:
    • Opłata skarbowa: na rzecz Miasta Poznania.
    • Opłata za kartę pobytu (100 zł, w niektórych przypadkach 50 zł): na rzecz Wielkopolskiego Urzędu Wojewódzkiego.
    Dane do wpłaty są na oficjalnej stronie.
    Zachowaj potwierdzenie wpłaty i dodaj je w MOS razem z wnioskiem.

faq-fees-refund-q = Czy mogę odzyskać opłatę skarbową?
faq-fees-refund-a =
    Opłata skarbowa trafia do Miasta Poznania, a nie do naszego wydziału.
    Dlatego o zwrocie opłaty skarbowej decyduje Miasto Poznań.
    Nie mamy tu szczegółów tej procedury.
    Zapytaj naszych pracowników na infolinii 61 850 87 77 albo przez formularz kontaktowy „WSC Kontakt”, podpowiedzą, co zrobić w Twojej sprawie.
    Zachowaj potwierdzenie wpłaty.

faq-fees-certificate-q = Ile kosztuje zaświadczenie?
faq-fees-certificate-a =
    Opłata skarbowa za zaświadczenie: 17 zł.
    Wpłaca się ją na rzecz Miasta Poznania. Zachowaj potwierdzenie wpłaty.
    Jeśli nie wiesz, czy Twój dokument wymaga tej opłaty, sprawdź oficjalną stronę albo zadzwoń na naszą infolinię: 61 850 87 77.
