## FAQ: residence card, citizens of Ukraine, EU citizens, legal stay and travel.

faq-card-issue-q = When will I get my residence card?
faq-card-issue-a =
    After a positive decision, the residence card is made automatically. You do not apply for the card separately.
    The office orders the card when it has:
    • proof that you paid the card fee, and
    • proof of your address registration (zameldowanie), or your written statement that you ask for a card without an address.
    Paying alone is not enough. Address registration is not a condition: without it the card is issued without an address.
    The card is ready about one month after that.
    When the status on the office's status page says "card ready for collection", you can pick it up.

faq-card-fee-q = How much does the residence card cost?
faq-card-fee-a =
    The residence card fee is 100 zł.
    A reduced fee of 50 zł is for:
    • pupils and students,
    • children under 16,
    • people in financial hardship.
    A new card for a card lost through your own fault costs 200 zł.
    Pay the card fee to the Voivodeship Office account. The stamp duty for the permit is a separate payment to the City of Poznań.
    The card is ordered when the office has your proof of payment and your proof of address registration or your statement asking for a card without an address.
    The account number is on the official page.

faq-card-collection-q = Who can collect the residence card?
faq-card-collection-a =
    The card holder collects the card in person. Fingerprints are checked at collection.
    So nobody else can collect your card for you.
    Children:
    • under 13: a parent or legal guardian collects the card,
    • 13 and older: the child must come in person.
    Branches: you can collect your card in Kalisz, Konin, Leszno or Piła instead of Poznań. Declare this in writing when you apply or during the case.
    Card already printed and you want it in another city? E-mail sc@poznan.uw.gov.pl with your name, citizenship and case number.

faq-card-ready-q = Status "card ready for collection" — what now?
faq-card-ready-a =
    The status names the city where your card is waiting: Poznań, Kalisz, Konin, Leszno or Piła.
    Collect the card in that city.
    In Poznań: customer service, pl. Wolności 17, 61-739 Poznań.
    Come in person. Your fingerprints are checked at collection.
    For a child under 13, a parent or guardian collects the card. A child aged 13 or older must come in person.
    Branch addresses and opening hours are on the office website.

faq-card-lost-q = My residence card is lost or stolen. What now?
faq-card-lost-a =
    1. Report the loss of the card to the Voivodeship Office within 3 days.
    2. Within 14 days, apply to exchange the card (for a new card).
    Fee for the new card:
    • 200 zł if the card was lost through your own fault,
    • otherwise the normal card fee: 100 zł (reduced 50 zł).
    The official page explains how to apply.

faq-card-exchange-q = Damaged card or changed data — card exchange
faq-card-exchange-a =
    Apply to exchange your residence card within 14 days when:
    • the card is damaged,
    • the data on the card has changed, for example your surname or your registered address,
    • your appearance has changed so much that the photo no longer identifies you.
    Fee for the new card: 100 zł (reduced 50 zł).
    A child aged 6 or older must be present when the application is filed.
    The official page explains how to apply.

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
    The button below opens MOS.

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

faq-eu-citizens-q = EU citizens: is a residence permit needed?
faq-eu-citizens-a =
    No. A citizen of the European Union does not need a residence permit in Poland.
    But if you stay longer than 3 months, you must register your stay (rejestracja pobytu). Apply in person at the latest on the day after 3 months from your entry. Not registering can be fined.
    A family member who is not an EU citizen must get a residence card of a family member of an EU citizen.
    Registration is handled by our Department for Foreigners. The official page lists the documents.

faq-travel-decision-q = Can I travel with the decision only?
faq-travel-decision-a =
    No. The decision on your residence permit is not a document for crossing borders.
    With the decision you may leave Poland directly to your home country, without transit through other countries.
    The residence card, together with your passport, lets you cross borders.
    The card is issued after the decision, once the office has proof of the card fee and proof of your address registration or your statement asking for a card without an address.
    The passport stamp or the MOS certificate does not let you travel in the Schengen area either.

faq-travel-schengen-q = Stamp or MOS certificate — can I travel abroad?
faq-travel-schengen-a =
    The passport stamp and the MOS certificate confirm that you filed your application.
    You may leave Poland, for example to go home.
    But they do not let you travel in the Schengen area, and they do not let you come back.
    To come back to Poland you need a visa, or visa-free entry if your citizenship allows it (for example Ukraine, Moldova or Georgia with a biometric passport).
    You cannot get a visa inside Poland.
    Before you leave, check that you have a document to come back with.

faq-travel-legal-stay-q = Is my stay legal while I wait for the decision?
faq-travel-legal-stay-a =
    Your stay is legal until the decision becomes final (ostateczna) only if:
    • you applied on time, at the latest on the last day of your legal stay, and
    • the application had no formal deficiencies, or you removed them within the deadline the office set.
    The passport stamp, or since 27 April 2026 the MOS certificate, confirms this.
    This is about staying in Poland. It does not let you travel in the Schengen area.
    Applied late, or deficiencies not removed in time? Ask our staff before you rely on your stay being legal.

faq-travel-visa-poland-q = Can I get a visa in Poland?
faq-travel-visa-poland-a =
    No. You cannot get a visa inside Poland. Visas are issued by Polish consulates abroad.
    A visa you already have can be extended only in exceptional cases: when something happened that did not depend on you and could not be foreseen when you applied for the visa. Apply before the visa expires. Do not count on an extension.
    To stay longer, the usual way is a residence permit in MOS, filed at the latest on the last day of your legal stay.
