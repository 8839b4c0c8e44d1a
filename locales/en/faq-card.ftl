## FAQ: residence card, citizens of Ukraine, EU citizens, legal stay and travel.

faq-card-issue-q = When will I get my residence card?
faq-card-issue-a =
    After a positive decision, the residence card is made automatically. You do not apply for the card separately.
    The card is ready about one month after the office has:
    • proof that you paid the card fee,
    • proof of your address registration (zameldowanie).
    You can check your case status on the office website with your case number and access code.
    When the status says "card ready for collection", you can pick up the card.

faq-card-fee-q = How much does the residence card cost?
faq-card-fee-a =
    The residence card fee is 100 zł.
    A reduced fee of 50 zł is for:
    • pupils and students,
    • children under 16,
    • people in financial hardship.
    A new card for a card lost through your own fault costs 200 zł.
    Pay the card fee to the Voivodeship Office account. The stamp duty for the permit is a separate payment to the City of Poznań.
    The card is issued when the office has your proof of payment.
    The account number is on the office website.

faq-card-collection-q = Who can collect the residence card?
faq-card-collection-a =
    The card holder collects the card in person. Fingerprints are checked at collection.
    So nobody else can collect your card for you.
    Children:
    • under 13: a parent or legal guardian collects the card,
    • 13 and older: the child must come in person.
    Branch offices: you can collect your card in Kalisz, Konin, Leszno or Piła instead of Poznań. You must declare this in writing.

faq-card-ready-q = Status "card ready for collection" — what now?
faq-card-ready-a =
    The status names the city where your card is waiting: Poznań, Kalisz, Konin, Leszno or Piła.
    Collect the card in that city.
    In Poznań: customer service, pl. Wolności 17, 61-739 Poznań.
    Come in person. Your fingerprints are checked at collection.
    For a child under 13, a parent or guardian collects the card. A child aged 13 or older must come in person.
    Branch addresses and opening hours are on the office website.
    Questions? Call the info line: 61 850 87 77, or write through the office's contact form "WSC Kontakt".

faq-card-lost-q = My residence card is lost or stolen. What now?
faq-card-lost-a =
    1. Within 3 days, report the loss of the card to the Voivodeship Office.
    2. Within 14 days, apply to exchange the card (for a new card).
    Fee for the new card:
    • 200 zł if the card was lost through your own fault,
    • otherwise the normal card fee: 100 zł (reduced 50 zł).
    The office website explains how to report the loss and apply.
    You can also call the info line 61 850 87 77 or write through the office's contact form "WSC Kontakt".

faq-card-exchange-q = Damaged card or changed data — card exchange
faq-card-exchange-a =
    Apply to exchange your residence card within 14 days when:
    • the card is damaged or destroyed,
    • the data on the card has changed, for example your name or surname.
    Fee for the new card: 100 zł (reduced 50 zł).
    The office website explains how to apply.
    You can also call the info line 61 850 87 77 or write through the office's contact form "WSC Kontakt".

faq-card-renew-q = My permanent or EU long-term card is expiring
faq-card-renew-a =
    The permanent residence card and the EU long-term resident card have an expiry date.
    Apply to exchange the card at least 30 days before it expires.
    Fee for the new card: 100 zł (reduced 50 zł).
    A temporary residence card is not extended. When your permit ends, apply for a new permit in MOS, at the latest on the last day of your legal stay.

faq-ukraine-cukr-q = CUKR card — who can get it?
faq-ukraine-cukr-a =
    Since 4 May 2026, citizens of Ukraine can apply for the CUKR residence card.
    You apply only through the MOS system.
    Conditions:
    • valid UKR status in PESEL on the day you apply and on the day the card is issued,
    • UKR status for at least 365 days,
    • UKR status active on 4 June 2025.
    The CUKR card is valid for up to 3 years.
    Fees: 340 zł stamp duty and 100 zł for the card.
    Apply by 4 March 2027 at the latest.
    A question about your own situation? Call the info line 61 850 87 77 or write through the office's contact form "WSC Kontakt".

faq-ukraine-cukr-fees-q = CUKR card: fees and the deadline to apply
faq-ukraine-cukr-fees-a =
    For the CUKR card you pay two fees:
    • 340 zł stamp duty, to the City of Poznań account,
    • 100 zł for the residence card, to the Voivodeship Office account.
    Total: 440 zł.
    Upload the proofs of payment with your application in MOS.
    Apply by 4 March 2027 at the latest.
    The account numbers are on the office fees page.

faq-ukraine-pesel-ukr-q = How long does PESEL UKR status last? What next?
faq-ukraine-pesel-ukr-a =
    Protection with UKR status in PESEL lasts until 4 March 2027.
    Before that date, get another legal basis for your stay:
    • if you meet the conditions, apply for the CUKR card in MOS (by 4 March 2027),
    • or apply in MOS for another residence permit, for example temporary residence for work.
    Apply at the latest on the last day of your legal stay. Do not wait until the last moment.
    Not sure what to choose? Call the info line 61 850 87 77 or write through the office's contact form "WSC Kontakt".

faq-eu-citizens-q = I am an EU citizen. Do I need a residence permit?
faq-eu-citizens-a =
    No. A citizen of the European Union does not need a residence permit in Poland.
    Registration of an EU citizen's stay is handled by our foreigners' department.
    The office website lists the documents and explains how to apply.
    For details about your situation, call the info line 61 850 87 77 or write through the office's contact form "WSC Kontakt".

faq-travel-decision-q = Can I travel with the decision only?
faq-travel-decision-a =
    No. The decision on your residence permit is not a travel document.
    The document that confirms your stay is the residence card.
    The card is issued automatically after the decision, about one month after the office has proof of the card fee payment and your address registration.
    The passport stamp or the MOS certificate does not let you travel in the Schengen area either.

faq-travel-schengen-q = Stamp or MOS certificate — can I travel abroad?
faq-travel-schengen-a =
    The passport stamp and the MOS certificate confirm that you filed your application.
    They do not let you travel in the Schengen area.
    You may go to your home country.
    But to come back to Poland, you need a visa.
    You cannot get a visa inside Poland.
    Before you leave, check that you have a document to come back with.

faq-travel-legal-stay-q = Is my stay legal while I wait for the decision?
faq-travel-legal-stay-a =
    Yes, if you applied on time: at the latest on the last day of your legal stay.
    Then your stay in Poland is legal until the decision becomes final (ostateczna).
    The passport stamp, or since 27 April 2026 the MOS certificate, confirms that you applied.
    This is about staying in Poland. It does not let you travel in the Schengen area.
    Applied late? Call the info line 61 850 87 77 or write through the office's contact form "WSC Kontakt".

faq-travel-visa-poland-q = Can I get a visa in Poland?
faq-travel-visa-poland-a =
    No. You cannot get a visa inside Poland. Visas are issued by Polish consulates abroad.
    In Poland you can only extend a visa you already have (stamp duty 406 zł).
    Want to stay longer? You can also apply in MOS for a residence permit, at the latest on the last day of your legal stay.
