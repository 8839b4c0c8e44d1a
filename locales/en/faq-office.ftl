## FAQ: case status, booking visits, contact, case files, deficiencies and summons, appeals, withdrawal.

faq-status-check-q = How do I check the status of my case?
faq-status-check-a =
    You can check your case status online. You need two things:
    • the case number ("Numer sprawy"), for example 2555583/2016,
    • the access code ("Kod").
    Enter them on the office website (button below).
    This bot does not check case status, so do not send your case number or code in this chat.
    No code? See "Where do I get the access code?".

faq-access-code-q = Where do I get the access code?
faq-access-code-a =
    You get the access code when you file your application at the office.
    If the application was sent by post, the office sends the code by e-mail.
    The office never gives the code by phone.
    Only the foreigner whose case it is, or their attorney, gets the code.
    Lost your code? You can recover it on the office's self-service page.
    Do not show the code to strangers: with the case number, it opens the status of your case.

faq-status-meanings-q = What do the case statuses mean?
faq-status-meanings-a =
    A case usually goes through these stages:
    • application registered, then received,
    • inspector assigned: an officer now has your case,
    • verification: the office checks the application,
    • letter: formal deficiencies, something must be completed,
    • letter: proceedings started,
    • repeated summons: the office calls you again,
    • proceedings in progress,
    • draft decision,
    • proceedings concluded,
    • card personalisation ordered: the card is being made,
    • card ready for collection: the status names the city, Poznań, Kalisz, Konin, Leszno or Piła,
    • card collected.
    "Suspended": the proceedings are on hold.
    "Awaiting attendance": book a fingerprint visit.
    Not every case has every stage, and the names in the system may differ a little.

faq-status-attendance-q = Status "awaiting attendance": what should I do?
faq-status-attendance-a =
    This status means the office is waiting for your visit in person to take your fingerprints.
    The booking calendar now opens for you.
    What to do:
    • book a visit within 30 days,
    • save the 6-digit code from the booking confirmation,
    • come on the chosen day to the office where the application was filed.
    If you do not book within 30 days, the office will send a letter with a fixed date.

faq-status-no-match-q = The status check does not work. What can I do?
faq-status-no-match-a =
    Check that the case number and the code are typed exactly as in your document, for example 2555583/2016.
    You can recover a lost code on the office's self-service page. The code is never given by phone.
    If you are sure the data is correct and the status does not show, call the info line 61 850 87 77 or write through the office's contact form "WSC Kontakt".

faq-booking-when-q = When can I book a fingerprint visit?
faq-booking-when-a =
    The booking calendar opens when your case status is "awaiting attendance".
    The calendar stays open for 30 days. Then it locks.
    You only need to book within these 30 days. The visit itself may be on a later date.
    Do not wait until the last day.
    If you do not book within 30 days, the office will send a letter with a fixed date.

faq-booking-place-q = Can I change the place of my visit?
faq-booking-place-a =
    No. The visit takes place where the application was filed: in Poznań or in the branch in Kalisz, Konin, Leszno or Piła.
    This place cannot be changed, even if you move.
    In Poznań, booked visits have also been directed to ul. Kościuszki 95.
    Not sure which address to go to? Call the info line: 61 850 87 77.

faq-booking-code-q = What is the 6-digit booking code for?
faq-booking-code-a =
    You can book a visit only once per case. Choose your date carefully.
    After booking you get a confirmation with a 6-digit code. Write it down or take a screenshot.
    On the day of the visit:
    • type the code at the ticket machine in the hall,
    • take your ticket and wait for your turn.
    In Poznań, booked visits are served in room A, at desks 3–11.

faq-booking-missed-q = I did not book or I missed my visit. What now?
faq-booking-missed-a =
    If you do not book within 30 days, or you miss a booked visit, the office will send you a letter with a fixed date.
    After such a letter you can no longer book a date yourself in the calendar.
    Come exactly on the date given in the letter.
    If you miss that date, your application will be left unconsidered.
    Questions? Call the info line: 61 850 87 77, or write through the office's contact form "WSC Kontakt".

