<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>Claimbench::ActionAccess</name>
    <message>
        <source>The project file is read-only</source>
        <translation>Файл проєкту доступний лише для читання</translation>
    </message>
    <message>
        <source>Your role on this server is reviewer: it changes the status and note of claims only</source>
        <translation>Ваша роль на цьому сервері — рецензент: вона змінює лише статус і нотатку тверджень</translation>
    </message>
    <message>
        <source>Your role on this server is viewer: it changes nothing</source>
        <translation>Ваша роль на цьому сервері — глядач: вона нічого не змінює</translation>
    </message>
</context>
<context>
    <name>Claimbench::ArticleImporter</name>
    <message>
        <source>The file does not exist (moved or deleted?)</source>
        <translation>Файлу немає (переміщено чи видалено?)</translation>
    </message>
    <message>
        <source>The path is a loop of symbolic links that never reaches a file</source>
        <translation>Шлях — це петля символьних посилань, яка ніколи не веде до файлу</translation>
    </message>
    <message>
        <source>The file cannot be read (%1)</source>
        <translation>Файл не вдається прочитати (%1)</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>іменований канал</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>пристрій</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>не файл</translation>
    </message>
    <message>
        <source>updated: %1 claims re-anchored, %2 orphaned</source>
        <translation>оновлено: тверджень прив’язано заново — %1, загублено — %2</translation>
    </message>
    <message>
        <source>Not a regular file (%1), not opened</source>
        <translation>Не звичайний файл (%1), не відкрито</translation>
    </message>
    <message>
        <source>The project&apos;s own file, not opened</source>
        <translation>Файл самого проєкту, не відкрито</translation>
    </message>
    <message>
        <source>The file is larger than the %1 limit</source>
        <translation>Файл більший за межу в %1</translation>
    </message>
    <message>
        <source>The document&apos;s text is larger than the %1 limit</source>
        <translation>Текст документа більший за обмеження %1</translation>
    </message>
</context>
<context>
    <name>Claimbench::ArticleListModel</name>
    <message>
        <source>No project open</source>
        <translation>Жоден проєкт не відкрито</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Тверд.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
</context>
<context>
    <name>Claimbench::ArticleReader</name>
    <message>
        <source>The file is binary, not text</source>
        <translation>Файл двійковий, не текстовий</translation>
    </message>
</context>
<context>
    <name>Claimbench::ArticleRepository</name>
    <message>
        <source>Could not prepare to store articles</source>
        <translation>Не вдалося підготуватися до збереження статей</translation>
    </message>
    <message>
        <source>An article with the same text is already in the project</source>
        <translation>Стаття з таким самим текстом уже є в проєкті</translation>
    </message>
    <message>
        <source>Could not store the article</source>
        <translation>Не вдалося зберегти статтю</translation>
    </message>
    <message>
        <source>There is no article %1 in the project</source>
        <translation>У проєкті немає статті %1</translation>
    </message>
    <message>
        <source>The search was cancelled</source>
        <translation>Пошук скасовано</translation>
    </message>
    <message>
        <source>The article cannot be removed while it has claims (%1)</source>
        <translation>Статтю не можна вилучити, поки в ній є твердження (%1)</translation>
    </message>
    <message>
        <source>Could not store the article&apos;s pages</source>
        <translation>Не вдалося зберегти сторінки статті</translation>
    </message>
</context>
<context>
    <name>Claimbench::ArticleSearcher</name>
    <message>
        <source>Not enough memory for this search</source>
        <translation>Для цього пошуку не вистачає пам’яті</translation>
    </message>
</context>
<context>
    <name>Claimbench::ArticleView</name>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
</context>
<context>
    <name>Claimbench::ChangeFeed</name>
    <message>
        <source>Could not follow other analysts&apos; changes on the team server</source>
        <translation>Не вдалося стежити за змінами інших аналітиків на командному сервері</translation>
    </message>
</context>
<context>
    <name>Claimbench::ChartExportDialog</name>
    <message>
        <source> px</source>
        <translation> пікс.</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Експорт графіка</translation>
    </message>
    <message>
        <source>Recorded in the PNG; text and lines keep their printed size, so 300 dpi gives a sharper image of the same chart.</source>
        <translation>Записується в PNG; текст і лінії зберігають друкований розмір, тож 300 dpi дають чіткіше зображення того самого графіка.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>File (.png or .svg):</source>
        <translation>Файл (.png або .svg):</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ширина:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Висота:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Роздільність:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортувати</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Зображення PNG (*.png);;Малюнок SVG (*.svg)</translation>
    </message>
    <message>
        <source>The file name must end in .png or .svg.</source>
        <translation>Назва файлу має закінчуватися на .png або .svg.</translation>
    </message>
    <message>
        <source>“%1” already exists in %2. Replace it?</source>
        <translation>«%1» уже є в %2. Замінити?</translation>
    </message>
</context>
<context>
    <name>Claimbench::ChartPanel</name>
    <message>
        <source>Compare metrics</source>
        <translation>Порівняти показники</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Логарифмічна шкала</translation>
    </message>
    <message>
        <source>Check several metrics of one unit: one line per metric and claimant</source>
        <translation>Позначте кілька показників з однією одиницею: по лінії на кожен показник і джерело</translation>
    </message>
    <message>
        <source>One line per claimant</source>
        <translation>Лінія на кожне джерело</translation>
    </message>
    <message>
        <source>One line per outlet</source>
        <translation>Лінія на кожне видання</translation>
    </message>
    <message>
        <source>One line per tag</source>
        <translation>Лінія на кожну мітку</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Показник:</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>без одиниці</translation>
    </message>
    <message>
        <source>“%1” is counted in %2 and “%3” in %4: only metrics of one unit are compared.</source>
        <translation>«%1» рахується в %2, а «%3» — у %4: порівнюються лише показники з однією одиницею.</translation>
    </message>
    <message>
        <source>The metrics could not be read: %1</source>
        <translation>Не вдалося прочитати показники: %1</translation>
    </message>
    <message>
        <source>Choose a metric</source>
        <translation>Виберіть показник</translation>
    </message>
    <message>
        <source>Open a project to chart its claims.</source>
        <translation>Відкрийте проєкт, щоб побудувати графік його тверджень.</translation>
    </message>
    <message>
        <source>No metric yet. Mark a figure in an article as a claim and give it a metric to chart it over time.</source>
        <translation>Показників ще немає. Позначте число в статті як твердження і вкажіть показник, щоб побачити його зміну в часі.</translation>
    </message>
    <message>
        <source>Building chart…</source>
        <translation>Будування графіка…</translation>
    </message>
    <message>
        <source>Not enough memory to build this chart</source>
        <translation>Для цього графіка не вистачає пам’яті</translation>
    </message>
    <message>
        <source>The claims could not be read: %1</source>
        <translation>Не вдалося прочитати твердження: %1</translation>
    </message>
    <message>
        <source>None of these claims has both a value and a date yet.</source>
        <translation>Жодне з цих тверджень ще не має водночас значення і дати.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Експорт графіка</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>Поки що немає графіка для експорту.</translation>
    </message>
    <message>
        <source>The chart could not be exported to %1: %2</source>
        <translation>Не вдалося експортувати графік у %1: %2</translation>
    </message>
    <message>
        <source>One line per analyst</source>
        <translation>Лінія на кожного аналітика</translation>
    </message>
    <message>
        <source>By the analyst who made each claim (the claims table&apos;s Who is who last changed it)</source>
        <translation>За аналітиком, який створив кожне твердження (стовпець «Хто» у таблиці — хто останнім його змінив)</translation>
    </message>
</context>
<context>
    <name>Claimbench::ChartRenderer</name>
    <message>
        <source>Not enough memory for an image of this size</source>
        <translation>Для зображення такого розміру не вистачає пам’яті</translation>
    </message>
