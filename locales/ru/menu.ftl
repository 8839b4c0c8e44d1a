## Названия разделов меню (dialogs/content/categories.toml).

cat-case-status = Статус дела и код доступа
cat-booking = Запись на сдачу отпечатков пальцев
cat-temporary = Временное пребывание
cat-temp-work = Работа: разрешения и смена работодателя
cat-temp-study = Учёба и выпускники
cat-temp-family = Семья
cat-temp-business = Бизнес
cat-permanent = Постоянное пребывание (pobyt stały)
cat-eu-long-term = Долгосрочный резидент ЕС
cat-card = Карта побыту
cat-mos = Подача онлайн (MOS)
cat-ukraine = Граждане Украины (PESEL UKR, CUKR)
cat-eu-citizens = Граждане ЕС
cat-visa = Продление визы
cat-invitations = Приглашения
cat-fees = Платежи и возврат денег
cat-deficiencies = Недочёты в заявлении и вызовы в управление
cat-appeals = Обжалование
cat-withdrawal = Отзыв заявления
cat-travel = Легальное пребывание, штамп и поездки
cat-files = Материалы дела
cat-contact = Адреса, часы, контакты
