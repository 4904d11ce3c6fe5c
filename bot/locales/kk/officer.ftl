## Министрлік қызметкерлерінің құралдары: мәзір, хабарлама тарату, статистика, жүктеп алу, журнал, қызметкерлер.

## Командалар мәзірі (тек қызметкерлерге)
cmd-officers = Қызметкерлер: тізім, қосу, өшіру
cmd-broadcast = Жұмысшыларға хабарландыру жіберу
cmd-stats = Статистика
cmd-export = Статистика CSV файлдары түрінде
cmd-audit = Қызметкерлердің соңғы әрекеттері
cmd-setstatus = Өтінім мәртебесін өзгерту
cmd-link = Арнаға не сайтқа бос орын сілтемесі
help-officer-header = <b>Министрлік қызметкерлеріне</b>
help-officer-files = Бос орындар немесе өтінім мәртебелері файлын (CSV, XLSX, XLS не JSON) осында құжат ретінде жіберіңіз: бос орындар бойынша жүктеу қорытындысы келеді, мәртебелер бойынша алдымен «Қолдану» түймесі бар алдын ала көрініс келеді.
help-officer-vacancy-change = Бос орын файл арқылы өзгертіледі: осында құжат ретінде бос орын нөмірі (external_id, мысалы QA-1024) мен тек өзгеретін бағандары бар кестені жіберіңіз: status (closed — жабу, open — қайта ашу), deadline — жаңа мерзім, positions — орын саны. Қалғаны бұрынғыдай қалады; жаңа бос орын да сол файлмен, атауы мен жұмыс берушісі көрсетіліп қосылады.
help-officer-words = Сөзбен де жазуға болады: «Маңғыстауда визасы бар қанша дәнекерлеуші бар?» — бірден санаймын; «хабарландыру дәнекерлеушілер мен аспазшыларға: ертең 10:00-де жиналыс» — кімге баратынын көрсетемін, растағаннан кейін жіберемін; «QA-1024» — вакансияға өтінім бергендер.
officer-tool-named = Бұл үшін { $command } командасы бар — соны басыңыз.
officer-greeting = Сәлеметсіз бе! Құралдарыңыз команда мәзірінде және /help ішінде: /setstatus, /broadcast, /stats. Бос орындар немесе мәртебелер файлын осында құжат ретінде жіберіңіз.
officer-count =
    { $lines }

    Оларға хабарландыру жіберу — /broadcast.
officer-count-line = { $segment } — <b>{ $active }</b> жұмысшы{ $inactive ->
        [0] {""}
       *[other] , тағы { $inactive } ботты бұғаттаған
    }
officer-count-not-understood = Кімді санау керегін түсінбедім. Мысалы: «Маңғыстауда қанша дәнекерлеуші бар?» деп жазыңыз. Жалпы сандар — /stats.

## Жұмысшы не алады
broadcast-to-worker =
    📢 <b>Еңбек министрлігінің хабарландыруы</b>

    { $text }

