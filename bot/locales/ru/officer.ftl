## Инструменты сотрудников министерства: меню, рассылки, статистика, выгрузка, журнал, сотрудники.

## Меню команд (только для сотрудников)
cmd-officers = Сотрудники: список, добавить, удалить
cmd-broadcast = Отправить объявление работникам
cmd-stats = Статистика
cmd-export = Статистика в файлах CSV
cmd-audit = Последние действия сотрудников
cmd-setstatus = Изменить статус заявки
cmd-link = Ссылка на вакансию для канала или сайта
help-officer-header = <b>Для сотрудников министерства</b>
help-officer-files = Файл вакансий или статусов заявок (CSV, XLSX, XLS, ODS или JSON) отправьте сюда документом: по вакансиям придёт итог загрузки, по статусам — сначала предпросмотр с кнопкой «Применить».
help-officer-vacancy-change = Вакансии меняются файлом: отправьте сюда документом таблицу с номером вакансии (external_id, например QA-1024) и только теми колонками, что меняются: status (closed — закрыть, open — открыть снова), deadline — новый срок, positions — число мест, salary — новая зарплата. Остальное останется как было; новая вакансия добавляется тем же файлом, с названием и работодателем.
help-officer-status-bulk = Один этап сразу многим заявкам ставится файлом статусов: отправьте сюда документом таблицу, по строке на заявку, с её номером (application_id) или телефоном работника и новым статусом; рядом можно указать примечание и дату. Сначала придёт предпросмотр, и ничего не изменится, пока вы не нажмёте «Применить». Чтобы увидеть кандидатов вакансии и их этапы, отправьте её номер, например QA-1024.
help-officer-words = Можно и словами: «сколько сварщиков с визой в Мангистау?» — посчитаю сразу; «рассылка сварщикам и поварам: завтра в 10:00 собрание» — покажу, кто получит, и отправлю после подтверждения; «QA-1024» — откликнувшиеся на вакансию.
officer-tool-named = Для этого есть команда { $command } — нажмите её.
officer-greeting = Здравствуйте! Ваши инструменты — в меню команд и в /help: /setstatus, /broadcast, /stats. Файл вакансий или статусов просто отправьте сюда документом.
officer-count =
    { $lines }

    Написать им — /broadcast.
officer-count-line = { $segment } — <b>{ $active }</b> { $active ->
        [one] работник
        [few] работника
       *[other] работников
    }{ $inactive ->
        [0] {""}
       *[other] , ещё { $inactive } заблокировали бота
    }
officer-count-not-understood = Не понял, кого посчитать. Напишите, например: «сколько сварщиков в Мангистау?» или «сколько работников на собеседовании?». Общие цифры — /stats.

## Что получает работник
broadcast-to-worker =
    📢 <b>Объявление Министерства труда</b>

    { $text }

