## Заявки: статусы, уведомления, /status, /rights и инструменты сотрудников для статусов.

## Меню команд
cmd-status = Мои заявки
cmd-rights = Мои права по договору

## Названия статусов
status-name-applied = Заявка отправлена
status-name-qualification_check = Проверка квалификации
status-name-employer_review = Рассматривает работодатель
status-name-interview = Собеседование
status-name-offer = Предложение о работе
status-name-contract_signed = Договор подписан
status-name-visa_issued = Виза выдана
status-name-departed = Выезд в Катар
status-name-employed = Работаете
status-name-rejected = Не выбраны
status-name-withdrawn = Отозвана
status-name-terminated_early = Договор прекращён досрочно

## Что означает шаг и что делать дальше
status-next-applied = Ваша заявка поступила в министерство. Держите телефон включённым: вам может позвонить сотрудник.
status-next-qualification_check = Министерство проверяет вашу квалификацию и сертификаты. Если чего-то не хватит, сотрудник свяжется с вами. Держите дипломы и сертификаты под рукой.
status-next-employer_review = Работодатель изучает ваш профиль. Сейчас ничего делать не нужно; решение обычно занимает несколько недель.
status-next-interview = Работодатель хочет с вами поговорить. Сотрудник сообщит дату, время и формат собеседования. Подготовьте документы и будьте готовы рассказать о своём опыте.
status-next-offer = Работодатель предлагает вам работу. Внимательно прочитайте условия: договор составляется по типовому договору соглашения. Если что-то непонятно, спросите сотрудника.
status-next-contract_signed = Ваш трудовой договор подписан. Храните свой экземпляр в надёжном месте.
status-next-visa_issued =
    Рабочая виза выдана. Что дальше:
    • авиабилет покупает работодатель — вы за него не платите;
    • по прибытии в Катар работодатель в течение 90 дней оформляет вам вид на жительство (QID);
    • после прибытия встаньте на консульский учёт в Посольстве Казахстана в Дохе;
    • паспорт храните у себя: держать его не может никто, кроме консульства.
status-next-departed = Счастливого пути и удачного начала! Держите при себе копии паспорта и договора и телефон посольства.
status-next-employed = Вы работаете. Желаем успехов! Если зарплата или условия расходятся с договором, вы вправе подать жалобу.
status-next-rejected = На этот раз работодатель выбрал другого кандидата. Не отчаивайтесь: посмотрите другие вакансии — /jobs.
status-next-withdrawn = Заявка отозвана. Вы можете откликнуться на другие вакансии — /jobs.
status-next-terminated_early =
    Ваш договор прекращён досрочно. Ваши права:
    • обратный билет домой за счёт работодателя;
    • окончательный расчёт по зарплате и выплата по окончании службы;
    • право подать жалобу, если это не выплачено.
    Обратитесь в Посольство Казахстана в Дохе и на горячую линию министерства: их номера — в /rights.

## Уведомления
status-notice =
    📋 <b>{ $title }</b>, { $employer }
    Новый шаг: <b>{ $status }</b> ({ $date })
status-notice-note = 💬 Примечание сотрудника: { $note }
status-contract-terms =
    <b>Главные условия вашего договора</b>
    { $terms }
status-checklist =
    <b>Перед выездом</b>
    • паспорт, действительный ещё не менее 6 месяцев;
    • медицинское обследование;
    • справка о несудимости;
    • копии дипломов и сертификатов;
    • ваш экземпляр подписанного договора — храните его у себя.
    Никогда не отдавайте паспорт никому, кроме консульства.
status-rights-link = Ваши права по типовому договору: /rights
btn-status-timeline = 📋 История заявки