## Хабарландыруды дайындау
broadcast-not-later = Хабарландыруды белгіленген уақытта жібере алмаймын: тарату сіз растаған бойда кетеді (түнде оны таңғы 8:00-ге дейін кейінге қалдыруға болады). Уақыты келгенде сұрауды қайта жазыңыз немесе қазір жіберіңіз — /broadcast.
broadcast-ask-text = Хабарландыру мәтінін ({ $max } таңбаға дейін) немесе сипаттамасына осы мәтін жазылған фото не құжатты (PDF) жіберіңіз (сипаттама { $caption } таңбаға дейін). Қалың қаріп, курсив пен сілтемелер сақталады. /cancel — бас тарту.
broadcast-audience-chosen = Алушылар: { $segment }.
broadcast-text-empty = Хабарландыруды мәтін түрінде немесе сипаттамасында мәтіні бар фото не құжат етіп жіберіңіз.
broadcast-text-too-long = Мәтін тым ұзын: { $length } таңба, ең көбі { $max }. Қысқартып, қайта жіберіңіз.
broadcast-ask-audience = Кімге жіберу керек? Батырманы басыңыз немесе жазыңыз: «барлығына», тіл («қазақша»), өңір («Маңғыстау»), мамандық («дәнекерлеушілерге») не ISCO-08 коды, өтінім мәртебесі («виза берілді») немесе порталдағы вакансия нөмірі. Өңірмен бірге де болады: «Маңғыстаудағы дәнекерлеушілерге».
broadcast-use-buttons = Жоғарыдағы батырмалардың бірін басыңыз немесе тоқтату үшін /cancel жіберіңіз.
broadcast-audience-not-understood = Кімге жіберу керегін түсінбедім. Жоғарыдағы батырманы басыңыз немесе біреуін ғана жазыңыз: «барлығына», тіл, өңір, мамандық не ISCO-08 коды, өтінім мәртебесі, вакансия нөмірі. /cancel — тоқтату.
broadcast-pick-trade = Нақты кімге? Мамандықтар тобын немесе мамандықты таңдаңыз:
broadcast-ask-narrower = Қазір алушылар: { $segment }. Олардың ішінде кімге жіберу керек? Батырманы басыңыз немесе жазыңыз.
btn-audience-all = 👥 Барлығына
btn-audience-lang = 🗣 Тілі бойынша
btn-audience-region = 📍 Өңірі бойынша
btn-audience-isco = 🛠 Мамандығы бойынша
btn-audience-status = 📋 Өтінім мәртебесі бойынша
btn-audience-vacancy = 📄 Бос орынға өтінім бергендерге
broadcast-ask-language = Жұмысшылар ботты қай тілде қолданады?
broadcast-ask-region = Қай өңір?
broadcast-ask-status = Өтінімі қай мәртебедегі жұмысшыларға?
broadcast-ask-isco = Мамандықты («дәнекерлеушілер», «жүргізушілер») немесе 1–4 цифрлы ISCO-08 топ кодын жазыңыз: <code>7</code> — білікті жұмысшылар, <code>72</code> — металл өңдеушілер мен механиктер, <code>7212</code> — дәнекерлеушілер.
broadcast-bad-isco = Мұндай мамандық не топ табылмады. Мамандықты сөзбен немесе 1–4 цифрлы ISCO-08 кодын жазыңыз, мысалы <code>72</code> немесе <code>7212</code>.
broadcast-ask-vacancy = Бос орынның порталдағы нөмірін (сыртқы кодын) немесе боттағы нөмірін жіберіңіз.
broadcast-vacancy-not-found = «{ $reference }» бос орны табылмады. Нөмірді тексеріп, қайта жіберіңіз.
broadcast-preview-below = Төменде алдын ала көрініс: жұмысшылар хабарландыруды дәл осылай көреді.
broadcast-summary =
    <b>Алушылар:</b> { $segment }

    Алады: <b>{ $active }</b> жұмысшы
    Алмайды (ботты бұғаттаған): { $inactive }

    Жіберейін бе?
broadcast-night = 🌙 Қазақстанда қазір { $now }, жұмысшылардың тыныш уақыты { $morning }-ге дейін: таратуды таңертеңге қалдыруға болады.
segment-all = барлығы
segment-lang = тілі: { $language }
segment-region = өңірі: { $region }
segment-regions = өңірлердің кез келгені: { $regions }
segment-isco = мамандықтар тобы { $code }: { $title }
segment-isco-any = мамандықтар топтарының кез келгені: { $groups }
segment-status = өтінім мәртебесі: { $status }
segment-vacancy = { $vacancy } бос орнына өтінім бергендер
btn-broadcast-send = ✅ Жіберу
btn-broadcast-morning = 🌅 { $morning }-де жіберу
btn-broadcast-narrow = ➕ Алушыларды нақтылау
btn-broadcast-back = ↩️ Алушыларды өзгерту
btn-broadcast-cancel = ❌ Бас тарту
broadcast-cancelled = Бас тартылды: ештеңе жіберілген жоқ.
broadcast-queued = №{ $id } хабарландыру { $total } жұмысшыға жіберу кезегіне қойылды.
broadcast-queued-morning = №{ $id } хабарландыру { $total } жұмысшыға жіберу кезегіне қойылды; тарату Қазақстан уақытымен { $morning }-де басталады.

## Тарату барысы
broadcast-progress =
    📢 <b>№{ $id } хабарландыру</b>: { $state }

    ✅ Жіберілді: { $total } ішінен { $sent }
    🚫 Ботты бұғаттағандар: { $blocked }
    ⚠️ Қателер: { $failed }
    ⏳ Қалды: { $left }
    💤 Жіберу кезінде өткізіп жіберілді (бұрын бұғаттаған): { $skipped }
broadcast-state-queued = жіберілуде…
broadcast-state-done = аяқталды
broadcast-state-stopped = тоқтатылды
btn-broadcast-stop = ⏹ Тоқтату
broadcast-stopped = Тоқтатылды. Әлі жіберілмеген хабарламалар кетпейді.
broadcast-not-running = Бұл хабарландыру енді жіберілмейді.

