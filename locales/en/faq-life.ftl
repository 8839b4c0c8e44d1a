## FAQ: paper cases from before MOS, PESEL, address registration, waiting and working during the case, delays, refusal, address and letters, children, passports, Karta Polaka, EU family members, e-mail and branches.

faq-paper-before-mos-q = Application sent before 27 April 2026: what now?
faq-paper-before-mos-a =
    Paper applications had to reach the office by 26 April 2026.
    • If yours arrived by then, the office handles it. You do not need to file it again in MOS.
    • If it arrived later, it is left unconsidered. The day it reached the office counts, not the day you posted it. Then apply in MOS.
    It is not published whether a paper case needs a MOS account.
    Letters in a paper case come by post, to the address in your application.
    You check the status as before, with the case number and the access code.

faq-mos-login-no-pesel-q = How do I log in to MOS without PESEL?
faq-mos-login-no-pesel-a =
    You log in to MOS through login.gov.pl, the state login service.
    A trusted profile (profil zaufany) needs a PESEL number.
    How people without PESEL log in is not yet published on the office's pages.
    By law the voivode must help foreigners set up a MOS account.
    Ask the office how: info line 61 850 87 77 or the contact form "WSC Kontakt".
    Ask early, not on the last day of your legal stay.
    You may also be able to get a PESEL number: see "How do I get a PESEL number?".

faq-pesel-get-q = How do I get a PESEL number?
faq-pesel-get-a =
    A municipal office (urząd gminy) gives PESEL numbers, not our office.
    • When you register your address (zameldowanie), you normally get PESEL automatically.
    • If you cannot register, but an office needs your PESEL, apply at a municipal office: where you live, or where your employer has its seat.
    In the application, give the legal reason why you need PESEL. The office that asks for your PESEL should tell you that reason.
    It is free.
    The button below opens the government page with the details.

faq-address-registration-q = Do I need zameldowanie (address registration) for my card?
faq-address-registration-a =
    No. Address registration (zameldowanie) is not a condition for the residence card.
    Without it, the card is issued without an address.
    For that, give the office a written statement that you ask for a card without a registered address. You can do it with the application or after the decision.
    Want the address on the card? Give proof of registration for permanent stay or for temporary stay of more than 2 months.
    You register your address at the municipal office (in Poznań, the City Hall), not at our office.

faq-permit-expired-waiting-q = Card expired while I wait: what do I show police or employer?
faq-permit-expired-waiting-a =
    Your stay stays legal until the decision is final if:
    • you applied by the last day of your legal stay, and
    • the application had no formal defects, or you removed them in time.
    Proof: the stamp in your passport or, for applications in MOS, the MOS certificate.
    No stamp yet? At a police check, give your case number, the date you sent the application and what you applied for. The police and the Border Guard can confirm it with the office.
    Show your employer the stamp or the MOS certificate. Whether you may work is a separate question: see "Can I work while my case is pending?".
    This does not let you travel in the Schengen area.

faq-passport-lost-q = My passport was lost or stolen. What do I do?
faq-passport-lost-a =
    1. Report the loss or theft to the police. Keep the confirmation.
    2. Contact the embassy or consulate of your country about a new passport.
    3. Tell our office if you have a case pending: write with your case number and attach the police confirmation.
    Losing a passport does not by itself end your legal stay.
    A national visa was in the lost passport? With the new passport, ask the voivode to put a new visa sticker in it.
    Permanent or EU long-term residence, and your country cannot issue a passport? You can apply for a Polish travel document for a foreigner.
    A lost residence card is a separate matter: see "My residence card is lost or stolen".

faq-work-while-pending-q = Can I work while my case is pending?
faq-work-while-pending-a =
    Applying does not give you the right to work by itself.
    While you wait, you may work only in some cases, for example:
    • right before applying you had a valid work permit, and you continue with the same employer, in the same position, on the same kind of contract;
    • you are exempt from needing a work permit, and the exemption stays valid during the case.
    Special rules apply if you worked on a declaration (oświadczenie) from the labour office.
    Your stay must also be legal: stamp in the passport or MOS certificate.
    Not sure? Ask before you start work: info line 61 850 87 77.

faq-case-duration-q = How long does a residence case take?
faq-case-duration-a =
    The office does not publish a fixed time.
    It depends above all on whether your application is complete and filled in correctly.
    What helps:
    • answer letters from the office on time,
    • book the fingerprint visit as soon as the calendar opens,
    • tell the office when your address changes.
    Check the progress online with the case number and the access code.
    Waiting much longer than you should? See "My case takes too long. What can I do?".

