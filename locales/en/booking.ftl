## Booking the fingerprint / personal-appearance visit, and the staff's list of visits.

act-book = 🗓️ Book the fingerprint visit

booking-office-poznan = Poznań
booking-office-kalisz = Kalisz
booking-office-konin = Konin
booking-office-leszno = Leszno
booking-office-pila = Piła

booking-title = Fingerprint visit
booking-need-check =
    To book the visit, first check your case with its number and access code.
    Booking opens when the status of the case is "awaiting attendance".
booking-btn-check-case = 🔎 Check my case
booking-choose-case = Which case is the visit for?
booking-case-label = Case ending { $tail }
booking-wrong-status =
    A visit can be booked only when the case is "awaiting attendance". Your case is at another stage now, so there is nothing to book yet.
    If the office needs you to come, it will let you know.
booking-summoned =
    The office has already sent you a summons with a fixed date for the visit. Please come on that date: it cannot be booked online.
    Questions: info line 61 850 87 77.
booking-window-closed =
    The booking calendar for your case was open for { $days } days, until { $until }, and is now closed.
    The office will send you a letter with a fixed date. Please come then: if you miss that date, your application will not be considered.
booking-office-unavailable =
    Online booking is not open at your branch yet.
    Please call the info line 61 850 87 77.
booking-no-days =
    There are no free places at the moment. New dates are added regularly: please look again tomorrow, or call the info line 61 850 87 77.
    You can book until { $until }.
booking-pick-day =
    Choose a day for your visit in { $office }. The visit takes place where the application was filed; the place cannot be changed.
    You can book until { $until }.
booking-day-label =
    { $date } · { $free ->
        [one] 1 place
       *[other] { $free } places
    }
btn-week-earlier = ◀️ Earlier
btn-week-later = Later ▶️
booking-pick-time = { $date }: choose a time.
booking-confirm =
    Please check your visit:
    { $date } at { $time }, { $office }.
booking-confirm-once = Each case can be booked only once, and the date cannot be changed online afterwards.
booking-confirm-changes = You can change or cancel the visit here up to { $hours } hours before it.
booking-btn-confirm = ✅ Book this visit
booking-btn-other-time = Another time
booking-btn-other-day = Another day
booking-just-taken = Sorry, someone has just taken this time. These are the nearest free times:
booking-just-taken-none = Sorry, someone has just taken this time, and there are no free places left now. Please look again later.
booking-confirmed-title = Your visit is booked
booking-details =
    Date: { $date }
    Time: { $time }
    Place: { $office }
    Address: { $address }
    6-digit booking code: { $code }
booking-address-unconfirmed = the office will confirm it; please call the info line 61 850 87 77
booking-bring =
    In the hall, type your booking code { $code } at the ticket machine.
    Bring your passport. A child under 6 gives no fingerprints but must come along, with their passport.
booking-hall-poznan = In Poznań, booked visits are served in room A, boxes 3–11.
booking-file-hint = The calendar file adds the visit to your phone's calendar.
btn-address-page = 📍 Where the office is
booking-already = This case already has a booked visit:
booking-already-tap = This visit is booked already; its confirmation is above.
booking-fixed =
    The date cannot be changed online.
    If you cannot come, please call the info line 61 850 87 77.
booking-btn-cancel = Cancel the visit
booking-btn-move = Change the date
booking-cancel-ask = Do you really want to cancel your visit on { $date } at { $time }?
booking-btn-cancel-yes = Yes, cancel it
booking-btn-keep = No, keep it
booking-cancelled = Your visit is cancelled. You can book a new one until { $until }.
booking-too-late =
    The visit is less than { $hours } hours away, so it can no longer be changed online.
    Please call the info line 61 850 87 77.
booking-moved-from = Your previous visit on { $date } at { $time } is cancelled.
booking-reminder-title = Reminder: your visit
booking-reminder =
    Your fingerprint visit is on { $date } at { $time }, { $office }.
    Address: { $address }
    Your booking code for the ticket machine: { $code }. Bring your passport.
booking-ics-summary = Fingerprint visit, Department for Foreigners ({ $office })
booking-ics-description =
    Booking code for the ticket machine: { $code }.
    Bring your passport. A child under 6 gives no fingerprints but must come along, with their passport.

booking-staff-title =
    Visits on { $date }, { $office }: { $count ->
        [one] 1 visit
       *[other] { $count } visits
    }
booking-staff-line = { $time } · code { $code } · case { $case } · { $office }
booking-staff-none = No visits booked.
booking-staff-all-offices = all places
booking-staff-usage = Usage: /bookings [YYYY-MM-DD] [office: { $offices }]
booking-staff-denied = Only the administrators named in the settings may see the list of visits.
booking-staff-block-usage = Usage: /block YYYY-MM-DD place ({ $offices })
booking-staff-blocked =
    { $date } is closed for booking in { $office }. Visits booked there already: { $count }.