</context>
<context>
    <name>Claimbench::Claim</name>
    <message>
        <source>approximately</source>
        <translation>приблизно</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>понад</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>щонайменше</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>менше ніж</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>щонайбільше</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>неперевірене</translation>
    </message>
    <message>
        <source>corroborated</source>
        <translation>підтверджене</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>спірне</translation>
    </message>
    <message>
        <source>false</source>
        <translation>хибне</translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimChart</name>
    <message>
        <source>Date the figure refers to</source>
        <translation>Дата, до якої належить число</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimComparer</name>
    <message>
        <source>The threshold must be between 0 and 100 %</source>
        <translation>Поріг має бути від 0 до 100 %</translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimCounter</name>
    <message>
        <source>Not enough memory to count the claims</source>
        <translation>Недостатньо пам’яті, щоб порахувати твердження</translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimDrafter</name>
    <message>
        <source>The selection lies outside the article&apos;s text</source>
        <translation>Виділене лежить поза текстом статті</translation>
    </message>
    <message>
        <source>Change over the previous report (%1), not a total</source>
        <translation>Зміна від попереднього зведення (%1), не загальна кількість</translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimEditorPanel</name>
    <message>
        <source>Type a name; a new one is created</source>
        <translation>Введіть назву; нова буде створена</translation>
    </message>
    <message>
        <source>The article&apos;s text changed and this quote was not found again. Place it again in the reader, or delete the claim.</source>
        <translation>Текст статті змінився, і цю цитату не знайдено знову. Розмістіть її заново в читанні або видаліть твердження.</translation>
    </message>
    <message>
        <source>a number, e.g. %1</source>
        <translation>число, напр. %1</translation>
    </message>
    <message>
        <source>low</source>
        <translation>від</translation>
    </message>
    <message>
        <source>high</source>
        <translation>до</translation>
    </message>
    <message>
        <source>troops, drones, km, %, USD…</source>
        <translation>військових, дронів, км, %, USD…</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>неперевірене</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>підтверджене</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>спірне</translation>
    </message>
    <message>
        <source>False</source>
        <translation>хибне</translation>
    </message>
    <message>
        <source>Why this figure matters, doubts, sources to check…</source>
        <translation>Чому це число важливе, сумніви, джерела для перевірки…</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>&amp;Нове</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значення:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Діапазон:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Одиниця:</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>&amp;Уточнення:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Показник:</translation>
    </message>
    <message>
        <source>&amp;Claimant:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Станом на:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Мітка:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Пр&amp;имітка:</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>зміна значення</translation>
    </message>
    <message>
        <source>Edit low</source>
        <translation>зміна нижньої межі</translation>
    </message>
    <message>
        <source>Edit high</source>
        <translation>зміна верхньої межі</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>зміна одиниці</translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation>зміна показника</translation>
    </message>
    <message>
        <source>Edit claimant</source>
        <translation>зміна джерела</translation>
    </message>
    <message>
        <source>Edit qualifier</source>
        <translation>зміна уточнення</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>зміна статусу</translation>
    </message>
    <message>
        <source>Edit tag</source>
        <translation>зміна мітки</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Жоден проєкт не відкрито</translation>
    </message>
    <message>
        <source>No claim selected</source>
        <translation>Твердження не вибрано</translation>
    </message>
    <message>
        <source>Use e&amp;xisting: %1</source>
        <translation>Узяти на&amp;явне: %1</translation>
    </message>
    <message>
        <source>“%1” reads as the existing claimant “%2”. %3 files the claim under “%2” and keeps “%1” as one of its spellings, so that it is recognised next time.</source>
        <translation>«%1» схоже на наявне джерело «%2». %3 записує твердження за «%2» і зберігає «%1» як один з варіантів написання, щоб наступного разу його було впізнано.</translation>
    </message>
    <message>
        <source>%1 creates “%2” as a new claimant of its own instead.</source>
        <translation>%1 натомість створює «%2» як окреме нове джерело.</translation>
    </message>
    <message>
        <source>Use su&amp;ggested metric: %1</source>
        <translation>Узяти зап&amp;ропонований показник: %1</translation>
    </message>
    <message>
        <source>“%1”: the metric most claims of this claimant in this unit (else most claims in this unit) are filed under. %2 uses it for this claim.</source>
        <translation>«%1»: показник, під яким записано найбільше тверджень цього джерела в цій одиниці (або, якщо таких немає, найбільше тверджень у цій одиниці). %2 застосовує його до цього твердження.</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(без мітки)</translation>
    </message>
    <message>
        <source>The claim was not saved.</source>
        <translation>Твердження не збережено.</translation>
    </message>
    <message>
        <source>“%1” is not a number: not saved</source>
        <translation>«%1» — не число: не збережено</translation>
    </message>
    <message>
        <source>The low end %1 is above the high end %2: not saved</source>
        <translation>Нижня межа %1 більша за верхню %2: не збережено</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY, YYYY-MM or YYYY-MM-DD): not saved</source>
        <translation>«%1» — не дата (РРРР, РРРР-ММ або РРРР-ММ-ДД): не збережено</translation>
    </message>
    <message>
        <source>Edit as-of date</source>
        <translation>зміна дати «станом на»</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>зміна примітки</translation>
    </message>
    <message>
        <source>Connection to the server lost — reconnecting…</source>
        <translation>З&apos;єднання з сервером втрачено — повторне підключення…</translation>
    </message>
    <message>
        <source>The claim cannot be read: the server cannot be reached. Select it again when it is back.</source>
        <translation>Не вдалося прочитати твердження: сервер недоступний. Виберіть його знову, коли сервер повернеться.</translation>
    </message>
    <message>
        <source>The server cannot be reached; your changes are kept — save again when it is back.</source>
        <translation>Сервер недоступний; ваші зміни збережено в полях — збережіть ще раз, коли сервер повернеться.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the change was not saved — make it again when it is back.</source>
        <translation>Сервер недоступний; зміну не збережено — зробіть її ще раз, коли сервер повернеться.</translation>
    </message>
    <message>
        <source>Your changes to this claim are not saved: the server cannot be reached. They stay here; save them when it is back, then choose the other claim again.</source>
        <translation>Ваші зміни цього твердження не збережено: сервер недоступний. Вони лишаються тут; збережіть їх, коли він повернеться, і тоді знову виберіть інше твердження.</translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimExporter</name>
    <message>
        <source>Could not write %1</source>
        <translation>Не вдалося записати %1</translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimQuery</name>
    <message>
        <source>A database statement could not be prepared</source>
        <translation>Не вдалося підготувати запит до бази даних</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>Запит до бази даних не вдався</translation>
    </message>
    <message>
        <source>There is no claim %1 in the project</source>
        <translation>У проєкті немає твердження %1</translation>
    </message>
    <message>
        <source>The count was cancelled</source>
        <translation>Підрахунок скасовано</translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimRepository</name>
    <message>
        <source>There is no article %1 in the project</source>
        <translation>У проєкті немає статті %1</translation>
    </message>
    <message>
        <source>The claim lies outside its article&apos;s text</source>
        <translation>Твердження лежить поза текстом своєї статті</translation>
    </message>
    <message>
        <source>The claim refers to a tag, metric or claimant that is not in the project</source>
        <translation>Твердження посилається на мітку, показник чи джерело, яких немає в проєкті</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значення</translation>
    </message>
    <message>
        <source>low</source>
        <translation>нижня межа</translation>
    </message>
    <message>
        <source>high</source>
        <translation>верхня межа</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>одиниця</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>уточнення</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>показник</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation>дата «станом на»</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примітка</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>мітка</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>article</source>
        <translation>стаття</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>розміщення</translation>
    </message>
    <message>
        <source>There is no claim %1 in the project</source>
        <translation>У проєкті немає твердження %1</translation>
    </message>
    <message>
        <source>it was deleted and made again</source>
        <translation>його видалено і створено знову</translation>
    </message>
    <message>
        <source>this step would delete it</source>
        <translation>цей крок видалив би його</translation>
    </message>
    <message>
        <source>Another program has since created claim %1; the deleted claim could not be restored. Nothing was changed</source>
        <translation>Інша програма тим часом створила твердження %1; видалене твердження не вдалося відновити. Нічого не змінено</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>твердження %1</translation>
    </message>
    <message>
        <source>claims %1</source>
        <translation>твердження %1</translation>
    </message>
    <message>
        <source>The %1 %2 is now used by %3, which another program added since; this step would remove it. Nothing was changed</source>
        <translation>%1 %2 тепер використовує %3, додане тим часом іншою програмою; цей крок вилучив би його. Нічого не змінено</translation>
    </message>
    <message>
        <source>The claim refers to a new name the edit does not bring</source>
        <translation>Твердження посилається на нову назву, якої ця зміна не додає</translation>
    </message>
    <message>
        <source>Only a claim with an id can be put back</source>
        <translation>Повернути можна лише твердження з ідентифікатором</translation>
    </message>
    <message>
        <source>Claim %1 was %2 since this step: %3. Nothing was changed</source>
        <translation>Твердження %1 після цього кроку %2: %3. Нічого не змінено</translation>
    </message>
    <message>
        <source>Claim %1 was changed by another program while this step was written. Nothing was changed</source>
        <translation>Твердження %1 змінила інша програма, поки записувався цей крок. Нічого не змінено</translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimantRepository</name>
    <message>
        <source>“%1” already names another claimant</source>
        <translation>«%1» уже називає інше джерело</translation>
    </message>
    <message>
        <source>There is no claimant %1 in the project</source>
        <translation>У проєкті немає джерела %1</translation>
    </message>
    <message>
        <source>A claimant needs a name</source>
        <translation>Джерело мусить мати назву</translation>
    </message>
    <message>
        <source>An alias cannot be blank</source>
        <translation>Варіант написання не може бути порожнім</translation>
    </message>
    <message>
        <source>A claimant cannot be merged into itself</source>
        <translation>Джерело не можна об’єднати саме з собою</translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimantsDialog</name>
    <message>
        <source>Add &amp;Alias…</source>
        <translation>Додати &amp;написання…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Об’єднати з…</translation>
    </message>
    <message>
        <source>Claimants</source>
        <translation>Джерела тверджень</translation>
    </message>
    <message>
        <source>Another spelling that names the selected claimant</source>
        <translation>Інше написання, що називає вибране джерело</translation>
    </message>
    <message>
        <source>The selected claimant and another are the same: keep the other, with this name as one of its spellings and these claims</source>
        <translation>Вибране джерело та інше — одне й те саме: залишити інше, з цією назвою як одним з його написань і з цими твердженнями</translation>
    </message>
    <message>
        <source>“%1” now names %2.</source>
        <translation>«%1» тепер називає %2.</translation>
    </message>
    <message>
        <source>%1 merged into %2 (Edit › Undo splits them again).</source>
        <translation>%1 об’єднано з %2 (Зміни › Скасувати знову їх розділить).</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Додати написання</translation>
    </message>
    <message>
        <source>Another spelling of %1:</source>
        <translation>Інше написання для %1:</translation>
    </message>
    <message>
        <source>There is no other claimant to merge into.</source>
        <translation>Немає іншого джерела, з яким можна об’єднати.</translation>
    </message>
    <message>
        <source>Merge Claimants</source>
        <translation>Об’єднання джерел</translation>
    </message>
    <message>
        <source>%1 is the same claimant as:</source>
        <translation>%1 — те саме джерело, що й:</translation>
    </message>
    <message>
        <source>No claimants yet: a claim&apos;s editor makes them.</source>
        <translation>Джерел ще немає: їх створює редактор твердження.</translation>
    </message>
    <message>
        <source>No other spellings.</source>
        <translation>Інших написань немає.</translation>
    </message>
    <message>
        <source>Also spelled: %1</source>
        <translation>Інші написання: %1</translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimsTableModel</name>
    <message>
        <source>The article&apos;s text changed and this quote was not found again.</source>
        <translation>Текст статті змінився, і цю цитату не знайдено знову.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Публікація</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>High</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Уточнення</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>Жоден проєкт не відкрито</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>«%1» — не дата: пишіть РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>There is no tag named &quot;%1&quot;</source>
        <translation>Немає мітки з назвою «%1»</translation>
    </message>
    <message>
        <source>This column cannot be edited here</source>
        <translation>Цей стовпчик тут не редагується</translation>
    </message>
    <message>
        <source>Edit %1 of claim</source>
        <translation>зміна поля «%1» твердження</translation>
    </message>
    <message>
        <source>Row %1 is not in the table</source>
        <translation>Рядка %1 немає в таблиці</translation>
    </message>
    <message>
        <source>Set status of 1 claim</source>
        <translation>встановлення статусу для 1 твердження</translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n claims</source>
        <translation>
            <numerusform>встановлення статусу для %n твердження</numerusform>
            <numerusform>встановлення статусу для %n тверджень</numerusform>
            <numerusform>встановлення статусу для %n тверджень</numerusform>
        </translation>
    </message>
    <message>
        <source>Retag 1 claim</source>
        <translation>встановлення мітки для 1 твердження</translation>
    </message>
    <message numerus="yes">
        <source>Retag %n claims</source>
        <translation>
            <numerusform>встановлення мітки для %n твердження</numerusform>
            <numerusform>встановлення мітки для %n тверджень</numerusform>
            <numerusform>встановлення мітки для %n тверджень</numerusform>
        </translation>
    </message>
    <message>
        <source>Set metric of 1 claim</source>
        <translation>встановлення показника для 1 твердження</translation>
    </message>
    <message numerus="yes">
        <source>Set metric of %n claims</source>
        <translation>
            <numerusform>встановлення показника для %n твердження</numerusform>
            <numerusform>встановлення показника для %n тверджень</numerusform>
            <numerusform>встановлення показника для %n тверджень</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a qualifier: %2</source>
        <translation>«%1» — не уточнення: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: %2</source>
        <translation>«%1» — не статус: %2</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Сторінка</translation>
    </message>
    <message>
        <source>Last written before Claimbench recorded who writes a claim</source>
        <translation>Останній запис зроблено до того, як Claimbench почав записувати, хто пише твердження</translation>
    </message>
    <message>
        <source>Made and last written by %1, %2</source>
        <translation>Створив і востаннє записав %1, %2</translation>
    </message>
    <message>
        <source>Made by %1; last written by %2, %3</source>
        <translation>Створив %1; востаннє записав %2, %3</translation>
    </message>
    <message>
        <source>someone unrecorded</source>
        <translation>хтось незаписаний</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Who last changed the claim (a chart&apos;s lines per analyst are by who made it)</source>
        <translation>Хто останнім змінив твердження (лінії графіка за аналітиками — за тим, хто його створив)</translation>
    </message>
