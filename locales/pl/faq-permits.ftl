## FAQ grupy "permits": wniosek online (MOS), pobyt czasowy, stały i rezydenta
## długoterminowego UE, wizy, zaproszenia, opłaty. Wpisy: dialogs/content/faq/permits.toml

faq-mos-online-only-q = Czy wniosek składa się tylko online w MOS?
faq-mos-online-only-a =
    Tak. Od 27.04.2026 te wnioski składa się wyłącznie online, w systemie MOS:
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
    Żeby złożyć wniosek online, potrzebujesz nowego konta w MOS.
    • Stare konta MOS są nieważne. Załóż nowe, nawet jeśli miałeś lub miałaś już konto.
    • Logujesz się przez login.gov.pl, państwowy system logowania.
    • Na koncie wypełniasz i podpisujesz wniosek.
    Przycisk poniżej otwiera MOS.

faq-mos-signature-q = Jak podpisać wniosek w MOS?
faq-mos-signature-a =
    Wniosek w MOS podpisujesz elektronicznie. Możesz użyć:
    • profilu zaufanego
    • kwalifikowanego podpisu elektronicznego
    • podpisu osobistego z polskiego dowodu osobistego z chipem (e-dowód)
    Kroki opisuje oficjalna strona MOS.

faq-mos-attachments-q = Jakie pliki dodać do wniosku w MOS?
faq-mos-attachments-a =
    W MOS dokumenty dodajesz do wniosku jako pliki:
    • zdjęcie
    • skany paszportu
    • potwierdzenie zapłaty opłaty skarbowej
    Opłatę skarbową zapłać przed złożeniem wniosku, żeby dodać potwierdzenie.
    Pozostałe dokumenty zależą od rodzaju zezwolenia. Sprawdź oficjalną stronę dla swojej sprawy.

faq-mos-certificate-q = Czy dostanę stempel w paszporcie?
faq-mos-certificate-a =
    Nie. Przy wnioskach złożonych w MOS nie ma stempla w paszporcie.
    Zamiast niego dostajesz zaświadczenie z MOS. Zastępuje ono stempel.
    Zachowaj to zaświadczenie.
    Nie jest dokumentem podróży i nie uprawnia do podróży po strefie Schengen.

faq-temp-work-permit-q = Jak uzyskać zezwolenie na pobyt i pracę?
faq-temp-work-permit-a =
    Zezwolenie na pobyt czasowy i pracę to tzw. zezwolenie jednolite. Jest dla pobytu dłuższego niż 3 miesiące, którego głównym celem jest praca.
    • Wniosek składasz online w MOS.
    • Złóż go najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    • Opłata skarbowa: 440 zł – praca, Niebieska Karta UE lub przeniesienie wewnątrz przedsiębiorstwa.
    • Opłata skarbowa za pracę sezonową: 170 zł.
    • Potwierdzenie opłaty dodajesz w MOS.
    Za kartę pobytu płaci się osobno.
    Lista dokumentów jest na oficjalnej stronie.

faq-temp-change-employer-q = Zmieniam pracodawcę. Co muszę zrobić?
faq-temp-change-employer-a =
    Jeśli masz zezwolenie jednolite (pobyt i praca) i kończysz pracę u pracodawcy wskazanego w zezwoleniu:
    • w ciągu 15 dni roboczych zawiadom na piśmie wojewodę, który udzielił zezwolenia;
    • jeśli w tych 15 dniach roboczych złożysz wniosek o zmianę zezwolenia, to zastępuje zawiadomienie.
    Do pracy u nowego pracodawcy potrzebujesz zmiany zezwolenia jednolitego albo nowego zezwolenia.
    Opłata skarbowa za zmianę zezwolenia jednolitego: 220 zł.
    Po upływie 15 dni roboczych zmiany zezwolenia się nie uzyska.

faq-work-permit-q = Zezwolenie na pracę lub oświadczenie – kto je wydaje?
faq-work-permit-a =
    Zezwolenia na pracę wydaje wojewoda, czyli ten urząd wojewódzki. Wniosek składa pracodawca, także online przez praca.gov.pl.
    Oświadczenia o powierzeniu wykonywania pracy i zezwolenia na pracę sezonową prowadzi powiatowy urząd pracy właściwy dla pracodawcy.
    Który wydział naszego urzędu zajmuje się Twoim zezwoleniem na pracę – zapytaj pracowników urzędu.
    Pobyt i praca w jednym zezwoleniu: zobacz zezwolenie jednolite.

faq-temp-study-q = Pobyt czasowy na studia lub po studiach
faq-temp-study-a =
    Zezwolenie na pobyt czasowy można dostać na studia stacjonarne oraz po studiach.
    • Wniosek składasz online w MOS.
    • Złóż go najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    • Opłata skarbowa: 340 zł. Potwierdzenie dodajesz w MOS.
    • Za kartę pobytu płaci się osobno.
    Warunki i lista dokumentów są na oficjalnej stronie.

faq-temp-family-q = Pobyt czasowy w celu połączenia z rodziną
faq-temp-family-a =
    Zezwolenie na pobyt czasowy mogą dostać członkowie rodziny, żeby mieszkać z rodziną w Polsce.
    • Wniosek składasz online w MOS.
    • Złóż go najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    • Opłata skarbowa: 340 zł. Potwierdzenie dodajesz w MOS.
    • Za kartę pobytu płaci się osobno.
    Przycisk poniżej otwiera stronę z opłatami. Kto może dołączyć do kogo – zapytaj pracowników urzędu.

