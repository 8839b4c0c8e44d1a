## FAQ: status sprawy, rezerwacja wizyt, kontakt, akta, braki i wezwania, odwołania, wycofanie wniosku.

faq-status-check-q = Jak sprawdzić status mojej sprawy?
faq-status-check-a =
    Status sprawy sprawdzisz przez internet. Potrzebujesz dwóch danych:
    • numer sprawy („Numer sprawy”), np. 2555583/2016,
    • kod dostępu („Kod”).
    Wpisz je na stronie urzędu (przycisk poniżej).
    Ten bot nie sprawdza statusu sprawy, więc nie wysyłaj w tym czacie numeru sprawy ani kodu.
    Nie masz kodu? Zobacz pytanie „Skąd wziąć kod dostępu do sprawy?”.

faq-access-code-q = Skąd wziąć kod dostępu do sprawy?
faq-access-code-a =
    Kod dostępu dostajesz przy złożeniu wniosku w urzędzie.
    Jeśli wniosek wysłano pocztą, urząd wysyła kod e-mailem.
    Urząd nigdy nie podaje kodu przez telefon.
    Kod dostaje tylko cudzoziemiec, którego dotyczy sprawa, albo jego pełnomocnik.
    Zgubiłeś kod? Odzyskasz go na stronie samoobsługowej urzędu.
    Nie pokazuj kodu obcym osobom – razem z numerem sprawy daje dostęp do statusu Twojej sprawy.

faq-status-meanings-q = Co oznaczają statusy sprawy?
faq-status-meanings-a =
    Sprawa przechodzi zwykle przez takie etapy:
    • wniosek zarejestrowany, potem przyjęty,
    • przydzielono inspektora – urzędnik zajmuje się Twoją sprawą,
    • weryfikacja – urząd sprawdza wniosek,
    • pismo: braki formalne – trzeba coś uzupełnić,
    • pismo: wszczęcie postępowania,
    • ponowne wezwanie – urząd wzywa Cię jeszcze raz,
    • postępowanie w toku,
    • projekt decyzji,
    • postępowanie zakończone,
    • zlecono personalizację karty – karta jest przygotowywana,
    • karta gotowa do odbioru – status podaje miasto: Poznań, Kalisz, Konin, Leszno lub Piła,
    • karta odebrana.
    „Zawieszone” – postępowanie jest wstrzymane.
    „Oczekuje na stawiennictwo” – umów wizytę na odciski palców.
    Nie każda sprawa ma wszystkie etapy, a nazwy w systemie mogą się trochę różnić.

faq-status-attendance-q = Status „oczekuje na stawiennictwo” – co robić?
faq-status-attendance-a =
    Ten status oznacza, że urząd czeka na Twoją osobistą wizytę: pobranie odcisków palców.
    Teraz otwiera się dla Ciebie kalendarz rezerwacji.
    Co zrobić:
    • zarezerwuj termin wizyty w ciągu 30 dni,
    • zapisz 6-cyfrowy kod z potwierdzenia rezerwacji,
    • przyjdź w wybranym dniu tam, gdzie złożono wniosek.
    Jeśli nie zarezerwujesz terminu w ciągu 30 dni, urząd wyśle pismo z wyznaczonym terminem.

faq-status-no-match-q = Sprawdzanie statusu nie działa – co zrobić?
faq-status-no-match-a =
    Sprawdź, czy numer sprawy i kod są wpisane dokładnie tak jak w dokumencie, np. 2555583/2016.
    Zgubiony kod odzyskasz na stronie samoobsługowej urzędu. Przez telefon kodu nie dostaniesz.
    Jeśli dane są na pewno dobre, a status się nie pokazuje, zadzwoń na infolinię 61 850 87 77 albo napisz przez formularz kontaktowy „WSC Kontakt”.

faq-booking-when-q = Kiedy mogę zarezerwować wizytę na odciski palców?
faq-booking-when-a =
    Kalendarz rezerwacji otwiera się, gdy status sprawy to „oczekuje na stawiennictwo”.
    Kalendarz jest otwarty przez 30 dni. Potem się blokuje.
    W tych 30 dniach musisz tylko zrobić rezerwację. Sama wizyta może być w terminie późniejszym.
    Nie czekaj do ostatniego dnia.
    Jeśli nie zarezerwujesz terminu w ciągu 30 dni, urząd wyśle pismo z wyznaczoną datą.

