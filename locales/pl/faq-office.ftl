## FAQ: status sprawy, rezerwacja wizyt, kontakt, akta, braki formalne i wezwania, odwołania, wycofanie wniosku.

faq-status-check-q = Jak sprawdzić status mojej sprawy?
faq-status-check-a =
    Status sprawy sprawdzisz online. Potrzebujesz dwóch rzeczy:
    • numer sprawy („Numer sprawy”), np. 2555583/2016,
    • kod dostępu („Kod”).
    Wpisz je na stronie stanu sprawy urzędu (przycisk poniżej)
    albo tutaj, w bocie: „Status sprawy i kod dostępu” → „Sprawdź status mojej sprawy”.
    Nie masz kodu? Zobacz „Skąd wziąć kod dostępu do sprawy?”.

faq-access-code-q = Skąd wziąć kod dostępu do sprawy?
faq-access-code-a =
    Wnioski papierowe: kod dostępu dostajesz przy składaniu wniosku w urzędzie. Jeśli wniosek wysłano pocztą, urząd przesyła kod e-mailem.
    Zgubiony kod możesz uzyskać ponownie na stronie samoobsługowej urzędu.
    Urząd nigdy nie podaje kodu przez telefon. Kod dostaje tylko cudzoziemiec, którego dotyczy sprawa, albo jego pełnomocnik.
    Wnioski złożone w MOS od 27.04.2026: urząd nie opublikował jeszcze, jak dostaje się kod. Zapytaj pracowników urzędu, zamiast zgadywać.
    Nie pokazuj kodu obcym: razem z numerem sprawy otwiera status Twojej sprawy.

faq-status-meanings-q = Statusy na początku sprawy – co oznaczają?
faq-status-meanings-a =
    Na początku sprawa zwykle przechodzi przez etapy:
    • wniosek zarejestrowany, potem przyjęty,
    • przydzielono inspektora: urzędnik ma już Twoją sprawę,
    • weryfikacja: urząd sprawdza wniosek,
    • pismo: braki formalne, coś trzeba uzupełnić,
    • pismo: wszczęcie postępowania,
    • ponowne wezwanie: urząd wzywa Cię jeszcze raz.
    „Oczekuje na stawiennictwo”: zarezerwuj wizytę osobistą (zobacz menu wizyt).
    Nie każda sprawa ma wszystkie etapy, a nazwy w systemie mogą się trochę różnić.

faq-status-decision-q = Status „projekt decyzji” lub „zawieszone” – co oznacza?
faq-status-decision-a =
    Później sprawa zwykle przechodzi przez etapy:
    • postępowanie w toku: urząd rozpatruje Twoją sprawę,
    • projekt decyzji: decyzja jest przygotowywana,
    • postępowanie zakończone: decyzja została wydana i jest doręczana.
    „Zawieszone”: postępowanie jest na jakiś czas wstrzymane.
    Nie każda sprawa ma wszystkie etapy, a nazwy w systemie mogą się trochę różnić.
    Chcesz wiedzieć, dlaczego sprawa jest zawieszona albo co mówi decyzja? Zapytaj pracowników urzędu.

faq-status-card-q = Statusy karty: personalizacja, gotowa, odebrana
faq-status-card-a =
    Po decyzji pozytywnej wydawana jest karta pobytu:
    • zlecono personalizację karty: karta jest drukowana,
    • karta gotowa do odbioru: status podaje miasto, Poznań, Kalisz, Konin, Leszno albo Piła,
    • karta odebrana.
    Karta jest zlecana do wydruku dopiero, gdy urząd ma potwierdzenie opłaty za kartę oraz potwierdzenie zameldowania albo oświadczenie, że prosisz o kartę bez adresu.

faq-status-attendance-q = Status „oczekuje na stawiennictwo” – co robić?
faq-status-attendance-a =
    Ten status oznacza, że urząd czeka na Twoją wizytę osobistą: potwierdzenie tożsamości, odciski palców, paszport.
    Na stronie stanu sprawy otwiera się dla Ciebie kalendarz rezerwacji.
    Co zrobić:
    • zarezerwuj wizytę w ciągu 30 dni,
    • zachowaj 6-cyfrowy kod z potwierdzenia rezerwacji,
    • przyjdź w wybranym dniu do urzędu, w którym złożono wniosek.
    Jeśli nie zarezerwujesz wizyty w ciągu 30 dni, urząd wyśle pismo z wyznaczonym terminem.
    Wnioski złożone w MOS od 27.04.2026: nie opublikowano jeszcze, który urząd obsługuje wizytę. Postępuj według pisma z urzędu albo zapytaj pracowników.

