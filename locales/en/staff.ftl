## The staff desk: a person's question to the office's staff, and the staff chat's own texts.

btn-ask-staff = ✍️ Ask staff
staff-ask-title = Question for staff
staff-ask =
    Write your question in one message. You can add photos or documents.
    Please do not send passport numbers or access codes: staff will ask if they need them.
    The answer will come here, in this chat.
staff-ticket-opened =
    Your question has been passed to staff. Its number is { $number }.
    Staff usually answer within one working day. You can add more messages here.
staff-ticket-opened-later =
    Your question has been passed to staff. Its number is { $number }.
    The office is closed now; staff will be back: { $when }. You can add more messages here.
staff-moment = { $weekday }, { $date }, { $time }
weekday-0 = Monday
weekday-1 = Tuesday
weekday-2 = Wednesday
weekday-3 = Thursday
weekday-4 = Friday
weekday-5 = Saturday
weekday-6 = Sunday
staff-already-open = Your question { $number } is with staff. Write here anything you want to add.
btn-staff-done = ✅ My question is answered
staff-closed-by-you = Your question { $number } is closed. How would you rate the answer?
staff-closed-by-staff = Staff have closed your question { $number }. How would you rate the answer?
btn-rate = { $stars } ⭐
staff-rate-thanks = Thank you for your rating! If you have another question, just write it here or choose a topic.
staff-reopened = Staff have reopened your question { $number }. You can write here again.
staff-banned = Sorry, you cannot send questions to staff through the bot. Please call the info line 61 850 87 77.
staff-nothing-open = You have no open question at the moment.

canned-documents-title = List of documents
canned-documents = Please check the list of documents on the official page of your procedure. If something is missing from your application, the office will send you a letter with a deadline.
canned-wait-title = Please wait
canned-wait = Thank you for your question. Staff are checking it and will answer here as soon as possible.
canned-visit-title = Fingerprint visit
canned-visit = You can book the visit to give fingerprints when your case status is "awaiting attendance". The place cannot be changed: it is the office or branch where you filed your application.
canned-status-title = Case status
canned-status = You can check your case online with your case number and access code. You get the access code when you file the application (by e-mail for postal applications); it is never given by phone.
canned-phone-title = Call the info line
canned-phone = This question is best solved by phone: please call the info line 61 850 87 77.

desk-card-title = Question { $number }
desk-card =
    Language: { $language }
    Messenger: { $messenger }
    Category: { $category }
    Last answer seen: { $entry }
    Case: { $case }

    { $question }
desk-none = —
desk-file-only = (a photo or a file, below)
desk-btn-close = ✅ Close
desk-btn-canned = 📋 Canned replies
desk-closed-by-person = The person marked question { $number } as answered.
desk-closed-by-staff = Question { $number } closed; the person has been asked for a rating.
desk-rated = Rating for question { $number }: { $rating }/5.
desk-viber-window = More than 24 hours have passed since this person last wrote on Viber. The reply will be delivered when they write again.
desk-unreachable-telegram = This person has blocked the bot: messages do not reach them.
desk-unreachable-viber = This person has unsubscribed from the bot on Viber: messages do not reach them.
desk-admin-only = This command is for administrators only.
desk-no-ticket = There is no question here: write in a person's topic or reply to their card.
desk-nothing-to-close = There is no open question to close.
desk-reopened = The question is open again.
desk-cannot-reopen = The question cannot be reopened (it is open, or the person has a newer one).
desk-banned = The person is blocked: their messages no longer reach staff.
desk-ban-unchanged = The person was already blocked.
desk-unbanned = The person is unblocked.
desk-unban-unchanged = The person was not blocked.
desk-canned-title = Canned replies for question { $number }:
desk-canned-sent = Canned reply sent: { $title }
desk-tickets-empty = No open questions.
desk-tickets-title =
    { $count ->
        [one] One open question, oldest first:
       *[other] { $count } open questions, oldest first:
    }
desk-tickets-line = { $icon } { $number } · { $hours } h · { $language } · { $messenger }
desk-stats-title = Statistics
desk-stats-line =
    { $days ->
        [1] Last 24 hours
        [one] Last { $days } day
       *[other] Last { $days } days
    }: opened { $opened }, closed { $closed }, median first reply { $minutes } min, ratings { $rated } (average { $average })
