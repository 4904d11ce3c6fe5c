## Вакансии для работника: /jobs, поиск, карточки вакансий, отклик. Ключи те же, что в kk и en (это проверяет тест).

cmd-jobs = Вакансии для меня

## Списки
jobs-need-start = Сначала отправьте /start и зарегистрируйтесь, тогда я подберу вам вакансии.
jobs-need-profile = Сначала укажите свою профессию: заполните профиль командой /profile и снова отправьте /jobs.
jobs-header = <b>Подходящие вам вакансии</b> · стр. { $page } из { $pages }
jobs-wider-header = <b>Вакансии в более широкой области вашей профессии</b> · стр. { $page } из { $pages }
jobs-search-header = <b>Поиск «{ $query }»</b> · стр. { $page } из { $pages }
jobs-search-header-best-paid = <b>Поиск «{ $query }»: сначала самые высокие зарплаты</b> · стр. { $page } из { $pages }
jobs-none = Сейчас нет открытых вакансий, подходящих вашему профилю. Вакансии, не связанные с вашей профессией, я не показываю.
jobs-none-wider = Есть вакансии в более широкой области вашей профессии. Нажмите кнопку, чтобы их увидеть.
jobs-none-hint = Проверьте профессию в /profile или просто напишите, что ищете, например: <i>водитель доха</i>.
jobs-wider-none = В более широкой области вашей профессии вакансий тоже нет. Проверьте профессию в /profile или напишите, что ищете, например: <i>водитель доха</i>.
jobs-search-none = По запросу «{ $query }» сейчас нет открытых вакансий. Попробуйте другое название работы, например: <i>сварщик</i>, <i>водитель доха</i>, или отправьте /jobs.
jobs-search-none-add = Если это ваша профессия, добавьте её в профиль: я сообщу, как только появится такая вакансия.
jobs-search-none-held = Эта профессия есть в вашем профиле: я сообщу, как только появится такая вакансия.
btn-jobs-add-trade = ➕ Добавить эту профессию в профиль
jobs-pay-none = Сейчас нет вакансий с зарплатой от { $pay } в месяц. Зарплата каждой вакансии — в её карточке: /jobs.
jobs-pay-none-trade = Сейчас нет таких вакансий с зарплатой от { $pay } в месяц. Вот те, что есть, с их зарплатой.
jobs-pay-not-riyals = Зарплата в вакансиях указана за месяц в катарских риалах, поэтому список не отобран по вашей сумме. Вот что есть, у каждой вакансии — её зарплата.
jobs-search-refused = Вакансии тех профессий, от которых вы отказались, не показываю.
jobs-town-none = { $town }: сейчас нет открытых вакансий.
jobs-town-none-trade = { $town }: сейчас нет таких вакансий. Вот они в других городах.
jobs-town-place = { $town } ({ $count })
jobs-town-places = Вакансии сейчас открыты здесь: { $places }. Напишите профессию и город, например: <i>сварщик доха</i>, или отправьте /jobs, чтобы увидеть подходящие вам.
jobs-town-nowhere = Сейчас открытых вакансий нет ни в одном городе. О новых, подходящих вашему профилю, я сообщаю уведомлением (настройки — /alerts).
jobs-own-header = <b>Ваши профессии: { $where }</b> · стр. { $page } из { $pages }
jobs-own-words = «{ $query }»
jobs-own-pay = от { $pay }
jobs-own-place = { $place ->
    [hotel] гостиница
    [hospital] больница
    [airport] аэропорт
    [airline] авиакомпания
    [oil] нефть и газ
   *[construction] стройка
}
jobs-own-place-none = { $place ->
    [hotel] В гостиницах
    [hospital] В больницах
    [airport] В аэропорту
    [airline] В авиакомпаниях
    [oil] В нефтегазовой отрасли
   *[construction] На стройках
} сейчас нет вакансий по вашим профессиям.
jobs-own-pay-none = Сейчас нет вакансий по вашим профессиям с зарплатой от { $pay } в месяц.
jobs-own-open = Вот вакансии по вашим профессиям, которые открыты сейчас.
jobs-search-expired = Этот поиск больше не хранится. Напишите запрос ещё раз.
jobs-list-empty = В этом списке вакансий больше нет. Отправьте /jobs, чтобы снова увидеть подходящие.

## Кнопки
btn-jobs-prev = ◀️ Назад
btn-jobs-next = Дальше ▶️
btn-jobs-details = 📄 { $n }
btn-jobs-apply = ✉️ { $n }
btn-jobs-hide = 🙈 { $n }
btn-jobs-wider = 🔎 Показать шире
btn-apply = ✉️ Откликнуться
btn-hide = 🙈 Не интересно
btn-share = 📤 Поделиться с другом
share-vacancy = Вакансия в Катаре по соглашению Казахстана и Катара: { $title }
vacancy-link-register = Чтобы откликнуться, выберите язык и заполните короткий профиль: кнопка «{ btn-apply }» выше заработает, как только он будет готов.
jobs-buttons-hint = 📄 подробнее · ✉️ откликнуться · 🙈 не интересно

## Отклик и скрытие
apply-created = ✅ Ваш отклик на вакансию «{ $title }» отправлен. Я сообщу вам о каждом шаге; следить можно через /status.
apply-created-short = Отклик отправлен.
apply-already = Вы уже откликнулись на эту вакансию.
apply-closed = К сожалению, приём откликов на эту вакансию закрыт.
apply-profile-incomplete = Сначала заполните профиль до конца (/profile), затем откликайтесь.
vacancy-unavailable = К сожалению, эта вакансия больше недоступна.
hide-done = Скрыто. Эту вакансию вы больше не увидите, если не нажмёте «Вернуть».
btn-unhide = ↩️ Вернуть
btn-jobs-unhide = ↩️ Вернуть: { $title }
unhide-done = Вакансия снова в ваших списках.