faq-booking-children-q = Does my child need to give fingerprints?
faq-booking-children-a =
    Fingerprints are taken from the age of 6.
    • A child aged 6 or older gives fingerprints like an adult.
    • A child under 6 gives no fingerprints. Only the child's passport is shown.

faq-contact-poznan-q = Where is the office in Poznań?
faq-contact-poznan-a =
    Customer service of the foreigners' department: pl. Wolności 17, 61-739 Poznań.
    People with booked visits have also been directed to ul. Kościuszki 95 in Poznań.
    Not sure which address to go to? Call the info line: 61 850 87 77.
    You can also write to the office through its contact form "WSC Kontakt".

faq-contact-branches-q = Are there offices outside Poznań?
faq-contact-branches-a =
    Yes. Outside Poznań, foreigners' cases are handled by branches of the office in:
    • Kalisz,
    • Konin,
    • Leszno,
    • Piła.
    The fingerprint visit takes place where the application was filed.
    The exact branch addresses are on the office website.
    Info line: 61 850 87 77.

faq-contact-form-q = How can I ask the office staff a question?
faq-contact-form-a =
    Write to the office through its contact form "WSC Kontakt". The form is in four languages.
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
    You can read the files of your case.
    • Ask the office for access to the case files.
    • You read them at the office handling your case: in Poznań or in a branch.
    • You have up to 30 minutes to read them.
    How to ask and when to come: call the info line 61 850 87 77 or write through the office's contact form "WSC Kontakt".

faq-deficiencies-letter-q = I got a letter about formal deficiencies. What now?
faq-deficiencies-letter-a =
    This letter means that something is missing from your application or must be corrected, for example a document, a signature or a payment proof.
    What to do:
    • read carefully what the office asks for,
    • send what is missing by the deadline given in the letter,
    • answer the way the letter says, for example by post, at the office or through ePUAP,
    • always give your case number.
    Plain, uncertified copies are not accepted.
    If you do not complete it in time, your application may be left unconsidered.

faq-summons-q = I got a summons from the office. What does it mean?
faq-summons-a =
    A summons is a letter in which the office asks you to come in person or to bring something. A repeated summons is another such letter.
    • Read what you must do, where and by when.
    • If the summons gives a fixed date for a fingerprint visit, come exactly then. You can no longer book another date in the calendar.
    • If you miss that visit, your application will be left unconsidered.
    Questions? Call the info line: 61 850 87 77, or write through the office's contact form "WSC Kontakt".

faq-copies-q = Can I give plain copies of documents?
faq-copies-a =
    No. The office does not accept uncertified copies.
    Give the original or a copy certified as a true copy of the original.
    Applications in MOS have their own rules: you upload scans, for example of your passport, in the system.
    Not sure how to get a copy certified? Call the info line 61 850 87 77 or write through the office's contact form "WSC Kontakt".

faq-appeal-how-q = How do I appeal against a decision?
faq-appeal-how-a =
    You have 14 days from the day the decision was delivered to you.
    • Write the appeal and sign it. Give your case number.
    • File it at the office, send it by post or through ePUAP.
    • If you send it by post, the date of posting counts.
    The office may change its own decision within 7 days.
    If it does not, it passes the appeal to the Head of the Office for Foreigners, who decides on it.

faq-withdraw-how-q = How do I withdraw my application?
faq-withdraw-how-a =
    To withdraw your application, send a request to discontinue the proceedings.
    • Write briefly that you withdraw the application and ask to discontinue the proceedings.
    • Give your name, surname and case number. Sign the letter.
    • Send it by post, file it at the office or send it through ePUAP.
    Before you withdraw, ask the office how this affects your stay in Poland: info line 61 850 87 77 or the contact form "WSC Kontakt".
