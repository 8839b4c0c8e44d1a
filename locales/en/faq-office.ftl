## FAQ: case status, booking visits, contact, case files, deficiencies and summons, appeals, withdrawal.

faq-status-check-q = How do I check the status of my case?
faq-status-check-a =
    You can check your case status online. You need two things:
    • the case number ("Numer sprawy"), for example 2555583/2016,
    • the access code ("Kod").
    Enter them on the office's status page (button below),
    or here in the bot: "Case status and access code" → "Check my case status".
    No code? See "Where do I get the access code?".

faq-access-code-q = Where do I get the access code?
faq-access-code-a =
    Applications filed on paper: you got the access code when you filed at the office. If you sent the application by post, the office sent the code by e-mail.
    Lost your code? You can get it again on the office's self-service page.
    The office never gives the code by phone. Only the foreigner whose case it is, or their attorney, gets the code.
    Applications filed in MOS since 27 April 2026: the office has not yet published how you get a code. Ask our staff rather than guess.
    Do not show the code to strangers: with the case number, it opens the status of your case.

faq-status-meanings-q = Case statuses at the start: what do they mean?
faq-status-meanings-a =
    At the start, a case usually goes through these stages:
    • application registered, then received,
    • inspector assigned: an officer now has your case,
    • verification: the office checks the application,
    • letter: formal deficiencies, something must be completed,
    • letter: proceedings started,
    • repeated summons: the office calls you again.
    "Awaiting attendance": book your visit in person (see the booking menu).
    Not every case has every stage, and the names in the system may differ a little.

faq-status-decision-q = Status "draft decision" or "suspended": what does it mean?
faq-status-decision-a =
    Later a case usually goes through these stages:
    • proceedings in progress: the office is examining your case,
    • draft decision: the decision is being prepared,
    • proceedings concluded: the decision has been issued and is being delivered to you.
    "Suspended": the proceedings are on hold for a time.
    Not every case has every stage, and the names in the system may differ a little.
    Want to know why your case is suspended or what the decision says? Ask our staff.

faq-status-card-q = Card statuses: personalisation, ready, collected
faq-status-card-a =
    After a positive decision the residence card is made:
    • card personalisation ordered: the card is being printed,
    • card ready for collection: the status names the city, Poznań, Kalisz, Konin, Leszno or Piła,
    • card collected.
    The card is ordered only when the office has your card fee payment and your address registration or your statement asking for a card without an address.

faq-status-attendance-q = Status "awaiting attendance": what should I do?
faq-status-attendance-a =
    This status means the office is waiting for your visit in person: identity check, fingerprints, passport.
    The booking calendar now opens for you on the status page.
    What to do:
    • book a visit within 30 days,
    • save the 6-digit code from the booking confirmation,
    • come on the chosen day to the office where the application was filed.
    If you do not book within 30 days, the office will send a letter with a fixed date.
    Applications filed in MOS since 27 April 2026: which office handles the visit is not yet published. Follow the office's letter or ask our staff.

faq-status-no-match-q = The status check does not work. What can I do?
faq-status-no-match-a =
    Check that the case number and the code are typed exactly as in your document, for example 2555583/2016.
    You can get a lost code again on the office's self-service page. The code is never given by phone.
    If you are sure the data is correct and the status does not show, ask our staff.

faq-booking-when-q = When can I book a fingerprint visit?
faq-booking-when-a =
    The booking calendar opens on the status page when your case status is "awaiting attendance".
    The calendar stays open for 30 days. Then it locks.
    You only need to book within these 30 days. The visit itself may be on a later date.
    Do not wait until the last day.
    If you do not book within 30 days, the office will send a letter with a fixed date.

faq-booking-place-q = Can I change the place of my visit?
faq-booking-place-a =
    No. The visit takes place where the application was filed: in Poznań or in the branch in Kalisz, Konin, Leszno or Piła.
    You cannot choose or change this place, even if you move.
    The address of your visit is in your booking confirmation.
    Applications filed in MOS since 27 April 2026: which office handles them is not yet published. Ask our staff.

faq-booking-code-q = What is the 6-digit booking code for?
faq-booking-code-a =
    You can book a visit only once per case. Choose your date carefully.
    After booking you get a confirmation with a 6-digit code. Write it down or take a screenshot.
    On the day of the visit:
    • type the code at the ticket machine in the hall,
    • take your ticket and follow the screens.
    In Poznań, booked visits are served in room A, at desks 3–11.

