## Names of the menu categories (dialogs/content/categories.toml).

cat-case-status = Case status and access code
cat-booking = Fingerprint visit booking
cat-temporary = Temporary residence
cat-temp-work = Work: permits and change of employer
cat-temp-study = Studies and graduates
cat-temp-family = Family
cat-temp-business = Running a business
cat-permanent = Permanent residence
cat-eu-long-term = EU long-term resident
cat-card = Residence card
cat-mos = Applying online (MOS)
cat-ukraine = Citizens of Ukraine (PESEL UKR, CUKR)
cat-eu-citizens = EU citizens
cat-visa = Visa extension
cat-invitations = Invitations
cat-fees = Fees and refunds
cat-deficiencies = Formal deficiencies and summons
cat-appeals = Appeals
cat-withdrawal = Withdrawing an application
cat-travel = Legal stay, stamp and travel
cat-files = Case files
cat-contact = Addresses, hours, contact
