## Status sprawy: sprawdzanie po numerze i kodzie dostępu, „Moje sprawy”, powiadomienia o nowym statusie.

act-status = 🔎 Sprawdź status mojej sprawy
act-mine = 📁 Moje zapisane sprawy
cs-title = Status sprawy
cs-ask-number = Wpisz numer sprawy tak, jak jest w dokumentach z urzędu, na przykład 2555583/2016.
cs-ask-number-mine = Możesz też wybrać jedną z zapisanych spraw: bez kodu.
cs-number-invalid = To nie wygląda na numer sprawy. Wpisz go razem z cyframi, na przykład 2555583/2016.
cs-ask-code =
    Numer sprawy: { $number }
    Teraz wpisz kod dostępu („Kod”) do tej sprawy. Kod jest wydawany przy składaniu wniosku, a przy wnioskach wysłanych pocztą przychodzi e-mailem.
    Bot nie przechowuje kodu. W Telegramie wiadomość z kodem jest usuwana zaraz po odczytaniu.
btn-cs-other-number = ✏️ Inny numer sprawy
cs-not-found =
    Nie znaleziono sprawy o tym numerze i kodzie dostępu.
    Sprawdź oba dokładnie z dokumentami i spróbuj ponownie.
    Liczba prób jest ograniczona, dla bezpieczeństwa danych wszystkich osób.
btn-cs-try-again = 🔁 Spróbuj ponownie
btn-cs-lost-code = 🔑 Skąd wziąć kod dostępu?
cs-unavailable = System spraw urzędu teraz nie odpowiada. Spróbuj ponownie za kilka minut.
cs-locked = Było zbyt wiele prób. Aby chronić dane wszystkich osób, kolejna próba będzie możliwa po { $time }.
cs-locked-day = Było zbyt wiele prób. Aby chronić dane wszystkich osób, kolejna próba będzie możliwa { $date } po { $time }.

cs-case-title = Sprawa { $number }
cs-since = Status od: { $date }
cs-filed = Wniosek złożony: { $date }
cs-as-of = Ostatnio sprawdzono: { $date }
cs-office-poznan = Urząd: Poznań (siedziba główna)
cs-office-kalisz = Urząd: oddział w Kaliszu
cs-office-konin = Urząd: oddział w Koninie
cs-office-leszno = Urząd: oddział w Lesznie
cs-office-pila = Urząd: oddział w Pile

