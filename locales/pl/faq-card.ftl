## FAQ: karta pobytu, obywatele Ukrainy, obywatele UE, legalny pobyt i podróże.

faq-card-issue-q = Kiedy dostanę kartę pobytu?
faq-card-issue-a =
    Po decyzji pozytywnej karta pobytu jest wydawana automatycznie. Nie składasz osobnego wniosku o kartę.
    Karta jest gotowa mniej więcej miesiąc po tym, jak urząd ma:
    • potwierdzenie wpłaty opłaty za kartę,
    • potwierdzenie zameldowania (adres w Polsce).
    Status sprawy sprawdzisz na stronie urzędu: podaj numer sprawy i kod dostępu.
    Gdy status pokaże „karta gotowa do odbioru”, możesz ją odebrać.

faq-card-fee-q = Ile kosztuje karta pobytu?
faq-card-fee-a =
    Opłata za wydanie karty pobytu: 100 zł.
    Opłatę ulgową 50 zł płacą:
    • uczniowie i studenci,
    • dzieci poniżej 16 lat,
    • osoby w trudnej sytuacji materialnej.
    Nowa karta w miejsce karty utraconej z własnej winy: 200 zł.
    Opłatę za kartę wpłacasz na konto Urzędu Wojewódzkiego. Opłatę skarbową za zezwolenie płaci się osobno, na konto Miasta Poznania.
    Karta zostanie wydana, gdy urząd otrzyma potwierdzenie wpłaty.
    Numer konta jest na stronie urzędu.

faq-card-collection-q = Kto może odebrać kartę pobytu?
faq-card-collection-a =
    Kartę odbiera osobiście jej właściciel. Przy odbiorze sprawdzane są odciski palców.
    Dlatego inna osoba nie odbierze karty za Ciebie.
    Dzieci:
    • poniżej 13 lat: kartę odbiera rodzic lub opiekun prawny,
    • od 13 lat: dziecko musi przyjść osobiście.
    Odbiór w delegaturze: kartę możesz odebrać w Kaliszu, Koninie, Lesznie lub Pile zamiast w Poznaniu. Trzeba to zgłosić na piśmie.

faq-card-ready-q = Status „karta gotowa do odbioru” — co dalej?
faq-card-ready-a =
    Status podaje miasto, w którym czeka Twoja karta: Poznań, Kalisz, Konin, Leszno lub Piła.
    Kartę odbierasz w tym mieście.
    W Poznaniu: obsługa klienta, pl. Wolności 17, 61-739 Poznań.
    Przyjdź osobiście. Przy odbiorze sprawdzane są odciski palców.
    Za dziecko poniżej 13 lat kartę odbiera rodzic lub opiekun. Dziecko od 13 lat musi przyjść osobiście.
    Adresy delegatur i godziny obsługi są na stronie urzędu.
    Masz pytanie? Zadzwoń na infolinię: 61 850 87 77 albo napisz przez formularz kontaktowy „WSC Kontakt”.

faq-card-lost-q = Zgubiona lub skradziona karta pobytu — co robić?
faq-card-lost-a =
    1. W ciągu 3 dni zgłoś utratę karty do urzędu wojewódzkiego.
    2. W ciągu 14 dni złóż wniosek o wymianę karty, czyli o nową kartę.
    Opłata za nową kartę:
    • 200 zł, jeśli karta zginęła z Twojej winy,
    • w innym przypadku zwykła opłata za kartę: 100 zł (ulgowa 50 zł).
    Jak zgłosić utratę i złożyć wniosek, opisuje strona urzędu.
    Możesz też zadzwonić na infolinię 61 850 87 77 albo napisać przez formularz kontaktowy „WSC Kontakt”.

faq-card-exchange-q = Zniszczona karta lub zmiana danych — wymiana karty
faq-card-exchange-a =
    Złóż wniosek o wymianę karty pobytu w ciągu 14 dni, gdy:
    • karta jest zniszczona lub uszkodzona,
    • zmieniły się dane zapisane w karcie, np. imię lub nazwisko.
    Opłata za nową kartę: 100 zł (ulgowa 50 zł).
    Jak złożyć wniosek, opisuje strona urzędu.
    Możesz też zadzwonić na infolinię 61 850 87 77 albo napisać przez formularz kontaktowy „WSC Kontakt”.

faq-card-renew-q = Kończy się ważność karty pobytu stałego lub rezydenta UE
faq-card-renew-a =
    Karta pobytu stałego i karta rezydenta długoterminowego UE mają datę ważności.
    Wniosek o wymianę karty złóż najpóźniej 30 dni przed końcem jej ważności.
    Opłata za nową kartę: 100 zł (ulgowa 50 zł).
    Karty pobytu czasowego się nie przedłuża. Gdy zezwolenie się kończy, złóż w systemie MOS wniosek o nowe zezwolenie, najpóźniej w ostatnim dniu legalnego pobytu.

