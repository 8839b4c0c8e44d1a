## Nazwy kategorii menu (dialogs/content/categories.toml).

cat-case-status = Status sprawy i kod dostępu
cat-booking = Wizyta na odciski palców
cat-temporary = Pobyt czasowy
cat-temp-work = Praca: zezwolenia i zmiana pracodawcy
cat-temp-study = Studia i absolwenci
cat-temp-family = Rodzina
cat-temp-business = Działalność gospodarcza
cat-permanent = Pobyt stały
cat-eu-long-term = Rezydent długoterminowy UE
cat-card = Karta pobytu
cat-mos = Wniosek online (MOS)
cat-ukraine = Obywatele Ukrainy (PESEL UKR, CUKR)
cat-eu-citizens = Obywatele UE
cat-visa = Przedłużenie wizy
cat-invitations = Zaproszenia
cat-fees = Opłaty i zwroty
cat-deficiencies = Braki formalne i wezwania
cat-appeals = Odwołania
cat-withdrawal = Wycofanie wniosku
cat-travel = Legalny pobyt, stempel i podróże
cat-files = Akta sprawy
cat-contact = Adresy, godziny, kontakt
