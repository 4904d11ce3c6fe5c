## Жұмысшыға арналған бос орындар: /jobs, іздеу, бос орын карточкалары, өтінім. Кілттер ru және en файлдарындағыдай (тест тексереді).

cmd-jobs = Маған лайық бос орындар

## Тізімдер
jobs-need-start = Алдымен /start жіберіп, тіркеліңіз, сонда сізге бос орын іріктеймін.
jobs-need-profile = Алдымен мамандығыңызды көрсетіңіз: /profile арқылы профиліңізді толтырып, /jobs командасын қайта жіберіңіз.
jobs-header = <b>Сізге лайық бос орындар</b> · { $page }/{ $pages } бет
jobs-wider-header = <b>Мамандығыңыздың кеңірек саласындағы бос орындар</b> · { $page }/{ $pages } бет
jobs-search-header = <b>«{ $query }» бойынша іздеу</b> · { $page }/{ $pages } бет
jobs-search-header-best-paid = <b>«{ $query }» бойынша іздеу: алдымен жалақысы ең жоғарылары</b> · { $page }/{ $pages } бет
jobs-none = Қазір профиліңізге сай келетін ашық бос орын жоқ. Мамандығыңызға қатысы жоқ жұмыстарды көрсетпеймін.
jobs-none-wider = Мамандығыңыздың кеңірек саласында бос орындар бар. Оларды көру үшін төмендегі батырманы басыңыз.
jobs-none-hint = Мамандығыңызды /profile бөлімінен тексеріңіз немесе не іздеп жүргеніңізді жай жазыңыз, мысалы: <i>жүргізуші доха</i>.
jobs-wider-none = Мамандығыңыздың кеңірек саласында да бос орын жоқ. Мамандығыңызды /profile бөлімінен тексеріңіз немесе не іздеп жүргеніңізді жазыңыз, мысалы: <i>жүргізуші доха</i>.
jobs-search-none = «{ $query }» бойынша қазір ашық бос орын жоқ. Жұмыстың басқа атауын жазып көріңіз, мысалы: <i>дәнекерлеуші</i>, <i>жүргізуші доха</i>, немесе /jobs жіберіңіз.
jobs-search-none-add = Егер бұл сіздің мамандығыңыз болса, оны профиліңізге қосыңыз: мұндай бос орын пайда бола салысымен хабарлаймын.
jobs-search-none-held = Бұл мамандық профиліңізде бар: мұндай бос орын пайда бола салысымен хабарлаймын.
btn-jobs-add-trade = ➕ Бұл мамандықты профиліме қосу
jobs-pay-none = Қазір айына { $pay } және одан жоғары жалақысы бар бос орын жоқ. Әр бос орынның жалақысы оның карточкасында: /jobs.
jobs-pay-none-trade = Қазір мұндай бос орындардың ішінде айына { $pay } және одан жоғары төлейтіні жоқ. Бар бос орындар өз жалақысымен төменде.
jobs-pay-not-riyals = Бос орындардың жалақысы айына катар риалымен көрсетіледі, сондықтан тізім сіз жазған сома бойынша іріктелмеді. Міне, бары, әрқайсысы өз жалақысымен.
jobs-search-refused = Сіз бас тартқан мамандықтардың бос орындарын көрсетпеймін.
jobs-town-none = { $town }: қазір ашық бос орын жоқ.
jobs-town-none-trade = { $town }: қазір мұндай бос орын жоқ. Басқа қалалардағылары төменде.
jobs-town-place = { $town } ({ $count })
jobs-town-places = Қазір бос орындар мына жерлерде ашық: { $places }. Мамандық пен қаланы жазыңыз, мысалы: <i>дәнекерлеуші доха</i>, немесе өзіңізге лайықтыларын көру үшін /jobs жіберіңіз.
jobs-town-nowhere = Қазір ешбір қалада ашық бос орын жоқ. Профиліңізге лайықты жаңа бос орын ашылса, хабарлама жіберемін (баптаулары — /alerts).
jobs-own-header = <b>Сіздің мамандықтарыңыз: { $where }</b> · { $page }/{ $pages } бет
jobs-own-words = «{ $query }»
jobs-own-pay = { $pay } және одан жоғары
jobs-own-place = { $place ->
    [hotel] қонақүй
    [hospital] аурухана
    [airport] әуежай
    [airline] әуе компаниясы
    [oil] мұнай-газ
   *[construction] құрылыс
}
jobs-own-place-none = { $place ->
    [hotel] Қонақүйлерде
    [hospital] Ауруханаларда
    [airport] Әуежайда
    [airline] Әуе компанияларында
    [oil] Мұнай-газ саласында
   *[construction] Құрылыста
} қазір сіздің мамандықтарыңыз бойынша бос орын жоқ.
jobs-own-pay-none = Қазір сіздің мамандықтарыңыз бойынша айына { $pay } және одан жоғары төлейтін бос орын жоқ.
jobs-own-open = Сіздің мамандықтарыңыз бойынша қазір ашық бос орындар төменде.
jobs-search-expired = Бұл іздеу енді сақталмайды. Не іздейтініңізді қайта жазыңыз.
jobs-list-empty = Бұл тізімде бос орын қалмады. Лайық бос орындарды қайта көру үшін /jobs жіберіңіз.

