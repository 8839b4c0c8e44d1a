## FAQ: papierowe wnioski sprzed MOS, PESEL, zameldowanie, czekanie i praca w trakcie sprawy, opóźnienia, odmowa, adres i listy, dzieci, paszport, Karta Polaka, rodziny obywateli UE, e-mail i delegatury.

faq-paper-before-mos-q = Wniosek wysłany przed 27.04.2026: co dalej?
faq-paper-before-mos-a =
    Wnioski papierowe musiały dotrzeć do urzędu do 26 kwietnia 2026 r.
    • Jeśli Twój dotarł do tego dnia, urząd go rozpatruje. Nie musisz składać go ponownie w MOS.
    • Jeśli dotarł później, zostaje pozostawiony bez rozpoznania. Liczy się dzień doręczenia do urzędu, a nie dzień nadania na poczcie. Wtedy złóż wniosek w MOS.
    Nie opublikowano, czy do sprawy papierowej potrzebne jest konto w MOS.
    Pisma w sprawie papierowej przychodzą pocztą, na adres podany we wniosku.
    Status sprawdzasz jak dotąd: numerem sprawy i kodem dostępu.

faq-mos-login-no-pesel-q = Jak zalogować się do MOS bez numeru PESEL?
faq-mos-login-no-pesel-a =
    Do MOS logujesz się przez login.gov.pl, państwowy system logowania.
    Profil zaufany wymaga numeru PESEL.
    Jak logują się osoby bez PESEL i bez profilu zaufanego, urząd jeszcze nie opublikował.
    Zgodnie z ustawą wojewoda zapewnia cudzoziemcom pomoc przy zakładaniu konta w MOS.
    Zapytaj urząd, jak z niej skorzystać: infolinia 61 850 87 77 lub formularz „WSC Kontakt”.
    Zapytaj wcześniej, nie w ostatnim dniu legalnego pobytu.
    Być może możesz też uzyskać numer PESEL: zobacz „Jak uzyskać numer PESEL?”.

faq-pesel-get-q = Jak uzyskać numer PESEL?
faq-pesel-get-a =
    Numer PESEL nadaje urząd gminy, a nie nasz urząd.
    • Gdy się zameldujesz, zwykle dostajesz PESEL automatycznie.
    • Jeśli nie możesz się zameldować, a jakiś urząd wymaga od Ciebie PESEL, złóż wniosek w urzędzie gminy: tam, gdzie mieszkasz, albo tam, gdzie ma siedzibę Twój pracodawca.
    We wniosku wpisz podstawę prawną, z której wynika obowiązek posiadania PESEL. Urząd, który żąda PESEL, powinien Ci ją wskazać.
    Usługa jest bezpłatna.
    Przycisk poniżej otwiera stronę rządową ze szczegółami.

faq-address-registration-q = Czy do karty pobytu potrzebne jest zameldowanie?
faq-address-registration-a =
    Nie. Zameldowanie nie jest warunkiem wydania karty pobytu.
    Bez niego karta zostanie wydana bez adresu.
    W tym celu złóż pisemne oświadczenie, że prosisz o kartę bez adresu zameldowania. Możesz to zrobić razem z wnioskiem albo po otrzymaniu decyzji.
    Chcesz mieć adres na karcie? Przedłóż potwierdzenie zameldowania na pobyt stały albo czasowy trwający ponad 2 miesiące.
    Zameldować się możesz w urzędzie gminy (w Poznaniu w Urzędzie Miasta), a nie w naszym urzędzie.

faq-permit-expired-waiting-q = Karta wygasła w trakcie sprawy: co pokazać policji, pracodawcy?
faq-permit-expired-waiting-a =
    Twój pobyt jest legalny do dnia, w którym decyzja stanie się ostateczna, jeśli:
    • złożono wniosek najpóźniej w ostatnim dniu legalnego pobytu oraz
    • wniosek nie miał braków formalnych albo uzupełniono je w terminie.
    Potwierdzenie: stempel w paszporcie albo, przy wnioskach w MOS, zaświadczenie z MOS.
    Nie masz jeszcze stempla? Przy kontroli policji podaj numer sprawy, datę wysłania wniosku i rodzaj wniosku. Policja i Straż Graniczna mogą to potwierdzić w urzędzie.
    Pracodawcy pokaż stempel albo zaświadczenie z MOS. Prawo do pracy to osobna sprawa: zobacz „Czy mogę pracować w trakcie sprawy?”.
    To nie pozwala podróżować po strefie Schengen.