faq-booking-place-q = Czy mogę zmienić miejsce wizyty?
faq-booking-place-a =
    Nie. Wizyta odbywa się tam, gdzie złożono wniosek: w Poznaniu albo w delegaturze w Kaliszu, Koninie, Lesznie lub Pile.
    Tego miejsca nie można zmienić, także po przeprowadzce.
    W Poznaniu osoby umówione kierowano też na ul. Kościuszki 95.
    Nie wiesz, pod który adres przyjść? Zadzwoń na infolinię: 61 850 87 77.

faq-booking-code-q = Po co jest 6-cyfrowy kod z rezerwacji?
faq-booking-code-a =
    W każdej sprawie wizytę można zarezerwować tylko raz. Wybierz termin uważnie.
    Po rezerwacji dostajesz potwierdzenie z 6-cyfrowym kodem. Zapisz go albo zrób zrzut ekranu.
    W dniu wizyty:
    • w holu urzędu wpisz kod w biletomacie,
    • weź bilet i czekaj na swoją kolej.
    W Poznaniu umówione wizyty są obsługiwane w sali A, na stanowiskach 3–11.

faq-booking-missed-q = Nie zarezerwowałem wizyty albo nie przyszedłem – co teraz?
faq-booking-missed-a =
    Jeśli nie zarezerwujesz wizyty w ciągu 30 dni albo nie przyjdziesz na umówioną wizytę, urząd wyśle Ci pismo z wyznaczonym terminem.
    Po takim wezwaniu nie można już samemu zarezerwować terminu w kalendarzu.
    Przyjdź dokładnie w dniu podanym w piśmie.
    Jeśli nie przyjdziesz w tym terminie, wniosek zostanie pozostawiony bez rozpatrzenia.
    Masz pytania? Zadzwoń na infolinię: 61 850 87 77 albo napisz przez formularz kontaktowy „WSC Kontakt”.

faq-booking-children-q = Czy dziecko też oddaje odciski palców?
faq-booking-children-a =
    Odciski palców pobiera się od 6. roku życia.
    • Dziecko, które ma 6 lat lub więcej, oddaje odciski palców tak jak dorosły.
    • Dziecko poniżej 6 lat nie oddaje odcisków. Pokazuje się tylko jego paszport.

faq-contact-poznan-q = Gdzie jest urząd w Poznaniu?
faq-contact-poznan-a =
    Obsługa klienta Wydziału Spraw Cudzoziemców: pl. Wolności 17, 61-739 Poznań.
    Na umówione wizyty osoby kierowano też na ul. Kościuszki 95 w Poznaniu.
    Nie wiesz, pod który adres przyjść? Zadzwoń na infolinię: 61 850 87 77.
    Możesz też napisać do urzędu przez formularz kontaktowy „WSC Kontakt”.

faq-contact-branches-q = Czy są oddziały urzędu poza Poznaniem?
faq-contact-branches-a =
    Tak. Poza Poznaniem sprawy cudzoziemców prowadzą delegatury urzędu w:
    • Kaliszu,
    • Koninie,
    • Lesznie,
    • Pile.
    Wizyta na odciski palców odbywa się tam, gdzie złożono wniosek.
    Dokładne adresy delegatur są na stronie urzędu.
    Infolinia: 61 850 87 77.

faq-contact-form-q = Jak zadać pytanie pracownikowi urzędu?
faq-contact-form-a =
    Napisz do urzędu przez formularz kontaktowy „WSC Kontakt”. Formularz jest w czterech językach.
    Wybierz w nim temat pytania, wtedy trafi ono do właściwych osób.
    Jeśli pytasz o swoją sprawę, podaj numer sprawy.
    Infolinia: 61 850 87 77.

