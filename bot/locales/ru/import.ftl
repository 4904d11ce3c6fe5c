## Файлы вакансий: итог, который сотрудник получает после отправки файла (или `jobbot import-vacancies`).

import-title = <b>Загрузка вакансий: { $file }</b>
import-count-read = Прочитано строк: { $count }
import-count-hidden = Строк, скрытых на листе (фильтром или вручную), прочитано всё равно: { $count }. Чтобы не публиковать вакансию, удалите её строку или отметьте её закрытой.
import-count-created = Новых вакансий: { $count }
import-count-created-closed = Новых, но уже закрытых (сохранены закрытыми, работникам не видны): { $count }
import-count-updated = Обновлено: { $count }
import-count-unchanged = Без изменений: { $count }
import-count-closed = Закрыто: { $count }
import-count-rejected = Отклонено строк: { $count }
import-rejected-header = <b>Отклонённые строки</b> (исправьте их и отправьте файл ещё раз):
import-row-error = Строка { $row }, <code>{ $column }</code>: { $reason }
import-row-error-value = Строка { $row }, <code>{ $column }</code>: { $reason } («{ $value }»)
import-row-on-sheet = { $row } (лист «{ $sheet }»)
import-unclassified-header = <b>Названия, для которых не удалось определить профессию</b> (добавьте в эти строки <code>isco_code</code>):
import-unclassified-item = • { $title }
import-group-titles-header = <b>Строки, прочитанные как заголовки групп</b> и не загруженные (если среди них есть вакансия, заполните её остальные ячейки и пришлите файл снова):
import-group-title-item = • Строка { $row }: { $title }
import-more = …и ещё { $count }
import-links-header = <b>Ссылки для публикации</b> в канале или на сайте министерства (ссылка на любую другую вакансию: <code>/link</code> и её номер на портале):
import-link-item = • { $reference } · { $title }: { $link }

## Почему строка отклонена
import-reason-missing = пусто, а поле обязательное
import-reason-too_long = слишком длинное значение
import-reason-not_a_number = это не число
import-reason-negative = не может быть отрицательным
import-reason-out_of_range = вне допустимых пределов
import-reason-bad_bool = нужно «да» или «нет»
import-reason-bad_date = неверная дата (например 31.12.2026 или 2026-12-31)
import-reason-bad_country = неверный код страны (две буквы, например QA)
import-reason-bad_currency = неверный код валюты (например QAR)
import-reason-min_above_max = минимальная зарплата больше максимальной
import-reason-bad_language = неверный код языка (например en, ru, kk)
import-reason-bad_url = неверная ссылка (должна начинаться с http:// или https://)
import-reason-bad_isco = неверный код профессии ISCO-08 (четыре цифры, например 7212)
import-reason-bad_status = должно говорить, открыта вакансия или закрыта: «открыта», «закрыта», open, closed
import-reason-duplicate = этот код вакансии (external_id) уже встречался выше в файле
import-reason-bad_salary = нужна сумма в месяц: число или диапазон, например 1800 или 1500-2000
import-reason-deadline_past = этот срок уже прошёл: исправьте дату или укажите статус closed
import-reason-duplicate_row = та же вакансия (должность, работодатель и город) уже есть выше в файле
import-reason-other = недопустимое значение
import-reason-duplicate_code = этот код уже есть у другой вакансии выше в файле: дайте каждой вакансии свой код, иначе вторая заменит первую
import-reason-unknown_code = вакансии с таким кодом ещё нет: для новой вакансии нужны должность и работодатель

## Почему файл не загружен целиком
import-file-unknown_format = Не удалось распознать формат файла. Отправьте файл CSV, XLSX, XLS, ODS или JSON.
import-file-unreadable = Не удалось прочитать файл. Сохраните его заново как CSV (UTF-8) или XLSX и отправьте ещё раз.
import-file-image = Это картинка (фото или скриншот), а не таблица: строки с неё я прочитать не могу. Пришлите сам файл Excel или CSV.
import-file-pdf = Это файл PDF, а не таблица: строки из него я прочитать не могу. Пришлите таблицу в Excel (XLSX) или CSV; если есть только PDF, попросите файл Excel, из которого он сделан.
import-file-encrypted = Книга защищена паролем, поэтому я не могу её открыть. Снимите пароль в Excel (Файл → Сведения → Защитить книгу → Зашифровать с использованием пароля, очистите поле), сохраните и пришлите ещё раз.
import-file-word = Это документ Word, а не таблица Excel. Скопируйте таблицу из него в Excel и пришлите файл XLSX или CSV.
import-file-archive = Это архив (ZIP или RAR). Распакуйте его и пришлите сам файл Excel или CSV.
import-file-one_c = Это табличный документ 1С (.mxl), его открывает только 1С. Сохраните его в 1С как Excel (Файл → Сохранить как…, тип «Лист Excel (*.xlsx)») и пришлите этот файл.
import-file-empty = В файле нет ни одной строки.
import-file-blank = Файл пустой: в нём ничего нет (0 байт), значит, выгрузка или скачивание не удались. Выгрузите таблицу ещё раз, откройте её и проверьте, что вакансии на месте, и пришлите снова.
import-file-status_file = Это файл статусов заявок (номер заявки или телефон работника и этап), а не список вакансий. Загрузите его командой <code>jobbot import-statuses PATH</code> или пришлите боту в чат: он прочитает его как статусы и сначала покажет, что изменится.
import-file-missing_columns = В файле нет обязательных столбцов: { $columns }. Их можно назвать и по-русски или по-казахски: «Должность», «Работодатель»; строка заголовков может стоять под названием таблицы.
import-too-big = Файл больше 10 МБ. Разделите его на несколько файлов поменьше.
import-download-failed = Не удалось скачать файл. Отправьте его ещё раз.
import-reason-salary_currency = сумма в другой валюте (тенге, доллары…): укажите её в валюте вакансии (в риалах, если в столбце «currency» не указана другая)
import-reason-long_title = не помещается в карточку вакансии: сократите название до 200 знаков, а требования перенесите в отдельный столбец
import-file-link = В этом файле только ссылка на таблицу (Google Таблицы или облачный диск), а открывать ссылки я не умею. Откройте таблицу, скачайте её (в Google Таблицах: Файл → Скачать → Microsoft Excel (.xlsx)) и пришлите скачанный файл.