faq-passport-lost-q = Zgubiony lub skradziony paszport: co robić?
faq-passport-lost-a =
    1. Zgłoś zgubienie lub kradzież na policji. Zachowaj potwierdzenie.
    2. Skontaktuj się z ambasadą lub konsulatem swojego kraju w sprawie nowego paszportu.
    3. Jeśli masz sprawę w toku, poinformuj nasz urząd: napisz, podaj numer sprawy i dołącz potwierdzenie z policji.
    Sama utrata paszportu nie kończy legalnego pobytu.
    W zgubionym paszporcie była wiza krajowa? Z nowym paszportem złóż do wojewody wniosek o umieszczenie w nim nowej naklejki wizowej.
    Masz pobyt stały lub rezydenta długoterminowego UE, a Twój kraj nie wyda paszportu? Możesz wystąpić o polski dokument podróży dla cudzoziemca.
    Zgubiona karta pobytu to osobna sprawa: zobacz „Zgubiona lub skradziona karta pobytu”.

faq-work-while-pending-q = Czy mogę pracować w trakcie sprawy?
faq-work-while-pending-a =
    Samo złożenie wniosku nie daje prawa do pracy.
    W czasie oczekiwania możesz pracować tylko w niektórych przypadkach, na przykład:
    • tuż przed złożeniem wniosku miałeś lub miałaś ważne zezwolenie na pracę i pracujesz dalej u tego samego pracodawcy, na tym samym stanowisku i na tym samym rodzaju umowy;
    • jesteś zwolniony lub zwolniona z obowiązku posiadania zezwolenia na pracę, a zwolnienie jest aktualne przez całe postępowanie.
    Przy pracy na oświadczeniu o powierzeniu pracy z urzędu pracy obowiązują osobne zasady.
    Twój pobyt też musi być legalny: stempel w paszporcie albo zaświadczenie z MOS.
    Nie masz pewności? Zapytaj przed podjęciem pracy: infolinia 61 850 87 77.

faq-case-duration-q = Ile trwa sprawa o pobyt?
faq-case-duration-a =
    Urząd nie podaje stałego czasu.
    Zależy on przede wszystkim od tego, czy wniosek jest kompletny i poprawnie wypełniony.
    Co pomaga:
    • odpowiadaj na pisma z urzędu w terminie,
    • rezerwuj wizytę na odciski palców, gdy tylko otworzy się kalendarz,
    • zgłaszaj urzędowi zmianę adresu.
    Postęp sprawdzisz online, numerem sprawy i kodem dostępu.
    Czekasz znacznie dłużej, niż powinno to trwać? Zobacz „Sprawa trwa za długo: co mogę zrobić?”.

faq-case-too-long-q = Sprawa trwa za długo: co mogę zrobić?
faq-case-too-long-a =
    Jeśli sprawy nie załatwiono w terminie albo trwa dłużej, niż to konieczne, możesz złożyć ponaglenie.
    • Uzasadnij, dlaczego uważasz, że sprawa się przeciąga. Podaj imię i nazwisko, numer sprawy i datę złożenia wniosku.
    • Zaadresuj je do Szefa Urzędu do Spraw Cudzoziemców, ale złóż w naszym urzędzie. Prześlemy je dalej razem z aktami sprawy.
    • Podpisz je. Złóż w urzędzie, wyślij pocztą albo przez ePUAP.
    Jeśli ponaglenie nie pomoże, możesz wnieść skargę do sądu administracyjnego.
    Najpierw sprawdź status: może urząd czeka na coś od Ciebie.

faq-address-change-q = Przeprowadzka: jak podać urzędowi nowy adres?
faq-address-change-a =
    W trakcie sprawy zawiadamiaj urząd o każdej zmianie adresu do korespondencji.
    • Napisz krótkie pismo: imię i nazwisko, numer sprawy, nowy adres. Podpisz je.
    • Złóż je w urzędzie albo wyślij pocztą.
    Jeśli tego nie zrobisz, pisma pójdą na stary adres i zostaną uznane za doręczone.
    Wyjeżdżasz z Polski w trakcie sprawy? Wskaż osobę w Polsce, która będzie odbierać Twoje pisma (pełnomocnik do doręczeń).

faq-letters-missed-q = Nie odebrano listu z urzędu (awizo): co teraz?
faq-letters-missed-a =
    Gdy nikogo nie ma w domu, listonosz zostawia awizo. List czeka na poczcie 14 dni.
    Jeśli nikt go w tym czasie nie odbierze, uznaje się go za doręczony. Terminy w nim biegną, nawet jeśli go nie przeczytasz.
    Co robić:
    • odbieraj listy w terminie albo upoważnij kogoś do odbioru;
    • sprawdzaj status sprawy online;
    • myślisz, że list Cię ominął? Od razu zapytaj urząd: infolinia 61 850 87 77.
    Termin minął nie z Twojej winy? W ciągu 7 dni od ustania przeszkody złóż prośbę o przywrócenie terminu i jednocześnie wykonaj zaległą czynność.