## Батырмалар
btn-jobs-prev = ◀️ Артқа
btn-jobs-next = Әрі қарай ▶️
btn-jobs-details = 📄 { $n }
btn-jobs-apply = ✉️ { $n }
btn-jobs-hide = 🙈 { $n }
btn-jobs-wider = 🔎 Кеңірек көрсету
btn-apply = ✉️ Өтінім беру
btn-hide = 🙈 Қызық емес
btn-share = 📤 Досыңызбен бөлісу
share-vacancy = Қазақстан мен Катар келісімі бойынша Катардағы бос орын: { $title }
vacancy-link-register = Өтінім беру үшін тілді таңдап, қысқа профиль толтырыңыз: ол дайын болғанда жоғарыдағы «{ btn-apply }» батырмасы жұмыс істейді.
jobs-buttons-hint = 📄 толығырақ · ✉️ өтінім беру · 🙈 қызық емес

## Өтінім және жасыру
apply-created = ✅ «{ $title }» бос орнына өтініміңіз жіберілді. Әр қадам туралы хабарлап отырамын; барысын /status арқылы қадағалай аласыз.
apply-created-short = Өтінім жіберілді.
apply-already = Сіз бұл бос орынға өтінім беріп қойғансыз.
apply-closed = Өкінішке қарай, бұл бос орынға өтінім қабылдау аяқталды.
apply-profile-incomplete = Алдымен профиліңізді толық толтырыңыз (/profile), содан кейін өтінім беріңіз.
vacancy-unavailable = Өкінішке қарай, бұл бос орын енді қолжетімсіз.
hide-done = Жасырылды. «Қайтару» батырмасын баспасаңыз, бұл бос орынды енді көрмейсіз.
btn-unhide = ↩️ Қайтару
btn-jobs-unhide = ↩️ Қайтару: { $title }
unhide-done = Бос орын қайтадан тізімдеріңізде.

## Карточкалар
card-short =
    <b>{ $title }</b>
    🏢 { $employer }
    📍 { $place }
    💰 { $salary }
card-employer-unknown = жұмыс беруші көрсетілмеген
card-place-city = { $city }, { $country }
card-place = { $country }
country-QA = Катар
salary-range = айына { $low }–{ $high }
salary-exact = айына { $amount }
salary-from = айына кемінде { $amount }
salary-upto = айына ең көбі { $amount }
salary-not-stated = жалақы көрсетілмеген

details-title = <b>{ $title }</b>
details-employer = 🏢 Жұмыс беруші: { $employer }
details-place = 📍 { $place }
details-positions = 👥 { $count } орын
details-salary = 💰 Жалақы: { $salary }
details-allowances = ➕ Үстемеақылар: { $list }
allowance-food = тамаққа { $amount }
allowance-housing = тұрғын үйге { $amount }
allowance-transport = көлікке { $amount }
details-contract = 📄 Келісімшарт: { $months } ай
details-hours = ⏱ Жұмыс уақыты: аптасына { $hours } сағат
details-leave = 🏖 Жыл сайынғы демалыс: { $days } күн
details-provided = 🎁 Берілетіні: { $list }
provided-accommodation = тұрғын үй
provided-food = тамақ
provided-transport = жұмысқа барып-келу көлігі
provided-medical = медициналық көмек
provided-airfare = әуе билеттері
details-experience = 🛠 Тәжірибе: кемінде { $years } жыл
details-languages = 🗣 Тілдер: { $langs }
details-requirements = 📝 Талаптар: { $text }
details-description = ℹ️ { $text }
details-deadline = ⏳ Өтінім қабылдаудың соңғы күні: { $date }