## Условия договора
term-salary = 💰 Зарплата: { $amount } { $currency } в месяц
term-allowance-housing = 🏠 Надбавка на жильё: { $amount } { $currency }
term-allowance-food = 🍽 Надбавка на питание: { $amount } { $currency }
term-allowance-transport = 🚌 Надбавка на транспорт: { $amount } { $currency }
term-hours = ⏱ Рабочее время: { $hours } ч в неделю
term-leave = 🌴 Ежегодный отпуск: { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
term-months = 📅 Договор: { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
   *[other] { $months } месяцев
}
term-provided = ✅ Предоставляется: { $items }
term-none = В вакансии условия не указаны: сверьтесь со своим экземпляром договора.

## /status
status-none = У вас пока нет заявок. Вакансии — /jobs.
status-list-header = <b>Ваши заявки</b>
status-list-line = • <b>{ $title }</b>, { $employer }: { $status } (с { $date })
status-list-more = { $count ->
    [one] …и ещё { $count } более старая заявка.
    [few] …и ещё { $count } более старые заявки.
   *[other] …и ещё { $count } более старых заявок.
}
status-list-hint = Нажмите на заявку, чтобы увидеть её историю.
status-list-hint-withdraw = Чтобы отозвать заявку, нажмите на неё, затем «{ btn-status-withdraw }».
status-timeline-header =
    📋 <b>{ $title }</b>, { $employer }
    Сейчас: <b>{ $status }</b>
status-timeline-line = { $date }: { $status }
status-timeline-note = <i>{ $note }</i>
status-timeline-empty = Шагов пока нет.
btn-status-withdraw = ↩️ Отозвать заявку
btn-status-back = ⬅️ Все заявки
status-withdraw-confirm = Отозвать заявку на «{ $title }»? Отменить это будет нельзя; на другие вакансии откликаться можно.
btn-withdraw-yes = Да, отозвать
btn-withdraw-no = Нет, оставить
status-withdrawn = Ваша заявка на «{ $title }» отозвана.
status-withdraw-refused = Эту заявку уже нельзя отозвать: после выезда договор может быть только прекращён досрочно. Если на работе возникли проблемы, смотрите /rights.
status-not-found = Не нашёл такую заявку. Ваши заявки — /status.

## Почему изменение отклонено
status-refused = { $code ->
    [same_status] заявка уже в этом статусе
    [closed] заявка закрыта (не выбраны, отозвана или договор прекращён): статус менять нельзя
    [backward] заявка не может вернуться на предыдущий шаг
    [not_departed] возможно только после выезда работника
    [after_departure] невозможно после выезда
    [unknown_status] неизвестный статус
   *[other] { $code }
}

## /rights
rights-text =
    <b>Ваши права по типовому договору</b>
    Работодатель не вправе изменять типовой договор соглашения Казахстана и Катара. Он гарантирует вам:
    • авиабилеты в начале и в конце договора, а также на ежегодный отпуск;
    • жильё или надбавку на него;
    • проезд на работу и обратно или надбавку на него;
    • медицинскую помощь;
    • оплачиваемый ежегодный отпуск не менее 3 недель и 3 дней;
    • оплату и условия труда точно как в вашем договоре;
    • не ниже минимальной зарплаты Катара: 1 000 QAR основной оплаты в месяц, плюс 500 QAR на жильё и 300 QAR на питание, если работодатель их не предоставляет;
    • паспорт остаётся у вас: работодатель не вправе его удерживать;
    • при досрочном прекращении договора — обратный билет домой за счёт работодателя, окончательный расчёт и выплата по окончании службы.

    ⚠️ Трудоустройство по соглашению бесплатно. Никто не вправе брать с вас деньги за вакансию, визу или договор.

    <b>Куда обращаться</b>
    📞 Горячая линия Министерства труда: { $hotline }
    🇰🇿 Посольство Казахстана в Дохе: { $embassy }
    🇶🇦 Платформа жалоб Министерства труда Катара: { $complaints_url }
    🌐 Официальный портал вакансий: { $portal_url }

## Сотрудники: /setstatus
setstatus-usage = Отправьте <code>/setstatus</code> с номером заявки, Telegram id или номером телефона работника либо с номером вакансии на портале, чтобы увидеть её заявки, например <code>/setstatus 12</code>, <code>/setstatus +7 701 123 45 67</code> или <code>/setstatus QA-1024</code>.
setstatus-not-found = По запросу { $id } ничего не найдено: нет такой заявки, Telegram id работника или номера телефона.
setstatus-phone-not-found = Ни один работник не указал номер { $phone }.
setstatus-no-applications = У работника { $id } нет заявок.
setstatus-pick-application = Заявки работника { $id }: выберите одну.
btn-setstatus-application = #{ $id } { $title } · { $status }
setstatus-vacancy-applications =
    Вакансия { $vacancy }, { $employer }: { $count } { $count ->
        [one] заявка
        [few] заявки
       *[other] заявок
    }
    { $steps }{ $more ->
        [0] {""}
       *[other] {"\u000A"}Показаны { $shown } самых продвинувшихся; остальные откройте по номеру заявки.
    }

    Выберите заявку:
setstatus-vacancy-step = { $status }: { $count }
btn-setstatus-applicant = #{ $id } { $name } · { $status }
setstatus-vacancy-no-applications = На вакансию { $vacancy } ({ $employer }) пока никто не откликнулся.
setstatus-application =
    Заявка #{ $id } работника <code>{ $worker }</code>
    { $title }, { $employer }
    Сейчас: <b>{ $status }</b>
    Выберите новый статус:
btn-setstatus-certificates = 📎 Сертификаты ({ $count })
setstatus-certificate-caption = Заявка №{ $id }: сертификат { $n } из { $count }
setstatus-certificate-gone = { $caption }: этого файла больше нет в Telegram. Попросите работника отправить его снова.
setstatus-final =
    Заявка #{ $id } работника <code>{ $worker }</code>
    { $title }, { $employer }
    Сейчас: <b>{ $status }</b>
    Это окончательный статус: изменить его нельзя.
setstatus-ask-note = Новый статус: <b>{ $status }</b>. Напишите примечание для работника (например, дату собеседования) или нажмите «Без примечания».
btn-setstatus-no-note = Без примечания
setstatus-note-too-long = Примечание слишком длинное: не больше { $max } символов.
setstatus-expect-note = Напишите примечание текстом или нажмите «Без примечания».
setstatus-confirm =
    Изменить заявку #{ $id }: { $from } → <b>{ $to }</b>?
    Примечание: { $note }
setstatus-confirm-no-note = Изменить заявку #{ $id }: { $from } → <b>{ $to }</b>? (без примечания)
btn-setstatus-confirm = ✅ Подтвердить
btn-setstatus-cancel = ✖️ Отмена
setstatus-done = ✅ Заявка #{ $id } теперь в статусе «{ $status }». Работник получит уведомление.
setstatus-refused = Не изменено: { $reason }.
setstatus-cancelled = Отменено: ничего не изменилось.

## Сотрудники: файлы статусов
status-import-file-error = { $code ->
    [unknown_format] Не могу прочитать этот файл: пришлите CSV, XLSX, XLS или JSON.
    [unreadable] Файл повреждён или это не таблица. Сохраните его заново как CSV или XLSX.
    [image] Это картинка (фото или скриншот), а не таблица. Пришлите сам файл Excel или CSV.
    [pdf] Это файл PDF, а не таблица. Пришлите таблицу в Excel (XLSX) или CSV.
    [encrypted] Книга защищена паролем. Снимите пароль в Excel, сохраните и пришлите ещё раз.
    [empty] В файле нет строк.
    [missing_columns] Не хватает столбцов: { $columns }. Файлу статусов нужны <code>status</code> и то, по чему найти заявку: <code>application_id</code>, телефон работника (<code>phone</code>) или <code>telegram_id</code> (вместе с <code>external_id</code>, если у работника несколько заявок).
   *[other] Файл не прочитан ({ $code }).
}
status-import-summary =
    <b>Файл статусов обработан</b>
    Строк: { $rows }; изменено: { $changed }; уже в этом статусе: { $unchanged }; с ошибками: { $errors }.
status-preview =
    <b>Файл статусов: { $file }</b> (предпросмотр: пока ничего не изменено)
    Строк: { $rows }; изменится: { $changed }; уже в этом статусе: { $unchanged }; с ошибками: { $errors }.
status-preview-move = • → { $status }: { $count }
status-preview-question = Применить? Каждый работник сразу получит уведомление, а пройденный шаг отменить нельзя.
btn-status-file-apply = ✅ Применить
btn-status-file-cancel = ❌ Отменить
status-file-cancelled = Отменено: ни одна заявка не изменена.
status-import-error-line = • строка { $row }, { $column }: { $reason } «{ $value }»
status-import-more-errors = { $count ->
    [one] …и ещё { $count } ошибка.
    [few] …и ещё { $count } ошибки.
   *[other] …и ещё { $count } ошибок.
}
status-import-status-hint = Шаги: { $steps }. Пишите код или название шага, как его показывает бот.
status-import-reason = { $code ->
    [missing] пусто
    [missing_target] укажите номер заявки, телефон работника или telegram_id (вместе с external_id, если у работника несколько заявок)
    [too_long] слишком длинно
    [not_a_number] не число
    [negative] отрицательное число
    [out_of_range] вне допустимых пределов
    [bad_status] неизвестный или неоднозначный статус
    [bad_date] это не дата (пишите 20.11.2026, 2026-11-20 или 20.11.2026 14:30)
    [unknown_application] такой заявки нет
    [unknown_worker] в боте нет работника с таким Telegram ID
    [vacancy_mismatch] эта заявка подана на другую вакансию: проверьте номер заявки или код вакансии
    [unknown_target] у этого работника нет заявки на эту вакансию
    [unknown_phone] работник с таким телефоном не подавал заявок
    [bad_phone] это не номер телефона (пишите +7 701 123 45 67 или 8 701 123 45 67)
    [several_applications] у работника несколько заявок: добавьте номер вакансии или укажите номер заявки
    [phone_mismatch] это не телефон работника, подавшего эту заявку: проверьте номер заявки или телефон
    [unknown_status] текущий статус заявки боту неизвестен
    [same_status] заявка уже в этом статусе
    [closed] заявка закрыта: статус менять нельзя
    [backward] нельзя вернуться на предыдущий шаг
    [not_departed] возможно только после выезда
    [after_departure] невозможно после выезда
   *[other] { $code }
}