</context>
<context>
    <name>Claimbench::ClaimsTablePanel</name>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Search quotes, notes and numbers</source>
        <translation>Шукати в цитатах, примітках і числах</translation>
    </message>
    <message>
        <source>Words in quotes and notes; a number (700000, 700,000, 0.7 million, 700k) also finds the claims that give it as their value, however the quote writes it</source>
        <translation>Слова в цитатах і примітках; число (700000, 700,000, 0.7 million, 700k) знаходить також твердження з цим значенням, хоч би як його записано в цитаті</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>from</source>
        <translation>від</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>As-of date (else published) from: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Дата «станом на» (або публікації) від: РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>As-of date (else published) to, inclusive: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Дата «станом на» (або публікації) до, включно: РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>min value</source>
        <translation>мін. значення</translation>
    </message>
    <message>
        <source>max value</source>
        <translation>макс. значення</translation>
    </message>
    <message>
        <source>Value at least, as you write numbers: 10,000, 1.5 million, 20k</source>
        <translation>Значення щонайменше, як ви пишете числа: 10,000, 1.5 million, 20k</translation>
    </message>
    <message>
        <source>Value at most, as you write numbers: 10,000, 1.5 million, 20k</source>
        <translation>Значення щонайбільше, як ви пишете числа: 10,000, 1.5 million, 20k</translation>
    </message>
    <message>
        <source>Any metric</source>
        <translation>Усі показники</translation>
    </message>
    <message>
        <source>Any claimant</source>
        <translation>Усі джерела</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Усі мітки</translation>
    </message>
    <message>
        <source>The min value “%1” is not a number; no lower bound applies.</source>
        <translation>Мінімальне значення «%1» — не число; нижньої межі немає.</translation>
    </message>
    <message>
        <source>The max value “%1” is not a number; no upper bound applies.</source>
        <translation>Максимальне значення «%1» — не число; верхньої межі немає.</translation>
    </message>
    <message>
        <source>The min value is above the max value: no claim can match.</source>
        <translation>Мінімальне значення більше за максимальне: жодне твердження не підійде.</translation>
    </message>
    <message>
        <source>%1 of 1 claim</source>
        <translation>%1 з 1 твердження</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claims</source>
        <translation>
            <numerusform>%1 з %Ln твердження</numerusform>
            <numerusform>%1 з %Ln тверджень</numerusform>
            <numerusform>%1 з %Ln тверджень</numerusform>
        </translation>
    </message>
    <message>
        <source>The claims could not be read or changed.</source>
        <translation>Не вдалося прочитати чи змінити твердження.</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Встановити статус</translation>
    </message>
    <message>
        <source>Set tag</source>
        <translation>Встановити мітку</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Без мітки</translation>
    </message>
    <message>
        <source>Set metric</source>
        <translation>Встановити показник</translation>
    </message>
    <message>
        <source>No metric</source>
        <translation>Без показника</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>Жоден проєкт не відкрито</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Claims</source>
        <translation>Експорт тверджень</translation>
    </message>
    <message numerus="yes">
        <source>%n exported</source>
        <translation>
            <numerusform>експортовано %n</numerusform>
            <numerusform>експортовано %n</numerusform>
            <numerusform>експортовано %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Who last wrote the claim</source>
        <translation>Хто востаннє записав твердження</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Будь-хто</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Counting claims…</source>
        <translation>Рахуємо твердження…</translation>
    </message>
    <message>
        <source>Connection to the server lost — reconnecting…</source>
        <translation>З&apos;єднання з сервером втрачено — повторне підключення…</translation>
    </message>
    <message>
        <source>W3C Web Annotation, JSON-LD (*.jsonld)</source>
        <translation>Вебанотації W3C, JSON-LD (*.jsonld)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview of reviewed claims, JSON-LD (*.jsonld)</source>
        <translation>schema.org ClaimReview перевірених тверджень, JSON-LD (*.jsonld)</translation>
    </message>
</context>
<context>
    <name>Claimbench::ComparisonPanel</name>
    <message>
        <source>Only disagreements</source>
        <translation>Лише розбіжності</translation>
    </message>
    <message>
        <source>Not enough memory to compare this metric</source>
        <translation>Для порівняння цього показника не вистачає пам’яті</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>По днях</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По тижнях</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По місяцях</translation>
    </message>
    <message>
        <source>Two figures disagree when no value each allows lies within this share of the other; &quot;approximately&quot; allows as much on each side</source>
        <translation>Два числа розходяться, коли жодне значення, яке допускає кожне, не лежить у межах цієї частки від іншого; «приблизно» допускає стільки ж в обидва боки</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Показник:</translation>
    </message>
    <message>
        <source>&amp;Disagree beyond:</source>
        <translation>&amp;Розбіжність понад:</translation>
    </message>
    <message>
        <source>The metrics could not be read: %1</source>
        <translation>Не вдалося прочитати показники: %1</translation>
    </message>
    <message>
        <source>Open a project to compare what its claimants state.</source>
        <translation>Відкрийте проєкт, щоб порівняти, що кажуть його джерела.</translation>
    </message>
    <message>
        <source>No metric yet. Mark a figure in an article as a claim and give it a metric to compare its claimants.</source>
        <translation>Показників ще немає. Позначте число в статті як твердження і вкажіть показник, щоб порівняти його джерела.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Порівняння…</translation>
    </message>
    <message>
        <source>The claims could not be read: %1</source>
        <translation>Не вдалося прочитати твердження: %1</translation>
    </message>
    <message>
        <source>None of this metric&apos;s claims has both a value and a date yet.</source>
        <translation>Жодне твердження цього показника ще не має водночас значення і дати.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 тиждень</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n тиждень</numerusform>
            <numerusform>%n тижні</numerusform>
            <numerusform>%n тижнів</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 місяць</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n місяць</numerusform>
            <numerusform>%n місяці</numerusform>
            <numerusform>%n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source> · no disagreement</source>
        <translation> · розбіжностей немає</translation>
    </message>
    <message>
        <source> · 1 disagreement</source>
        <translation> · 1 розбіжність</translation>
    </message>
    <message numerus="yes">
        <source> · %n disagreements</source>
        <translation>
            <numerusform> · %n розбіжність</numerusform>
            <numerusform> · %n розбіжності</numerusform>
            <numerusform> · %n розбіжностей</numerusform>
        </translation>
    </message>
    <message>
        <source> · 1 left out</source>
        <translation> · 1 пропущено</translation>
    </message>
    <message numerus="yes">
        <source> · %n left out</source>
        <translation>
            <numerusform> · %n пропущено</numerusform>
            <numerusform> · %n пропущено</numerusform>
            <numerusform> · %n пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures dated only by month or year are left out of rows by day or week, and those dated by year out of rows by month: they would be compared with figures of another time.</source>
        <translation>Числа, датовані лише місяцем або роком, пропущено в рядках по днях і тижнях, а датовані роком — у рядках по місяцях: інакше їх порівнювали б із числами іншого часу.</translation>
    </message>
</context>
<context>
    <name>Claimbench::ComparisonTableModel</name>
    <message>
        <source>disagree</source>
        <translation>розходяться</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>узгоджені</translation>
    </message>
    <message>
        <source>Two of these figures cannot both be right within %1 % (docs/compare.md)</source>
        <translation>Два з цих чисел не можуть бути правильними водночас у межах %1 % (docs/compare.md)</translation>
    </message>
    <message>
        <source>Every two of these figures can both be right within %1 %</source>
        <translation>Будь-які два з цих чисел можуть бути правильними водночас у межах %1 %</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Відношення</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Різниця</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Числа</translation>
    </message>
</context>
<context>
    <name>Claimbench::ConflictMessage</name>
    <message>
        <source>Claimbench</source>
        <translation>Claimbench</translation>
    </message>
    <message>
        <source>Another analyst changed this since your step.</source>
        <translation>Інший аналітик змінив це після вашого кроку.</translation>
    </message>
    <message>
        <source>Keep Theirs leaves their change and drops your step from the undo history. Apply Mine writes your step over their change; you can undo it again.</source>
        <translation>«Залишити їхнє» зберігає їхню зміну й вилучає ваш крок з історії скасування. «Застосувати моє» записує ваш крок поверх їхньої зміни; ви зможете знову його скасувати.</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Залишити їхнє</translation>
    </message>
    <message>
        <source>Apply Mine</source>
        <translation>Застосувати моє</translation>
    </message>
</context>
<context>
    <name>Claimbench::ConnectToServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Підключення до сервера</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>цей комп’ютер</translation>
    </message>
    <message>
        <source>The server&apos;s host name or address; empty for a server on this computer</source>
        <translation>Ім’я або адреса сервера; порожньо — сервер на цьому комп’ютері</translation>
    </message>
    <message>
        <source>The team project&apos;s database, as the server&apos;s administrator created it</source>
        <translation>База даних командного проєкту, яку створив адміністратор сервера</translation>
    </message>
    <message>
        <source>Your role on the server; empty for your login name</source>
        <translation>Ваша роль на сервері; порожньо — ваше ім’я входу в систему</translation>
    </message>
    <message>
        <source>Prefer TLS (when the server offers it)</source>
        <translation>TLS, якщо сервер його пропонує</translation>
    </message>
    <message>
        <source>Require TLS (certificate not checked)</source>
        <translation>Лише TLS (сертифікат не перевіряється)</translation>
    </message>
    <message>
        <source>Require TLS, check the certificate&apos;s authority</source>
        <translation>Лише TLS, перевіряти центр сертифікації</translation>
    </message>
    <message>
        <source>Require TLS, check the certificate and host name</source>
        <translation>Лише TLS, перевіряти сертифікат та ім’я сервера</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Без TLS</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;Шифрування:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass; without one there, Claimbench asks for it and keeps it only until it quits.</source>
        <translation>Пароль береться з ~/.pgpass; якщо його там немає, Claimbench запитає його й триматиме в пам’яті лише до свого закриття.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Підключитися</translation>
    </message>
    <message>
        <source>Enter the name of the project&apos;s database.</source>
        <translation>Введіть назву бази даних проєкту.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Підключення до %1…</translation>
    </message>
    <message>
        <source>Not connected: no password was given.</source>
        <translation>Не підключено: пароль не введено.</translation>
    </message>
    <message>
        <source>Enter only the server&apos;s name or address as the host: the user goes in User, and a password is asked for when the server wants one.</source>
        <translation>У полі «Сервер» вкажіть лише назву або адресу сервера: користувача — у полі «Користувач», а пароль буде запитано, коли сервер його вимагатиме.</translation>
    </message>
    <message>
        <source>Enter only the role&apos;s name as the user: a password is asked for when the server wants one.</source>
        <translation>Вкажіть як користувача лише назву ролі: пароль буде запитано, коли сервер його вимагатиме.</translation>
    </message>
    <message>
        <source>Enter only the database&apos;s name: a password is asked for when the server wants one.</source>
        <translation>Вкажіть лише назву бази даних: пароль буде запитано, коли сервер його вимагатиме.</translation>
    </message>
    <message>
        <source>none: a field holds more than a name</source>
        <translation>немає: поле містить більше, ніж назву</translation>
    </message>
    <message>
        <source>Enter the port in Port, and an IPv6 address without brackets.</source>
        <translation>Порт вкажіть у полі «Порт», а адресу IPv6 — без квадратних дужок.</translation>
    </message>
</context>
<context>
    <name>Claimbench::DeleteTagDialog</name>
    <message>
        <source>&amp;Move them to:</source>
        <translation>&amp;Перенести їх до:</translation>
    </message>
    <message>
        <source>&amp;Leave them untagged</source>
        <translation>&amp;Залишити без мітки</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Видалення мітки</translation>
    </message>
    <message>
        <source>“%1” is the tag of one claim. What should happen to it?</source>
        <translation>«%1» — мітка одного твердження. Що з ним зробити?</translation>
    </message>
    <message>
        <source>&amp;Delete Tag</source>
        <translation>&amp;Видалити мітку</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the tag of %n claims. What should happen to them?</source>
        <translation>
            <numerusform>«%1» — мітка %n твердження. Що з ними зробити?</numerusform>
            <numerusform>«%1» — мітка %n тверджень. Що з ними зробити?</numerusform>
            <numerusform>«%1» — мітка %n тверджень. Що з ними зробити?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Claimbench::DocxReader</name>
    <message>
        <source>The file is not a Word document: it has no word/document.xml</source>
        <translation>Файл не є документом Word: у ньому немає word/document.xml</translation>
    </message>
