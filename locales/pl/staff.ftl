## Biuro obsługi: pytanie do pracowników urzędu oraz teksty czatu pracowników.

btn-ask-staff = ✍️ Zapytaj pracownika
staff-ask-title = Pytanie do pracownika
staff-ask =
    Napisz pytanie w jednej wiadomości. Możesz dodać zdjęcia lub dokumenty.
    Nie wysyłaj numeru paszportu ani kodu dostępu: pracownik poprosi o nie, jeśli będą potrzebne.
    Odpowiedź przyjdzie tutaj, w tym czacie.
staff-ticket-opened =
    Twoje pytanie trafiło do pracowników. Ma numer { $number }.
    Zwykle odpowiadamy w ciągu jednego dnia roboczego. Możesz tu dopisać kolejne wiadomości.
staff-ticket-opened-later =
    Twoje pytanie trafiło do pracowników. Ma numer { $number }.
    Urząd jest teraz zamknięty; pracownicy wrócą: { $when }. Możesz tu dopisać kolejne wiadomości.
staff-moment = { $weekday }, { $date }, godz. { $time }
weekday-0 = poniedziałek
weekday-1 = wtorek
weekday-2 = środa
weekday-3 = czwartek
weekday-4 = piątek
weekday-5 = sobota
weekday-6 = niedziela
staff-already-open = Twoje pytanie { $number } czeka u pracowników. Napisz tutaj, jeśli chcesz coś dodać.
btn-staff-done = ✅ Mam już odpowiedź
staff-closed-by-you = Pytanie { $number } jest zamknięte. Jak oceniasz odpowiedź?
staff-closed-by-staff = Pracownik zamknął pytanie { $number }. Jak oceniasz odpowiedź?
btn-rate = { $stars } ⭐
staff-rate-thanks = Dziękujemy za ocenę! Jeśli masz kolejne pytanie, napisz je tutaj albo wybierz temat.
staff-reopened = Pracownik ponownie otworzył pytanie { $number }. Możesz znowu tu pisać.
staff-banned = Niestety nie możesz wysyłać pytań do pracowników przez bota. Zadzwoń na infolinię 61 850 87 77.
staff-nothing-open = Nie masz teraz otwartego pytania.

canned-documents-title = Lista dokumentów
canned-documents = Sprawdź listę dokumentów na oficjalnej stronie swojej procedury. Jeśli czegoś brakuje we wniosku, urząd wyśle pismo z terminem na uzupełnienie.
canned-wait-title = Prośba o cierpliwość
canned-wait = Dziękujemy za pytanie. Pracownicy je sprawdzają i odpowiedzą tutaj najszybciej, jak to możliwe.
canned-visit-title = Wizyta: pobranie odcisków palców
canned-visit = Wizytę na pobranie odcisków palców można zarezerwować, gdy status sprawy to „oczekuje na stawiennictwo”. Miejsca nie można zmienić: to urząd lub delegatura, gdzie złożono wniosek.
canned-status-title = Status sprawy
canned-status = Status sprawy sprawdzisz online, podając numer sprawy i kod dostępu. Kod dostępu otrzymuje się przy składaniu wniosku (przy wniosku wysłanym pocztą: e-mailem); nigdy nie jest podawany telefonicznie.
canned-phone-title = Infolinia
canned-phone = Tę sprawę najlepiej wyjaśnić telefonicznie: zadzwoń na infolinię 61 850 87 77.

desk-card-title = Pytanie { $number }
desk-card =
    Język: { $language }
    Komunikator: { $messenger }
    Kategoria: { $category }
    Ostatnia przeczytana odpowiedź: { $entry }
    Sprawa: { $case }

    { $question }
desk-none = —
desk-file-only = (zdjęcie lub plik, poniżej)
desk-btn-close = ✅ Zamknij
desk-btn-canned = 📋 Gotowe odpowiedzi
desk-closed-by-person = Osoba oznaczyła pytanie { $number } jako rozwiązane.
desk-closed-by-staff = Pytanie { $number } zamknięte; osoba została poproszona o ocenę.
desk-rated = Ocena pytania { $number }: { $rating }/5.
desk-viber-window = Od ostatniej wiadomości tej osoby na Viberze minęło ponad 24 godziny. Odpowiedź zostanie dostarczona, gdy osoba znowu napisze.
desk-unreachable-telegram = Ta osoba zablokowała bota: wiadomości do niej nie docierają.
desk-unreachable-viber = Ta osoba wypisała się z bota na Viberze: wiadomości do niej nie docierają.
desk-admin-only = To polecenie jest tylko dla administratorów.
desk-no-ticket = Tu nie ma pytania: pisz w temacie osoby albo odpowiadaj na jej kartę.
desk-nothing-to-close = Nie ma otwartego pytania do zamknięcia.
desk-reopened = Pytanie jest znowu otwarte.
desk-cannot-reopen = Nie można ponownie otworzyć pytania (jest otwarte albo osoba ma nowsze).
desk-banned = Osoba zablokowana: jej wiadomości nie trafiają już do pracowników.
desk-ban-unchanged = Osoba była już zablokowana.
desk-unbanned = Osoba odblokowana.
desk-unban-unchanged = Osoba nie była zablokowana.
desk-canned-title = Gotowe odpowiedzi do pytania { $number }:
desk-canned-sent = Wysłano gotową odpowiedź: { $title }
desk-tickets-empty = Brak otwartych pytań.
desk-tickets-title =
    { $count ->
        [one] Jedno otwarte pytanie, od najstarszego:
        [few] { $count } otwarte pytania, od najstarszego:
        [many] { $count } otwartych pytań, od najstarszego:
       *[other] { $count } otwartego pytania, od najstarszego:
    }
desk-tickets-line = { $icon } { $number } · { $hours } godz. · { $language } · { $messenger }
desk-stats-title = Statystyki
desk-stats-line =
    { $days ->
        [1] Ostatnie 24 godziny
        [one] Ostatni { $days } dzień
        [few] Ostatnie { $days } dni
        [many] Ostatnie { $days } dni
       *[other] Ostatnie { $days } dnia
    }: otwarte { $opened }, zamknięte { $closed }, mediana pierwszej odpowiedzi { $minutes } min, oceny { $rated } (średnio { $average })