faq-after-refusal-q = Odmowa pobytu: czy muszę wyjechać z Polski?
faq-after-refusal-a =
    Możesz się odwołać w ciągu 14 dni od doręczenia. Jeśli tego nie zrobisz, decyzja staje się ostateczna.
    Wtedy, jeśli nie masz innej podstawy pobytu, opuść Polskę w ciągu 30 dni od dnia, w którym decyzja stała się ostateczna.
    Po odwołaniu: opuść Polskę w ciągu 30 dni od doręczenia decyzji Szefa Urzędu do Spraw Cudzoziemców.
    Tę decyzję możesz zaskarżyć do Wojewódzkiego Sądu Administracyjnego w Warszawie. Skargę składasz za pośrednictwem Szefa Urzędu do Spraw Cudzoziemców, w ciągu 30 dni od doręczenia.
    Jeśli nie wyjedziesz dobrowolnie, możesz dostać decyzję o zobowiązaniu do powrotu i zakaz wjazdu do Polski i strefy Schengen.

faq-child-born-poland-q = Dziecko urodziło się w Polsce: co zrobić?
faq-child-born-poland-a =
    Samo urodzenie w Polsce nie daje dziecku polskiego obywatelstwa.
    Kolejne kroki:
    1. Zarejestruj urodzenie w urzędzie stanu cywilnego (USC) i odbierz akt urodzenia.
    2. Wyrób dziecku paszport w konsulacie swojego kraju.
    3. Zaraz potem złóż w MOS wniosek o zezwolenie na pobyt dla dziecka.
    Rodzaj zezwolenia zależy od Twojego: dziecko urodzone, gdy masz pobyt stały lub rezydenta długoterminowego UE, może dostać pobyt stały; w innych przypadkach zwykle pobyt czasowy.
    Przycisk poniżej otwiera stronę urzędu ze szczegółami.

faq-karta-polaka-q = Jak uzyskać Kartę Polaka?
faq-karta-polaka-a =
    Karta Polaka potwierdza przynależność do Narodu Polskiego. Nie jest zezwoleniem na pobyt.
    • Obywatele Białorusi, Rosji i Ukrainy mogą złożyć wniosek w naszym urzędzie. Deklarację przynależności do Narodu Polskiego podpisujesz osobiście, przy pracowniku urzędu.
    • Potrzebna jest co najmniej podstawowa znajomość polskiego oraz polskie pochodzenie albo co najmniej 3 lata aktywnej działalności w organizacji polskiej lub polonijnej.
    • Obywatele innych państw składają wniosek zwykle u polskiego konsula za granicą.
    Z Kartą Polaka możesz potem ubiegać się o pobyt stały.
    Przycisk poniżej otwiera stronę urzędu o Karcie Polaka.

faq-eu-family-members-q = Mąż, żona lub rodzic jest obywatelem UE: jaka karta?
faq-eu-family-members-a =
    Członek rodziny obywatela UE, który sam nie jest obywatelem UE, potrzebuje karty pobytowej członka rodziny obywatela UE.
    • Wniosek składasz osobiście, najpóźniej w następnym dniu po upływie 3 miesięcy od wjazdu do Polski.
    • Dziecko poniżej 6 lat nie musi przychodzić. Odciski palców pobiera się od 6 lat.
    • Przygotuj paszport, 4 zdjęcia i dokument potwierdzający więź rodzinną (np. akt małżeństwa lub urodzenia).
    Wniosek składasz w Wydziale Spraw Cudzoziemców w Poznaniu lub w jednej z delegatur.
    Rodzina obywatela polskiego? Ta karta Cię nie dotyczy: złóż w MOS wniosek o zezwolenie na pobyt (temat „Pobyt czasowy”, potem „Rodzina”).
    Przycisk poniżej otwiera stronę urzędu z pełną listą dokumentów.

faq-contact-email-q = E-mail urzędu i adresy delegatur
faq-contact-email-a =
    Urząd prosi o pytania przez formularz kontaktowy „WSC Kontakt”: wybierz tam temat.
    Adresy e-mail, które urząd opublikował:
    • cudzoziemcy@poznan.uw.gov.pl: informacja ogólna,
    • sc@poznan.uw.gov.pl: przekazanie wydrukowanej karty do innej delegatury.
    Delegatury:
    • Kalisz: ul. Kolegialna 4, 62-800 Kalisz
    • Konin: al. 1 Maja 7, 62-510 Konin
    • Leszno: pl. Kościuszki 4, 64-100 Leszno
    • Piła: ul. Dzieci Polskich 26, 64-920 Piła
    Przed wizytą sprawdź adres w piśmie lub w potwierdzeniu rezerwacji. Infolinia: 61 850 87 77.
