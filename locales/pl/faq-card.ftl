## FAQ: karta pobytu, obywatele Ukrainy, obywatele UE, legalny pobyt i podróże.

faq-card-issue-q = Kiedy dostanę kartę pobytu?
faq-card-issue-a =
    Po decyzji pozytywnej karta pobytu jest wydawana automatycznie. Nie składasz osobnego wniosku o kartę.
    Urząd zleca wydruk karty, gdy ma:
    • potwierdzenie wpłaty opłaty za kartę oraz
    • potwierdzenie zameldowania albo Twoje pisemne oświadczenie, że prosisz o kartę bez adresu zameldowania.
    Sama wpłata nie wystarczy. Zameldowanie nie jest warunkiem: bez niego karta jest wydawana bez adresu.
    Karta jest gotowa mniej więcej miesiąc później.
    Gdy na stronie stanu sprawy pojawi się status „karta gotowa do odbioru”, możesz ją odebrać.

faq-card-fee-q = Ile kosztuje karta pobytu?
faq-card-fee-a =
    Opłata za wydanie karty pobytu: 100 zł.
    Opłatę ulgową 50 zł płacą:
    • uczniowie i studenci,
    • dzieci poniżej 16 lat,
    • osoby w trudnej sytuacji materialnej.
    Nowa karta w miejsce karty utraconej z własnej winy: 200 zł.
    Opłatę za kartę wpłacasz na konto Urzędu Wojewódzkiego. Opłatę skarbową za zezwolenie płaci się osobno, na konto Miasta Poznania.
    Karta jest zlecana do wydruku, gdy urząd ma potwierdzenie wpłaty oraz potwierdzenie zameldowania albo oświadczenie, że prosisz o kartę bez adresu.
    Numer konta jest na stronie urzędu.

faq-card-collection-q = Kto może odebrać kartę pobytu?
faq-card-collection-a =
    Kartę odbiera osobiście jej właściciel. Przy odbiorze sprawdzane są odciski palców.
    Dlatego nikt inny nie odbierze karty za Ciebie.
    Dzieci:
    • poniżej 13 lat: kartę odbiera rodzic lub opiekun prawny,
    • od 13 lat: dziecko musi przyjść osobiście.
    Delegatury: kartę możesz odebrać w Kaliszu, Koninie, Lesznie lub Pile zamiast w Poznaniu. Złóż pisemne oświadczenie przy wniosku albo w trakcie postępowania.
    Karta jest już wydrukowana, a chcesz ją odebrać w innym mieście? Napisz na sc@poznan.uw.gov.pl: imię, nazwisko, obywatelstwo i numer sprawy.

faq-card-ready-q = Status „karta gotowa do odbioru” – co dalej?
faq-card-ready-a =
    Status podaje miasto, w którym czeka Twoja karta: Poznań, Kalisz, Konin, Leszno albo Piła.
    Kartę odbierasz w tym mieście.
    W Poznaniu: sala obsługi, pl. Wolności 17, 61-739 Poznań.
    Przyjdź osobiście. Przy odbiorze sprawdzane są odciski palców.
    Kartę dziecka poniżej 13 lat odbiera rodzic lub opiekun. Dziecko od 13 lat musi przyjść osobiście.
    Adresy delegatur i godziny obsługi są na stronie urzędu.

faq-card-lost-q = Zgubiona lub skradziona karta pobytu – co robić?
faq-card-lost-a =
    1. W ciągu 3 dni zgłoś utratę karty w Urzędzie Wojewódzkim.
    2. W ciągu 14 dni złóż wniosek o wymianę karty (o nową kartę).
    Opłata za nową kartę:
    • 200 zł, jeśli karta zginęła z Twojej winy,
    • w innych przypadkach zwykła opłata za kartę: 100 zł (ulgowa 50 zł).
    Jak złożyć wniosek, wyjaśnia strona urzędu.

faq-card-exchange-q = Zniszczona karta lub zmiana danych – wymiana karty
faq-card-exchange-a =
    Wniosek o wymianę karty pobytu złóż w ciągu 14 dni, gdy:
    • karta jest uszkodzona,
    • zmieniły się dane na karcie, np. nazwisko albo adres zameldowania,
    • Twój wygląd zmienił się tak, że zdjęcie nie pozwala Cię rozpoznać.
    Opłata za nową kartę: 100 zł (ulgowa 50 zł).
    Przy składaniu wniosku dziecka, które skończyło 6 lat, dziecko musi być obecne.
    Jak złożyć wniosek, wyjaśnia strona urzędu.

faq-card-renew-q = Kończy się ważność karty pobytu stałego lub rezydenta UE
faq-card-renew-a =
    Karta pobytu stałego i karta rezydenta długoterminowego UE mają datę ważności.
    Wniosek o wymianę karty złóż najpóźniej 30 dni przed końcem jej ważności.
    Opłata za nową kartę: 100 zł (ulgowa 50 zł).
    Karty pobytu czasowego się nie przedłuża. Gdy kończy się zezwolenie, złóż w MOS wniosek o nowe zezwolenie, najpóźniej w ostatnim dniu legalnego pobytu.

