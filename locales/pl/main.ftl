## Rama każdej rozmowy: wybór języka, menu, przyciski, wyszukiwanie, pomoc.

welcome-title = Wydział Spraw Cudzoziemców, Poznań
welcome =
    Dzień dobry! Jestem asystentem Wydziału Spraw Cudzoziemców Wielkopolskiego Urzędu Wojewódzkiego.
    Odpowiadam na pytania o zezwolenia na pobyt, karty pobytu i wizyty w urzędzie, o każdej porze.
lang-name = Polski
lang-prompt = Wybierz język:
lang-title = Język
lang-set = Od teraz piszę po polsku. Język zmienisz w każdej chwili poleceniem /language.

main-menu-title = Menu główne
main-menu-text = Wybierz temat albo po prostu wpisz pytanie własnymi słowami.
category-text = Wybierz pytanie:

btn-back = ⬅️ Wstecz
btn-main-menu = 🏠 Menu główne
btn-page-prev = ◀️ Poprzednie
btn-page-next = Dalej ▶️
btn-language = 🌐 Język
btn-help = ❓ Pomoc
btn-contact = 📞 Kontakt z urzędem
btn-official-page = 🔗 Strona urzędu
btn-helped-yes = 👍 Pomogło
btn-helped-no = 👎 Nie bardzo

faq-verified = Sprawdzono { $date }. Przepisy się zmieniają: aktualna wersja jest na stronie urzędu.
feedback-thanks = Dziękujemy! Twoja odpowiedź pomaga nam ulepszać bota.
feedback-sorry =
    Przykro nam, że to nie pomogło.
    Spróbuj zapytać innymi słowami albo skontaktuj się z urzędem.

search-candidates =
    { $count ->
        [one] Nie mam pewności, czy dobrze rozumiem. Czy chodzi o to pytanie?
        [few] Nie mam pewności, czy dobrze rozumiem. Czy chodzi o któreś z tych { $count } pytań?
        [many] Nie mam pewności, czy dobrze rozumiem. Czy chodzi o któreś z tych { $count } pytań?
       *[other] Nie mam pewności, czy dobrze rozumiem. Czy chodzi o któreś z tych pytań?
    }
search-nothing =
    Niestety, nie znam odpowiedzi na to pytanie.
    Spróbuj innych słów albo wybierz temat z menu.
    Możesz też skontaktować się z urzędem: infolinia 61 850 87 77.

help-title = Jak korzystać z bota
help-text =
    • Stukaj w przyciski, aby przechodzić między tematami.
    • Albo wpisz pytanie własnymi słowami: po polsku, angielsku, rosyjsku lub ukraińsku.
    • Każda odpowiedź ma link do strony urzędu.
    • /menu otwiera menu główne, /language zmienia język, /help pokazuje ten tekst.
    Bot nie prosi o dane osobowe i nie potrzebuje ich, aby odpowiadać na pytania.

media-hint = Rozumiem tylko tekst. Wpisz pytanie albo wybierz temat z menu.
something-wrong = Przepraszamy, coś poszło nie tak po naszej stronie. Spróbuj ponownie albo otwórz menu główne.
menu-changed = To menu zdążyło się zmienić. Oto aktualne.
private-only = Napisz do mnie w prywatnej rozmowie.

cmd-start = Zacznij od nowa
cmd-menu = Menu główne
cmd-language = Zmień język
cmd-help = Jak korzystać z bota
