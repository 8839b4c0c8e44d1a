## Rezerwacja wizyty na pobranie odcisków palców / osobiste stawiennictwo oraz lista wizyt dla pracowników.

act-book = 🗓️ Umów wizytę (odciski palców)

booking-office-poznan = Poznań
booking-office-kalisz = Kalisz
booking-office-konin = Konin
booking-office-leszno = Leszno
booking-office-pila = Piła

booking-title = Wizyta na odciski palców
booking-need-check =
    Aby umówić wizytę, najpierw sprawdź swoją sprawę: numer sprawy i kod dostępu.
    Rezerwacja otwiera się, gdy sprawa ma status „oczekuje na stawiennictwo”.
booking-btn-check-case = 🔎 Sprawdź sprawę
booking-choose-case = Której sprawy dotyczy wizyta?
booking-case-label = Sprawa kończąca się na { $tail }
booking-wrong-status =
    Wizytę można umówić tylko wtedy, gdy sprawa ma status „oczekuje na stawiennictwo”. Twoja sprawa jest teraz na innym etapie, więc nie ma jeszcze czego rezerwować.
    Jeśli urząd będzie potrzebować Twojej obecności, da znać.
booking-summoned =
    Urząd wysłał już wezwanie z wyznaczonym terminem wizyty. Prosimy przyjść w tym terminie: nie można go zarezerwować przez internet.
    Pytania: infolinia 61 850 87 77.
booking-window-closed =
    Kalendarz rezerwacji dla Twojej sprawy był otwarty przez { $days } dni, do { $until }, i jest już zamknięty.
    Urząd wyśle pismo z wyznaczonym terminem. Prosimy przyjść w tym terminie: niestawienie się oznacza pozostawienie wniosku bez rozpatrzenia.
booking-office-unavailable =
    Rezerwacja przez internet w Twojej delegaturze nie jest jeszcze dostępna.
    Prosimy zadzwonić na infolinię 61 850 87 77.
booking-no-days =
    W tej chwili nie ma wolnych miejsc. Nowe terminy pojawiają się regularnie: zajrzyj jutro albo zadzwoń na infolinię 61 850 87 77.
    Rezerwacja jest możliwa do { $until }.
booking-pick-day =
    Wybierz dzień wizyty: { $office }. Wizyta odbywa się tam, gdzie złożono wniosek; miejsca nie można zmienić.
    Rezerwacja jest możliwa do { $until }.
booking-day-label =
    { $date } · { $free ->
        [one] 1 miejsce
        [few] { $free } miejsca
        [many] { $free } miejsc
       *[other] { $free } miejsca
    }
btn-week-earlier = ◀️ Wcześniej
btn-week-later = Później ▶️
booking-pick-time = { $date }: wybierz godzinę.
booking-confirm =
    Sprawdź wizytę:
    { $date }, godz. { $time }, { $office }.
booking-confirm-once = Każdą sprawę można zarezerwować tylko raz, a terminu nie da się potem zmienić przez internet.
booking-confirm-changes = Wizytę można tu zmienić lub odwołać najpóźniej { $hours } godz. przed nią.
booking-btn-confirm = ✅ Rezerwuję tę wizytę
booking-btn-other-time = Inna godzina
booking-btn-other-day = Inny dzień
booking-just-taken = Przepraszamy, ktoś właśnie zajął tę godzinę. Najbliższe wolne terminy:
booking-just-taken-none = Przepraszamy, ktoś właśnie zajął tę godzinę, a wolnych miejsc już nie ma. Zajrzyj później.
booking-confirmed-title = Wizyta jest zarezerwowana
booking-details =
    Data: { $date }
    Godzina: { $time }
    Miejsce: { $office }
    Adres: { $address }
    6-cyfrowy kod rezerwacji: { $code }
booking-address-unconfirmed = urząd go potwierdzi; prosimy zadzwonić na infolinię 61 850 87 77
booking-bring =
    Na sali wpisz kod rezerwacji { $code } w biletomacie.
    Zabierz paszport. Dziecko poniżej 6 lat nie oddaje odcisków palców, ale przychodzi i okazuje paszport.
booking-hall-poznan = W Poznaniu wizyty umówione obsługuje sala A, stanowiska 3–11.
booking-file-hint = Plik kalendarza doda wizytę do kalendarza w telefonie.
btn-address-page = 📍 Gdzie jest biuro
booking-already = Dla tej sprawy wizyta jest już zarezerwowana:
booking-already-tap = Ta wizyta jest już zarezerwowana; potwierdzenie jest wyżej.
booking-fixed =
    Terminu nie można zmienić przez internet.
    Jeśli nie możesz przyjść, zadzwoń na infolinię 61 850 87 77.
booking-btn-cancel = Odwołaj wizytę
booking-btn-move = Zmień termin
booking-cancel-ask = Czy na pewno odwołać wizytę { $date }, godz. { $time }?
booking-btn-cancel-yes = Tak, odwołaj
booking-btn-keep = Nie, zostaw
booking-cancelled = Wizyta jest odwołana. Nową można zarezerwować do { $until }.
booking-too-late =
    Do wizyty zostało mniej niż { $hours } godz., więc nie można jej już zmienić przez internet.
    Prosimy zadzwonić na infolinię 61 850 87 77.
booking-moved-from = Poprzednia wizyta ({ $date }, godz. { $time }) jest odwołana.
booking-reminder-title = Przypomnienie o wizycie
booking-reminder =
    Wizyta na odciski palców: { $date }, godz. { $time }, { $office }.
    Adres: { $address }
    Kod rezerwacji do biletomatu: { $code }. Zabierz paszport.
booking-ics-summary = Wizyta na odciski palców, Wydział Spraw Cudzoziemców ({ $office })
booking-ics-description =
    Kod rezerwacji do biletomatu: { $code }.
    Zabierz paszport. Dziecko poniżej 6 lat nie oddaje odcisków palców, ale przychodzi i okazuje paszport.

booking-staff-title =
    Wizyty { $date }, { $office }: { $count ->
        [one] 1 wizyta
        [few] { $count } wizyty
        [many] { $count } wizyt
       *[other] { $count } wizyty
    }
booking-staff-line = { $time } · kod { $code } · sprawa { $case } · { $office }
booking-staff-none = Brak umówionych wizyt.
booking-staff-all-offices = wszystkie miejsca
booking-staff-usage = Użycie: /bookings [RRRR-MM-DD] [miejsce: { $offices }]
booking-staff-denied = Listę wizyt mogą zobaczyć tylko administratorzy wskazani w ustawieniach.
booking-staff-block-usage = Użycie: /block RRRR-MM-DD miejsce ({ $offices })
booking-staff-blocked =
    Dzień { $date } jest zamknięty dla rezerwacji: { $office }. Wizyty już umówione na ten dzień: { $count }.
