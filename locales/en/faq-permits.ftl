## FAQ of the "permits" group: applying online (MOS), temporary, permanent and
## EU long-term residence, visas, invitations, fees. Entries: dialogs/content/faq/permits.toml

faq-mos-online-only-q = Do I have to apply online in MOS?
faq-mos-online-only-a =
    Yes. Since 27 April 2026 these applications are filed only online, in the MOS system:
    • temporary residence permit
    • permanent residence permit
    • EU long-term resident permit
    You cannot file them on paper.
    What to do:
    1. Create a new account in MOS.
    2. Fill in the application and sign it electronically.
    3. Upload your photo, passport scans and payment proof.
    Apply by the last day of your legal stay in Poland.
    The button below opens MOS.

faq-mos-account-q = How do I get an account in MOS?
faq-mos-account-a =
    To apply online you need a new account in MOS.
    • Old MOS accounts are not valid. Create a new one, even if you had an account before.
    • You log in through login.gov.pl, the state login service.
    • Then you fill in and sign the application in your account.
    The button below opens MOS.

faq-mos-signature-q = How do I sign the application in MOS?
faq-mos-signature-a =
    You sign the application in MOS electronically. Use one of these:
    • trusted profile (profil zaufany)
    • qualified electronic signature (podpis kwalifikowany)
    • personal signature (podpis osobisty) from a Polish ID card with a chip (e-dowód)
    The official MOS page explains the steps.

faq-mos-attachments-q = What do I upload to MOS?
faq-mos-attachments-a =
    In MOS you add the documents as files to your application:
    • your photo
    • scans of your passport
    • proof of payment of the stamp duty (opłata skarbowa)
    Pay the stamp duty before you file, so you can upload the proof.
    Other documents depend on your type of permit. Check the official page for your case.

faq-mos-certificate-q = Will I get a stamp in my passport?
faq-mos-certificate-a =
    No. For applications filed in MOS there is no stamp in the passport.
    Instead, you get a certificate (zaświadczenie) from MOS. It replaces the stamp.
    Keep this certificate.
    It is not a travel document and does not let you travel in the Schengen area.

faq-temp-work-permit-q = How do I get a residence and work permit?
faq-temp-work-permit-a =
    The temporary residence and work permit is also called the single permit (zezwolenie jednolite). It is for a stay longer than 3 months whose main purpose is work.
    • Apply online in MOS.
    • Apply by the last day of your legal stay in Poland.
    • Stamp duty: 440 zł for work, the EU Blue Card or an intra-company transfer.
    • Stamp duty for seasonal work: 170 zł.
    • Upload the payment proof in MOS.
    The residence card has its own fee, paid separately.
    The list of documents is on the official page.

faq-temp-change-employer-q = I am changing my employer. What do I do?
faq-temp-change-employer-a =
    If you have a single permit (residence and work) and your work for an employer named in it ends:
    • within 15 working days, notify the voivode who gave the permit, in writing;
    • if within these 15 working days you apply to change the permit, that counts as the notice.
    To work for a new employer you need a change of your single permit or a new permit.
    Stamp duty for a change of the single permit: 220 zł.
    Miss the 15 working days and a change of the permit will be refused.

faq-work-permit-q = Work permit or declaration: who issues it?
faq-work-permit-a =
    Work permits (zezwolenie na pracę) are issued by the voivode, that is by this voivodeship office. The employer applies, also online through praca.gov.pl.
    Declarations on entrusting work (oświadczenie o powierzeniu wykonywania pracy) and seasonal work permits are handled by the county labour office (powiatowy urząd pracy) of the employer's county.
    Which unit of our office deals with your work permit: ask our staff.
    Residence and work in one permit: see the single permit.

faq-temp-study-q = Residence permit for studies or after graduation
faq-temp-study-a =
    A temporary residence permit can be given for full-time studies and for graduates.
    • Apply online in MOS.
    • Apply by the last day of your legal stay in Poland.
    • Stamp duty: 340 zł. Upload the payment proof in MOS.
    • The residence card has its own fee, paid separately.
    The conditions and the list of documents are on the official page.

faq-temp-family-q = Residence permit to join my family
faq-temp-family-a =
    A temporary residence permit can be given to family members, to live with their family in Poland (family reunification).
    • Apply online in MOS.
    • Apply by the last day of your legal stay in Poland.
    • Stamp duty: 340 zł. Upload the payment proof in MOS.
    • The residence card has its own fee, paid separately.
    The button below opens the fees page. Who can join which family member: ask our staff.