## Статистика
stats-none = әзірге жоқ
stats-count-line = • { $label }: { $count }
stats-region-unknown = өңірі көрсетілмеген
stats-unclassified = жіктелмеген
stats-sought-line = • { $title } ({ $code }): іздейтіндер { $workers } · бос орын { $vacancies }, орын саны { $positions }
stats-offered-line = • { $title } ({ $code }): бос орын { $vacancies }, орын саны { $positions }
stats-text =
    📊 <b>Статистика</b>

    <b>Жұмысшылар:</b> { $total }
    белсенді { $active } · ботты бұғаттаған { $blocked } · профилін толтырған { $complete }

    <b>Өңірлер бойынша:</b>
    { $regions }

    <b>Тілі бойынша:</b>
    { $languages }

    <b>Ізделетін мамандықтар</b> (және ашық бос орындар):
    { $sought }

    <b>Ұсынылатын мамандықтар:</b>
    { $offered }

    <b>Ашық бос орындар:</b> { $open } (орын саны: { $positions })

    <b>Өтінімдер мәртебесі бойынша:</b>
    { $applications }

    Соңғы тәулікте / аптада <b>жіберілді</b>:
    хабарламалар { $alerts_day } / { $alerts_week } · хабарландырулар { $broadcasts_day } / { $broadcasts_week }
    { $reminders }
stats-reminders = профильді толтыру туралы еске салу { $day } / { $week } · осы аптада еске салу алып, кейін профилін толтырғандар: { $finished }
export-summary = Жиынтық: жұмысшылар, бос орындар, өтінімдер, хабарламалар
export-occupations = Мамандықтар: сұраныс пен ұсыныс
export-applications = Өтінімдер: нөмір, Telegram id, бос орын, мәртебе, күндер (UTC). Тек қызмет бабында пайдалануға.

## Әрекеттер журналы
audit-empty = Қызметкерлердің әрекеттері әзірге жоқ.
audit-title =
    🗂 <b>Қызметкерлердің соңғы әрекеттері</b> ({ $count }, Қазақстан уақыты)

    { $lines }
audit-line = { $when } · <code>{ $officer }</code> · { $action }
audit-line-details = { $when } · <code>{ $officer }</code> · { $action }: { $details }
audit-action-import_vacancies = бос орындарды жүктеу
audit-action-import_statuses = мәртебелерді жүктеу
audit-action-status_change = мәртебені өзгерту
audit-action-broadcast = хабарландыру
audit-action-broadcast_stop = хабарландыру тоқтатылды
audit-action-officer_add = қызметкер қосылды
audit-action-officer_remove = қызметкер өшірілді
audit-action-export = жүктеп алу
audit-action-certificates_sent = сертификаттарды қарау

## Қызметкерлер
officers-list =
    👮 <b>Қызметкерлер</b>

    <b>Сервер баптауларынан</b> (мұнда өшіруге болмайды):
    { $configured }

    <b>Ботта қосылғандар:</b>
    { $added }
officers-configured-line = • <code>{ $id }</code>
officers-added-line = • <code>{ $id }</code>, қосқан <code>{ $by }</code>, { $date }
officers-none = жоқ
btn-officer-add = ➕ Қызметкер қосу
btn-officer-remove = ➖ Өшіру: { $id }
officers-ask-id = Жаңа қызметкердің Telegram id нөмірін жіберіңіз (тек цифрлар). Оны @userinfobot арқылы білуге болады.
officers-bad-id = Telegram id — сан, мысалы <code>123456789</code>.
officers-already = { $id } қазірдің өзінде қызметкер.
officers-added = { $id } енді қызметкер.
officers-removed = { $id } енді қызметкер емес.
officers-not-found = { $id } ботта қосылған қызметкерлердің арасында жоқ.
officers-cannot-remove-configured = Бұл қызметкер сервер баптауларында (OFFICER_IDS) көрсетілген, оны ботта өшіруге болмайды.

## /link
link-usage = <code>/link</code> және бос орынның порталдағы нөмірін (сыртқы кодын) немесе боттағы нөмірін жіберіңіз, мысалы <code>/link QA-1024</code>.
link-not-found = «{ $reference }» бос орны табылмады. Нөмірді тексеріп, қайта жіберіңіз.
link-text =
    <b>{ $reference } · { $title }</b>
    { $link }
link-open = Осы сілтемені ашқан адам бос орынды ботта көріп, өтінім бере алады.
link-closed = ⚠️ Бұл бос орын жабылған немесе мерзімі өткен: сілтемені ашқан адам оның енді қолжетімсіз екенін көреді.
officer-applications-listed = Бұл — аталған өтінімдердің біріншісі. Келесілері: { $numbers } — әрқайсысын ашу үшін нөмірін жіберіңіз. Өтінім көп болса, мәртебелер файлын жіберген ыңғайлы: ол бәрін бірден өзгертеді.