## Карточки
card-short =
    <b>{ $title }</b>
    🏢 { $employer }
    📍 { $place }
    💰 { $salary }
card-employer-unknown = работодатель не указан
card-place-city = { $city }, { $country }
card-place = { $country }
country-QA = Катар
salary-range = { $low }–{ $high } в месяц
salary-exact = { $amount } в месяц
salary-from = от { $amount } в месяц
salary-upto = до { $amount } в месяц
salary-not-stated = зарплата не указана

details-title = <b>{ $title }</b>
details-employer = 🏢 Работодатель: { $employer }
details-place = 📍 { $place }
details-positions = 👥 { $count ->
    [one] { $count } место
    [few] { $count } места
   *[other] { $count } мест
}
details-salary = 💰 Зарплата: { $salary }
details-allowances = ➕ Надбавки: { $list }
allowance-food = на питание { $amount }
allowance-housing = на жильё { $amount }
allowance-transport = на транспорт { $amount }
details-contract = 📄 Контракт: { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
   *[other] { $months } месяцев
}
details-hours = ⏱ Рабочее время: { $hours } ч в неделю
details-leave = 🏖 Ежегодный отпуск: { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
details-provided = 🎁 Предоставляется: { $list }
provided-accommodation = жильё
provided-food = питание
provided-transport = транспорт до работы
provided-medical = медицинская помощь
provided-airfare = авиабилеты
details-experience = 🛠 Опыт: не менее { $years ->
    [one] { $years } года
   *[other] { $years } лет
}
details-languages = 🗣 Языки: { $langs }
details-requirements = 📝 Требования: { $text }
details-description = ℹ️ { $text }
details-deadline = ⏳ Откликнуться до: { $date }

## Проверка по типовому договору
contract-heading = <b>Проверка по типовому трудовому договору</b>
contract-airfare-met = Авиабилеты оплачивает работодатель.
contract-airfare-not_met = Авиабилеты не включены, хотя типовой договор их требует.
contract-airfare-not_stated = Авиабилеты: не указано.
contract-accommodation-met = Жильё предоставляется.
contract-accommodation-allowance = Надбавка на жильё: { $amount } в месяц.
contract-accommodation-not_met = Нет ни жилья, ни надбавки на жильё, хотя типовой договор требует одно из двух.
contract-accommodation-not_stated = Жильё: не указано.
contract-transport-met = Транспорт до работы и обратно предоставляется.
contract-transport-allowance = Надбавка на транспорт: { $amount } в месяц.
contract-transport-not_met = Нет ни транспорта до работы, ни надбавки, хотя типовой договор требует одно из двух.
contract-transport-not_stated = Транспорт до работы: не указано.
contract-medical-met = Медицинская помощь предоставляется.
contract-medical-not_met = Медицинская помощь не включена, хотя типовой договор её требует.
contract-medical-not_stated = Медицинская помощь: не указано.
contract-annual_leave-met = Ежегодный отпуск { $days } дн. (требуется не менее { $required }).
contract-annual_leave-not_met = Ежегодный отпуск всего { $days } дн., а типовой договор требует не менее { $required }.
contract-annual_leave-not_stated = Ежегодный отпуск: не указано (требуется не менее { $required } дн.).
contract-wage-basic-ok = Базовая зарплата { $basic } не ниже минимума { $required }
contract-wage-basic-short = Базовая зарплата { $basic } ниже установленного законом минимума { $required }
contract-wage-housing-short = жильё не предоставляется, а надбавка ({ $paid }) меньше { $required }
contract-wage-food-short = питание не предоставляется, а надбавка ({ $paid }) меньше { $required }
contract-wage-housing-unknown = не указано, предоставляется ли жильё (иначе положено { $required })
contract-wage-food-unknown = не указано, предоставляется ли питание (иначе положено { $required })
contract-wage-not-stated = Базовая зарплата: не указана (минимум { $required }).
contract-wage-other-currency = Зарплата в { $currency }, поэтому минимум { $required } проверить нельзя.

## Почему вакансия подходит
reasons-heading = <b>Почему подходит вам</b>
reason-occupation-unit = ✔️ Ваша профессия: { $title }
reason-occupation-minor = ✔️ Близко к вашей профессии: { $title }
reason-occupation-submajor = ✔️ Та же область, что { $title }
reason-occupation-major = ✔️ Та же широкая группа занятий, что { $title }
reason-occupation-title = ✔️ Название совпадает с вашими словами
reason-experience_ok = ✔️ Опыт: у вас { $have } г., требуется от { $need } г.
reason-experience_short = ➖ Требуется опыт { $need ->
    [one] { $need } год
    [few] { $need } года
   *[other] { $need } лет
}, у вас { $have }
reason-language_ok = ✔️ Вы говорите: { $langs }
reason-language_missing = ➖ Нужен язык: { $langs }
reason-salary_ok = ✔️ Зарплата { $offered }, вы хотели от { $wanted }
reason-salary_below = ➖ Зарплата { $offered } ниже желаемой { $wanted }
reason-city = ✔️ Город: { $city }

## На каждой карточке
portal-line = 🌐 Официальный портал: { $link }
fee-warning = ⚠️ Трудоустройство по соглашению Казахстана и Катара бесплатное. Никто не вправе брать с вас деньги за вакансию, визу или договор: если просят заплатить — не платите.