faq-ukraine-cukr-q = Karta CUKR — kto może ją dostać?
faq-ukraine-cukr-a =
    Od 4.05.2026 obywatele Ukrainy mogą starać się o kartę pobytu CUKR.
    Wniosek składa się tylko przez system MOS.
    Warunki:
    • ważny status UKR w PESEL w dniu złożenia wniosku i w dniu wydania karty,
    • status UKR przez co najmniej 365 dni,
    • status UKR aktywny w dniu 4.06.2025.
    Karta CUKR jest ważna do 3 lat.
    Opłaty: 340 zł opłaty skarbowej i 100 zł za kartę.
    Wniosek złóż najpóźniej 4.03.2027.
    Masz pytanie o swoją sytuację? Zadzwoń na infolinię 61 850 87 77 albo napisz przez formularz kontaktowy „WSC Kontakt”.

faq-ukraine-cukr-fees-q = Ile kosztuje karta CUKR i do kiedy złożyć wniosek?
faq-ukraine-cukr-fees-a =
    Za kartę CUKR płacisz dwie opłaty:
    • 340 zł opłaty skarbowej, na konto Miasta Poznania,
    • 100 zł za kartę pobytu, na konto Urzędu Wojewódzkiego.
    Razem 440 zł.
    Potwierdzenia wpłat dołączasz do wniosku w systemie MOS.
    Wniosek złóż najpóźniej 4.03.2027.
    Numery kont są na stronie opłat urzędu.

faq-ukraine-pesel-ukr-q = Do kiedy działa status PESEL UKR? Co dalej?
faq-ukraine-pesel-ukr-a =
    Ochrona ze statusem UKR w PESEL trwa do 4.03.2027.
    Przed tą datą zadbaj o inną podstawę pobytu:
    • jeśli spełniasz warunki, złóż w systemie MOS wniosek o kartę CUKR (najpóźniej 4.03.2027),
    • albo złóż w systemie MOS wniosek o inne zezwolenie na pobyt, np. pobyt czasowy w celu pracy.
    Wniosek złóż najpóźniej w ostatnim dniu legalnego pobytu. Nie czekaj do ostatniej chwili.
    Nie wiesz, co wybrać? Zadzwoń na infolinię 61 850 87 77 albo napisz przez formularz kontaktowy „WSC Kontakt”.

faq-eu-citizens-q = Jestem obywatelem UE. Czy potrzebuję zezwolenia?
faq-eu-citizens-a =
    Nie. Obywatel Unii Europejskiej nie potrzebuje zezwolenia na pobyt w Polsce.
    Rejestracją pobytu obywatela UE zajmuje się nasz Wydział Spraw Cudzoziemców.
    Wymagane dokumenty i sposób złożenia wniosku opisuje strona urzędu.
    Szczegóły dotyczące Twojej sytuacji: zadzwoń na infolinię 61 850 87 77 albo napisz przez formularz kontaktowy „WSC Kontakt”.

faq-travel-decision-q = Czy mogę podróżować z samą decyzją?
faq-travel-decision-a =
    Nie. Decyzja o zezwoleniu na pobyt nie jest dokumentem podróży.
    Dokumentem, który potwierdza Twój pobyt, jest karta pobytu.
    Karta jest wydawana automatycznie po decyzji, około miesiąca po tym, jak urząd ma potwierdzenie opłaty za kartę i zameldowania.
    Stempel w paszporcie ani zaświadczenie z MOS też nie pozwalają podróżować po strefie Schengen.

faq-travel-schengen-q = Stempel lub zaświadczenie z MOS — czy mogę wyjechać?
faq-travel-schengen-a =
    Stempel w paszporcie i zaświadczenie z MOS potwierdzają złożenie wniosku.
    Nie dają prawa do podróży po strefie Schengen.
    Możesz wyjechać do swojego kraju.
    Ale żeby wrócić do Polski, potrzebujesz wizy.
    Wizy nie można uzyskać w Polsce.
    Przed wyjazdem sprawdź, czy masz dokument, z którym wrócisz.

faq-travel-legal-stay-q = Czy mój pobyt jest legalny, gdy czekam na decyzję?
faq-travel-legal-stay-a =
    Tak, jeśli wniosek złożono w terminie, czyli najpóźniej w ostatnim dniu legalnego pobytu.
    Wtedy Twój pobyt w Polsce jest legalny do dnia, w którym decyzja stanie się ostateczna.
    Złożenie wniosku potwierdza stempel w paszporcie, a od 27.04.2026 zaświadczenie z MOS.
    To dotyczy pobytu w Polsce. Nie daje prawa do podróży po strefie Schengen.
    Wniosek złożony po terminie? Zadzwoń na infolinię 61 850 87 77 albo napisz przez formularz kontaktowy „WSC Kontakt”.

faq-travel-visa-poland-q = Czy mogę dostać wizę w Polsce?
faq-travel-visa-poland-a =
    Nie. Wizy nie można uzyskać w Polsce. Wizę wydaje polski konsulat za granicą.
    W Polsce można tylko przedłużyć wizę, którą już masz (opłata skarbowa 406 zł).
    Chcesz zostać dłużej? Możesz też złożyć w systemie MOS wniosek o zezwolenie na pobyt, najpóźniej w ostatnim dniu legalnego pobytu.