cs-status-registered = 📝 Wniosek zarejestrowany
cs-status-registered-next = Urząd zarejestrował wniosek w swoim systemie. Teraz nic nie trzeba robić: wniosek trafi do wydziału.
cs-status-received = 📥 Wniosek przyjęty
cs-status-received-next = Wniosek dotarł do wydziału i czeka na przydzielenie inspektora. Teraz nic nie trzeba robić. Zachowaj kod dostępu, żeby sprawdzać status później.
cs-status-inspector_assigned = 👤 Przydzielono inspektora
cs-status-inspector_assigned-next = Sprawę prowadzi teraz inspektor. Sprawdzi wniosek i dokumenty; jeśli czegoś brakuje, urząd przyśle pismo.
cs-status-verification = 🔍 Weryfikacja
cs-status-verification-next = Inspektor sprawdza wniosek i dokumenty, może też prosić o informacje inne urzędy. Teraz nic nie trzeba robić; na pisma z urzędu trzeba odpowiadać w terminie.
cs-status-formal_deficiencies = ✉️ Pismo: braki formalne
cs-status-formal_deficiencies-next = Urząd wysłał pismo z listą braków we wniosku (na przykład dokumentu, opłaty albo podpisu). Przeczytaj je i uzupełnij wszystko w terminie podanym w piśmie; inaczej wniosek zostanie pozostawiony bez rozpoznania.
cs-status-proceedings_started = ✉️ Pismo: wszczęcie postępowania
cs-status-proceedings_started-next = Urząd wysłał pismo o wszczęciu postępowania. Pismo może też wzywać do dostarczenia dokumentów albo do osobistego stawiennictwa: zrób to, o co prosi, w podanym terminie.
cs-status-repeated_summons = ✉️ Ponowne wezwanie
cs-status-repeated_summons-next = Urząd ponownie wzywa: do dostarczenia dokumentów, złożenia wyjaśnień albo osobistego stawiennictwa. Zrób to, o co prosi pismo, w podanym terminie, bo od tego zależy dalszy tok sprawy.
cs-status-in_progress = ⏳ Postępowanie w toku
cs-status-in_progress-next = Sprawa jest rozpatrywana. Teraz nic nie trzeba robić, chyba że urząd przyśle pismo. Sprawdź status później.
cs-status-draft_decision = 📄 Projekt decyzji
cs-status-draft_decision-next = Inspektor przygotował projekt decyzji, który teraz jest zatwierdzany. Teraz nic nie trzeba robić. Decyzja zostanie doręczona pocztą albo elektronicznie.
cs-status-concluded = ✅ Postępowanie zakończone
cs-status-concluded-next = Decyzja została wydana. Poczekaj na jej doręczenie i przeczytaj ją. Po udzieleniu zezwolenia karta pobytu jest zamawiana automatycznie po wniesieniu opłaty za kartę; trwa to około miesiąca od dostarczenia potwierdzenia wpłaty.
cs-status-card_ordered = 🏭 Zlecono personalizację karty
cs-status-card_ordered-next = Karta pobytu jest w produkcji. Zwykle trwa to około miesiąca. Poczekaj na status „karta gotowa do odbioru”.
cs-status-card_ready = 🪪 Karta gotowa do odbioru
cs-status-card_ready-next = Karta pobytu czeka w urzędzie podanym niżej. Odbiór jest osobisty, z paszportem (sprawdzane są odciski palców). Za dziecko poniżej 13 lat kartę odbiera rodzic lub opiekun; od 13 lat dziecko musi przyjść.
cs-status-card_collected = 🎉 Karta odebrana
cs-status-card_collected-next = Karta pobytu została odebrana. Sprawa jest zakończona.
cs-status-suspended = ⏸ Postępowanie zawieszone
cs-status-suspended-next = Postępowanie jest wstrzymane, na wniosek strony albo z powodu wskazanego w piśmie urzędu. Z pisma wynika, co jest potrzebne, żeby je podjąć.
cs-status-awaiting_attendance = 🖐 Oczekiwanie na stawiennictwo
cs-status-awaiting_attendance-next = Urząd czeka na osobistą wizytę: pobranie odcisków palców i okazanie paszportu. Umów wizytę w ciągu 30 dni przyciskiem „Umów wizytę na odciski”. Bez rezerwacji urząd wyśle pismo z wyznaczonym terminem.
cs-status-unknown =
    System urzędu pokazuje status, którego ten bot jeszcze nie objaśnia.
    Zapytaj pracowników urzędu, co oznacza on w Twojej sprawie.

btn-cs-book = 🗓 Umów wizytę na odciski
btn-cs-remember = ⭐ Zapamiętaj tę sprawę
btn-cs-forget = 🗑 Usuń tę sprawę
btn-cs-my-cases = 📁 Moje sprawy
btn-cs-check = 🔎 Sprawdź sprawę
cs-kept =
    Sprawa { $number } jest zapisana w „Moich sprawach”.
    Następnym razem status pokaże jedno dotknięcie, bez kodu. Gdy status się zmieni, przyjdzie wiadomość.
cs-forgotten = Sprawa { $number } została usunięta z „Moich spraw”. Wiadomości o niej nie będą już przychodzić.
cs-mine-case = 📁 { $number }
cs-mine-title = Moje sprawy
cs-mine-text = Zapisane sprawy. Wybierz jedną, żeby zobaczyć jej status.
cs-mine-empty = Nie ma jeszcze zapisanych spraw. Po sprawdzeniu sprawy wybierz „Zapamiętaj tę sprawę”.
cs-notice-title = Nowości w sprawie
cs-notice = Zmienił się status sprawy { $number }.