## Подготовка рассылки
broadcast-not-later = Отправить объявление в назначенное время я не могу: рассылка уходит сразу, как только вы её подтвердите (ночью её можно отложить до 8:00 утра). Напишите запрос снова, когда придёт время, или отправьте сейчас — /broadcast.
broadcast-not-done = Отправленное объявление я не могу изменить, отозвать или отправить заново и не вижу, кто его прочитал; рассылаю только здесь, в Telegram. Чтобы поправить ошибку, отправьте исправление новой рассылкой тем же получателям, например: «рассылка сварщикам Атырау: Исправление — собеседование 16.07, а не 15.07».
broadcast-ask-text = Отправьте текст объявления (до { $max } символов) или фото либо документ (PDF) с этим текстом в подписи (до { $caption } символов). Жирный шрифт, курсив и ссылки сохранятся. /cancel — отменить.
broadcast-audience-chosen = Получатели: { $segment }.
broadcast-text-empty = Пожалуйста, отправьте объявление текстом или фото либо документ с текстом в подписи.
broadcast-text-too-long = Текст слишком длинный: { $length } символов, можно не больше { $max }. Сократите его и отправьте снова.
broadcast-ask-audience = Кому отправить? Нажмите кнопку или напишите: «всем», язык («на казахском»), регион («Мангистау»), профессию («сварщикам») или код ISCO-08, статус заявки («виза выдана») либо номер вакансии на портале. Можно и вместе с регионом: «сварщикам из Мангистау».
broadcast-use-buttons = Выберите, пожалуйста, кнопкой выше или отправьте /cancel, чтобы отменить.
broadcast-audience-not-understood = Не понял, кому отправить. Нажмите кнопку выше или напишите что-то одно: «всем», язык, регион, профессию или код ISCO-08, статус заявки, номер вакансии. /cancel — отменить.
broadcast-pick-trade = Кому именно? Выберите группу профессий или профессию:
broadcast-ask-narrower = Сейчас получатели: { $segment }. Кому из них отправить? Нажмите кнопку или напишите.
btn-audience-all = 👥 Всем
btn-audience-lang = 🗣 По языку
btn-audience-region = 📍 По региону
btn-audience-isco = 🛠 По профессии
btn-audience-status = 📋 По статусу заявки
btn-audience-vacancy = 📄 Откликнувшимся на вакансию
broadcast-ask-language = На каком языке работники пользуются ботом?
broadcast-ask-region = Какой регион?
broadcast-ask-status = Работникам с заявкой в каком статусе?
broadcast-ask-isco = Напишите профессию («сварщики», «водители») или код группы ISCO-08 из 1–4 цифр: <code>7</code> — квалифицированные рабочие, <code>72</code> — металлисты и механики, <code>7212</code> — сварщики.
broadcast-bad-isco = Такой профессии или группы не нашлось. Напишите профессию словами или код ISCO-08 из 1–4 цифр, например <code>72</code> или <code>7212</code>.
broadcast-ask-vacancy = Отправьте номер вакансии на портале (внешний код) или её номер в боте.
broadcast-vacancy-not-found = Вакансия «{ $reference }» не найдена. Проверьте номер и отправьте снова.
broadcast-preview-below = Ниже предпросмотр: именно так объявление увидят работники.
broadcast-summary =
    <b>Получатели:</b> { $segment }

    Получат: <b>{ $active }</b> { $active ->
        [one] работник
        [few] работника
       *[other] работников
    }
    Не получат (заблокировали бота): { $inactive }

    Отправить?
broadcast-night = 🌙 В Казахстане сейчас { $now }, у работников тихие часы до { $morning }: рассылку можно отложить до утра.
segment-all = все
segment-lang = язык: { $language }
segment-region = регион: { $region }
segment-regions = любой из регионов: { $regions }
segment-isco = группа профессий { $code }: { $title }
segment-isco-any = любая из групп профессий: { $groups }
segment-status = статус заявки: { $status }
segment-vacancy = откликнувшиеся на вакансию { $vacancy }
btn-broadcast-send = ✅ Отправить
btn-broadcast-morning = 🌅 Отправить в { $morning }
btn-broadcast-narrow = ➕ Уточнить получателей
btn-broadcast-back = ↩️ Изменить получателей
btn-broadcast-cancel = ❌ Отмена
broadcast-cancelled = Отменено: ничего не отправлено.
broadcast-queued = Объявление №{ $id } поставлено в очередь для { $total } { $total ->
    [one] работника
   *[other] работников
}.
broadcast-queued-morning = Объявление №{ $id } поставлено в очередь для { $total } { $total ->
    [one] работника
   *[other] работников
}; рассылка начнётся в { $morning } по времени Казахстана.

## Ход рассылки
broadcast-progress =
    📢 <b>Объявление №{ $id }</b>: { $state }

    ✅ Отправлено: { $sent } из { $total }
    🚫 Заблокировали бота: { $blocked }
    ⚠️ Ошибки: { $failed }
    ⏳ Осталось: { $left }
    💤 Пропущено при отправке (заблокировали раньше): { $skipped }
broadcast-state-queued = идёт отправка…
broadcast-state-done = завершено
broadcast-state-stopped = остановлено
btn-broadcast-stop = ⏹ Остановить
broadcast-stopped = Остановлено. Ещё не отправленные сообщения не уйдут.
broadcast-not-running = Это объявление уже не отправляется.