faq-status-no-match-q = Sprawdzanie statusu nie działa – co zrobić?
faq-status-no-match-a =
    Sprawdź, czy numer sprawy i kod są wpisane dokładnie tak jak w dokumencie, np. 2555583/2016.
    Zgubiony kod uzyskasz ponownie na stronie samoobsługowej urzędu. Kodu nie podaje się przez telefon.
    Jeśli dane na pewno są poprawne, a status się nie wyświetla, zapytaj pracowników urzędu.

faq-booking-when-q = Kiedy mogę zarezerwować wizytę na odciski palców?
faq-booking-when-a =
    Kalendarz rezerwacji otwiera się na stronie stanu sprawy, gdy status sprawy to „oczekuje na stawiennictwo”.
    Kalendarz jest otwarty 30 dni. Potem się blokuje.
    W tych 30 dniach musisz tylko zarezerwować termin. Sama wizyta może być później.
    Nie czekaj do ostatniego dnia.
    Jeśli nie zarezerwujesz wizyty w ciągu 30 dni, urząd wyśle pismo z wyznaczonym terminem.

faq-booking-place-q = Czy mogę zmienić miejsce wizyty?
faq-booking-place-a =
    Nie. Wizyta odbywa się tam, gdzie złożono wniosek: w Poznaniu albo w delegaturze w Kaliszu, Koninie, Lesznie lub Pile.
    Tego miejsca nie można wybrać ani zmienić, nawet po przeprowadzce.
    Adres wizyty jest w potwierdzeniu rezerwacji.
    Wnioski złożone w MOS od 27.04.2026: nie opublikowano jeszcze, który urząd je obsługuje. Zapytaj pracowników urzędu.

faq-booking-code-q = Po co jest 6-cyfrowy kod z rezerwacji?
faq-booking-code-a =
    Wizytę w danej sprawie można zarezerwować tylko raz. Wybierz termin uważnie.
    Po rezerwacji dostajesz potwierdzenie z 6-cyfrowym kodem. Zapisz go albo zrób zrzut ekranu.
    W dniu wizyty:
    • wpisz kod w biletomacie w hali,
    • weź bilet i śledź informacje na monitorach.
    W Poznaniu zarezerwowane wizyty obsługuje sala A, stanowiska 3–11.

faq-booking-missed-q = Wizyta niezarezerwowana albo opuszczona – co teraz?
faq-booking-missed-a =
    Jeśli nie zarezerwujesz wizyty w ciągu 30 dni albo nie przyjdziesz na zarezerwowaną wizytę, urząd wyśle Ci pismo z wyznaczonym terminem.
    Po takim piśmie nie można już samodzielnie zarezerwować terminu w kalendarzu.
    Przyjdź dokładnie w dniu podanym w piśmie.
    Jeśli nie przyjdziesz w tym terminie, wniosek zostanie pozostawiony bez rozpatrzenia.

faq-booking-children-q = Czy dziecko też oddaje odciski palców?
faq-booking-children-a =
    Odciski palców pobiera się od 6. roku życia.
    • Dziecko, które ma 6 lat lub więcej, oddaje odciski tak jak dorosły.
    • Dziecko poniżej 6 lat nie oddaje odcisków, ale jego wizyta nadal należy do sprawy: przyjdź z dzieckiem i jego paszportem, chyba że pismo z urzędu mówi inaczej.

faq-contact-poznan-q = Gdzie jest urząd w Poznaniu?
faq-contact-poznan-a =
    Wydział Spraw Cudzoziemców Wielkopolskiego Urzędu Wojewódzkiego: pl. Wolności 17, 61-739 Poznań.
    Infolinia: 61 850 87 77.
    E-mail: cudzoziemcy@poznan.uw.gov.pl.
    Jeśli masz zarezerwowaną wizytę, adres jest w potwierdzeniu rezerwacji.
    Do urzędu możesz też napisać przez formularz kontaktowy „WSC Kontakt”.

faq-contact-branches-q = Czy są delegatury urzędu poza Poznaniem?
faq-contact-branches-a =
    Tak. Poza Poznaniem sprawy cudzoziemców prowadzą delegatury urzędu w:
    • Kaliszu,
    • Koninie,
    • Lesznie,
    • Pile.
    W każdej delegaturze można złożyć wnioski i pisma.
    Wizyta na odciski palców odbywa się tam, gdzie złożono wniosek.
    Adresy delegatur są na stronie urzędu.
    Infolinia: 61 850 87 77.