faq-temp-business-q = Residence permit to run a business
faq-temp-business-a =
    A temporary residence permit can be given to a person who runs a business in Poland (działalność gospodarcza).
    • Apply online in MOS.
    • Apply by the last day of your legal stay in Poland.
    • Stamp duty: 340 zł. Upload the payment proof in MOS.
    • The residence card has its own fee, paid separately.
    The button below opens the fees page. The conditions for your business: ask our staff.

faq-apply-deadline-q = When must I apply at the latest?
faq-apply-deadline-a =
    Apply no later than the last day of your legal stay in Poland.
    Check the date when your visa, residence card or other basis of stay ends.
    Do not wait for the last day. First you need a new MOS account and an electronic signature.
    Since 27 April 2026 temporary, permanent and EU long-term applications are filed only online in MOS.

faq-permanent-residence-q = How do I apply for permanent residence?
faq-permanent-residence-a =
    Permanent residence permit (zezwolenie na pobyt stały):
    • Since 27 April 2026 you apply only online in MOS.
    • Stamp duty: 640 zł. Upload the payment proof in MOS.
    • The residence card has its own fee, paid separately.
    Who can apply, for example some people of Polish origin or spouses of Polish citizens, is on the official page.

faq-eu-long-term-q = How do I apply for EU long-term resident status?
faq-eu-long-term-a =
    EU long-term resident permit (zezwolenie na pobyt rezydenta długoterminowego UE):
    • Apply only online in MOS (since 27 April 2026).
    • Apply by the last day of your legal stay in Poland.
    • Stamp duty: 640 zł. Upload the payment proof in MOS.
    • The residence card has its own fee, paid separately.
    The conditions and the list of documents are on the official page.

faq-visa-extension-q = Can I extend my visa in Poland?
faq-visa-extension-a =
    Only in exceptional cases. A visa is extended when the reason to stay longer did not depend on you and could not be foreseen when you applied for the visa.
    • Apply at the latest on the last day of your visa.
    • A national visa can be extended once; the whole stay on it cannot exceed 1 year.
    • Stamp duty: 406 zł.
    Do not count on an extension: the office decides. You cannot get a new visa in Poland.
    To stay longer, the usual way is a residence permit in MOS.

faq-invitation-q = How do I invite a foreigner to Poland?
faq-invitation-a =
    An invitation (zaproszenie) can be given by:
    • a Polish citizen living in Poland,
    • an EU citizen or a family member with the right of residence in Poland,
    • a foreigner living legally in Poland for at least 5 years without a break, or with a permanent or EU long-term permit,
    • a company or organisation with its seat in Poland.
    An invitation is not for work.
    Stamp duty: 27 zł, paid to the city of Poznań. Keep the payment proof.

faq-fees-stamp-duty-q = How much is the stamp duty?
faq-fees-stamp-duty-a =
    Stamp duty (opłata skarbowa):
    • temporary residence for work, EU Blue Card, intra-company transfer: 440 zł
    • temporary residence for seasonal work: 170 zł
    • temporary residence for other purposes (study, family, business): 340 zł
    • change of the single permit: 220 zł
    • permanent residence: 640 zł
    • EU long-term resident: 640 zł
    • visa extension: 406 zł
    • invitation: 27 zł
    • certificate (zaświadczenie): 17 zł
    The residence card fee is separate.

faq-fees-where-pay-q = Where do I pay the fees?
faq-fees-where-pay-a =
    There are two different payments:
    • Stamp duty (opłata skarbowa): to the city of Poznań (Miasto Poznań).
    • Residence card fee (100 zł, 50 zł in some cases): to the voivodeship office (Wielkopolski Urząd Wojewódzki).
    The payment details are on the official page.
    Keep the payment proof and upload it in MOS with your application.

faq-fees-refund-q = Can I get my stamp duty back?
faq-fees-refund-a =
    Stamp duty: you can file the refund request with our office. We forward it to the City of Poznań with the original payment proof. You can also file it with the City directly.
    For applications filed since 5 March 2026, the stamp duty for a residence permit or a visa extension is not refunded if the case ends in a refusal or is discontinued.
    Card fee: the office refunds it itself, on its own request form (template on the official page).
    In both requests, give an account number at a bank based in Poland.

faq-fees-certificate-q = How much does a certificate cost?
faq-fees-certificate-a =
    Stamp duty for a certificate (zaświadczenie): 17 zł.
    It is paid to the city of Poznań. Keep the payment proof.
    If you are not sure whether your document needs this fee, check the official page.