## Үлгілік келісімшарт бойынша тексеру
contract-heading = <b>Үлгілік еңбек келісімшарты бойынша тексеру</b>
contract-airfare-met = Әуе билеттерін жұмыс беруші төлейді.
contract-airfare-not_met = Әуе билеттері қамтылмаған, бірақ үлгілік келісімшарт оларды талап етеді.
contract-airfare-not_stated = Әуе билеттері: көрсетілмеген.
contract-accommodation-met = Тұрғын үй беріледі.
contract-accommodation-allowance = Тұрғын үй үстемеақысы: айына { $amount }.
contract-accommodation-not_met = Тұрғын үй де, оның үстемеақысы да жоқ, бірақ үлгілік келісімшарт екеуінің бірін талап етеді.
contract-accommodation-not_stated = Тұрғын үй: көрсетілмеген.
contract-transport-met = Жұмысқа барып-қайтатын көлік беріледі.
contract-transport-allowance = Көлік үстемеақысы: айына { $amount }.
contract-transport-not_met = Жұмысқа барып-келу көлігі де, оның үстемеақысы да жоқ, бірақ үлгілік келісімшарт екеуінің бірін талап етеді.
contract-transport-not_stated = Жұмысқа барып-келу көлігі: көрсетілмеген.
contract-medical-met = Медициналық көмек көрсетіледі.
contract-medical-not_met = Медициналық көмек қамтылмаған, бірақ үлгілік келісімшарт оны талап етеді.
contract-medical-not_stated = Медициналық көмек: көрсетілмеген.
contract-annual_leave-met = Жыл сайынғы демалыс { $days } күн (кемінде { $required } күн талап етіледі).
contract-annual_leave-not_met = Жыл сайынғы демалыс небәрі { $days } күн, ал үлгілік келісімшарт кемінде { $required } күнді талап етеді.
contract-annual_leave-not_stated = Жыл сайынғы демалыс: көрсетілмеген (кемінде { $required } күн талап етіледі).
contract-wage-basic-ok = Негізгі жалақы { $basic } ең төменгі { $required } мөлшерінен кем емес
contract-wage-basic-short = Негізгі жалақы { $basic } заңдағы ең төменгі { $required } мөлшерінен аз
contract-wage-housing-short = тұрғын үй берілмейді, ал үстемеақы ({ $paid }) { $required } мөлшерінен аз
contract-wage-food-short = тамақ берілмейді, ал үстемеақы ({ $paid }) { $required } мөлшерінен аз
contract-wage-housing-unknown = тұрғын үй берілетіні көрсетілмеген (әйтпесе { $required } төленуге тиіс)
contract-wage-food-unknown = тамақ берілетіні көрсетілмеген (әйтпесе { $required } төленуге тиіс)
contract-wage-not-stated = Негізгі жалақы: көрсетілмеген (ең төменгі мөлшері { $required }).
contract-wage-other-currency = Жалақы { $currency } валютасында, сондықтан оның ең төменгі { $required } мөлшерінен кем еместігін тексеру мүмкін емес.

## Бос орын неге лайық
reasons-heading = <b>Сізге неге лайық</b>
reason-occupation-unit = ✔️ Сіздің мамандығыңыз: { $title }
reason-occupation-minor = ✔️ Мамандығыңызға жақын: { $title }
reason-occupation-submajor = ✔️ { $title } мамандығымен бір сала
reason-occupation-major = ✔️ { $title } мамандығымен бір кең топ
reason-occupation-title = ✔️ Атауы сіздің жазғаныңызға сәйкес келеді
reason-experience_ok = ✔️ Тәжірибе: сізде { $have } жыл, кемінде { $need } жыл керек
reason-experience_short = ➖ { $need } жыл тәжірибе талап етіледі, сізде { $have }
reason-language_ok = ✔️ Сіз білетін тіл: { $langs }
reason-language_missing = ➖ Қажет тіл: { $langs }
reason-salary_ok = ✔️ Жалақы { $offered }, сіз кемінде { $wanted } қалағансыз
reason-salary_below = ➖ Жалақы { $offered } сіз қалаған { $wanted } мөлшерінен төмен
reason-city = ✔️ Қала: { $city }

## Әр карточкада
portal-line = 🌐 Ресми портал: { $link }
fee-warning = ⚠️ Қазақстан мен Катар келісімі бойынша жұмысқа орналасу тегін. Бос орын, виза немесе келісімшарт үшін ешкімнің сізден ақша алуға құқығы жоқ: ақша сұраса, төлемеңіз.