faq-contact-form-q = Jak zadać pytanie pracownikowi urzędu?
faq-contact-form-a =
    Napisz do urzędu przez formularz kontaktowy „WSC Kontakt”. Formularz jest w czterech językach.
    Otwórz portal urzędu (przycisk poniżej) i wybierz „WSC Kontakt”.
    Wybierz w nim temat pytania, żeby trafiło do właściwych osób.
    Jeśli pytasz o swoją sprawę, podaj numer sprawy.
    Infolinia: 61 850 87 77.

faq-contact-hours-q = W jakich godzinach pracuje urząd?
faq-contact-hours-a =
    Bot nie ma pewnych informacji o godzinach pracy urzędu ani infolinii.
    Aktualne godziny sprawdź na stronie urzędu (przycisk poniżej) albo zadzwoń na infolinię: 61 850 87 77.
    Jeśli masz zarezerwowaną wizytę, przyjdź o godzinie z potwierdzenia rezerwacji.

faq-files-inspection-q = Jak przejrzeć akta mojej sprawy?
faq-files-inspection-a =
    Ty albo Twój pełnomocnik możecie przejrzeć akta sprawy na wniosek.
    • Akta przeglądasz tylko w urzędzie, który prowadzi sprawę: w Poznaniu (pl. Wolności 17) albo w delegaturze.
    • Pracownik urzędu skontaktuje się z Tobą, żeby ustalić termin. Liczba terminów w tygodniu jest ograniczona.
    • Jedna wizyta trwa do 30 minut. Możesz robić notatki i kopie.
    • Podczas wizyty pracownicy nie wyjaśniają sprawy.
    Spóźnienie ponad 10 minut może oznaczać utratę wizyty.

faq-deficiencies-letter-q = Pismo o brakach formalnych – co robić?
faq-deficiencies-letter-a =
    To pismo oznacza, że we wniosku czegoś brakuje albo coś trzeba poprawić, np. dokumentu, podpisu lub potwierdzenia opłaty.
    Co zrobić:
    • przeczytaj dokładnie, czego urząd wymaga,
    • usuń braki w terminie podanym w piśmie,
    • odpowiedz tak, jak wskazuje pismo, np. pocztą, w urzędzie albo przez ePUAP,
    • zawsze podawaj numer sprawy.
    Jeśli nie usuniesz braków w terminie, wniosek zostanie pozostawiony bez rozpatrzenia.

faq-summons-q = Wezwanie do urzędu – co to znaczy?
faq-summons-a =
    Wezwanie to pismo, w którym urząd wzywa do osobistego stawiennictwa albo do dostarczenia czegoś. Ponowne wezwanie to kolejne takie pismo.
    • Przeczytaj, co trzeba zrobić, gdzie i do kiedy.
    • Jeśli wezwanie podaje dzień i godzinę wizyty, przyjdź dokładnie wtedy. Po wezwaniu nie można już zarezerwować innego terminu w kalendarzu.
    • Jeśli nie przyjdziesz, wniosek zostanie pozostawiony bez rozpatrzenia.

faq-copies-q = Czy urząd przyjmie zwykłe kopie dokumentów?
faq-copies-a =
    Nie. Urząd nie przyjmuje niepoświadczonych kopii.
    Złóż oryginał albo kopię poświadczoną za zgodność z oryginałem.
    Wnioski w MOS mają własne zasady: skany, np. paszportu, wgrywasz w systemie.

faq-appeal-how-q = Jak odwołać się od decyzji?
faq-appeal-how-a =
    Masz 14 dni od dnia doręczenia decyzji.
    • Odwołanie musi podpisać wnioskodawca albo pełnomocnik. Podaj numer sprawy.
    • Złóż je w urzędzie, wyślij pocztą albo przez ePUAP. Przy wysyłce pocztą liczy się data nadania.
    • Do odwołania możesz dołączyć brakujące dokumenty.
    Jeśli odwołanie jest zasadne i kompletne, urząd wyda nową decyzję w ciągu 7 dni.
    W przeciwnym razie przekaże odwołanie Szefowi Urzędu do Spraw Cudzoziemców w Warszawie, który je rozpatrzy.
    Bez odwołania w terminie decyzja staje się ostateczna.

faq-withdraw-how-q = Jak wycofać wniosek?
faq-withdraw-how-a =
    Aby wycofać wniosek, złóż wniosek o umorzenie postępowania.
    • Formularz jest na stronie urzędu (przycisk poniżej). Wypełnij go i podpisz.
    • Wyślij go pocztą, złóż w urzędzie albo prześlij przez ePUAP.
    W tym samym piśmie możesz poprosić o zwrot opłaty skarbowej, zobacz „Czy mogę odzyskać opłatę skarbową?”.
    Zanim wycofasz wniosek, zapytaj pracowników urzędu, jak wpłynie to na Twój pobyt w Polsce.
