## Бос орын файлдары: қызметкер файл жібергеннен кейін (немесе `jobbot import-vacancies`) алатын қорытынды.

import-title = <b>Бос орындарды жүктеу: { $file }</b>
import-count-read = Оқылған жолдар: { $count }
import-count-hidden = Парақта жасырылған (сүзгімен немесе қолмен), бірақ бәрібір оқылған жолдар: { $count }. Бос орынды жарияламау үшін оның жолын өшіріңіз немесе жабық деп белгілеңіз.
import-count-created = Жаңа бос орындар: { $count }
import-count-created-closed = Жаңа, бірақ жабық (жабық күйінде сақталды, жұмысшыларға көрсетілмейді): { $count }
import-count-updated = Жаңартылды: { $count }
import-count-unchanged = Өзгеріссіз: { $count }
import-count-closed = Жабылды: { $count }
import-count-rejected = Қабылданбаған жолдар: { $count }
import-rejected-header = <b>Қабылданбаған жолдар</b> (оларды түзетіп, файлды қайта жіберіңіз):
import-row-error = { $row }-жол, <code>{ $column }</code>: { $reason }
import-row-error-value = { $row }-жол, <code>{ $column }</code>: { $reason } («{ $value }»)
import-row-on-sheet = «{ $sheet }» парағы, { $row }
import-unclassified-header = <b>Мамандығы анықталмаған атаулар</b> (осы жолдарға <code>isco_code</code> қосыңыз):
import-unclassified-item = • { $title }
import-group-titles-header = <b>Топ атауы ретінде оқылған жолдар</b>, олар жүктелмеді (егер олардың бірі бос орын болса, қалған ұяшықтарын толтырып, файлды қайта жіберіңіз):
import-group-title-item = • { $row }-жол: { $title }
import-more = …және тағы { $count }
import-links-header = <b>Арнада немесе министрлік сайтында жариялауға арналған сілтемелер</b> (басқа бос орынның сілтемесін алу үшін: <code>/link</code> және оның порталдағы нөмірі):
import-link-item = • { $reference } · { $title }: { $link }

## Жол неге қабылданбады
import-reason-missing = бос, бірақ толтырылуы міндетті
import-reason-too_long = мәні тым ұзын
import-reason-not_a_number = бұл сан емес
import-reason-negative = теріс сан болмауы керек
import-reason-out_of_range = рұқсат етілген шектен тыс
import-reason-bad_bool = «иә» немесе «жоқ» болуы керек
import-reason-bad_date = күн қате жазылған (мысалы 31.12.2026 немесе 2026-12-31)
import-reason-bad_country = ел коды қате (екі әріп, мысалы QA)
import-reason-bad_currency = валюта коды қате (мысалы QAR)
import-reason-min_above_max = ең төменгі жалақы ең жоғарғысынан үлкен
import-reason-bad_language = тіл коды қате (мысалы en, ru, kk)
import-reason-bad_url = сілтеме қате (http:// немесе https:// деп басталуы керек)
import-reason-bad_isco = ISCO-08 мамандық коды қате (төрт цифр, мысалы 7212)
import-reason-bad_status = бос орын ашық па, жабық па, соны көрсетуі керек: «ашық», «жабық», open, closed
import-reason-duplicate = бұл бос орын коды (external_id) файлда жоғарырақ кездесті
import-reason-bad_salary = айлық сома керек: сан немесе аралық, мысалы 1800 немесе 1500-2000
import-reason-deadline_past = бұл мерзім өтіп кеткен: күнді түзетіңіз немесе closed мәртебесін көрсетіңіз
import-reason-duplicate_row = дәл осы бос орын (лауазымы, жұмыс беруші және қаласы) файлда жоғарырақ бар
import-reason-other = мәні жарамсыз
import-reason-duplicate_code = бұл код файлда жоғарырақ басқа бос орынға берілген: әр бос орынға өз кодын беріңіз, әйтпесе екіншісі біріншісін алмастырады
import-reason-unknown_code = мұндай коды бар бос орын әлі жоқ: жаңа бос орынға лауазымы мен жұмыс берушісі керек

## Файл неге толығымен жүктелмеді
import-file-unknown_format = Файл пішімі танылмады. CSV, XLSX, XLS, ODS немесе JSON файлын жіберіңіз.
import-file-unreadable = Файлды оқу мүмкін болмады. Оны CSV (UTF-8) немесе XLSX ретінде қайта сақтап, қайта жіберіңіз.
import-file-image = Бұл кесте емес, сурет (фото не скриншот): одан жолдарды оқи алмаймын. Excel не CSV файлының өзін жіберіңіз.
import-file-pdf = Бұл кесте емес, PDF файлы: одан жолдарды оқи алмаймын. Кестені Excel (XLSX) не CSV түрінде жіберіңіз; тек PDF болса, ол жасалған Excel файлын сұраңыз.
import-file-encrypted = Кітап құпиясөзбен қорғалған, сондықтан оны аша алмаймын. Excel-де құпиясөзді алып тастаңыз (Файл → Мәліметтер → Кітапты қорғау → Құпиясөзбен шифрлау, өрісті тазалаңыз), сақтап, қайта жіберіңіз.
import-file-word = Бұл Excel кестесі емес, Word құжаты. Ондағы кестені Excel-ге көшіріп, XLSX не CSV файлын жіберіңіз.
import-file-archive = Бұл архив (ZIP не RAR). Оны ашып, Excel не CSV файлының өзін жіберіңіз.
import-file-one_c = Бұл 1С кестелік құжаты (.mxl), оны тек 1С ашады. 1С-те оны Excel ретінде сақтаңыз (Файл → Басқаша сақтау…, түрі «Лист Excel (*.xlsx)») және сол файлды жіберіңіз.
import-file-empty = Файлда бірде-бір жол жоқ.
import-file-blank = Файл бос: ішінде ештеңе жоқ (0 байт), демек, кестені шығару не жүктеп алу сәтсіз болған. Кестені қайта шығарып, ашып, бос орындардың бар екенін тексеріңіз де, қайта жіберіңіз.
import-file-status_file = Бұл бос орындар тізімі емес, өтінімдер мәртебесінің файлы (өтінім нөмірі не жұмысшының телефоны және кезең). Оны <code>jobbot import-statuses PATH</code> командасымен жүктеңіз немесе ботқа чатқа жіберіңіз: бот оны мәртебелер ретінде оқып, алдымен не өзгеретінін көрсетеді.
import-file-missing_columns = Файлда міндетті бағандар жоқ: { $columns }. Оларды қазақша немесе орысша да атауға болады: «Лауазымы», «Жұмыс беруші»; тақырып жолы кесте атауының астында тұра алады.
import-too-big = Файл 10 МБ-тан үлкен. Оны бірнеше кішірек файлға бөліп жіберіңіз.
import-download-failed = Файлды жүктеп алу мүмкін болмады. Қайта жіберіңіз.
import-reason-salary_currency = сома басқа валютада (теңге, доллар…): оны вакансияның валютасымен жазыңыз («currency» бағанында басқасы көрсетілмесе, риалмен)
import-reason-long_title = бос орын карточкасына сыймайды: атауын 200 таңбаға дейін қысқартып, талаптарды бөлек бағанға жазыңыз
import-file-link = Бұл файлда кестенің сілтемесі ғана бар (Google Sheets не бұлттағы диск), ал мен сілтемені аша алмаймын. Кестені ашып, жүктеп алыңыз (Google Sheets-те: Файл → Жүктеп алу → Microsoft Excel (.xlsx)) да, жүктелген файлды маған жіберіңіз.