</context>
<context>
    <name>Claimbench::EncodingDetector</name>
    <message>
        <source>The file starts with a UTF-8 mark but is not valid UTF-8</source>
        <translation>Файл починається з позначки UTF-8, але не є коректним UTF-8</translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 mark but is not valid UTF-16</source>
        <translation>Файл починається з позначки UTF-16, але не є коректним UTF-16</translation>
    </message>
    <message>
        <source>UTF-16 text without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM) and import it again</source>
        <translation>Текст UTF-16 без позначки порядку байтів: збережіть його як UTF-8 (або UTF-16 з BOM) та імпортуйте знову</translation>
    </message>
    <message>
        <source>Not valid UTF-8 at byte %1</source>
        <translation>Некоректний UTF-8 у байті %1</translation>
    </message>
    <message>
        <source>The text encoding cannot be recognised (not UTF-8, no known charset)</source>
        <translation>Кодування тексту не розпізнано (не UTF-8, жодне відоме кодування)</translation>
    </message>
</context>
<context>
    <name>Claimbench::EpubReader</name>
    <message>
        <source>The file is not a readable EPUB book</source>
        <translation>Файл не є придатною до читання книжкою EPUB</translation>
    </message>
    <message>
        <source>The book&apos;s table of contents points outside the book</source>
        <translation>Зміст книжки посилається за її межі</translation>
    </message>
</context>
<context>
    <name>Claimbench::ErrorReporter</name>
    <message>
        <source>Connection to the server lost — reconnecting…</source>
        <translation>З&apos;єднання з сервером втрачено — повторне підключення…</translation>
    </message>
    <message>
        <source>Claimbench</source>
        <translation>Claimbench</translation>
    </message>
</context>
<context>
    <name>Claimbench::FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Тека</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
</context>
<context>
    <name>Claimbench::FilePath</name>
    <message>
        <source>The folder cannot be read</source>
        <translation>Теку не вдається прочитати</translation>
    </message>
