## Case status: the look-up by number and access code, "My cases", notices of a new status.

act-status = 🔎 Check my case status
act-mine = 📁 My saved cases
cs-title = Case status
cs-ask-number = Type your case number, as it is on your documents from the office, for example 2555583/2016.
cs-ask-number-mine = Or tap one of your saved cases: no code needed.
cs-number-invalid = That does not look like a case number. Type it with its digits, for example 2555583/2016.
cs-ask-code =
    Case number: { $number }
    Now type the access code ("Kod") of this case. You got it when you filed the application, or by e-mail if you applied by post.
    The bot does not keep the code. On Telegram, the message with the code is deleted right after it is read.
btn-cs-other-number = ✏️ Another case number
cs-not-found =
    No case with this number and access code was found.
    Check both, exactly as in your documents, and try again.
    The number of attempts is limited, for the safety of everyone's data.
btn-cs-try-again = 🔁 Try again
btn-cs-lost-code = 🔑 Where do I get the access code?
cs-unavailable = The office's case system is not answering right now. Please try again in a few minutes.
cs-locked = There have been too many attempts. To protect everyone's data, you can try again after { $time }.
cs-locked-day = There have been too many attempts. To protect everyone's data, you can try again on { $date } after { $time }.

cs-case-title = Case { $number }
cs-since = Status since: { $date }
cs-filed = Application filed: { $date }
cs-as-of = Last checked: { $date }
cs-office-poznan = Office: Poznań (main office)
cs-office-kalisz = Office: Kalisz branch
cs-office-konin = Office: Konin branch
cs-office-leszno = Office: Leszno branch
cs-office-pila = Office: Piła branch

cs-status-registered = 📝 Application registered
cs-status-registered-next = The office has registered your application in its system. You do not need to do anything now: next, the application goes to the department.
cs-status-received = 📥 Application received
cs-status-received-next = Your application has reached the department and is waiting for an inspector. You do not need to do anything now. Keep your access code to check the status later.
cs-status-inspector_assigned = 👤 Inspector assigned
cs-status-inspector_assigned-next = An inspector now handles your case. They will check your application and documents; if something is missing, the office will send you a letter.
cs-status-verification = 🔍 Verification
cs-status-verification-next = The inspector is checking your application and documents and may ask other authorities for information. You do not need to do anything now; answer any letter from the office on time.
cs-status-formal_deficiencies = ✉️ Letter: formal deficiencies
cs-status-formal_deficiencies-next = The office has sent you a letter listing what is missing in the application (for example a document, a fee or a signature). Read it and complete everything by the deadline in the letter; otherwise the application is left unconsidered.
cs-status-proceedings_started = ✉️ Letter: proceedings started
cs-status-proceedings_started-next = The office has sent you a letter that the proceedings have started. The letter may also ask for documents or a personal visit: do what it asks by its deadline.
cs-status-repeated_summons = ✉️ Repeated summons
cs-status-repeated_summons-next = The office is calling on you again: for documents, explanations or a personal visit. Do what the letter asks by its deadline, as the rest of the case depends on it.
cs-status-in_progress = ⏳ Proceedings in progress
cs-status-in_progress-next = Your case is being examined. You do not need to do anything now unless the office writes to you. Check the status again later.
cs-status-draft_decision = 📄 Draft decision
cs-status-draft_decision-next = The inspector has prepared a draft decision, which is now being approved. You do not need to do anything now. The decision will be delivered to you by post or electronically.
cs-status-concluded = ✅ Proceedings concluded
cs-status-concluded-next = The decision has been issued. Wait for it to be delivered and read it. If the permit is granted, the residence card is ordered automatically after the card fee is paid; it takes about a month from the proof of payment.
cs-status-card_ordered = 🏭 Card personalisation ordered
cs-status-card_ordered-next = Your residence card is being made. This usually takes about a month. Wait for the status "card ready for collection".
cs-status-card_ready = 🪪 Card ready for collection
cs-status-card_ready-next = Your residence card is waiting at the office shown below. Collect it in person with your passport (fingerprints are checked). For a child under 13, a parent or guardian collects it; from 13 years, the child must come.
cs-status-card_collected = 🎉 Card collected
cs-status-card_collected-next = The residence card has been collected. The case is complete.
cs-status-suspended = ⏸ Proceedings suspended
cs-status-suspended-next = The proceedings are on hold, at the request of a party or for a reason given in the office's letter. The letter says what is needed to resume them.
cs-status-awaiting_attendance = 🖐 Awaiting your visit
cs-status-awaiting_attendance-next = The office is waiting for your visit in person: fingerprints are taken and you show your passport. Book the visit within 30 days with the button "Book the fingerprint visit". Without a booking, the office will send you a letter with a fixed date.
cs-status-unknown =
    The office's system shows a status that this bot cannot explain yet.
    Ask the office's staff what it means for your case.

btn-cs-book = 🗓 Book the fingerprint visit
btn-cs-remember = ⭐ Remember this case
btn-cs-forget = 🗑 Forget this case
btn-cs-my-cases = 📁 My cases
btn-cs-check = 🔎 Check a case
cs-kept =
    Case { $number } is saved in "My cases".
    Next time, one tap shows its status, without the code. When its status changes, you will get a message.
cs-forgotten = Case { $number } has been removed from "My cases". You will no longer get messages about it.
cs-mine-case = 📁 { $number }
cs-mine-title = My cases
cs-mine-text = Your saved cases. Tap one to see its status.
cs-mine-empty = You have no saved cases yet. After checking a case, tap "Remember this case".
cs-notice-title = News about your case
cs-notice = The status of case { $number } has changed.