## Статистика
stats-none = пока нет
stats-count-line = • { $label }: { $count }
stats-region-unknown = регион не указан
stats-unclassified = без классификации
stats-sought-line = • { $title } ({ $code }): ищут { $workers } · вакансий { $vacancies }, мест { $positions }
stats-offered-line = • { $title } ({ $code }): вакансий { $vacancies }, мест { $positions }
stats-text =
    📊 <b>Статистика</b>

    <b>Работники:</b> { $total }
    активны { $active } · заблокировали бота { $blocked } · заполнили профиль { $complete }

    <b>По регионам:</b>
    { $regions }

    <b>По языку:</b>
    { $languages }

    <b>Востребованные профессии</b> (и открытые вакансии):
    { $sought }

    <b>Предлагаемые профессии:</b>
    { $offered }

    <b>Открытые вакансии:</b> { $open } (мест: { $positions })

    <b>Заявки по статусам:</b>
    { $applications }

    <b>Отправлено</b> за сутки / неделю:
    уведомления { $alerts_day } / { $alerts_week } · объявления { $broadcasts_day } / { $broadcasts_week }
    { $reminders }
stats-reminders = напоминания заполнить профиль { $day } / { $week } · за неделю получили напоминание и затем заполнили профиль: { $finished }
export-summary = Сводка: работники, вакансии, заявки, сообщения
export-occupations = Профессии: спрос и предложение
export-applications = Заявки: номер, Telegram id, вакансия, статус, даты (UTC). Только для служебного пользования.

## Журнал действий
audit-empty = Действий сотрудников пока нет.
audit-title =
    🗂 <b>Последние действия сотрудников</b> ({ $count }, время Казахстана)

    { $lines }
audit-line = { $when } · <code>{ $officer }</code> · { $action }
audit-line-details = { $when } · <code>{ $officer }</code> · { $action }: { $details }
audit-action-import_vacancies = загрузка вакансий
audit-action-import_statuses = загрузка статусов
audit-action-status_change = смена статуса
audit-action-broadcast = объявление
audit-action-broadcast_stop = объявление остановлено
audit-action-officer_add = добавлен сотрудник
audit-action-officer_remove = удалён сотрудник
audit-action-export = выгрузка
audit-action-certificates_sent = просмотр сертификатов

## Сотрудники
officers-list =
    👮 <b>Сотрудники</b>

    <b>Из настроек сервера</b> (здесь удалить нельзя):
    { $configured }

    <b>Добавлены в боте:</b>
    { $added }
officers-configured-line = • <code>{ $id }</code>
officers-added-line = • <code>{ $id }</code>, добавил <code>{ $by }</code> { $date }
officers-none = нет
btn-officer-add = ➕ Добавить сотрудника
btn-officer-remove = ➖ Удалить { $id }
officers-ask-id = Отправьте Telegram id нового сотрудника (только цифры). Его можно узнать у @userinfobot.
officers-bad-id = Telegram id — это число, например <code>123456789</code>.
officers-already = { $id } уже сотрудник.
officers-added = { $id } теперь сотрудник.
officers-removed = { $id } больше не сотрудник.
officers-not-found = { $id } не числится среди сотрудников, добавленных в боте.
officers-cannot-remove-configured = Этот сотрудник задан в настройках сервера (OFFICER_IDS), удалить его в боте нельзя.

## /link
link-usage = Отправьте <code>/link</code> и номер вакансии на портале (внешний код) или её номер в боте, например <code>/link QA-1024</code>.
link-not-found = Вакансия «{ $reference }» не найдена. Проверьте номер и отправьте снова.
link-text =
    <b>{ $reference } · { $title }</b>
    { $link }
link-open = По этой ссылке вакансия откроется в боте, и на неё можно будет откликнуться.
link-closed = ⚠️ Вакансия закрыта или её срок истёк: по ссылке увидят, что она больше недоступна.
officer-applications-listed = Это первая из названных заявок. Следующие: { $numbers } — пришлите номер каждой, чтобы открыть её. Если заявок много, удобнее отправить файл статусов: он меняет их все сразу.