</context>
<context>
    <name>Claimbench::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Знайти в статті</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Попередній збіг (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Наступний збіг (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Збігів немає</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
</context>
<context>
    <name>Claimbench::HtmlReader</name>
    <message>
        <source>The page holds no article text</source>
        <translation>На сторінці немає тексту статті</translation>
    </message>
</context>
<context>
    <name>Claimbench::ImportController</name>
    <message>
        <source>%1 is encrypted.
Password:</source>
        <translation>%1 зашифровано.
Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The password does not open the PDF.
Password for %1:</source>
        <translation>Пароль не відкриває PDF.
Пароль для %1:</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Статті (%1);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Пошук файлів…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 з %2: %3</translation>
    </message>
</context>
<context>
    <name>Claimbench::ImportSummary</name>
    <message>
        <source>%1 imported</source>
        <translation>імпортовано: %1</translation>
    </message>
    <message>
        <source>1 duplicate</source>
        <translation>дублікатів: 1</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>дублікатів: %n</numerusform>
            <numerusform>дублікатів: %n</numerusform>
            <numerusform>дублікатів: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>з помилкою: %1</translation>
    </message>
    <message>
        <source>cancelled after %1 of 1 file</source>
        <translation>скасовано після %1 з 1 файлу</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %1 of %n files</source>
        <translation>
            <numerusform>скасовано після %1 з %n файлу</numerusform>
            <numerusform>скасовано після %1 з %n файлів</numerusform>
            <numerusform>скасовано після %1 з %n файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>duplicate of article %1, already in the project</source>
        <translation>дублікат статті %1, яка вже є в проєкті</translation>
    </message>
    <message>
        <source>duplicate of “%1”, already in the project</source>
        <translation>дублікат «%1», що вже є в проєкті</translation>
    </message>
    <message>
        <source>duplicate of %1, earlier in this import</source>
        <translation>дублікат %1, імпортованого раніше в цьому ж імпорті</translation>
    </message>
    <message>
        <source>Claimbench reads %1.</source>
        <translation>Claimbench читає %1.</translation>
    </message>
</context>
<context>
    <name>Claimbench::ImportWorker</name>
    <message>
        <source>Not enough memory to import this file</source>
        <translation>Для імпорту цього файлу не вистачає пам’яті</translation>
    </message>
</context>
<context>
    <name>Claimbench::LibraryPanel</name>
    <message>
        <source>Search articles (Ctrl+K)</source>
        <translation>Шукати статті (Ctrl+K)</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Жоден проєкт не відкрито</translation>
    </message>
    <message>
        <source>No articles match “%1”</source>
        <translation>Жодна стаття не відповідає «%1»</translation>
    </message>
    <message>
        <source>No articles yet</source>
        <translation>Статей ще немає</translation>
    </message>
</context>
<context>
    <name>Claimbench::LinkBar</name>
    <message>
        <source>Lines join claims of the same metric in the two articles</source>
        <translation>Лінії з’єднують твердження з одним показником у двох статтях</translation>
    </message>
</context>
<context>
    <name>Claimbench::MainWindow</name>
    <message>
        <source>The library could not be read.</source>
        <translation>Не вдалося прочитати бібліотеку.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Бібліотека</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;відкрито&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Claim Editor</source>
        <translation>Редактор твердження</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Графік</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Жоден проєкт не відкрито</translation>
    </message>
    <message>
        <source>Exported chart to %1</source>
        <translation>Графік експортовано в %1</translation>
    </message>
    <message>
        <source>The saved window layout could not be read: this is the default one (View › Reset Layout).</source>
        <translation>Не вдалося прочитати збережене компонування вікна: показано типове (Вигляд › Відновити компонування).</translation>
    </message>
    <message>
        <source>Claimbench</source>
        <translation>Claimbench</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>Відкрито «%1».</translation>
    </message>
    <message>
        <source>The change could not be undone or redone.</source>
        <translation>Зміну не вдалося скасувати чи повторити.</translation>
    </message>
    <message>
        <source>Last import: %1</source>
        <translation>Останній імпорт: %1</translation>
    </message>
    <message>
        <source>The claim could not be shown.</source>
        <translation>Не вдалося показати твердження.</translation>
    </message>
    <message>
        <source>Select a claim in the article to tag it.</source>
        <translation>Виберіть твердження в статті, щоб позначити його міткою.</translation>
    </message>
    <message>
        <source>The tags could not be read.</source>
        <translation>Не вдалося прочитати мітки.</translation>
    </message>
    <message>
        <source>%1 — Claimbench</source>
        <translation>%1 — Claimbench</translation>
    </message>
    <message>
        <source>No articles yet — File › Import Files… or drop files here</source>
        <translation>Статей ще немає — Файл › Імпортувати файли… або перетягніть файли сюди</translation>
    </message>
    <message>
        <source>No project open — File › New Project or Open Project</source>
        <translation>Жоден проєкт не відкрито — Файл › Створити проєкт або Відкрити проєкт</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Немає проєкту</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 стаття</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n стаття</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>best %n matches</source>
        <translation>
            <numerusform>%n найкращий збіг</numerusform>
            <numerusform>%n найкращі збіги</numerusform>
            <numerusform>%n найкращих збігів</numerusform>
        </translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 збіг</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n збіг</numerusform>
            <numerusform>%n збіги</numerusform>
            <numerusform>%n збігів</numerusform>
        </translation>
    </message>
    <message>
        <source> — reviewer: status and notes only</source>
        <translation> — рецензент: лише статус і нотатки</translation>
    </message>
    <message>
        <source> — viewer: read-only</source>
        <translation> — глядач: лише читання</translation>
    </message>
    <message>
        <source> — analyst</source>
        <translation> — аналітик</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Порівняння</translation>
    </message>
</context>
<context>
    <name>Claimbench::MarkerLayer</name>
    <message>
        <source>figure as stated</source>
        <translation>число як сказано</translation>
    </message>
    <message>
        <source>approximately</source>
        <translation>приблизно</translation>
    </message>
    <message>
        <source>more than / at least</source>
        <translation>понад / щонайменше</translation>
    </message>
    <message>
        <source>less than / up to</source>
        <translation>менше ніж / до</translation>
    </message>
    <message>
        <source>no as-of date: publication date</source>
        <translation>без дати «станом на»: дата публікації</translation>
    </message>
    <message>
        <source>range (low to high)</source>
        <translation>діапазон (від і до)</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>спірне</translation>
    </message>
    <message>
        <source>false</source>
        <translation>хибне</translation>
    </message>
</context>
<context>
    <name>Claimbench::MarkupBounds</name>
    <message>
        <source>The page has more than %1 tags: too much markup to read</source>
        <translation>Сторінка має понад %1 тегів: забагато розмітки, щоб прочитати</translation>
    </message>
    <message>
        <source>The page&apos;s markup nests too deeply to read (more than %1 elements left open)</source>
        <translation>Розмітка сторінки вкладена надто глибоко, щоб прочитати (понад %1 незакритих елементів)</translation>
    </message>
</context>
<context>
    <name>Claimbench::MetricRepository</name>
    <message>
        <source>A metric needs a name</source>
        <translation>Показник мусить мати назву</translation>
    </message>
    <message>
        <source>There is already a metric called “%1”</source>
        <translation>Показник «%1» уже є</translation>
    </message>
    <message>
        <source>There is no metric named &quot;%1&quot;</source>
        <translation>Немає показника з назвою «%1»</translation>
    </message>
    <message>
        <source>There is no metric %1 in the project</source>
        <translation>У проєкті немає показника %1</translation>
    </message>
</context>
<context>
    <name>Claimbench::Migrations</name>
    <message>
        <source>Could not upgrade the claims</source>
        <translation>Не вдалося оновити твердження</translation>
    </message>
    <message>
        <source>Could not upgrade the project to version %1</source>
        <translation>Не вдалося оновити проєкт до версії %1</translation>
    </message>
    <message>
        <source>The project was saved by a newer Claimbench</source>
        <translation>Проєкт збережено новішою версією Claimbench</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>версія схеми %1</translation>
    </message>
</context>
<context>
    <name>Claimbench::NameListModel</name>
    <message>
        <source>Another spelling of %1</source>
        <translation>Інше написання для %1</translation>
    </message>
</context>
<context>
    <name>Claimbench::OdtReader</name>
    <message>
        <source>The file is not an OpenDocument text: it has no content.xml</source>
        <translation>Файл не є текстом OpenDocument: у ньому немає content.xml</translation>
    </message>
</context>
<context>
    <name>Claimbench::OrphanList</name>
    <message>
        <source>&amp;Place Here</source>
        <translation>&amp;Розмістити тут</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Claims whose quote is no longer in the article&apos;s text</source>
        <translation>Твердження, цитати яких більше немає в тексті статті</translation>
    </message>
    <message>
        <source>Anchor the chosen claim on the text selected in the article</source>
        <translation>Прив’язати вибране твердження до виділеного в статті тексту</translation>
    </message>
    <message>
        <source>1 orphaned claim</source>
        <translation>1 загублене твердження</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned claims</source>
        <translation>
            <numerusform>%n загублене твердження</numerusform>
            <numerusform>%n загублені твердження</numerusform>
            <numerusform>%n загублених тверджень</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Claimbench::PageView</name>
    <message>
        <source>Page %1</source>
        <translation>Сторінка %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The PDF of %1 is encrypted. Password:</source>
        <translation>PDF %1 зашифровано. Пароль:</translation>
    </message>
    <message>
        <source>The password does not open the PDF of %1. Password:</source>
        <translation>Пароль не відкриває PDF %1. Пароль:</translation>
    </message>
    <message>
        <source>this article&apos;s PDF</source>
        <translation>PDF цієї статті</translation>
    </message>
    <message>
        <source>This PDF is encrypted: the page view needs its password. Click here to enter it.</source>
        <translation>Цей PDF зашифровано: перегляд сторінок потребує його пароля. Клацніть тут, щоб його ввести.</translation>
    </message>
</context>
<context>
    <name>Claimbench::PdfReader</name>
    <message>
        <source>The PDF is damaged: its structure cannot be read</source>
        <translation>PDF пошкоджено: його структуру не вдається прочитати</translation>
    </message>
    <message>
        <source>The PDF is encrypted: it needs a password</source>
        <translation>PDF зашифровано: потрібен пароль</translation>
    </message>
    <message>
        <source>The password does not open the PDF</source>
        <translation>Пароль не відкриває PDF</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; Claimbench reads at most %2</source>
        <translation>Сторінок у PDF: %1; Claimbench читає щонайбільше %2</translation>
    </message>
    <message>
        <source>The PDF is damaged: it has no pages</source>
        <translation>PDF пошкоджено: у ньому немає сторінок</translation>
    </message>
    <message>
        <source>Reading the PDF&apos;s text took over %1 s; the file is too complex</source>
        <translation>Читання тексту PDF тривало понад %1 с; файл надто складний</translation>
    </message>
    <message>
        <source>No text layer on any page; OCR is not supported</source>
        <translation>Жодна сторінка не має текстового шару; розпізнавання тексту (OCR) не підтримується</translation>
    </message>
</context>
<context>
    <name>Claimbench::PointTooltip</name>
    <message>
        <source>Unattributed</source>
        <translation>Без джерела</translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>Без видання</translation>
    </message>
    <message>
        <source>published %1 (no as-of date)</source>
        <translation>опубліковано %1 (без дати «станом на»)</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>станом на %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
</context>
<context>
    <name>Claimbench::PostgresDialect</name>
    <message>
        <source>Could not configure the connection to the server</source>
        <translation>Не вдалося налаштувати з’єднання з сервером</translation>
    </message>
    <message>
        <source>Could not read the project&apos;s schema version</source>
        <translation>Не вдалося прочитати версію схеми проєкту</translation>
    </message>
    <message>
        <source>%1 asks for a password</source>
        <translation>%1 вимагає пароль</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>Не вдалося підключитися до %1</translation>
    </message>
    <message>
        <source>The project&apos;s schema version is damaged</source>
        <translation>Версію схеми проєкту пошкоджено</translation>
    </message>
    <message>
        <source>Could not record the project&apos;s schema version</source>
        <translation>Не вдалося записати версію схеми проєкту</translation>
    </message>
    <message>
        <source>Could not lock the project for its upgrade</source>
        <translation>Не вдалося заблокувати проєкт для оновлення</translation>
    </message>
    <message>
        <source>Could not read which role is connected</source>
        <translation>Не вдалося визначити, яка роль підключена</translation>
    </message>
    <message>
        <source>The connection to the server is not open</source>
        <translation>З’єднання з сервером не відкрито</translation>
    </message>
    <message>
        <source>Could not prepare to cancel statements</source>
        <translation>Не вдалося підготуватися до скасування запитів</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>Запит до бази даних не вдався</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Цей користувач</translation>
    </message>
    <message>
        <source>Could not store the search index</source>
        <translation>Не вдалося зберегти пошуковий індекс</translation>
    </message>
    <message>
        <source>%1 is not in the team of this project; a server administrator can run `claimbench-cli server grant &apos;%2&apos; %3 viewer` (or analyst, reviewer: in every project on this server)</source>
        <translation>%1 не входить до команди цього проєкту; адміністратор сервера може виконати `claimbench-cli server grant &apos;%2&apos; %3 viewer` (або analyst, reviewer: у кожному проєкті цього сервера)</translation>
    </message>
</context>
<context>
    <name>Claimbench::Project</name>
    <message>
        <source>%1 is not a Claimbench project</source>
        <translation>%1 — не проєкт Claimbench</translation>
    </message>
    <message>
        <source>an SQLite database of another program</source>
        <translation>база даних SQLite іншої програми</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Claimbench; please update the program</source>
        <translation>%1 збережено новішою версією Claimbench; оновіть програму</translation>
    </message>
    <message>
        <source>schema version %1, this program reads up to %2</source>
        <translation>версія схеми %1, ця програма читає до %2</translation>
    </message>
    <message>
        <source>damaged: table %1 is missing</source>
        <translation>пошкоджено: бракує таблиці %1</translation>
    </message>
    <message>
        <source>There is no project file %1: it was deleted while being opened</source>
        <translation>Файлу проєкту %1 немає: його видалено під час відкриття</translation>
    </message>
    <message>
        <source>The project file %1 is read-only</source>
        <translation>Файл проєкту %1 доступний лише для читання</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; a project needs to write beside it</source>
        <translation>Тека з %1 доступна лише для читання; проєкту потрібно записувати поруч</translation>
    </message>
    <message>
        <source>Cannot create %1: a program still has a project of this name open (its %2 is in use), though the file was deleted or moved; let it finish first</source>
        <translation>Не вдається створити %1: якась програма досі тримає відкритим проєкт з такою назвою (її %2 використовується), хоча файл видалено чи переміщено; спершу дайте їй завершити роботу</translation>
    </message>
    <message>
        <source>Cannot create %1: %2, left by a program that did not close it, could not be moved aside</source>
        <translation>Не вдається створити %1: не вдалося відсунути %2, залишений програмою, яка його не закрила</translation>
    </message>
    <message>
        <source>%1 did not exist, but a program that had a project of this name open left its log files beside it; they were moved aside, not mixed into the new project: %2</source>
        <translation>%1 не існувало, але програма, що тримала відкритим проєкт з такою назвою, залишила поруч свої файли журналу; їх відсунуто, а не змішано з новим проєктом: %2</translation>
    </message>
    <message>
        <source>There is no project file %1</source>
        <translation>Файлу проєкту %1 немає</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder does not exist</source>
        <translation>Не вдається створити %1: його теки не існує</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder is read-only</source>
        <translation>Не вдається створити %1: його тека доступна лише для читання</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>не файл</translation>
    </message>
    <message>
        <source>%1 was upgraded from schema version %2 to %3 for this Claimbench; older builds can no longer open it</source>
        <translation>%1 оновлено з версії схеми %2 до %3 для цієї версії Claimbench; старіші збірки більше не зможуть його відкрити</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Не вдається створити %1</translation>
    </message>
    <message>
        <source>Could not create the project %1</source>
        <translation>Не вдалося створити проєкт %1</translation>
    </message>
    <message>
        <source>%1 was saved by an older Claimbench and is opened read-only here; open it once for writing (any command that changes it) to upgrade it</source>
        <translation>%1 збережено старішою версією Claimbench, і тут його відкрито лише для читання; відкрийте його один раз для запису (будь-якою командою, що його змінює), щоб оновити</translation>
    </message>
    <message>
        <source>schema version %1, this program reads %2 to %3 without upgrading</source>
        <translation>версія схеми %1, ця програма без оновлення читає версії від %2 до %3</translation>
    </message>
    <message>
        <source>Could not open the project %1</source>
        <translation>Не вдалося відкрити проєкт %1</translation>
    </message>
    <message>
        <source>The project file %1 was replaced or deleted while it was open</source>
        <translation>Файл проєкту %1 замінено чи видалено, поки його було відкрито</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Не вдається зберегти копію в %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>це тека</translation>
    </message>
    <message>
        <source>it is the project being copied</source>
        <translation>це і є проєкт, який копіюється</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>це не звичайний файл</translation>
    </message>
    <message>
        <source>%1 is beside it: another program may have it open, or its last write was interrupted; open it in Claimbench once, or choose another name</source>
        <translation>поруч лежить %1: можливо, його відкрила інша програма або останній запис перервано; відкрийте його один раз у Claimbench або виберіть іншу назву</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1</source>
        <translation>Не вдається зберегти копію в %1</translation>
    </message>
    <message>
        <source>This Claimbench cannot reach a team server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>Цей Claimbench не може підключитися до командного сервера: драйвер PostgreSQL для Qt не встановлено (пакет Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the database holds another program&apos;s tables</source>
        <translation>база даних містить таблиці іншої програми</translation>
    </message>
    <message>
        <source>There is no Claimbench project in %1 yet: the database is empty (claimbench-cli server init makes one)</source>
        <translation>У %1 ще немає проєкту Claimbench: база даних порожня (claimbench-cli server init створює його)</translation>
    </message>
</context>
<context>
    <name>Claimbench::ProjectController</name>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Не вдалося відкрити «%1».</translation>
    </message>
    <message>
        <source>Could not create “%1”.</source>
        <translation>Не вдалося створити «%1».</translation>
    </message>
    <message>
        <source>The existing file could not be replaced.</source>
        <translation>Не вдалося замінити наявний файл.</translation>
    </message>
    <message>
        <source>The file no longer exists; it has been removed from Open Recent.</source>
        <translation>Файлу більше немає; його вилучено зі списку недавніх.</translation>
    </message>
</context>
<context>
    <name>Claimbench::ProjectCopy</name>
    <message numerus="yes">
        <source>%1 is not empty (%n rows): a project is copied only into a new file or an empty database</source>
        <translation>
            <numerusform>%1 не порожня (%n рядок): проєкт копіюється лише в новий файл або порожню базу даних</numerusform>
            <numerusform>%1 не порожня (%n рядки): проєкт копіюється лише в новий файл або порожню базу даних</numerusform>
            <numerusform>%1 не порожня (%n рядків): проєкт копіюється лише в новий файл або порожню базу даних</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists: a project is copied only into a new file (or an empty database on a server)</source>
        <translation>%1 вже існує: проєкт копіюється лише в новий файл (або в порожню базу даних на сервері)</translation>
    </message>
    <message>
        <source>Cannot copy to %1: its folder does not exist</source>
        <translation>Неможливо скопіювати до %1: його теки не існує</translation>
    </message>
    <message>
        <source>%1 appeared while the copy was made; the copy was not kept</source>
        <translation>%1 з’явився під час копіювання; копію не збережено</translation>
    </message>
    <message>
        <source>Cannot copy to %1</source>
        <translation>Неможливо скопіювати до %1</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written</source>
        <translation>Копіювання скасовано; нічого не записано</translation>
    </message>
    <message>
        <source>The source and destination projects have different tables; open each once with this Claimbench to upgrade it, then copy again</source>
        <translation>Вихідний і цільовий проєкти мають різні таблиці; відкрийте кожен із них один раз цим Claimbench, щоб оновити, і скопіюйте знову</translation>
    </message>
    <message>
        <source>Could not copy the rows of %1</source>
        <translation>Не вдалося скопіювати рядки %1</translation>
    </message>
    <message>
        <source>only the source has %1</source>
        <translation>лише вихідний проєкт має %1</translation>
    </message>
    <message>
        <source>only the destination has %1</source>
        <translation>лише цільовий проєкт має %1</translation>
    </message>
    <message>
        <source>only the source&apos;s %1 has %2</source>
        <translation>лише %1 вихідного проєкту має %2</translation>
    </message>
    <message>
        <source>only the destination&apos;s %1 has %2</source>
        <translation>лише %1 цільового проєкту має %2</translation>
    </message>
    <message>
        <source>Could not read the rows of %1</source>
        <translation>Не вдалося прочитати рядки %1</translation>
    </message>
    <message>
        <source>Could not copy every row of %1</source>
        <translation>Не вдалося скопіювати всі рядки %1</translation>
    </message>
    <message>
        <source>%1 rows counted, %2 copied</source>
        <translation>рядків пораховано: %1, скопійовано: %2</translation>
    </message>
    <message>
        <source>Could not read %1: the connection to its server failed; nothing was written to %2</source>
        <translation>Не вдалося прочитати %1: з’єднання з його сервером перервалося; до %2 нічого не записано</translation>
    </message>
</context>
<context>
    <name>Claimbench::ProjectLocation</name>
    <message>
        <source>this computer</source>
        <translation>цьому комп’ютері</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A team project: &quot;war on db.example.org&quot; (the database, then the server&apos;s host name).</extracomment>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>Claimbench::ProjectSession</name>
    <message>
        <source>Create claim</source>
        <translation>створення твердження</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>видалення твердження</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claims</source>
        <translation>
            <numerusform>видалення %n твердження</numerusform>
            <numerusform>видалення %n тверджень</numerusform>
            <numerusform>видалення %n тверджень</numerusform>
        </translation>
    </message>
    <message>
        <source>Create metric “%1”</source>
        <translation>створення показника «%1»</translation>
    </message>
    <message>
        <source>Create claimant “%1”</source>
        <translation>створення джерела «%1»</translation>
    </message>
    <message>
        <source>Add alias “%1” to “%2”</source>
        <translation>додавання написання «%1» до «%2»</translation>
    </message>
    <message>
        <source>Use claimant “%1”</source>
        <translation>вибір джерела «%1»</translation>
    </message>
    <message>
        <source>Merge claimant “%1” into “%2”</source>
        <translation>об’єднання джерела «%1» з «%2»</translation>
    </message>
    <message>
        <source>Create tag “%1”</source>
        <translation>створення мітки «%1»</translation>
    </message>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation>перейменування мітки «%1» на «%2»</translation>
    </message>
    <message>
        <source>Recolor tag “%1”</source>
        <translation>зміна кольору мітки «%1»</translation>
    </message>
    <message>
        <source>Move tag “%1”</source>
        <translation>переміщення мітки «%1»</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>видалення мітки «%1»</translation>
    </message>
</context>
<context>
    <name>Claimbench::ReaderActions</name>
    <message>
        <source>Show &amp;Page</source>
        <translation>Показувати с&amp;торінку</translation>
    </message>
    <message>
        <source>Show the PDF page beside the text of an article read from a PDF</source>
        <translation>Показувати сторінку PDF поруч із текстом статті, прочитаної з PDF</translation>
    </message>
    <message>
        <source>&amp;Create Claim from Selection</source>
        <translation>Створити &amp;твердження з виділеного</translation>
    </message>
    <message>
        <source>Create Claim</source>
        <translation>Створити твердження</translation>
    </message>
    <message>
        <source>Mark the selected text as a claim, pre-filled from its figure</source>
        <translation>Позначити виділений текст як твердження, заповнене з його числа</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>П&amp;рийняти пропозицію</translation>
    </message>
    <message>
        <source>Make the underlined figure at the caret a claim</source>
        <translation>Зробити підкреслене число біля курсора твердженням</translation>
    </message>
    <message>
        <source>&amp;Set Claim to Selection</source>
        <translation>Пере&amp;нести твердження на виділене</translation>
    </message>
    <message>
        <source>Move the selected claim&apos;s boundaries to the selected text</source>
        <translation>Перенести межі вибраного твердження на виділений текст</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Видалити твердження</translation>
    </message>
    <message>
        <source>Ne&amp;xt Claim or Suggestion</source>
        <translation>Н&amp;аступне твердження чи пропозиція</translation>
    </message>
    <message>
        <source>Go to the article&apos;s next claim or underlined figure</source>
        <translation>Перейти до наступного твердження чи підкресленого числа статті</translation>
    </message>
    <message>
        <source>Previo&amp;us Claim or Suggestion</source>
        <translation>Попере&amp;днє твердження чи пропозиція</translation>
    </message>
    <message>
        <source>Go to the article&apos;s previous claim or underlined figure</source>
        <translation>Перейти до попереднього твердження чи підкресленого числа статті</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Знайти в статті…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Зн&amp;айти далі</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Знайти п&amp;опереднє</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Звичайний розмір</translation>
    </message>
    <message>
        <source>&amp;Left Pane</source>
        <translation>&amp;Ліва панель</translation>
    </message>
    <message>
        <source>&amp;Right Pane</source>
        <translation>&amp;Права панель</translation>
    </message>
    <message>
        <source>&amp;Synchronized Scrolling</source>
        <translation>&amp;Синхронне прокручування</translation>
    </message>
    <message>
        <source>Scroll both articles together, paragraph by paragraph</source>
        <translation>Прокручувати обидві статті разом, абзац за абзацом</translation>
    </message>
    <message>
        <source>Show &amp;Suggestions</source>
        <translation>Показувати пропози&amp;ції</translation>
    </message>
    <message>
        <source>Underline the figures the extractor found</source>
        <translation>Підкреслювати числа, знайдені засобом видобування</translation>
    </message>
    <message>
        <source>%1  (no tag)</source>
        <translation>%1  (без мітки)</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Мітка</translation>
    </message>
</context>
<context>
    <name>Claimbench::ReaderPane</name>
    <message>
        <source>The article&apos;s pages could not be read.</source>
        <translation>Не вдалося прочитати сторінки статті.</translation>
    </message>
    <message>
        <source>Choose an article…</source>
        <translation>Виберіть статтю…</translation>
    </message>
    <message>
        <source>Choose an article above or in the library.</source>
        <translation>Виберіть статтю вгорі або в бібліотеці.</translation>
    </message>
    <message>
        <source>Place orphaned claim</source>
        <translation>розміщення загубленого твердження</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>Не вдалося прочитати статтю.</translation>
    </message>
    <message>
        <source>The article&apos;s claims could not be read.</source>
        <translation>Не вдалося прочитати твердження статті.</translation>
    </message>
    <message>
        <source>No further claim or suggestion in this article.</source>
        <translation>Далі в цій статті немає тверджень чи пропозицій.</translation>
    </message>
    <message>
        <source>No figure at the caret: select the words of a claim to make one.</source>
        <translation>Біля курсора немає числа: щоб створити твердження, виділіть його слова.</translation>
    </message>
    <message>
        <source>The selection holds no figure: no claim was made.</source>
        <translation>У виділенні немає числа: твердження не створено.</translation>
    </message>
    <message>
        <source>No earlier claim or suggestion in this article.</source>
        <translation>Раніше в цій статті немає тверджень чи пропозицій.</translation>
    </message>
    <message>
        <source>The claim could not be created.</source>
        <translation>Не вдалося створити твердження.</translation>
    </message>
    <message>
        <source>The tags could not be read.</source>
        <translation>Не вдалося прочитати мітки.</translation>
    </message>
    <message>
        <source>The tag could not be read.</source>
        <translation>Не вдалося прочитати мітку.</translation>
    </message>
    <message>
        <source>Tag claim “%1”</source>
        <translation>позначення твердження міткою «%1»</translation>
    </message>
    <message>
        <source>The claim could not be tagged.</source>
        <translation>Не вдалося позначити твердження міткою.</translation>
    </message>
    <message>
        <source>Move claim boundary</source>
        <translation>перенесення межі твердження</translation>
    </message>
    <message>
        <source>The claim could not be moved.</source>
        <translation>Не вдалося перенести твердження.</translation>
    </message>
    <message>
        <source>The claim could not be deleted.</source>
        <translation>Не вдалося видалити твердження.</translation>
    </message>
</context>
<context>
    <name>Claimbench::ReaderRegistry</name>
    <message>
        <source>Not a format Claimbench reads (%1)</source>
        <translation>Цей формат Claimbench не читає (%1)</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Файл порожній</translation>
    </message>
    <message>
        <source>The file holds no article text</source>
        <translation>У файлі немає тексту статті</translation>
    </message>
    <message>
        <source>The file&apos;s text is binary data, not text</source>
        <translation>Текст файлу — двійкові дані, а не текст</translation>
    </message>
</context>
<context>
    <name>Claimbench::RowAuthor</name>
    <message>
        <source>changed by another program</source>
        <translation>змінено іншою програмою</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>змінено користувачем %1</translation>
    </message>
    <message>
        <source>changed by another program at %1</source>
        <translation>змінено іншою програмою (%1)</translation>
    </message>
    <message>
        <source>changed by %1 at %2</source>
        <translation>змінено користувачем %1 (%2)</translation>
    </message>
    <message>
        <source>its %1 is now %2, this step would make it %3</source>
        <translation>поле «%1» тепер %2, цей крок зробив би його %3</translation>
    </message>
    <message>
        <source>its %1 is now %2</source>
        <translation>поле «%1» тепер %2</translation>
    </message>
</context>
<context>
    <name>Claimbench::RtfReader</name>
    <message>
        <source>The RTF nests groups too deeply</source>
        <translation>У RTF групи вкладено надто глибоко</translation>
    </message>
    <message>
        <source>The file is not RTF: it does not start with {\rtf</source>
        <translation>Файл не є RTF: він не починається з {\rtf</translation>
    </message>
</context>
<context>
    <name>Claimbench::SaveTarget</name>
    <message>
        <source>Will not write %1: it exists and is not a regular file</source>
        <translation>%1 не буде записано: він існує і не є звичайним файлом</translation>
    </message>
    <message>
        <source>Will not write %1: it is a Claimbench project or SQLite database, which the export would replace</source>
        <translation>%1 не буде записано: це проєкт Claimbench або база даних SQLite, яку експорт замінив би</translation>
    </message>
</context>
<context>
    <name>Claimbench::SeriesBuilder</name>
    <message>
        <source>Unattributed</source>
        <translation>Без джерела</translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>Без видання</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Без мітки</translation>
    </message>
    <message>
        <source>The chart&apos;s build was cancelled</source>
        <translation>Побудову графіка скасовано</translation>
    </message>
    <message>
        <source>Unknown analyst</source>
        <translation>Невідомий аналітик</translation>
    </message>
</context>
<context>
    <name>Claimbench::ServerAddress</name>
    <message>
        <source>%1 is not a valid server address: %2</source>
        <translation>%1 — неправильна адреса сервера: %2</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>вона має починатися з postgresql://</translation>
    </message>
    <message>
        <source>a fragment (#) is not part of a server address</source>
        <translation>фрагмент (#) не є частиною адреси сервера</translation>
    </message>
    <message>
        <source>a password does not belong in the address; put it in ~/.pgpass or in the file that PGPASSFILE names</source>
        <translation>паролю не місце в адресі; вкажіть його в ~/.pgpass або у файлі, який називає PGPASSFILE</translation>
    </message>
    <message>
        <source>the user name has a bad %-escape</source>
        <translation>ім’я користувача містить неправильну %-послідовність</translation>
    </message>
    <message>
        <source>several hosts are not supported; give one</source>
        <translation>кілька хостів не підтримуються; вкажіть один</translation>
    </message>
    <message>
        <source>an IPv6 address in [ ] is not closed</source>
        <translation>адресу IPv6 у [ ] не закрито</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>«%1» — не адреса IPv6</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>неочікуваний текст після адреси IPv6</translation>
    </message>
    <message>
        <source>the port after &apos;:&apos; is missing</source>
        <translation>бракує порту після «:»</translation>
    </message>
    <message>
        <source>the host has a bad %-escape</source>
        <translation>хост містить неправильну %-послідовність</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>«%1» — не ім’я хоста</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1 to 65535)</source>
        <translation>«%1» — не порт (від 1 до 65535)</translation>
    </message>
    <message>
        <source>the database name has a bad %-escape</source>
        <translation>назва бази даних містить неправильну %-послідовність</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no value</source>
        <translation>параметр «%1» не має значення</translation>
    </message>
    <message>
        <source>the value of %1 has a bad %-escape</source>
        <translation>значення %1 містить неправильну %-послідовність</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 вказано двічі</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or socket folder</source>
        <translation>«%1» — не ім’я хоста і не тека сокета</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of disable, allow, prefer, require, verify-ca, verify-full</source>
        <translation>sslmode «%1» не є одним із disable, allow, prefer, require, verify-ca, verify-full</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported (only host, port and sslmode are)</source>
        <translation>параметр «%1» не підтримується (підтримуються лише host, port і sslmode)</translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://host/DATABASE)</source>
        <translation>бракує назви бази даних (postgresql://host/DATABASE)</translation>
    </message>
</context>
<context>
    <name>Claimbench::ServerAdmin</name>
    <message>
        <source>&quot;%1&quot; is not a role name</source>
        <translation>«%1» — не назва ролі</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s catalog</source>
        <translation>Не вдалося прочитати каталог сервера</translation>
    </message>
    <message>
        <source>Could not grant the team roles their rights</source>
        <translation>Не вдалося надати командним ролям їхні права</translation>
    </message>
    <message>
        <source>There is no role %1 on the server: create it first (CREATE ROLE %1 LOGIN PASSWORD &apos;...&apos;)</source>
        <translation>На сервері немає ролі %1: спочатку створіть її (CREATE ROLE %1 LOGIN PASSWORD &apos;...&apos;)</translation>
    </message>
    <message>
        <source>Could not create the role %1</source>
        <translation>Не вдалося створити роль %1</translation>
    </message>
    <message>
        <source>created the group role %1</source>
        <translation>створено групову роль %1</translation>
    </message>
    <message>
        <source>Could not create the database %1</source>
        <translation>Не вдалося створити базу даних %1</translation>
    </message>
    <message>
        <source>created the database %1, owned by %2</source>
        <translation>створено базу даних %1, власник — %2</translation>
    </message>
    <message>
        <source>%1 is not a Claimbench project</source>
        <translation>%1 — не проєкт Claimbench</translation>
    </message>
    <message>
        <source>the database holds another program&apos;s tables</source>
        <translation>база даних містить таблиці іншої програми</translation>
    </message>
    <message>
        <source>The project&apos;s tables in %1 belong to %2, not %3: run server init with --admin %2</source>
        <translation>Таблиці проєкту в %1 належать %2, а не %3: запустіть server init з --admin %2</translation>
    </message>
    <message>
        <source>Could not prepare the database %1</source>
        <translation>Не вдалося підготувати базу даних %1</translation>
    </message>
    <message>
        <source>Could not act as %1: run server init as a superuser or as %1</source>
        <translation>Не вдалося діяти від імені %1: запустіть server init від імені суперкористувача або %1</translation>
    </message>
    <message>
        <source>built the project&apos;s tables (schema version %1)</source>
        <translation>створено таблиці проєкту (версія схеми %1)</translation>
    </message>
    <message>
        <source>upgraded the project from schema version %1 to %2</source>
        <translation>проєкт оновлено з версії схеми %1 до %2</translation>
    </message>
    <message>
        <source>gave analysts, reviewers and viewers their rights in %1</source>
        <translation>аналітикам, рецензентам і глядачам надано їхні права в %1</translation>
    </message>
    <message>
        <source>The server has no team roles yet: run claimbench-cli server init first</source>
        <translation>На сервері ще немає командних ролей: спочатку запустіть claimbench-cli server init</translation>
    </message>
    <message>
        <source>%1 is one of the team roles itself</source>
        <translation>%1 сама є однією з командних ролей</translation>
    </message>
    <message>
        <source>%1 is a superuser: the server lets it do everything, whatever its team role</source>
        <translation>%1 — суперкористувач: сервер дозволяє йому все, незалежно від командної ролі</translation>
    </message>
    <message>
        <source>%1 owns the project&apos;s tables in %2: an owner may do everything, whatever its team role</source>
        <translation>%1 володіє таблицями проєкту в %2: власник може все, незалежно від командної ролі</translation>
    </message>
    <message>
        <source>Could not change the team role of %1</source>
        <translation>Не вдалося змінити командну роль %1</translation>
    </message>
    <message>
        <source>an analyst</source>
        <translation>аналітик</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>рецензент</translation>
    </message>
    <message>
        <source>a viewer</source>
        <translation>глядач</translation>
    </message>
    <message>
        <source>%1 is not set up for a team yet: run `claimbench-cli server init &apos;%1&apos; --admin ROLE` first</source>
        <translation>%1 ще не налаштовано для команди: спершу виконайте `claimbench-cli server init &apos;%1&apos; --admin ROLE`</translation>
    </message>
    <message>
        <source>%1 is now %2 in every project on this server</source>
        <translation>%1 тепер %2 у кожному проєкті цього сервера</translation>
    </message>
    <message>
        <source>%1 is no longer %2 in any project on this server</source>
        <translation>%1 більше не %2 у жодному проєкті цього сервера</translation>
    </message>
    <message>
        <source>%1 has no access to this project; a server administrator can run `claimbench-cli server grant &apos;%2&apos; %1 viewer` (or analyst, reviewer: in every project on this server)</source>
        <translation>%1 не має доступу до цього проєкту; адміністратор сервера може виконати `claimbench-cli server grant &apos;%2&apos; %1 viewer` (або analyst, reviewer: у кожному проєкті цього сервера)</translation>
    </message>
    <message>
        <source>%1 has no access to this project, which is not set up for a team yet; a server administrator can run `claimbench-cli server init &apos;%2&apos; --admin %3`, then `claimbench-cli server grant &apos;%2&apos; %1 viewer` (or analyst, reviewer: in every project on this server)</source>
        <translation>%1 не має доступу до цього проєкту, бо його ще не налаштовано для команди; адміністратор сервера може виконати `claimbench-cli server init &apos;%2&apos; --admin %3`, а потім `claimbench-cli server grant &apos;%2&apos; %1 viewer` (або analyst, reviewer: у кожному проєкті цього сервера)</translation>
    </message>
</context>
<context>
    <name>Claimbench::ServerLogin</name>
    <message>
        <source>No password was given for %1</source>
        <translation>Для %1 не введено пароля</translation>
    </message>
</context>
<context>
    <name>Claimbench::ServerPasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Пароль до %1</translation>
    </message>
    <message>
        <source>The team server asks for the password of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Командний сервер просить пароль користувача &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The server refused that password (attempt %1 of %2).</source>
        <translation>Сервер не прийняв цей пароль (спроба %1 з %2).</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Kept in memory until Claimbench quits, never saved. To be asked no more, put it in ~/.pgpass.</source>
        <translation>Зберігається лише в пам’яті до закриття Claimbench і ніде не записується. Щоб пароль більше не питали, додайте його до ~/.pgpass.</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Увійти</translation>
    </message>
</context>
<context>
    <name>Claimbench::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Вікно</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Search actions, menus or keys</source>
        <translation>Шукати дії, меню чи клавіші</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
</context>
<context>
    <name>Claimbench::Sql</name>
    <message>
        <source>The project file %1 was replaced or deleted while it was open: this change was not saved, and nothing was written to the file now at that path</source>
        <translation>Файл проєкту %1 замінено чи видалено, поки його було відкрито: цю зміну не збережено, і у файл, що тепер лежить за цим шляхом, нічого не записано</translation>
    </message>
    <message>
        <source>The project %1 was opened read-only; nothing was written</source>
        <translation>Проєкт %1 відкрито лише для читання; нічого не записано</translation>
    </message>
    <message>
        <source>The project is closed or was opened in another thread</source>
        <translation>Проєкт закрито або відкрито в іншому потоці</translation>
    </message>
    <message>
        <source>The project database could not be opened</source>
        <translation>Не вдалося відкрити базу даних проєкту</translation>
    </message>
    <message>
        <source>The project is locked by another program</source>
        <translation>Проєкт заблоковано іншою програмою</translation>
    </message>
    <message>
        <source>Could not write the project %1: the disk is full or refuses more data</source>
        <translation>Не вдалося записати проєкт %1: диск заповнено або він не приймає більше даних</translation>
    </message>
    <message>
        <source>A database statement could not be prepared</source>
        <translation>Не вдалося підготувати запит до бази даних</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>Запит до бази даних не вдався</translation>
    </message>
    <message>
        <source>There is no article %1 in the project</source>
        <translation>У проєкті немає статті %1</translation>
    </message>
    <message>
        <source>There is no claim %1 in the project</source>
        <translation>У проєкті немає твердження %1</translation>
    </message>
    <message>
        <source>There is no claimant %1 in the project</source>
        <translation>У проєкті немає джерела %1</translation>
    </message>
    <message>
        <source>There is no alias of claimant %1 in the project</source>
        <translation>У проєкті немає такого написання джерела %1</translation>
    </message>
    <message>
        <source>There is no metric %1 in the project</source>
        <translation>У проєкті немає показника %1</translation>
    </message>
    <message>
        <source>There is no tag %1 in the project</source>
        <translation>У проєкті немає мітки %1</translation>
    </message>
    <message>
        <source>Could not start writing to the project</source>
        <translation>Не вдалося почати запис у проєкт</translation>
    </message>
    <message>
        <source>Could not save to the project</source>
        <translation>Не вдалося зберегти в проєкт</translation>
    </message>
    <message>
        <source>The connection to the team server was lost; Claimbench reconnects for the next step. Check that this change was saved</source>
        <translation>З’єднання з командним сервером втрачено; Claimbench підключиться знову для наступного кроку. Перевірте, чи цю зміну збережено</translation>
    </message>
    <message>
        <source>Your role on the team server may not do this (if it did before, an administrator changed it: open the project again to see what it may do)</source>
        <translation>Ваша роль на командному сервері не дозволяє цього (якщо раніше дозволяла, її змінив адміністратор: відкрийте проєкт знову, щоб побачити, що їй дозволено)</translation>
    </message>
</context>
<context>
    <name>Claimbench::SqliteDialect</name>
    <message>
        <source>Could not configure the project database</source>
        <translation>Не вдалося налаштувати базу даних проєкту</translation>
    </message>
    <message>
        <source>The project&apos;s connection is not open</source>
        <translation>З’єднання з проєктом не відкрите</translation>
    </message>
    <message>
        <source>The file is not a readable SQLite database</source>
        <translation>Файл не є придатною для читання базою даних SQLite</translation>
    </message>
    <message>
        <source>The project is locked by another program</source>
        <translation>Проєкт заблоковано іншою програмою</translation>
    </message>
    <message>
        <source>Could not switch the project to WAL mode</source>
        <translation>Не вдалося перевести проєкт у режим WAL</translation>
    </message>
    <message>
        <source>The project file does not support WAL mode</source>
        <translation>Файл проєкту не підтримує режим WAL</translation>
    </message>
    <message>
        <source>Could not write the project file</source>
        <translation>Не вдалося записати файл проєкту</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>Не вдалося прочитати %1</translation>
    </message>
    <message>
        <source>%1 is not a Claimbench project</source>
        <translation>%1 — не проєкт Claimbench</translation>
    </message>
    <message>
        <source>no SQLite 3 header</source>
        <translation>немає заголовка SQLite 3</translation>
    </message>
    <message>
        <source>damaged header (page size %1)</source>
        <translation>пошкоджений заголовок (розмір сторінки %1)</translation>
    </message>
    <message>
        <source>truncated or damaged (%1 bytes is not a whole number of %2-byte pages)</source>
        <translation>обрізаний чи пошкоджений (%1 байтів — не ціла кількість сторінок по %2 байтів)</translation>
    </message>
    <message>
        <source>truncated (%1 of %2 bytes)</source>
        <translation>обрізаний (%1 з %2 байтів)</translation>
    </message>
    <message>
        <source>Could not read the project&apos;s statistics</source>
        <translation>Не вдалося прочитати статистику проєкту</translation>
    </message>
    <message>
        <source>A database statement could not be prepared</source>
        <translation>Не вдалося підготувати запит до бази даних</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>Запит до бази даних не вдався</translation>
    </message>
    <message>
        <source>Could not read the project</source>
        <translation>Не вдалося прочитати проєкт</translation>
    </message>
    <message>
        <source>Could not create the copy</source>
        <translation>Не вдалося створити копію</translation>
    </message>
    <message>
        <source>Could not start the copy</source>
        <translation>Не вдалося почати копіювання</translation>
    </message>
    <message>
        <source>The copy was cancelled</source>
        <translation>Копіювання скасовано</translation>
    </message>
    <message>
        <source>Could not write the copy</source>
        <translation>Не вдалося записати копію</translation>
    </message>
</context>
<context>
    <name>Claimbench::TagPanel</name>
    <message>
        <source>Color of “%1”</source>
        <translation>Колір «%1»</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Додати мітку</translation>
    </message>
    <message>
        <source>Add Child Tag</source>
        <translation>Додати вкладену</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <source>Color…</source>
        <translation>Колір…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Нова мітка</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Жоден проєкт не відкрито</translation>
    </message>
    <message>
        <source>No tags yet: Add Tag makes one</source>
        <translation>Міток ще немає: створіть її кнопкою «Додати мітку»</translation>
    </message>
    <message>
        <source>The tags could not be read or changed.</source>
        <translation>Не вдалося прочитати чи змінити мітки.</translation>
    </message>
    <message>
        <source>Connection to the server lost — reconnecting…</source>
        <translation>З&apos;єднання з сервером втрачено — повторне підключення…</translation>
    </message>
</context>
<context>
    <name>Claimbench::TagRepository</name>
    <message>
        <source>There is no tag %1 in the project</source>
        <translation>У проєкті немає мітки %1</translation>
    </message>
    <message>
        <source>Could not reorder the tags</source>
        <translation>Не вдалося змінити порядок міток</translation>
    </message>
    <message>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>color</source>
        <translation>колір</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>батьківська мітка</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>мітка %1</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>верхній рівень</translation>
    </message>
    <message>
        <source>The claims of a removed tag cannot stay on it</source>
        <translation>Твердження вилученої мітки не можуть на ній залишатися</translation>
    </message>
    <message>
        <source>claim %1 was deleted</source>
        <translation>твердження %1 видалено</translation>
    </message>
    <message>
        <source>claim %1 now has %2</source>
        <translation>твердження %1 тепер має: %2</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>без мітки</translation>
    </message>
    <message>
        <source>tag %1 was deleted</source>
        <translation>мітку %1 видалено</translation>
    </message>
    <message>
        <source>tag %1 is now under %2</source>
        <translation>мітка %1 тепер під: %2</translation>
    </message>
    <message>
        <source>A tag cannot be moved into itself</source>
        <translation>Мітку не можна перемістити в саму себе</translation>
    </message>
    <message>
        <source>it now tags claim %1</source>
        <translation>нею тепер позначено твердження %1</translation>
    </message>
    <message>
        <source>it now tags claims %1</source>
        <translation>нею тепер позначено твердження %1</translation>
    </message>
    <message>
        <source>it is now the parent of tag %1</source>
        <translation>вона тепер батьківська для мітки %1</translation>
    </message>
    <message>
        <source>it is now the parent of tags %1</source>
        <translation>вона тепер батьківська для міток %1</translation>
    </message>
    <message>
        <source>Tag %1 was used by another program since this step: %2; this step would delete it. Nothing was changed</source>
        <translation>Мітку %1 використала інша програма після цього кроку: %2; цей крок видалив би її. Нічого не змінено</translation>
    </message>
    <message>
        <source>Only a tag with an id can be put back</source>
        <translation>Повернути можна лише мітку з ідентифікатором</translation>
    </message>
    <message>
        <source>There is already a tag %1</source>
        <translation>Мітка %1 уже є</translation>
    </message>
    <message>
        <source>Tag %1 “%2” cannot be put back: another program changed what deleting it left: %3. Nothing was changed</source>
        <translation>Мітку %1 «%2» не можна повернути: інша програма змінила те, що залишилося після її видалення: %3. Нічого не змінено</translation>
    </message>
    <message>
        <source>this step would delete it</source>
        <translation>цей крок видалив би його</translation>
    </message>
    <message>
        <source>Tag %1 was %2 since this step: %3. Nothing was changed</source>
        <translation>Мітку %1 після цього кроку %2: %3. Нічого не змінено</translation>
    </message>
    <message>
        <source>Tag %1 was changed by another program while this step was written. Nothing was changed</source>
        <translation>Мітку %1 змінила інша програма, поки записувався цей крок. Нічого не змінено</translation>
    </message>
</context>
<context>
    <name>Claimbench::TagTreeModel</name>
    <message>
        <source>Press %1 to apply this tag to the selected claim</source>
        <translation>Натисніть %1, щоб застосувати цю мітку до вибраного твердження</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <source>The number of claims with this tag</source>
        <translation>Кількість тверджень з цією міткою</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавіша</translation>
    </message>
</context>
<context>
    <name>Claimbench::UserGuideDialog</name>
    <message>
        <source>Claimbench User Guide</source>
        <translation>Посібник користувача Claimbench</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>У цій збірці немає посібника користувача.</translation>
    </message>
</context>
<context>
    <name>Claimbench::WindowActions</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Створити проєкт…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Створити порожній файл проєкту</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Відкрити файл проєкту</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Закрити проєкт</translation>
    </message>
    <message>
        <source>Close the project; the next start opens none</source>
        <translation>Закрити проєкт; наступний запуск не відкриє жодного</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Імпортувати файли…</translation>
    </message>
    <message>
        <source>Add saved web pages, text, Markdown, PDF or documents</source>
        <translation>Додати збережені вебсторінки, текст, Markdown, PDF чи документи</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Імпортувати &amp;теку…</translation>
    </message>
    <message>
        <source>Add every article in a folder and its subfolders</source>
        <translation>Додати всі статті з теки та її підтек</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>&amp;Шукати в бібліотеці</translation>
    </message>
    <message>
        <source>&amp;Focus Next Panel</source>
        <translation>&amp;Наступна панель</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel</source>
        <translation>Перевести фокус клавіатури на наступну панель</translation>
    </message>
    <message>
        <source>Focus Pre&amp;vious Panel</source>
        <translation>Попе&amp;редня панель</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>Перевести фокус клавіатури на попередню панель</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>Експортувати &amp;графік…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>Зберегти графік як PNG чи SVG</translation>
    </message>
    <message>
        <source>Export C&amp;laims…</source>
        <translation>&amp;Експортувати твердження…</translation>
    </message>
    <message>
        <source>Save the claims listed in the table as CSV or JSON</source>
        <translation>Зберегти твердження з таблиці як CSV чи JSON</translation>
    </message>
    <message>
        <source>&amp;About Claimbench</source>
        <translation>Пр&amp;о Claimbench</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Claima&amp;nts…</source>
        <translation>&amp;Джерела тверджень…</translation>
    </message>
    <message>
        <source>Add another spelling of a claimant, or merge two claimants that are one</source>
        <translation>Додати інше написання джерела або об’єднати два джерела, що є одним</translation>
    </message>
    <message>
        <source>Rese&amp;t Layout</source>
        <translation>Відновити &amp;компонування</translation>
    </message>
    <message>
        <source>Put the panels back where and as large as a first start has them</source>
        <translation>Повернути панелям місце і розмір, як під час першого запуску</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>Save Cop&amp;y As…</source>
        <translation>Зберегти &amp;копію як…</translation>
    </message>
    <message>
        <source>Save a copy of the project, as it is now, to another file</source>
        <translation>Зберегти копію проєкту в поточному стані в інший файл</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <source>How to import, read, tag, tabulate and chart: the analyst&apos;s day</source>
        <translation>Як імпортувати, читати, позначати, зводити в таблицю та будувати графіки: день аналітика</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Every action that has a key, and its key</source>
        <translation>Кожна дія, що має клавішу, і її клавіша</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Читання</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Відкрити &amp;недавній</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Зміни</translation>
    </message>
    <message>
        <source>Apply &amp;Tag</source>
        <translation>Застосувати м&amp;ітку</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Мітки</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Claimbench %1&lt;/h3&gt;&lt;p&gt;A workbench for analysts who track the numbers in the news: load articles, read them side by side, tag the figures they claim, and chart them over time.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (runtime %3), %4 %5, Boost.Locale %6 with ICU, and Gumbo for saved web pages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Claimbench %1&lt;/h3&gt;&lt;p&gt;Робоче місце аналітика, який стежить за числами в новинах: завантажуйте статті, читайте їх поруч, позначайте числа, які в них стверджуються, і будуйте графіки їх зміни в часі.&lt;/p&gt;&lt;p&gt;Зібрано з Qt %2 (під час виконання %3), %4 %5, Boost.Locale %6 з ICU і Gumbo для збережених вебсторінок.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Claimbench</source>
        <translation>Про Claimbench</translation>
    </message>
    <message>
        <source>Save Copy As</source>
        <translation>Збереження копії</translation>
    </message>
    <message>
        <source>Claimbench projects (*.claimbench)</source>
        <translation>Проєкти Claimbench (*.claimbench)</translation>
    </message>
    <message>
        <source>%1 copy.claimbench</source>
        <translation>%1 (копія).claimbench</translation>
    </message>
    <message>
        <source>Saved a copy of the project to %1</source>
        <translation>Копію проєкту збережено в %1</translation>
    </message>
    <message>
        <source>Copy cancelled; nothing was written.</source>
        <translation>Копіювання скасовано; нічого не записано.</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>Не вдалося зберегти копію.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Відкриття проєкту</translation>
    </message>
    <message>
        <source>Claimbench projects (*.claimbench);;All files (*)</source>
        <translation>Проєкти Claimbench (*.claimbench);;Усі файли (*)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Недавніх проєктів немає</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Імпорт файлів</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Імпорт теки</translation>
    </message>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation>&amp;Підключитися до сервера…</translation>
    </message>
    <message>
        <source>Open a team project on a PostgreSQL server</source>
        <translation>Відкрити командний проєкт на сервері PostgreSQL</translation>
    </message>
</context>
<context>
    <name>Claimbench::XmlPart</name>
    <message>
        <source>The document declares a DTD or external entities; Claimbench does not read them</source>
        <translation>Документ оголошує DTD або зовнішні сутності; Claimbench їх не читає</translation>
    </message>
    <message>
        <source>The document&apos;s XML is damaged</source>
        <translation>XML документа пошкоджено</translation>
    </message>
</context>
<context>
    <name>Claimbench::ZipArchive</name>
    <message>
        <source>The document is a damaged ZIP archive</source>
        <translation>Документ — пошкоджений архів ZIP</translation>
    </message>
    <message>
        <source>The document expands to more than %1 (a zip bomb?)</source>
        <translation>Розпакований документ займає понад %1 (zip-бомба?)</translation>
    </message>
    <message>
        <source>The document holds more than %L1 files (a zip bomb?)</source>
        <translation>Файлів у документі понад %L1 (zip-бомба?)</translation>
    </message>
    <message>
        <source>The document is an empty ZIP archive</source>
        <translation>Документ — порожній архів ZIP</translation>
    </message>
    <message>
        <source>The document has no part named %1</source>
        <translation>У документі немає частини %1</translation>
    </message>
    <message>
        <source>The document expands to more than %1 times its size (a zip bomb?)</source>
        <translation>Ступінь стиснення документа перевищує %1:1 (zip-бомба?)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Undo history cleared: “%1” was replaced by its corrected version.</source>
        <translation>Історію змін очищено: «%1» замінено виправленою версією.</translation>
    </message>
    <message numerus="yes">
        <source>Undo history cleared: %n articles were replaced by corrected versions.</source>
        <translation>
            <numerusform>Історію змін очищено: %n статтю замінено виправленою версією.</numerusform>
            <numerusform>Історію змін очищено: %n статті замінено виправленими версіями.</numerusform>
            <numerusform>Історію змін очищено: %n статей замінено виправленими версіями.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more under Show Details.</source>
        <translation>… і ще %1 — у «Показати деталі».</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Імпорт скасовано.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Імпорт завершено.</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>Saving a copy of the project…</source>
        <translation>Збереження копії проєкту…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Save Copy As</source>
        <translation>Збереження копії</translation>
    </message>
</context>
</TS>