faq-case-too-long-q = My case takes too long. What can I do?
faq-case-too-long-a =
    If your case was not settled on time, or takes longer than needed, you can file a reminder (ponaglenie).
    • Explain why you think the case is delayed. Give your name, case number and the date of your application.
    • Address it to the Head of the Office for Foreigners, but file it at our office. We send it on with your case files.
    • Sign it. File it at the office, by post or through ePUAP.
    If the reminder does not help, you can complain to the administrative court.
    Check your status first: the office may be waiting for something from you.

faq-address-change-q = I moved. How do I give the office my new address?
faq-address-change-a =
    During the case, tell the office about every change of your address for letters.
    • Write a short letter: your name, case number, new address. Sign it.
    • File it at the office or send it by post.
    If you do not, letters go to the old address and count as delivered.
    Leaving Poland during the case? Name a person in Poland who will receive letters for you (pełnomocnik do doręczeń).

faq-letters-missed-q = I missed a letter from the office (awizo). What now?
faq-letters-missed-a =
    If you were not at home, the postman leaves a notice (awizo). The letter waits at the post office for 14 days.
    If nobody collects it in that time, it counts as delivered. Deadlines in it run even if you never read it.
    What to do:
    • collect letters on time, or authorise someone to collect them;
    • check your case status online;
    • think you missed a letter? Ask the office at once: info line 61 850 87 77.
    Missed a deadline through no fault of yours? Within 7 days after the obstacle ends, ask to restore the deadline (przywrócenie terminu) and do the missed step.

faq-after-refusal-q = My application was refused. Do I have to leave Poland?
faq-after-refusal-a =
    You can appeal within 14 days of delivery. If you do not, the decision becomes final.
    Then, if you have no other basis for your stay, leave Poland within 30 days from the day the decision became final.
    After an appeal: leave within 30 days from the delivery of the decision of the Head of the Office for Foreigners.
    You can challenge that decision with a complaint to the Voivodeship Administrative Court in Warsaw. File it through the Head of the Office for Foreigners within 30 days of delivery.
    If you do not leave voluntarily, you may get a return decision and a ban on entering Poland and the Schengen area.

faq-child-born-poland-q = My child was born in Poland. What do I do?
faq-child-born-poland-a =
    Being born in Poland does not by itself make a child a Polish citizen.
    Steps:
    1. Register the birth at the civil registry office (USC) and get the birth certificate.
    2. Get a passport for the child at the consulate of your country.
    3. Right after that, apply in MOS for a residence permit for the child.
    Which permit depends on yours: a child born while you hold a permanent or EU long-term permit can get permanent residence; otherwise usually temporary residence.
    The button below opens the office's page with the details.

faq-karta-polaka-q = How do I get the Karta Polaka (Pole's Card)?
faq-karta-polaka-a =
    The Karta Polaka confirms that you belong to the Polish nation. It is not a residence permit.
    • Citizens of Belarus, Russia and Ukraine can apply at our office. You sign the declaration of belonging to the Polish nation in person, in front of an officer.
    • You need at least basic Polish, and Polish ancestry or at least 3 years of active work in a Polish organisation.
    • Citizens of other countries usually apply at a Polish consul abroad.
    With the Karta Polaka you can later apply for permanent residence.
    The button below opens the office's page about the Karta Polaka.

faq-eu-family-members-q = My spouse or parent is an EU citizen. Which card do I need?
faq-eu-family-members-a =
    A family member of an EU citizen who is not an EU citizen needs a residence card of a family member of an EU citizen.
    • Apply in person, at the latest on the day after 3 months from your entry to Poland.
    • Children under 6 do not have to come. Fingerprints are taken from age 6.
    • Bring your passport, 4 photos and proof of the family tie (for example a marriage or birth certificate).
    You apply at the foreigners' department in Poznań or at one of its branches.
    Family of a Polish citizen? This card is not for you: apply in MOS for a residence permit (topic "Temporary residence", then "Family").
    The button below opens the office's page with the full list of documents.

faq-contact-email-q = Office e-mail and branch addresses
faq-contact-email-a =
    The office asks for questions through its contact form "WSC Kontakt": choose a topic there.
    E-mail addresses the office has published:
    • cudzoziemcy@poznan.uw.gov.pl: general information,
    • sc@poznan.uw.gov.pl: moving a printed card to another branch.
    Branches:
    • Kalisz: ul. Kolegialna 4, 62-800 Kalisz
    • Konin: al. 1 Maja 7, 62-510 Konin
    • Leszno: pl. Kościuszki 4, 64-100 Leszno
    • Piła: ul. Dzieci Polskich 26, 64-920 Piła
    Check the address in your letter or booking before you go. Info line: 61 850 87 77.