faq-contact-hours-q = W jakich godzinach pracuje urząd?
faq-contact-hours-a =
    Bot nie ma pewnych informacji o godzinach otwarcia urzędu ani infolinii.
    Aktualne godziny sprawdź na stronie urzędu (przycisk poniżej) albo zadzwoń na infolinię: 61 850 87 77.
    Jeśli masz umówioną wizytę, przyjdź na godzinę z potwierdzenia rezerwacji.

faq-files-inspection-q = Jak przejrzeć akta mojej sprawy?
faq-files-inspection-a =
    Możesz zapoznać się z aktami swojej sprawy.
    • Poproś urząd o wgląd w akta.
    • Akta przeglądasz w urzędzie, który prowadzi Twoją sprawę: w Poznaniu albo w delegaturze.
    • Wgląd trwa najwyżej 30 minut.
    Jak złożyć prośbę i kiedy przyjść – zapytaj na infolinii 61 850 87 77 albo przez formularz kontaktowy „WSC Kontakt”.

faq-deficiencies-letter-q = Dostałem pismo o brakach formalnych – co robić?
faq-deficiencies-letter-a =
    To pismo oznacza, że we wniosku czegoś brakuje albo coś trzeba poprawić, np. dokument, podpis lub dowód opłaty.
    Co zrobić:
    • przeczytaj dokładnie, czego urząd chce,
    • uzupełnij braki w terminie podanym w piśmie,
    • odpowiedz tak, jak podano w piśmie, np. pocztą, w urzędzie albo przez ePUAP,
    • zawsze podaj numer sprawy.
    Zwykłe, niepoświadczone kopie nie są przyjmowane.
    Jeśli nie uzupełnisz braków w terminie, wniosek może zostać pozostawiony bez rozpatrzenia.

faq-summons-q = Dostałem wezwanie do urzędu – co to znaczy?
faq-summons-a =
    Wezwanie to pismo, w którym urząd prosi, żeby przyjść osobiście albo coś dostarczyć. Ponowne wezwanie to kolejne takie pismo.
    • Przeczytaj, co, gdzie i do kiedy trzeba zrobić.
    • Jeśli wezwanie wyznacza termin wizyty na odciski palców, przyjdź właśnie wtedy. Innego terminu nie zarezerwujesz już w kalendarzu.
    • Jeśli nie przyjdziesz na tę wizytę, wniosek zostanie pozostawiony bez rozpatrzenia.
    Masz pytania? Zadzwoń na infolinię: 61 850 87 77 albo napisz przez formularz kontaktowy „WSC Kontakt”.

faq-copies-q = Czy urząd przyjmie zwykłe kopie dokumentów?
faq-copies-a =
    Nie. Urząd nie przyjmuje niepoświadczonych kopii.
    Złóż oryginał albo kopię poświadczoną za zgodność z oryginałem.
    Wnioski w MOS mają swoje zasady: skany, np. paszportu, wgrywasz w systemie.
    Nie wiesz, jak poświadczyć kopię? Zadzwoń na infolinię 61 850 87 77 albo napisz przez formularz kontaktowy „WSC Kontakt”.

faq-appeal-how-q = Jak odwołać się od decyzji?
faq-appeal-how-a =
    Na odwołanie masz 14 dni od dnia doręczenia decyzji.
    • Napisz odwołanie i podpisz je. Podaj numer sprawy.
    • Złóż je w urzędzie, wyślij pocztą albo przez ePUAP.
    • Przy wysyłce pocztą liczy się data nadania.
    Urząd może sam zmienić swoją decyzję w ciągu 7 dni.
    Jeśli tego nie zrobi, przekazuje odwołanie do Szefa Urzędu do Spraw Cudzoziemców, który je rozpatruje.

faq-withdraw-how-q = Jak wycofać wniosek?
faq-withdraw-how-a =
    Aby wycofać wniosek, złóż prośbę o umorzenie postępowania.
    • Napisz krótko, że wycofujesz wniosek i prosisz o umorzenie postępowania.
    • Podaj imię, nazwisko i numer sprawy. Podpisz pismo.
    • Wyślij je pocztą, złóż w urzędzie albo przez ePUAP.
    Zanim wycofasz wniosek, zapytaj urząd, jak wpłynie to na Twój pobyt w Polsce: infolinia 61 850 87 77 albo formularz kontaktowy „WSC Kontakt”.
