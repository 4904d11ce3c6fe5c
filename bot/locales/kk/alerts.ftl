## Бос орындар туралы хабарламалар, күнделікті топтама және /alerts баптаулары.

cmd-alerts = Бос орын хабарламалары

## Бір жаңа бос орын туралы хабарлама
alerts-new-vacancy = 🔔 <b>Сізге жаңа бос орын</b>
alerts-btn-details = 📄 Толығырақ
alerts-btn-apply = ✅ Өтінім беру
alerts-btn-fewer = 🔕 Мұндайларды жібермеу

## Күнделікті топтама
alerts-digest-title = { $count ->
    [one] 📰 <b>Күн топтамасы: сізге { $count } жаңа бос орын</b>
   *[other] 📰 <b>Күн топтамасы: сізге { $count } жаңа бос орын</b>
}
alerts-digest-more = { $count ->
    [one] …тағы { $count } бос орын бар. Сізге сай барлық бос орындар — /jobs бөлімінде.
   *[other] …тағы { $count } бос орын бар. Сізге сай барлық бос орындар — /jobs бөлімінде.
}
alerts-digest-btn-details = 📄 { $number }

## Мерзімі өткен бос орын — өтінім бергендерге
alerts-closed-notice = ⌛ <b>{ $title }</b> ({ $employer }) бос орны жабылды: өтінім қабылдау мерзімі ({ $deadline }) өтіп кетті. Сіздің өтініміңіз одан бұрын жіберілген, ол министрлікте қалады. Оның мәртебесі өзгерген бойда хабарлаймын; /status арқылы көре аласыз.

## /alerts
alerts-title = 🔔 <b>Бос орын хабарламалары</b>
alerts-mode-instant = Қалай: сізге сай бос орын шыққан бойда.
alerts-mode-digest = Қалай: күніне бір рет, сағат { $hour } (Қазақстан уақытымен).
alerts-mode-off = Қалай: өшірулі. Жаңа бос орындарды жібермеймін; оларды /jobs арқылы көре аласыз.
alerts-quiet = Тыныштық сағаттары: { $start }–{ $end } (Қазақстан уақытымен). Түнде табылғаны таңертең келеді.
alerts-quiet-off = Тыныштық сағаттары: жоқ. Хабарламалар кез келген уақытта келеді.
alerts-score-close = Қандай бос орындар: тек мамандығыңызға дәл сәйкес келетіндері.
alerts-score-good = Қандай бос орындар: жақсы сәйкес келетіндері.
alerts-score-any = Қандай бос орындар: мамандығыңызға қатысы барлардың бәрі.
alerts-score-custom = Қандай бос орындар: сәйкестігі 100-ден кемінде { $score }.
alerts-paused = ⏸ { $until } дейін тоқтатылған. Оған дейін ештеңе келмейді, бұл уақытта шыққан бос орындар кейін де жіберілмейді.
alerts-muted = 🔕 Жіберілмейді: { $occupations }.
alerts-hint = Баптауды өзгерту үшін батырманы басыңыз.
alerts-saved = Сақталды.
alerts-muted-confirm = 🔕 «{ $occupation }» бойынша хабарламалар енді келмейді. Өзгерту үшін: /alerts.

alerts-btn-instant = ⚡ Бірден
alerts-btn-digest = 📰 Күніне бір рет
alerts-btn-off = 🔕 Өшіру
alerts-btn-hour = { $hour }
alerts-btn-quiet = 🌙 { $start }–{ $end }
alerts-btn-quiet-off = 🔔 Тыныштық сағаттарынсыз
alerts-btn-score-close = 🎯 Тек дәл сәйкес келетіндер
alerts-btn-score-good = 👍 Жақсы сәйкес келетіндер
alerts-btn-score-any = 🔎 Қатысы барлардың бәрі
alerts-btn-pause = { $days ->
    [one] ⏸ { $days } күнге тоқтату
   *[other] ⏸ { $days } күнге тоқтату
}
alerts-btn-resume = ▶️ Хабарламаларды қайта қосу
alerts-btn-unmute = 🔔 Барлық мамандығым бойынша қайта жіберу