faq-temp-business-q = Pobyt czasowy na prowadzenie firmy
faq-temp-business-a =
    Zezwolenie na pobyt czasowy może dostać osoba, która prowadzi w Polsce działalność gospodarczą.
    • Wniosek składasz online w MOS.
    • Złóż go najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    • Opłata skarbowa: 340 zł. Potwierdzenie dodajesz w MOS.
    • Za kartę pobytu płaci się osobno.
    Przycisk poniżej otwiera stronę z opłatami. Warunki dla Twojej firmy – zapytaj pracowników urzędu.

faq-apply-deadline-q = Do kiedy najpóźniej złożyć wniosek?
faq-apply-deadline-a =
    Wniosek złóż najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    Sprawdź, kiedy kończy się Twoja wiza, karta pobytu lub inna podstawa pobytu.
    Nie czekaj do ostatniego dnia. Najpierw potrzebujesz nowego konta w MOS i podpisu elektronicznego.
    Od 27.04.2026 wnioski o pobyt czasowy, stały i rezydenta długoterminowego UE składa się tylko online w MOS.

faq-permanent-residence-q = Jak złożyć wniosek o pobyt stały?
faq-permanent-residence-a =
    Zezwolenie na pobyt stały:
    • Od 27.04.2026 wniosek składasz tylko online w MOS.
    • Opłata skarbowa: 640 zł. Potwierdzenie dodajesz w MOS.
    • Za kartę pobytu płaci się osobno.
    Kto może złożyć wniosek, np. niektóre osoby polskiego pochodzenia albo małżonkowie obywateli polskich, opisuje oficjalna strona.

faq-eu-long-term-q = Jak złożyć wniosek o rezydenta długoterminowego UE?
faq-eu-long-term-a =
    Zezwolenie na pobyt rezydenta długoterminowego UE:
    • Wniosek składasz tylko online w MOS (od 27.04.2026).
    • Złóż go najpóźniej w ostatnim dniu legalnego pobytu w Polsce.
    • Opłata skarbowa: 640 zł. Potwierdzenie dodajesz w MOS.
    • Za kartę pobytu płaci się osobno.
    Warunki i lista dokumentów są na oficjalnej stronie.

faq-visa-extension-q = Czy mogę przedłużyć wizę w Polsce?
faq-visa-extension-a =
    Tylko w wyjątkowej sytuacji. Wizę przedłuża się, gdy powód dłuższego pobytu nie zależał od Ciebie i nie dało się go przewidzieć przy składaniu wniosku o wizę.
    • Wniosek złóż najpóźniej w ostatnim dniu ważności wizy.
    • Wizę krajową można przedłużyć raz; cały pobyt na niej nie może przekroczyć 1 roku.
    • Opłata skarbowa: 406 zł.
    Nie zakładaj, że przedłużenie się uda: decyduje urząd. Nowej wizy w Polsce nie dostaniesz.
    Aby zostać dłużej, zwykle składa się w MOS wniosek o zezwolenie na pobyt.

faq-invitation-q = Jak zaprosić cudzoziemca do Polski?
faq-invitation-a =
    Zaproszenie może wystawić:
    • obywatel polski mieszkający w Polsce,
    • obywatel UE lub członek jego rodziny z prawem pobytu w Polsce,
    • cudzoziemiec, który legalnie i nieprzerwanie mieszka w Polsce co najmniej 5 lat albo ma zezwolenie na pobyt stały lub rezydenta długoterminowego UE,
    • firma lub organizacja z siedzibą w Polsce.
    Zaproszenie nie służy do podjęcia pracy.
    Opłata skarbowa: 27 zł, na konto Miasta Poznania. Zachowaj potwierdzenie wpłaty.

faq-fees-stamp-duty-q = Ile wynosi opłata skarbowa?
faq-fees-stamp-duty-a =
    Opłata skarbowa:
    • pobyt czasowy i praca, Niebieska Karta UE, przeniesienie wewnątrz przedsiębiorstwa: 440 zł
    • pobyt czasowy – praca sezonowa: 170 zł
    • pobyt czasowy w innym celu (studia, rodzina, firma): 340 zł
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
    • Opłata skarbowa: na konto Miasta Poznania.
    • Opłata za kartę pobytu (100 zł, w niektórych przypadkach 50 zł): na konto Wielkopolskiego Urzędu Wojewódzkiego.
    Dane do przelewu są na oficjalnej stronie.
    Zachowaj potwierdzenie wpłaty i dodaj je w MOS do wniosku.

faq-fees-refund-q = Czy mogę odzyskać opłatę skarbową?
faq-fees-refund-a =
    Opłata skarbowa: wniosek o zwrot możesz złożyć w naszym urzędzie. Przekażemy go do Urzędu Miasta Poznania z oryginałem potwierdzenia wpłaty. Możesz go też złożyć bezpośrednio w Urzędzie Miasta.
    Przy wnioskach złożonych od 5.03.2026 opłata skarbowa za zezwolenie na pobyt lub przedłużenie wizy nie jest zwracana, jeśli sprawa kończy się odmową albo umorzeniem.
    Opłata za kartę: zwraca ją sam urząd, na własnym wniosku (wzór na oficjalnej stronie).
    W obu wnioskach podaj numer konta w banku z siedzibą w Polsce.

faq-fees-certificate-q = Ile kosztuje zaświadczenie?
faq-fees-certificate-a =
    Opłata skarbowa za zaświadczenie: 17 zł.
    Wpłaca się ją na konto Miasta Poznania. Zachowaj potwierdzenie wpłaty.
    Jeśli nie wiesz, czy Twój dokument wymaga tej opłaty, sprawdź oficjalną stronę.
