## Запись на сдачу отпечатков пальцев / личную явку и список визитов для сотрудников.

act-book = 🗓️ Записаться на сдачу отпечатков

booking-office-poznan = Познань
booking-office-kalisz = Калиш
booking-office-konin = Конин
booking-office-leszno = Лешно
booking-office-pila = Пила

booking-title = Визит для сдачи отпечатков пальцев
booking-need-check =
    Чтобы записаться, сначала проверьте своё дело по номеру и коду доступа.
    Запись открывается, когда у дела статус «ожидает явки».
booking-btn-check-case = 🔎 Проверить дело
booking-choose-case = Для какого дела запись?
booking-case-label = Дело, оканчивающееся на { $tail }
booking-wrong-status =
    Записаться можно только тогда, когда у дела статус «ожидает явки». Сейчас дело на другом этапе, поэтому записываться пока не нужно.
    Если понадобится ваша явка, управление сообщит об этом.
booking-summoned =
    Управление уже отправило вам вызов (wezwanie) с назначенной датой визита. Пожалуйста, приходите в этот день: онлайн-запись на него невозможна.
    Вопросы: инфолиния 61 850 87 77.
booking-window-closed =
    Календарь записи по вашему делу был открыт { $days } дней, до { $until }, и теперь закрыт.
    Управление пришлёт вызов с назначенной датой. Пожалуйста, приходите в этот день: если пропустить его, заявление оставят без рассмотрения.
booking-office-unavailable =
    Онлайн-запись в вашем филиале пока недоступна.
    Пожалуйста, позвоните на инфолинию 61 850 87 77.
booking-no-days =
    Сейчас свободных мест нет. Новые даты появляются регулярно: загляните завтра или позвоните на инфолинию 61 850 87 77.
    Записаться можно до { $until }.
booking-pick-day =
    Выберите день визита: { $office }. Визит проходит там, где подано заявление; место изменить нельзя.
    Записаться можно до { $until }.
booking-day-label =
    { $date } · { $free ->
        [one] { $free } место
        [few] { $free } места
        [many] { $free } мест
       *[other] { $free } места
    }
btn-week-earlier = ◀️ Раньше
btn-week-later = Позже ▶️
booking-pick-time = { $date }: выберите время.
booking-confirm =
    Проверьте запись:
    { $date }, { $time }, { $office }.
booking-confirm-once = Каждое дело можно записать только один раз, и потом дату нельзя изменить онлайн.
booking-confirm-changes = Изменить или отменить визит здесь можно не позднее чем за { $hours } ч до него.
booking-btn-confirm = ✅ Записаться на это время
booking-btn-other-time = Другое время
booking-btn-other-day = Другой день
booking-just-taken = К сожалению, это время только что заняли. Ближайшее свободное время:
booking-just-taken-none = К сожалению, это время только что заняли, а свободных мест больше нет. Загляните позже.
booking-confirmed-title = Визит записан
booking-details =
    Дата: { $date }
    Время: { $time }
    Место: { $office }
    Адрес: { $address }
    6-значный код: { $code }
booking-address-unconfirmed = управление его подтвердит; позвоните на инфолинию 61 850 87 77
booking-bring =
    В зале введите код { $code } в автомате для талонов (biletomat).
    Возьмите паспорт. Ребёнок младше 6 лет не сдаёт отпечатки, но приходит вместе с вами и показывает паспорт.
booking-hall-poznan = В Познани записанных принимают в зале A, окна 3–11.
booking-file-hint = Файл календаря добавит визит в календарь телефона.
btn-address-page = 📍 Где находится отделение
booking-already = По этому делу визит уже записан:
booking-already-tap = Этот визит уже записан; подтверждение выше.
booking-fixed =
    Дату нельзя изменить онлайн.
    Если вы не можете прийти, позвоните на инфолинию 61 850 87 77.
booking-btn-cancel = Отменить визит
booking-btn-move = Изменить дату
booking-cancel-ask = Точно отменить визит { $date } в { $time }?
booking-btn-cancel-yes = Да, отменить
booking-btn-keep = Нет, оставить
booking-cancelled = Визит отменён. Новый можно записать до { $until }.
booking-too-late =
    До визита осталось меньше { $hours } ч, поэтому изменить его онлайн уже нельзя.
    Пожалуйста, позвоните на инфолинию 61 850 87 77.
booking-moved-from = Прежний визит ({ $date }, { $time }) отменён.
booking-reminder-title = Напоминание о визите
booking-reminder =
    Визит для сдачи отпечатков пальцев: { $date }, { $time }, { $office }.
    Адрес: { $address }
    Код для автомата талонов: { $code }. Возьмите паспорт.
booking-ics-summary = Сдача отпечатков пальцев, отдел по делам иностранцев ({ $office })
booking-ics-description =
    Код для автомата талонов: { $code }.
    Возьмите паспорт. Ребёнок младше 6 лет не сдаёт отпечатки, но приходит и показывает паспорт.

booking-staff-title =
    Визиты { $date }, { $office }: { $count ->
        [one] { $count } визит
        [few] { $count } визита
        [many] { $count } визитов
       *[other] { $count } визита
    }
booking-staff-line = { $time } · код { $code } · дело { $case } · { $office }
booking-staff-none = Записей нет.
booking-staff-all-offices = все места
booking-staff-usage = Использование: /bookings [ГГГГ-ММ-ДД] [место: { $offices }]
booking-staff-denied = Список визитов могут видеть только администраторы, указанные в настройках.
booking-staff-block-usage = Использование: /block ГГГГ-ММ-ДД место ({ $offices })
booking-staff-blocked =
    День { $date } закрыт для записи: { $office }. Уже записанных на этот день: { $count }.