faq-ukraine-cukr-q = Karta CUKR – kto może ją dostać?
faq-ukraine-cukr-a =
    Od 4.05.2026 obywatele Ukrainy mogą złożyć wniosek o kartę pobytu CUKR.
    Wniosek składa się tylko przez system MOS.
    Warunki:
    • ważny status UKR w PESEL w dniu złożenia wniosku i w dniu wydania karty,
    • status UKR przez co najmniej 365 dni,
    • status UKR aktywny w dniu 4.06.2025.
    Karta CUKR jest ważna do 3 lat.
    Opłaty: 340 zł opłaty skarbowej i 100 zł za kartę.
    Wniosek złóż najpóźniej do 4.03.2027.
    Przycisk poniżej otwiera MOS.

faq-ukraine-cukr-fees-q = Karta CUKR: opłaty i termin złożenia wniosku
faq-ukraine-cukr-fees-a =
    Za kartę CUKR płacisz dwie opłaty:
    • 340 zł opłaty skarbowej, na konto Miasta Poznania,
    • 100 zł za kartę pobytu, na konto Urzędu Wojewódzkiego.
    Razem: 440 zł.
    Potwierdzenia wpłat dołącz do wniosku w MOS.
    Wniosek złóż najpóźniej do 4.03.2027.
    Numery kont są na stronie urzędu z opłatami.

faq-ukraine-pesel-ukr-q = Do kiedy działa status PESEL UKR? Co dalej?
faq-ukraine-pesel-ukr-a =
    Ochrona ze statusem UKR w PESEL trwa do 4.03.2027.
    Przed tą datą zadbaj o inną podstawę pobytu:
    • jeśli spełniasz warunki, złóż w MOS wniosek o kartę CUKR (do 4.03.2027),
    • albo złóż w MOS wniosek o inne zezwolenie na pobyt, np. pobyt czasowy i pracę.
    Wniosek złóż najpóźniej w ostatnim dniu legalnego pobytu. Nie czekaj do ostatniej chwili.

faq-eu-citizens-q = Obywatel UE – czy potrzebne jest zezwolenie na pobyt?
faq-eu-citizens-a =
    Nie. Obywatel Unii Europejskiej nie potrzebuje zezwolenia na pobyt w Polsce.
    Ale jeśli zostajesz dłużej niż 3 miesiące, musisz zarejestrować pobyt. Wniosek złóż osobiście najpóźniej w następnym dniu po upływie 3 miesięcy od wjazdu. Brak rejestracji grozi grzywną.
    Członek rodziny, który nie jest obywatelem UE, musi uzyskać kartę pobytu członka rodziny obywatela UE.
    Rejestracją zajmuje się nasz Wydział Spraw Cudzoziemców. Lista dokumentów jest na stronie urzędu.

faq-travel-decision-q = Czy mogę podróżować z samą decyzją?
faq-travel-decision-a =
    Nie. Decyzja o zezwoleniu na pobyt nie uprawnia do przekraczania granic.
    Z decyzją możesz legalnie wyjechać z Polski prosto do swojego kraju, bez tranzytu przez inne państwa.
    Granice przekraczasz z kartą pobytu i paszportem.
    Karta jest wydawana po decyzji, gdy urząd ma potwierdzenie opłaty za kartę oraz potwierdzenie zameldowania albo oświadczenie, że prosisz o kartę bez adresu.
    Stempel w paszporcie ani zaświadczenie z MOS też nie pozwalają podróżować po strefie Schengen.

faq-travel-schengen-q = Stempel lub zaświadczenie z MOS – czy mogę wyjechać?
faq-travel-schengen-a =
    Stempel w paszporcie i zaświadczenie z MOS potwierdzają, że złożono wniosek.
    Możesz wyjechać z Polski, np. do domu.
    Ale nie pozwalają one podróżować po strefie Schengen ani wrócić do Polski.
    Żeby wrócić, potrzebujesz wizy albo ruchu bezwizowego, jeśli przysługuje on obywatelom Twojego kraju (np. Ukrainy, Mołdawii, Gruzji z paszportem biometrycznym).
    Wizy nie dostaniesz w Polsce.
    Przed wyjazdem sprawdź, czy masz dokument, z którym wrócisz.

faq-travel-legal-stay-q = Czy mój pobyt jest legalny, gdy czekam na decyzję?
faq-travel-legal-stay-a =
    Pobyt jest legalny do dnia, w którym decyzja stanie się ostateczna, tylko jeśli:
    • wniosek złożono w terminie, najpóźniej w ostatnim dniu legalnego pobytu, oraz
    • wniosek nie miał braków formalnych albo usunięto je w terminie wyznaczonym przez urząd.
    Potwierdza to stempel w paszporcie, a od 27.04.2026 zaświadczenie z MOS.
    Chodzi o pobyt w Polsce. Nie uprawnia to do podróży po strefie Schengen.
    Wniosek złożony po terminie albo braki nieusunięte na czas? Zapytaj pracowników urzędu, zanim uznasz pobyt za legalny.

faq-travel-visa-poland-q = Czy mogę dostać wizę w Polsce?
faq-travel-visa-poland-a =
    Nie. Wizy nie można uzyskać w Polsce. Wydają je polskie konsulaty za granicą.
    Posiadaną wizę można przedłużyć tylko w wyjątkowej sytuacji: gdy zdarzyło się coś niezależnego od Ciebie, czego nie dało się przewidzieć przy składaniu wniosku o wizę. Wniosek złóż przed końcem ważności wizy. Nie zakładaj, że przedłużenie się uda.
    Aby zostać dłużej, zwykle składa się w MOS wniosek o zezwolenie na pobyt, najpóźniej w ostatnim dniu legalnego pobytu.
