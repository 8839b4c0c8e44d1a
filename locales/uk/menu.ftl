## Назви розділів меню (dialogs/content/categories.toml).

cat-case-status = Статус справи та код доступу
cat-booking = Запис на зняття відбитків пальців
cat-temporary = Тимчасове перебування
cat-temp-work = Робота: дозволи і зміна роботодавця
cat-temp-study = Навчання і випускники
cat-temp-family = Сім'я
cat-temp-business = Підприємницька діяльність
cat-permanent = Постійне перебування (pobyt stały)
cat-eu-long-term = Довгостроковий резидент ЄС
cat-card = Карта побиту
cat-mos = Подання онлайн (MOS)
cat-ukraine = Громадяни України (PESEL UKR, CUKR)
cat-eu-citizens = Громадяни ЄС
cat-visa = Продовження візи
cat-invitations = Запрошення
cat-fees = Платежі та повернення коштів
cat-deficiencies = Недоліки в заяві та виклики до управління
cat-appeals = Оскарження
cat-withdrawal = Відкликання заяви
cat-travel = Легальне перебування, штамп і поїздки
cat-files = Матеріали справи
cat-contact = Адреси, години, контакти