faq-booking-missed-q = The visit was not booked or was missed. What now?
faq-booking-missed-a =
    If you do not book within 30 days, or you miss a booked visit, the office will send you a letter with a fixed date.
    After such a letter you can no longer book a date yourself in the calendar.
    Come exactly on the date given in the letter.
    If you miss that date, your application will be left unconsidered.

faq-booking-children-q = Does my child need to give fingerprints?
faq-booking-children-a =
    Fingerprints are taken from the age of 6.
    • A child aged 6 or older gives fingerprints like an adult.
    • A child under 6 gives no fingerprints, but the child's visit is still part of the case: come with the child and the child's passport, unless the office's letter says otherwise.

faq-contact-poznan-q = Where is the office in Poznań?
faq-contact-poznan-a =
    Department for Foreigners of the Wielkopolska Voivodeship Office: pl. Wolności 17, 61-739 Poznań.
    Info line: 61 850 87 77.
    E-mail: cudzoziemcy@poznan.uw.gov.pl.
    If you have a booked visit, the address is in your booking confirmation.
    You can also write to the office through its contact form "WSC Kontakt".

faq-contact-branches-q = Are there offices outside Poznań?
faq-contact-branches-a =
    Yes. Outside Poznań, foreigners' cases are handled by branches of the office in:
    • Kalisz,
    • Konin,
    • Leszno,
    • Piła.
    You can file applications and letters in every branch.
    The fingerprint visit takes place where the application was filed.
    The branch addresses are on the official page.
    Info line: 61 850 87 77.

faq-contact-form-q = How can I ask the office staff a question?
faq-contact-form-a =
    Write to the office through its contact form "WSC Kontakt". The form is in four languages.
    Open the office's portal (button below) and press "WSC Kontakt".
    Choose the topic of your question there, so it reaches the right people.
    If you ask about your case, give your case number.
    Info line: 61 850 87 77.

faq-contact-hours-q = What are the office opening hours?
faq-contact-hours-a =
    The bot does not have reliable information about the opening hours of the office or the info line.
    Check the current hours on the office website (button below) or call the info line: 61 850 87 77.
    If you have a booked visit, come at the time in your booking confirmation.

faq-files-inspection-q = How can I read the files of my case?
faq-files-inspection-a =
    You or your attorney can read the files of your case on request.
    • You read them only at the office handling your case: in Poznań (pl. Wolności 17) or in the branch.
    • A staff member contacts you to set a date. Places each week are limited.
    • One visit lasts up to 30 minutes. You may take notes and copies.
    • Staff do not explain the case during the visit.
    Coming more than 10 minutes late may cost you the visit.

faq-deficiencies-letter-q = A letter about formal deficiencies: what now?
faq-deficiencies-letter-a =
    This letter means that something is missing from your application or must be corrected, for example a document, a signature or a payment proof.
    What to do:
    • read carefully what the office asks for,
    • remove the deficiencies within the deadline given in the letter,
    • answer the way the letter says, for example by post, at the office or through ePUAP,
    • always give your case number.
    If you do not remove them in time, your application will be left unconsidered.

faq-summons-q = A summons from the office: what does it mean?
faq-summons-a =
    A summons is a letter in which the office asks you to come in person or to bring something. A repeated summons is another such letter.
    • Read what you must do, where and by when.
    • If the summons gives a date and time for your visit, come exactly then. After a summons you can no longer book another date in the calendar.
    • If you do not come, your application will be left unconsidered.

faq-copies-q = Can I give plain copies of documents?
faq-copies-a =
    No. The office does not accept uncertified copies.
    Give the original or a copy certified as a true copy of the original.
    Applications in MOS have their own rules: you upload scans, for example of your passport, in the system.

faq-appeal-how-q = How do I appeal against a decision?
faq-appeal-how-a =
    You have 14 days from the day the decision was delivered to you.
    • The appeal must be signed by you or your attorney. Give your case number.
    • File it at the office, send it by post or through ePUAP. By post, the date of posting counts.
    • You can add missing documents to the appeal.
    If the appeal is justified and complete, the office issues a new decision within 7 days.
    Otherwise it passes the appeal to the Head of the Office for Foreigners in Warsaw, who decides on it.
    No appeal in time: the decision becomes final.

faq-withdraw-how-q = How do I withdraw my application?
faq-withdraw-how-a =
    To withdraw your application, send a request to discontinue the proceedings (wniosek o umorzenie postępowania).
    • The form is on the office website (button below). Fill it in and sign it.
    • Send it by post, file it at the office or send it through ePUAP.
    With the same letter you can ask for a refund of the stamp duty, see "Can I get my stamp duty back?".
    Before you withdraw, ask our staff how this affects your stay in Poland.
