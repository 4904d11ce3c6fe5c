## Уведомления о вакансиях, ежедневная подборка и настройки /alerts.

cmd-alerts = Уведомления о вакансиях

## Уведомление об одной новой вакансии
alerts-new-vacancy = 🔔 <b>Новая вакансия для вас</b>
alerts-btn-details = 📄 Подробнее
alerts-btn-apply = ✅ Откликнуться
alerts-btn-fewer = 🔕 Меньше таких

## Ежедневная подборка
alerts-digest-title = { $count ->
    [one] 📰 <b>Подборка дня: { $count } новая вакансия для вас</b>
    [few] 📰 <b>Подборка дня: { $count } новые вакансии для вас</b>
    [many] 📰 <b>Подборка дня: { $count } новых вакансий для вас</b>
   *[other] 📰 <b>Подборка дня: { $count } новой вакансии для вас</b>
}
alerts-digest-more = { $count ->
    [one] …и ещё { $count } вакансия. Все подходящие вакансии — в /jobs.
    [few] …и ещё { $count } вакансии. Все подходящие вакансии — в /jobs.
    [many] …и ещё { $count } вакансий. Все подходящие вакансии — в /jobs.
   *[other] …и ещё { $count } вакансии. Все подходящие вакансии — в /jobs.
}
alerts-digest-btn-details = 📄 { $number }

## Вакансия закрыта по сроку — тем, кто откликнулся
alerts-closed-notice = ⌛ Вакансия <b>{ $title }</b> ({ $employer }) закрыта: срок приёма заявок, { $deadline }, истёк. Ваш отклик был отправлен раньше и остаётся в министерстве. Я сообщу, как только его статус изменится; /status покажет его.

## /alerts
alerts-title = 🔔 <b>Уведомления о вакансиях</b>
alerts-mode-instant = Как: сразу, как только появится подходящая вакансия.
alerts-mode-digest = Как: раз в день, в { $hour } (по времени Казахстана).
alerts-mode-off = Как: выключены. Я не буду присылать новые вакансии; в /jobs они по-прежнему есть.
alerts-quiet = Тихие часы: { $start }–{ $end } (по времени Казахстана). Найденное ночью придёт утром.
alerts-quiet-off = Тихие часы: нет. Уведомления приходят в любое время.
alerts-score-close = Какие вакансии: только точно по вашей профессии.
alerts-score-good = Какие вакансии: хорошо подходящие.
alerts-score-any = Какие вакансии: всё, что связано с вашей профессией.
alerts-score-custom = Какие вакансии: совпадение не меньше { $score } из 100.
alerts-paused = ⏸ Приостановлены до { $until }. До этого времени ничего не приходит, и вакансии за это время потом не присылаются.
alerts-muted = 🔕 Не присылать: { $occupations }.
alerts-hint = Нажмите кнопку, чтобы изменить настройку.
alerts-saved = Сохранено.
alerts-muted-confirm = 🔕 Уведомлений о вакансиях «{ $occupation }» больше не будет. Изменить: /alerts.

alerts-btn-instant = ⚡ Сразу
alerts-btn-digest = 📰 Раз в день
alerts-btn-off = 🔕 Выключить
alerts-btn-hour = { $hour }
alerts-btn-quiet = 🌙 { $start }–{ $end }
alerts-btn-quiet-off = 🔔 Без тихих часов
alerts-btn-score-close = 🎯 Только точные совпадения
alerts-btn-score-good = 👍 Хорошо подходящие
alerts-btn-score-any = 🔎 Всё связанное
alerts-btn-pause = { $days ->
    [one] ⏸ Пауза на { $days } день
    [few] ⏸ Пауза на { $days } дня
   *[other] ⏸ Пауза на { $days } дней
}
alerts-btn-resume = ▶️ Возобновить уведомления
alerts-btn-unmute = 🔔 Снова присылать по всем профессиям
