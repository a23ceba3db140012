<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Badge Desk</source>
        <translation>О программе Badge Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>An admin panel for the Watchers chat API: design badges, give them to many users at once, and moderate.</source>
        <translation>Панель администратора для API чата Watchers: создание значков, выдача их сразу многим пользователям и модерация.</translation>
    </message>
    <message>
        <source>Free software under the MIT License. Copyright © 2026 The Badge Desk authors.</source>
        <translation>Свободное программное обеспечение под лицензией MIT. Copyright © 2026 Авторы Badge Desk.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Собрано с Qt %1, работает на Qt %2.</translation>
    </message>
    <message>
        <source>&amp;Copy version</source>
        <translation>&amp;Копировать версию</translation>
    </message>
    <message>
        <source>Copy the versions of Badge Desk, Qt and the system, for a bug report</source>
        <translation>Скопировать версии Badge Desk, Qt и системы для отчёта об ошибке</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Local sandbox</source>
        <translation>Локальная песочница</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly (exit code %1). Open the sandbox profile again to restart it.</source>
        <translation>Локальная песочница неожиданно завершилась (код выхода %1). Откройте профиль песочницы снова, чтобы перезапустить её.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>There is no profile with that id.</source>
        <translation>Профиля с таким ID нет.</translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation>Профиль не открыт</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2</source>
        <translation>Не удалось открыть «%1»: %2</translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation>Профили не сохранены</translation>
    </message>
    <message>
        <source>&amp;Profiles and tokens…</source>
        <translation>&amp;Профили и токены…</translation>
    </message>
    <message>
        <source>Copy to profile</source>
        <translation>Копировать в профиль</translation>
    </message>
    <message>
        <source>Open the local sandbox once first, then copy to it.</source>
        <translation>Сначала хотя бы раз откройте локальную песочницу, затем копируйте в неё.</translation>
    </message>
    <message>
        <source>Re&amp;quest log</source>
        <translation>&amp;Журнал запросов</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Не удалось записать настройки в %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is not in the expected format; fix or remove it.</source>
        <translation>Файл настроек %1 имеет неожиданный формат; исправьте или удалите его.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign badge to users — %1</source>
        <translation>Выдача значка пользователям — %1</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Значок</translation>
    </message>
    <message>
        <source>Badge %1</source>
        <translation>Значок %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) hold this badge now.</source>
        <translation>
            <numerusform>Сейчас этот значок есть у %n пользователя.</numerusform>
            <numerusform>Сейчас этот значок есть у %n пользователей.</numerusform>
            <numerusform>Сейчас этот значок есть у %n пользователей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Holder count unknown.</source>
        <translation>Число владельцев неизвестно.</translation>
    </message>
    <message>
        <source>⚠ These users lose the badge. They are not told.</source>
        <translation>⚠ Эти пользователи лишатся значка. Уведомление им не придёт.</translation>
    </message>
    <message>
        <source>⚠ Every new holder sees the welcome message “%1” when they next enter the chat. Users who already hold the badge are not affected.</source>
        <translation>⚠ Каждый новый владелец увидит приветственное сообщение «%1», когда в следующий раз зайдёт в чат. Пользователей, у которых значок уже есть, это не затронет.</translation>
    </message>
    <message>
        <source>Remove badge from users — %1</source>
        <translation>Снятие значка с пользователей — %1</translation>
    </message>
    <message>
        <source>Choose a saved badge first.</source>
        <translation>Сначала выберите сохранённый значок.</translation>
    </message>
    <message>
        <source>The Watchers API has no documented way to remove a badge from users; do it in the Watchers admin panel.</source>
        <translation>В Watchers API нет документированного способа снять значок с пользователей; сделайте это в панели администратора Watchers.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>The field “%1” must be text, but it is %2.</source>
        <translation>Поле «%1» должно быть текстом, но получено: %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be text or null, but it is %2.</source>
        <translation>Поле «%1» должно быть текстом или null, но получено: %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be a whole number from 0 to %2, but it is %3.</source>
        <translation>Поле «%1» должно быть целым числом от 0 до %2, но получено: %3.</translation>
    </message>
    <message>
        <source>The field “%1” must be an object or null, but it is %2.</source>
        <translation>Поле «%1» должно быть объектом или null, но получено: %2.</translation>
    </message>
    <message>
        <source>A badge must be a JSON object, but this is %1.</source>
        <translation>Значок должен быть объектом JSON, но получено: %1.</translation>
    </message>
    <message>
        <source>Expected a list of badges (a JSON array, or an object with a “data” or “items” array), but got %1.</source>
        <translation>Ожидался список значков (массив JSON или объект с массивом «data» или «items»), но получено: %1.</translation>
    </message>
    <message>
        <source>Badge %1 of %2 in the list (id %3): %4</source>
        <translation>Значок %1 из %2 в списке (ID %3): %4</translation>
    </message>
    <message>
        <source>Badge %1 of %2 in the list: %3</source>
        <translation>Значок %1 из %2 в списке: %3</translation>
    </message>
</context>
<context>
    <name>BadgeEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>изменение «%1»</translation>
    </message>
    <message>
        <source>&amp;Save badge</source>
        <translation>&amp;Сохранить значок</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>Сб&amp;росить изменения</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Badge editor</source>
        <translation>Редактор значка</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the badge (%1)</source>
        <translation>Сохранить значок (%1)</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Значок</translation>
    </message>
    <message>
        <source>Badge text</source>
        <translation>Текст значка</translation>
    </message>
    <message>
        <source>Short label, emoji welcome</source>
        <translation>Короткая надпись, можно с эмодзи</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Вставить эмодзи</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Вставить эмодзи</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Цвет фона</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Цвет текста</translation>
    </message>
    <message>
        <source>Text &amp;colour:</source>
        <translation>&amp;Цвет текста:</translation>
    </message>
    <message>
        <source>Use the nearest readable text colour</source>
        <translation>Использовать ближайший читаемый цвет текста</translation>
    </message>
    <message>
        <source>Contrast:</source>
        <translation>Контраст:</translation>
    </message>
    <message>
        <source>Tooltip</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>How to earn this badge</source>
        <translation>Как получить этот значок</translation>
    </message>
    <message>
        <source>T&amp;ooltip:</source>
        <translation>&amp;Подсказка:</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Приветственное сообщение</translation>
    </message>
    <message>
        <source>Welcome picture address</source>
        <translation>Адрес приветственной картинки</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>&amp;Картинка:</translation>
    </message>
    <message>
        <source>Welcome title</source>
        <translation>Заголовок приветствия</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>За&amp;головок:</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Текст приветствия</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <source>Icon and data</source>
        <translation>Иконка и данные</translation>
    </message>
    <message>
        <source>Badge icon address</source>
        <translation>Адрес иконки значка</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Format JSON</source>
        <translation>Форматировать JSON</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Данные:</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Триггер</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Нечего сохранять.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message numerus="yes">
        <source>Cannot save: %1</source>
        <translation>
            <numerusform>Невозможно сохранить: %1</numerusform>
            <numerusform>Невозможно сохранить: %1</numerusform>
            <numerusform>Невозможно сохранить: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (и ещё %n проблема)</numerusform>
            <numerusform> (и ещё %n проблемы)</numerusform>
            <numerusform> (и ещё %n проблем)</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Нет изменений для сохранения.</translation>
    </message>
    <message>
        <source>Badge #%1%2</source>
        <translation>Значок #%1%2</translation>
    </message>
    <message>
        <source> — edited</source>
        <translation> — изменён</translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Новый значок</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>Символов: %1 из %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Text on badge: %1</source>
        <translation>Текст на значке: %1</translation>
    </message>
    <message>
        <source>Text on badge: the text colour is empty or invalid, so the chat would use its default. Pick one, or use the button below.</source>
        <translation>Текст на значке: цвет текста не задан или недопустим, поэтому чат использует свой цвет по умолчанию. Выберите цвет или нажмите кнопку ниже.</translation>
    </message>
    <message>
        <source>Text on badge: choose a valid background colour first.</source>
        <translation>Текст на значке: сначала выберите допустимый цвет фона.</translation>
    </message>
    <message>
        <source>%1 — stands out (≥ 3 : 1)</source>
        <translation>%1 — выделяется (≥ 3 : 1)</translation>
    </message>
    <message>
        <source>%1 — blends in (&lt; 3 : 1)</source>
        <translation>%1 — сливается (&lt; 3 : 1)</translation>
    </message>
    <message>
        <source>Chip on light chat: %1</source>
        <translation>На светлом фоне чата: %1</translation>
    </message>
    <message>
        <source>Chip on dark chat: %1</source>
        <translation>На тёмном фоне чата: %1</translation>
    </message>
    <message>
        <source>Empty: no data is stored.</source>
        <translation>Пусто: данные не хранятся.</translation>
    </message>
    <message>
        <source>Plain text.</source>
        <translation>Обычный текст.</translation>
    </message>
    <message>
        <source>Looks like JSON, but is not valid at character %1: %2. It is still saved as text.</source>
        <translation>Похоже на JSON, но содержит ошибку в символе %1: %2. Всё равно будет сохранено как текст.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Корректный JSON.</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>background colour</source>
        <translation>цвет фона</translation>
    </message>
    <message>
        <source>text colour</source>
        <translation>цвет текста</translation>
    </message>
    <message>
        <source>tooltip</source>
        <translation>подсказка</translation>
    </message>
    <message>
        <source>welcome picture</source>
        <translation>приветственная картинка</translation>
    </message>
    <message>
        <source>welcome title</source>
        <translation>заголовок приветствия</translation>
    </message>
    <message>
        <source>welcome text</source>
        <translation>текст приветствия</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>иконка</translation>
    </message>
    <message>
        <source>data</source>
        <translation>данные</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>триггер</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>возврат к сохранённому</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>Ф&amp;он:</translation>
    </message>
    <message>
        <source>Ico&amp;n:</source>
        <translation>Ико&amp;нка:</translation>
    </message>
    <message>
        <source>Select a badge in the list to edit it, or create one with New (%1).</source>
        <translation>Выберите значок в списке, чтобы изменить его, или создайте новый (%1).</translation>
    </message>
    <message>
        <source>No badge open</source>
        <translation>Значок не открыт</translation>
    </message>
</context>
<context>
    <name>BadgeExchange</name>
    <message>
        <source>This file is not a Badge Desk badge export.</source>
        <translation>Этот файл не является экспортом значков Badge Desk.</translation>
    </message>
</context>
<context>
    <name>BadgeTableModel</name>
    <message>
        <source>Badge</source>
        <translation>Значок</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Tooltip</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Владельцы</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>BadgeValidator</name>
    <message>
        <source>The trigger has no conditions. Add one, or remove the trigger to assign the badge by hand only.</source>
        <translation>У триггера нет условий. Добавьте условие или удалите триггер, чтобы выдавать значок только вручную.</translation>
    </message>
    <message>
        <source>The condition %1 is used more than once; each kind of condition may appear only once.</source>
        <translation>Условие %1 используется несколько раз; каждый вид условия может встречаться только один раз.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the threshold must be a whole number of at least 1.</source>
        <translation>Условие %1 (%2): порог должен быть целым числом не меньше 1.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): a rolling period must last a whole number of days, at least 1.</source>
        <translation>Условие %1 (%2): скользящий период должен составлять целое число дней, не меньше 1.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): a custom period needs a start and an end as ISO-8601 UTC timestamps.</source>
        <translation>Условие %1 (%2): для произвольного периода нужны начало и конец в виде меток времени ISO-8601 в UTC.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the custom period must start before it ends.</source>
        <translation>Условие %1 (%2): произвольный период должен начинаться раньше, чем заканчивается.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the period must be rolling (a number of days) or custom (from and to).</source>
        <translation>Условие %1 (%2): период должен быть скользящим (число дней) или произвольным (с и по).</translation>
    </message>
    <message>
        <source>The condition FIRST_MESSAGE cannot be combined with other conditions.</source>
        <translation>Условие FIRST_MESSAGE нельзя сочетать с другими условиями.</translation>
    </message>
    <message>
        <source>The badge duration must be a whole number of days, at least 1, or permanent.</source>
        <translation>Срок действия значка должен быть целым числом дней (не меньше 1) или бессрочным.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %n characters, but at most %2 are allowed.</source>
        <translation>
            <numerusform>%1: слишком длинный текст — %n символ, а допускается не более %2.</numerusform>
            <numerusform>%1: слишком длинный текст — %n символа, а допускается не более %2.</numerusform>
            <numerusform>%1: слишком длинный текст — %n символов, а допускается не более %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %n characters as the server counts them (%2 as shown; emoji and accents can count more than once), but at most %3 are allowed.</source>
        <translation>
            <numerusform>%1: слишком длинный текст — %n символ по подсчёту сервера (%2 на экране; эмодзи и диакритические знаки могут считаться больше одного раза), а допускается не более %3.</numerusform>
            <numerusform>%1: слишком длинный текст — %n символа по подсчёту сервера (%2 на экране; эмодзи и диакритические знаки могут считаться больше одного раза), а допускается не более %3.</numerusform>
            <numerusform>%1: слишком длинный текст — %n символов по подсчёту сервера (%2 на экране; эмодзи и диакритические знаки могут считаться больше одного раза), а допускается не более %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the address is empty. Enter an https:// address, or remove the picture.</source>
        <translation>%1: адрес пуст. Введите адрес https:// или удалите картинку.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a web address. Enter an address that starts with https://.</source>
        <translation>%1: «%2» не является веб-адресом. Введите адрес, начинающийся с https://.</translation>
    </message>
    <message>
        <source>%1: the address is not encrypted (http://), and the chat may not load it. Use https:// if the server supports it.</source>
        <translation>%1: адрес не зашифрован (http://), и чат может его не загрузить. Используйте https://, если сервер это поддерживает.</translation>
    </message>
    <message>
        <source>Enter the label shown on the badge.</source>
        <translation>Введите надпись, которая будет на значке.</translation>
    </message>
    <message numerus="yes">
        <source>The label is %n characters long; long labels get cut in the chat. At most %1 are advised.</source>
        <translation>
            <numerusform>Длина надписи — %n символ; длинные надписи в чате обрезаются. Рекомендуется не более %1.</numerusform>
            <numerusform>Длина надписи — %n символа; длинные надписи в чате обрезаются. Рекомендуется не более %1.</numerusform>
            <numerusform>Длина надписи — %n символов; длинные надписи в чате обрезаются. Рекомендуется не более %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a background colour, for example #ea00fc.</source>
        <translation>Выберите цвет фона, например #ea00fc.</translation>
    </message>
    <message>
        <source>The background colour “%1” is not a hex colour. Use the form #rrggbb, for example #ea00fc.</source>
        <translation>Цвет фона «%1» не является шестнадцатеричным цветом. Используйте формат #rrggbb, например #ea00fc.</translation>
    </message>
    <message>
        <source>The text colour is empty, so the chat would fall back to its default colour. Choose one, for example #000000.</source>
        <translation>Цвет текста не задан, поэтому чат будет использовать свой цвет по умолчанию. Выберите цвет, например #000000.</translation>
    </message>
    <message>
        <source>The text colour “%1” is not a hex colour. Use the form #rrggbb, for example #000000.</source>
        <translation>Цвет текста «%1» не является шестнадцатеричным цветом. Используйте формат #rrggbb, например #000000.</translation>
    </message>
    <message>
        <source>Enter a tooltip: it tells other users how to earn the badge.</source>
        <translation>Введите подсказку: она объясняет другим пользователям, как получить значок.</translation>
    </message>
    <message>
        <source>The tooltip</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Enter the title of the message users see when they receive the badge.</source>
        <translation>Введите заголовок сообщения, которое пользователи увидят при получении значка.</translation>
    </message>
    <message>
        <source>The message title</source>
        <translation>Заголовок сообщения</translation>
    </message>
    <message>
        <source>Enter the text of the message users see when they receive the badge.</source>
        <translation>Введите текст сообщения, которое пользователи увидят при получении значка.</translation>
    </message>
    <message>
        <source>The message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Message picture</source>
        <translation>Картинка сообщения</translation>
    </message>
    <message>
        <source>Badge icon</source>
        <translation>Иконка значка</translation>
    </message>
    <message>
        <source>The trigger must be an object or empty, but it is %1.</source>
        <translation>Триггер должен быть объектом или пустым, но получено: %1.</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>&amp;Ban</source>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Ban or unban users — %1</source>
        <translation>Блокировка и разблокировка пользователей — %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Область действия</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>ID комнаты</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Ban ends at</source>
        <translation>Окончание блокировки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Whole app (IN_APP)</source>
        <translation>Всё приложение (IN_APP)</translation>
    </message>
    <message>
        <source>One room (IN_ROOM)</source>
        <translation>Одна комната (IN_ROOM)</translation>
    </message>
    <message>
        <source>Room ID (required for a room ban)</source>
        <translation>ID комнаты (обязателен для блокировки в комнате)</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Без причины</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 часа</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>До…</translation>
    </message>
    <message>
        <source>Optional note, kept with the ban</source>
        <translation>Необязательное примечание, хранится вместе с блокировкой</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <source>An unban must repeat the scope of the ban it lifts (same type and room).</source>
        <translation>Разблокировка должна повторять область действия снимаемой блокировки (тот же тип и та же комната).</translation>
    </message>
    <message>
        <source>A forbidden nickname blocks the user until they change it: no duration.</source>
        <translation>Запрещённый ник блокирует пользователя, пока он его не сменит: срок не задаётся.</translation>
    </message>
    <message>
        <source>Ends %1 your time (%2) — sent as %3 UTC.</source>
        <translation>Окончание: %1 по вашему времени (%2) — будет отправлено как %3 UTC.</translation>
    </message>
    <message>
        <source>Permanent: the ban stays until someone lifts it.</source>
        <translation>Бессрочно: блокировка действует, пока её кто-нибудь не снимет.</translation>
    </message>
    <message>
        <source>Enter the room ID for a room ban.</source>
        <translation>Введите ID комнаты для блокировки в комнате.</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Об&amp;ласть:</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>&amp;Комната:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <source>Dura&amp;tion:</source>
        <translation>&amp;Срок:</translation>
    </message>
</context>
<context>
    <name>BanReasonInfo</name>
    <message>
        <source>Insults</source>
        <translation>Оскорбления</translation>
    </message>
    <message>
        <source>Personal attacks / personal data</source>
        <translation>Личные нападки / личные данные</translation>
    </message>
    <message>
        <source>Flooding / spam</source>
        <translation>Флуд / спам</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Насилие</translation>
    </message>
    <message>
        <source>Fraud / scam</source>
        <translation>Мошенничество</translation>
    </message>
    <message>
        <source>Forbidden nickname</source>
        <translation>Запрещённый ник</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>Политика</translation>
    </message>
    <message>
        <source>Repeated violation</source>
        <translation>Повторное нарушение</translation>
    </message>
</context>
<context>
    <name>BanRequest</name>
    <message>
        <source>A ban in all rooms ignores the room ID; it is not sent.</source>
        <translation>Блокировка во всех комнатах не учитывает ID комнаты; он не отправляется.</translation>
    </message>
    <message>
        <source>A ban for a forbidden nickname has no end date: it lasts until the user changes the nickname. Choose “permanent”.</source>
        <translation>У блокировки за запрещённый ник нет даты окончания: она действует, пока пользователь не сменит ник. Выберите «бессрочно».</translation>
    </message>
    <message>
        <source>The end date of the ban is not a valid date.</source>
        <translation>Дата окончания блокировки недопустима.</translation>
    </message>
    <message>
        <source>The end of the ban (%1 UTC) is not in the future.</source>
        <translation>Окончание блокировки (%1 UTC) должно быть в будущем.</translation>
    </message>
    <message numerus="yes">
        <source>The note is %n characters long; at most %1 are allowed.</source>
        <translation>
            <numerusform>Длина примечания — %n символ; допускается не более %1.</numerusform>
            <numerusform>Длина примечания — %n символа; допускается не более %1.</numerusform>
            <numerusform>Длина примечания — %n символов; допускается не более %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>&amp;Ban / unban users…</source>
        <translation>&amp;Блокировка и разблокировка…</translation>
    </message>
    <message>
        <source>Grant &amp;moderator…</source>
        <translation>Назначить &amp;модератора…</translation>
    </message>
    <message>
        <source>Moderation &amp;log</source>
        <translation>&amp;Журнал модерации</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Задания</translation>
    </message>
</context>
<context>
    <name>BulkDialogBase</name>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Пробный запуск</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <source>Typed confirmation</source>
        <translation>Подтверждение вводом</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is a production profile.&lt;/b&gt; Type &lt;b&gt;%2&lt;/b&gt; to confirm.</source>
        <translation>&lt;b&gt;%1 — профиль рабочей среды.&lt;/b&gt; Для подтверждения введите &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %1 — %n user(s), </source>
        <translation>
            <numerusform>Пробный запуск: %1 — %n пользователь, </numerusform>
            <numerusform>Пробный запуск: %1 — %n пользователя, </numerusform>
            <numerusform>Пробный запуск: %1 — %n пользователей, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s). Nothing was sent.</source>
        <translation>
            <numerusform>%n вызов. Ничего не отправлено.</numerusform>
            <numerusform>%n вызова. Ничего не отправлено.</numerusform>
            <numerusform>%n вызовов. Ничего не отправлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm first.</source>
        <translation>Сначала введите %1 для подтверждения.</translation>
    </message>
    <message>
        <source>Add at least one user ID.</source>
        <translation>Добавьте хотя бы один ID пользователя.</translation>
    </message>
    <message>
        <source>Job %1 started. You can close this window; the job is saved and can be resumed from Tools → Jobs.</source>
        <translation>Задание %1 запущено. Это окно можно закрыть: задание сохранено, и его можно возобновить в меню Инструменты → Задания.</translation>
    </message>
</context>
<context>
    <name>ChatMessage</name>
    <message>
        <source>Enter the message text.</source>
        <translation>Введите текст сообщения.</translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters long; at most %1 are allowed.</source>
        <translation>
            <numerusform>Длина сообщения — %n символ; допускается не более %1.</numerusform>
            <numerusform>Длина сообщения — %n символа; допускается не более %1.</numerusform>
            <numerusform>Длина сообщения — %n символов; допускается не более %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChipPreview</name>
    <message>
        <source>Chip preview on the chat&apos;s light and dark backgrounds</source>
        <translation>Предпросмотр значка на светлом и тёмном фоне чата</translation>
    </message>
    <message>
        <source>A</source>
        <comment>avatar initial</comment>
        <translation>А</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Алекс</translation>
    </message>
    <message>
        <source>Hi everyone! 👋</source>
        <translation>Всем привет! 👋</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>badgedesk-cli: %1</source>
        <translation>badgedesk-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;badgedesk-cli --help&apos;.</source>
        <translation>Справка: &apos;badgedesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--%1 is not accepted: pass secrets through the environment or a saved profile.</source>
        <translation>--%1 не принимается: передавайте секреты через переменные окружения или сохранённый профиль.</translation>
    </message>
    <message>
        <source>--output must be text, json or csv.</source>
        <translation>--output должен быть text, json или csv.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Укажите команду.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the saved profiles: %1</source>
        <translation>Не удалось прочитать сохранённые профили: %1</translation>
    </message>
    <message>
        <source>No saved profile named &quot;%1&quot;.</source>
        <translation>Нет сохранённого профиля с именем &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No credentials: %1 Or use --profile NAME.</source>
        <translation>Нет учётных данных: %1 Или используйте --profile NAME.</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>окружение (%1)</translation>
    </message>
    <message>
        <source>Use &quot;jobs list&quot; or &quot;jobs resume JOB_ID&quot;.</source>
        <translation>Используйте &quot;jobs list&quot; или &quot;jobs resume JOB_ID&quot;.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Give the badge with --from FILE.json.</source>
        <translation>Укажите значок с помощью --from FILE.json.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 не является объектом JSON: %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n владелец</numerusform>
            <numerusform>%n владельца</numerusform>
            <numerusform>%n владельцев</numerusform>
        </translation>
    </message>
    <message>
        <source>A badge id is a positive number.</source>
        <translation>ID значка — положительное число.</translation>
    </message>
    <message>
        <source>Dry run: would delete badge %1.</source>
        <translation>Пробный запуск: значок %1 был бы удалён.</translation>
    </message>
    <message>
        <source>Badge %1 deleted.</source>
        <translation>Значок %1 удалён.</translation>
    </message>
    <message>
        <source>Use badges list, get ID, create --from FILE, update ID --from FILE or delete ID.</source>
        <translation>Используйте badges list, get ID, create --from FILE, update ID --from FILE или delete ID.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>Use: assign BADGE_ID --ids FILE</source>
        <translation>Использование: assign BADGE_ID --ids FILE</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неожиданный аргумент &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--type must be IN_APP or IN_ROOM.</source>
        <translation>--type должен быть IN_APP или IN_ROOM.</translation>
    </message>
    <message>
        <source>--room is only for --type IN_ROOM.</source>
        <translation>--room допустим только с --type IN_ROOM.</translation>
    </message>
    <message>
        <source>Unknown --reason &quot;%1&quot;.</source>
        <translation>Неизвестное значение --reason &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--expires must be 1h, 24h, 7d, 30d, permanent or &quot;YYYY-MM-DD HH:MM:SS&quot; (UTC).</source>
        <translation>--expires должен быть 1h, 24h, 7d, 30d, permanent или &quot;YYYY-MM-DD HH:MM:SS&quot; (UTC).</translation>
    </message>
    <message>
        <source>unban takes only --type and --room.</source>
        <translation>unban принимает только --type и --room.</translation>
    </message>
    <message>
        <source>grant-moderator needs --room ID.</source>
        <translation>grant-moderator требует --room ID.</translation>
    </message>
    <message>
        <source>Give the user IDs with --ids FILE (&quot;-&quot; for standard input).</source>
        <translation>Укажите ID пользователей с помощью --ids FILE (&quot;-&quot; — стандартный ввод).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>--batch-size must be between 1 and 1000.</source>
        <translation>--batch-size должен быть от 1 до 1000.</translation>
    </message>
    <message>
        <source>Dry run: %1</source>
        <translation>Пробный запуск: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n user(s) to send</source>
        <translation>
            <numerusform>  к отправке: %n пользователь</numerusform>
            <numerusform>  к отправке: %n пользователя</numerusform>
            <numerusform>  к отправке: %n пользователей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n skipped (duplicates or invalid)</source>
        <translation>
            <numerusform>  пропущено: %n (дубликаты или недопустимые)</numerusform>
            <numerusform>  пропущено: %n (дубликаты или недопустимые)</numerusform>
            <numerusform>  пропущено: %n (дубликаты или недопустимые)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n call(s) would be made; nothing was sent.</source>
        <translation>
            <numerusform>  потребовался бы %n вызов; ничего не отправлено.</numerusform>
            <numerusform>  потребовалось бы %n вызова; ничего не отправлено.</numerusform>
            <numerusform>  потребовалось бы %n вызовов; ничего не отправлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user IDs to send.</source>
        <translation>Нет ID пользователей для отправки.</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 started: %2, %n ID(s) to send.</source>
        <translation>
            <numerusform>Задание %1 запущено: %2, к отправке %n ID.</numerusform>
            <numerusform>Задание %1 запущено: %2, к отправке %n ID.</numerusform>
            <numerusform>Задание %1 запущено: %2, к отправке %n ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed, %4 skipped, %5 pending.</source>
        <translation>%1: выполнено %2, с ошибкой %3, пропущено %4, ожидает %5.</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>ошибка: %1: %2</translation>
    </message>
    <message>
        <source>Job %1 paused: %2</source>
        <translation>Задание %1 приостановлено: %2</translation>
    </message>
    <message>
        <source>Resume it with: badgedesk-cli jobs resume %1</source>
        <translation>Возобновить: badgedesk-cli jobs resume %1</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 pending</source>
        <translation>Выполнено %1, с ошибкой %2, ожидает %3</translation>
    </message>
    <message>
        <source>No jobs for this profile.</source>
        <translation>Для этого профиля нет заданий.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: job %1 would send %n ID(s).</source>
        <translation>
            <numerusform>Пробный запуск: задание %1 отправило бы %n ID.</numerusform>
            <numerusform>Пробный запуск: задание %1 отправило бы %n ID.</numerusform>
            <numerusform>Пробный запуск: задание %1 отправило бы %n ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: badgedesk-cli [--profile NAME] [--dry-run] [--output text|json|csv] COMMAND

Badge Desk on the command line: the same engine and job journal as the app.

Commands:
  badges list                          every badge (JSON with --output json)
  badges get ID                        one badge as JSON
  badges create --from FILE.json       create a badge from a JSON object; prints it with its id
  badges update ID --from FILE.json    replace a badge&apos;s fields (the whole badge is sent)
  badges delete ID                     delete a badge (its holders lose it)
  assign BADGE_ID --ids FILE           give a badge to every user in FILE
  ban --ids FILE --type IN_APP|IN_ROOM [--room ID] [--reason NAME|CODE]
      [--expires 1h|24h|7d|30d|&quot;YYYY-MM-DD HH:MM:SS&quot;] [--description TEXT]
                                       ban users (without --expires: permanent)
  unban --ids FILE --type IN_APP|IN_ROOM [--room ID]
                                       lift bans; repeat the scope of the ban
  grant-moderator --room ID --ids FILE make users moderators of a room
                                       (the API cannot revoke it: use the Watchers admin panel)
  jobs list                            this profile&apos;s jobs, newest first
  jobs resume JOB_ID                   carry on with an interrupted or paused job; confirmed
                                       IDs are not sent again (a unique prefix of the id works)

Options:
  --profile NAME        a saved profile of the app (name or id); its token comes from the OS
                        keychain. Without it, the environment is used (below).
  --dry-run             check and count everything, send nothing, write no journal
  --output FORMAT       text (default), json or csv (per-ID results of a job)
  --ids FILE            user IDs, separated by commas, semicolons, tabs, spaces or new lines,
                        quoted or not, optional header row; &quot;-&quot; reads standard input
  --from FILE.json      a badge as JSON: text, backgroundColor, textColor, tooltip,
                        communicationPic, communicationTitle, communicationText, [pic, data, trigger]
  --batch-size N        IDs per assign call (default: Badge Desk&apos;s Preferences, else 500)
  --in-flight N         calls at the same time (default: Preferences, else 4)
  --rate N              at most N calls per second (default: no cap)
  --max-attempts N      attempts per call before its IDs count as failed (default 6)
  --skip-encrypted      leave out IDs that look encrypted (Base64, percent-encoded)
  -h, --help            this text
  --version             the version

Reasons (--reason): INSULTS 0, PERSONAL 1, FLOOD 2, LINKS 3, VIOLENCE 4, FRAUD 5, NICKNAME 6
(takes no --expires), POLITICAL 7, REPEATED 8. --expires dates are UTC.

Environment (when --profile is not given):
  WATCHERS_BASE_URL or WATCHERS_REGION (eu, us, sa, hk, za), WATCHERS_API_KEY, WATCHERS_TOKEN
  Credentials are never accepted as arguments: arguments are visible to other users.
  BADGEDESK_DATA_DIR    where job journals and the moderation log are kept
  BADGEDESK_CONFIG_DIR  where saved profiles and the app&apos;s Preferences (settings.ini: timeouts,
                        batch size, calls at the same time, data folder) are read from

Jobs: every assign, ban, unban and grant-moderator runs as a job with a journal on disk. The
job id is printed to standard error when it starts. After a crash, a kill or a credential
problem, `jobs resume JOB_ID` sends only what was not confirmed.

Exit codes:
  0  success
  1  the API refused the request (validation, unknown badge or room), or a file error
  2  usage error (unknown command or option, missing argument, unreadable input)
  3  credential error (none given, unknown profile, keychain, token or API key rejected)
  4  partial failure: the job finished, some IDs failed (see the results)
  5  network failure: server unreachable, timeouts, or errors beyond the retry budget;
     the job is paused and can be resumed
</source>
        <translation>Использование: badgedesk-cli [--profile NAME] [--dry-run] [--output text|json|csv] COMMAND

Badge Desk в командной строке: тот же движок и тот же журнал заданий, что и в приложении.

Команды:
  badges list                          все значки (JSON при --output json)
  badges get ID                        один значок в формате JSON
  badges create --from FILE.json       создать значок из объекта JSON; выводит его вместе с ID
  badges update ID --from FILE.json    заменить поля значка (отправляется весь значок)
  badges delete ID                     удалить значок (его владельцы лишатся его)
  assign BADGE_ID --ids FILE           выдать значок всем пользователям из FILE
  ban --ids FILE --type IN_APP|IN_ROOM [--room ID] [--reason NAME|CODE]
      [--expires 1h|24h|7d|30d|&quot;YYYY-MM-DD HH:MM:SS&quot;] [--description TEXT]
                                       заблокировать пользователей (без --expires: бессрочно)
  unban --ids FILE --type IN_APP|IN_ROOM [--room ID]
                                       снять блокировки; повторите область действия блокировки
  grant-moderator --room ID --ids FILE назначить пользователей модераторами комнаты
                                       (API не может снять эту роль: используйте панель
                                       администратора Watchers)
  jobs list                            задания этого профиля, сначала новые
  jobs resume JOB_ID                   продолжить прерванное или приостановленное задание;
                                       подтверждённые ID повторно не отправляются (достаточно
                                       уникального префикса ID)

Параметры:
  --profile NAME        сохранённый профиль приложения (имя или ID); его токен берётся из
                        системного хранилища ключей. Без него используется окружение (ниже).
  --dry-run             всё проверить и подсчитать, ничего не отправлять, журнал не писать
  --output FORMAT       text (по умолчанию), json или csv (результаты задания по каждому ID)
  --ids FILE            ID пользователей, разделённые запятыми, точками с запятой, табуляциями,
                        пробелами или переводами строк, в кавычках или без, с необязательной
                        строкой заголовка; &quot;-&quot; читает стандартный ввод
  --from FILE.json      значок в формате JSON: text, backgroundColor, textColor, tooltip,
                        communicationPic, communicationTitle, communicationText, [pic, data, trigger]
  --batch-size N        ID на один вызов assign (по умолчанию: из настроек Badge Desk, иначе 500)
  --in-flight N         одновременных вызовов (по умолчанию: из настроек, иначе 4)
  --rate N              не более N вызовов в секунду (по умолчанию без ограничения)
  --max-attempts N      попыток на вызов, после которых его ID считаются неудачными
                        (по умолчанию 6)
  --skip-encrypted      пропускать ID, похожие на зашифрованные (Base64, процентное кодирование)
  -h, --help            эта справка
  --version             версия программы

Причины (--reason): INSULTS 0, PERSONAL 1, FLOOD 2, LINKS 3, VIOLENCE 4, FRAUD 5, NICKNAME 6
(без --expires), POLITICAL 7, REPEATED 8. Даты в --expires указываются в UTC.

Окружение (если --profile не указан):
  WATCHERS_BASE_URL или WATCHERS_REGION (eu, us, sa, hk, za), WATCHERS_API_KEY, WATCHERS_TOKEN
  Учётные данные никогда не принимаются в аргументах: аргументы видны другим пользователям.
  BADGEDESK_DATA_DIR    где хранятся журналы заданий и журнал модерации
  BADGEDESK_CONFIG_DIR  откуда читаются сохранённые профили и настройки приложения (settings.ini:
                        тайм-ауты, размер пакета, одновременные вызовы, папка данных)

Задания: каждая операция assign, ban, unban и grant-moderator выполняется как задание с журналом
на диске. ID задания выводится в стандартный поток ошибок при запуске. После сбоя, принудительного
завершения или проблемы с учётными данными `jobs resume JOB_ID` отправит только то, что не было
подтверждено.

Коды выхода:
  0  успех
  1  API отклонил запрос (ошибка проверки, неизвестный значок или комната) или ошибка файла
  2  ошибка использования (неизвестная команда или параметр, нет аргумента, нечитаемый ввод)
  3  ошибка учётных данных (не указаны, неизвестный профиль, хранилище ключей, токен или ключ
     API отклонены)
  4  частичная неудача: задание завершено, но для некоторых ID произошла ошибка (см. результаты)
  5  сбой сети: сервер недоступен, истекло время ожидания или ошибки сверх лимита повторов;
     задание приостановлено, его можно возобновить
</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <source>Choose colour</source>
        <translation>Выбрать цвет</translation>
    </message>
    <message>
        <source>Open the colour dialog</source>
        <translation>Открыть диалог выбора цвета</translation>
    </message>
    <message>
        <source>Hex colour</source>
        <translation>Шестнадцатеричный цвет</translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation>#rrggbb</translation>
    </message>
    <message>
        <source>Preset colours</source>
        <translation>Готовые цвета</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Готовые</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>Connected. The project has %n badge(s).</source>
        <translation>
            <numerusform>Подключено. В проекте %n значок.</numerusform>
            <numerusform>Подключено. В проекте %n значка.</numerusform>
            <numerusform>Подключено. В проекте %n значков.</numerusform>
        </translation>
    </message>
    <message>
        <source>API key not recognised in region %1. Check the key and the region.</source>
        <translation>Ключ API не распознан в регионе %1. Проверьте ключ и регион.</translation>
    </message>
    <message>
        <source>The bearer token was rejected (missing, wrong or revoked). Paste a current token from the admin panel, Settings → Bearer tokens.</source>
        <translation>Токен Bearer отклонён (отсутствует, неверен или отозван). Вставьте действующий токен из панели администратора (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Не удалось установить защищённое соединение с %1: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Не удалось подключиться к %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>custom URL</source>
        <translation>пользовательский URL</translation>
    </message>
    <message>
        <source>WATCHERS_BASE_URL is not a valid URL.</source>
        <translation>WATCHERS_BASE_URL не является допустимым URL.</translation>
    </message>
    <message>
        <source>WATCHERS_REGION &quot;%1&quot; is not one of eu, us, sa, hk, za.</source>
        <translation>WATCHERS_REGION &quot;%1&quot; не входит в список eu, us, sa, hk, za.</translation>
    </message>
    <message>
        <source>Set WATCHERS_BASE_URL or WATCHERS_REGION.</source>
        <translation>Задайте WATCHERS_BASE_URL или WATCHERS_REGION.</translation>
    </message>
    <message>
        <source>Set WATCHERS_API_KEY and WATCHERS_TOKEN.</source>
        <translation>Задайте WATCHERS_API_KEY и WATCHERS_TOKEN.</translation>
    </message>
</context>
<context>
    <name>DataFolderMove</name>
    <message>
        <source>Give the full path of a folder.</source>
        <translation>Укажите полный путь к папке.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 — это файл, а не папка.</translation>
    </message>
    <message>
        <source>Choose a folder outside %1, where the data is kept now.</source>
        <translation>Выберите папку вне %1, где сейчас хранятся данные.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation>Не удалось создать папку %1. Выберите другую.</translation>
    </message>
    <message>
        <source>Badge Desk cannot write to %1. Choose a folder you can write to.</source>
        <translation>Badge Desk не может записывать в %1. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <source>%1 is inside the folder being moved.</source>
        <translation>%1 находится внутри перемещаемой папки.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>Не удалось скопировать %1 в %2.</translation>
    </message>
    <message>
        <source>Your drafts, job journals and moderation logs could not be moved to %1: %2 Nothing was removed; Badge Desk keeps using %3.</source>
        <translation>Не удалось переместить черновики, журналы заданий и журналы модерации в %1: %2 Ничего не удалено; Badge Desk продолжает использовать %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already existed in %1 with other content and were left in %2: %3</source>
        <translation>
            <numerusform>%n файл уже существовал в %1 с другим содержимым и оставлен в %2: %3</numerusform>
            <numerusform>%n файла уже существовали в %1 с другим содержимым и оставлены в %2: %3</numerusform>
            <numerusform>%n файлов уже существовали в %1 с другим содержимым и оставлены в %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Для подтверждения введите %1.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>API key not recognised in region %1.</source>
        <translation>Ключ API не распознан в регионе %1.</translation>
    </message>
    <message>
        <source>Check the key and the project&apos;s region.</source>
        <translation>Проверьте ключ и регион проекта.</translation>
    </message>
    <message>
        <source>Bearer token missing, wrong or revoked.</source>
        <translation>Токен Bearer отсутствует, неверен или отозван.</translation>
    </message>
    <message>
        <source>Paste a current token from the Watchers admin panel (Settings → Bearer tokens).</source>
        <translation>Вставьте действующий токен из панели администратора Watchers (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>Не найдено на сервере.</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh and try again.</source>
        <translation>Возможно, объект был удалён; обновите данные и повторите попытку.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Сервер отклонил запрос.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>Исправьте отмеченные поля и повторите попытку.</translation>
    </message>
    <message>
        <source>The server is limiting requests (429).</source>
        <translation>Сервер ограничивает число запросов (429).</translation>
    </message>
    <message>
        <source>Wait a moment; the app slows down and retries where it is safe.</source>
        <translation>Подождите немного: приложение снижает темп и повторяет запросы там, где это безопасно.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>На сервере произошла ошибка (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a moment. If it persists, check Watchers&apos; status.</source>
        <translation>Повторите попытку чуть позже. Если ошибка не исчезнет, проверьте статус Watchers.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Сервер ответил HTTP %1.</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>Ошибка защищённого соединения: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be trusted, so nothing was sent. Check the server address, the system clock and any proxy that intercepts HTTPS.</source>
        <translation>Сертификату сервера нельзя доверять, поэтому ничего не было отправлено. Проверьте адрес сервера, системные часы и прокси, перехватывающие HTTPS.</translation>
    </message>
    <message>
        <source>Connection refused by the server.</source>
        <translation>Сервер отклонил соединение.</translation>
    </message>
    <message>
        <source>Check the server address; the service may be down.</source>
        <translation>Проверьте адрес сервера; возможно, служба недоступна.</translation>
    </message>
    <message>
        <source>Server not found.</source>
        <translation>Сервер не найден.</translation>
    </message>
    <message>
        <source>Check the server address and your internet connection.</source>
        <translation>Проверьте адрес сервера и подключение к интернету.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Сервер закрыл соединение, не ответив.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the server may be overloaded.</source>
        <translation>Повторите попытку; если это повторяется, возможно, сервер перегружен.</translation>
    </message>
    <message>
        <source>The connection dropped after the request was sent.</source>
        <translation>Соединение оборвалось после отправки запроса.</translation>
    </message>
    <message>
        <source>It may or may not have been applied: refresh to check before trying again, so nothing is created twice.</source>
        <translation>Запрос мог быть выполнен, а мог и нет: обновите данные и проверьте, прежде чем повторять, чтобы ничего не создать дважды.</translation>
    </message>
    <message>
        <source>The proxy server failed.</source>
        <translation>Ошибка прокси-сервера.</translation>
    </message>
    <message>
        <source>Check the system proxy settings.</source>
        <translation>Проверьте системные настройки прокси.</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere.</source>
        <translation>Сервер перенаправил запрос на другой адрес.</translation>
    </message>
    <message>
        <source>Only redirects to the same server are followed, so the token never leaves it. Check the server address.</source>
        <translation>Перенаправления выполняются только на тот же сервер, чтобы токен никогда его не покидал. Проверьте адрес сервера.</translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation>Ошибка сети.</translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation>Проверьте подключение и повторите попытку.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>Нет полного ответа в течение %n секунды.</numerusform>
            <numerusform>Нет полного ответа в течение %n секунд.</numerusform>
            <numerusform>Нет полного ответа в течение %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server may be slow or unreachable; try again.</source>
        <translation>Возможно, сервер работает медленно или недоступен; повторите попытку.</translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation>Сервер перестал отвечать.</translation>
    </message>
</context>
<context>
    <name>GrantModeratorDialog</name>
    <message>
        <source>Grant moderator role — %1</source>
        <translation>Назначение модератора — %1</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>ID комнаты</translation>
    </message>
    <message>
        <source>The room must already exist</source>
        <translation>Комната должна уже существовать</translation>
    </message>
    <message>
        <source>ℹ The API can grant the role but cannot take it back. To revoke it, open the user&apos;s avatar menu in the Watchers admin panel.</source>
        <translation>ℹ API может назначить роль, но не может её снять. Чтобы снять роль, откройте меню аватара пользователя в панели администратора Watchers.</translation>
    </message>
    <message>
        <source>Enter the room ID.</source>
        <translation>Введите ID комнаты.</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>&amp;Комната:</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <source>Enter the user ID.</source>
        <translation>Введите ID пользователя.</translation>
    </message>
    <message>
        <source>Enter the room ID.</source>
        <translation>Введите ID комнаты.</translation>
    </message>
    <message>
        <source>The user ID contains a control character, such as a line break or a tab. Check what was pasted.</source>
        <translation>ID пользователя содержит управляющий символ, например перевод строки или табуляцию. Проверьте, что было вставлено.</translation>
    </message>
    <message>
        <source>The room ID contains a control character, such as a line break or a tab. Check what was pasted.</source>
        <translation>ID комнаты содержит управляющий символ, например перевод строки или табуляцию. Проверьте, что было вставлено.</translation>
    </message>
    <message>
        <source>This looks like an encrypted or URL-encoded user ID. The API expects the plain, unencrypted ID.</source>
        <translation>Похоже на зашифрованный или URL-кодированный ID пользователя. API ожидает обычный, незашифрованный ID.</translation>
    </message>
</context>
<context>
    <name>IdListEditor</name>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <source>Leave out IDs that look encrypted</source>
        <translation>Пропускать ID, похожие на зашифрованные</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>ID пользователей</translation>
    </message>
    <message>
        <source>Paste user IDs, or drop a .csv or .txt file here. Commas, semicolons, tabs, spaces and new lines all separate IDs.</source>
        <translation>Вставьте ID пользователей или перетащите сюда файл .csv или .txt. ID разделяются запятыми, точками с запятой, табуляциями, пробелами и переводами строк.</translation>
    </message>
    <message>
        <source>Open a file of user IDs</source>
        <translation>Открыть файл с ID пользователей</translation>
    </message>
    <message>
        <source>Flagged values</source>
        <translation>Подозрительные значения</translation>
    </message>
    <message>
        <source>Open user IDs</source>
        <translation>Открыть ID пользователей</translation>
    </message>
    <message>
        <source>ID lists (*.csv *.txt);;All files (*)</source>
        <translation>Списки ID (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%1 — %n character(s), too large to show; parsed in full)</source>
        <translation>
            <numerusform>(%1 — %n символ, слишком много для показа; прочитано полностью)</numerusform>
            <numerusform>(%1 — %n символа, слишком много для показа; прочитано полностью)</numerusform>
            <numerusform>(%1 — %n символов, слишком много для показа; прочитано полностью)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the IDs…</source>
        <translation>Чтение ID…</translation>
    </message>
    <message numerus="yes">
        <source>%n unique ID(s) to send</source>
        <translation>
            <numerusform>К отправке: %n уникальный ID</numerusform>
            <numerusform>К отправке: %n уникальных ID</numerusform>
            <numerusform>К отправке: %n уникальных ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) sent once</source>
        <translation>
            <numerusform>%n дубликат отправлен один раз</numerusform>
            <numerusform>%n дубликата отправлены один раз</numerusform>
            <numerusform>%n дубликатов отправлены один раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid left out</source>
        <translation>
            <numerusform>%n недопустимый пропущен</numerusform>
            <numerusform>%n недопустимых пропущено</numerusform>
            <numerusform>%n недопустимых пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>%n пустой</numerusform>
            <numerusform>%n пустых</numerusform>
            <numerusform>%n пустых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) encrypted, left out</source>
        <translation>
            <numerusform>%n похож на зашифрованный, пропущен</numerusform>
            <numerusform>%n похожи на зашифрованные, пропущены</numerusform>
            <numerusform>%n похожи на зашифрованные, пропущены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) encrypted, sent as is</source>
        <translation>
            <numerusform>%n похож на зашифрованный, отправлен как есть</numerusform>
            <numerusform>%n похожи на зашифрованные, отправлены как есть</numerusform>
            <numerusform>%n похожи на зашифрованные, отправлены как есть</numerusform>
        </translation>
    </message>
    <message>
        <source>header row skipped</source>
        <translation>строка заголовка пропущена</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageCheck</name>
    <message>
        <source>The file is %1, but at most 10 MB are allowed.</source>
        <translation>Размер файла — %1, а допускается не более 10 МБ.</translation>
    </message>
    <message>
        <source>This is not an image the chat can show.</source>
        <translation>Чат не сможет показать этот файл как изображение.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 px, but it must be at least %3 × %3 px.</source>
        <translation>Изображение имеет размер %1 × %2 пикс., а должно быть не меньше %3 × %3 пикс.</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB; the download was stopped there.</source>
        <translation>Файл больше 10 МБ; загрузка на этом остановлена.</translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation>Нет картинки.</translation>
    </message>
    <message>
        <source>Checking the picture…</source>
        <translation>Проверка картинки…</translation>
    </message>
    <message>
        <source>Could not check the picture: %1</source>
        <translation>Не удалось проверить картинку: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ %1 × %2 px, %3 %4 — within the limits (≤ 10 MB, ≥ 190 × 190 px).</source>
        <translation>✓ %1 × %2 пикс., %3 %4 — в пределах ограничений (≤ 10 МБ, ≥ 190 × 190 пикс.).</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>https://… (empty: no picture)</source>
        <translation>https://… (пусто: без картинки)</translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation>Проверить файл…</translation>
    </message>
    <message>
        <source>Check a local picture against the limits before you upload it</source>
        <translation>Проверить локальную картинку на соответствие ограничениям перед загрузкой</translation>
    </message>
    <message>
        <source>Check a picture</source>
        <translation>Проверка картинки</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</translation>
    </message>
    <message>
        <source>Local file: %1</source>
        <translation>Локальный файл: %1</translation>
    </message>
</context>
<context>
    <name>ImageProbe</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» не является веб-адресом.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«%1» не является файлом.</translation>
    </message>
</context>
<context>
    <name>JobAction</name>
    <message>
        <source>Choose a badge.</source>
        <translation>Выберите значок.</translation>
    </message>
    <message>
        <source>Assign badge %1</source>
        <translation>Выдать значок %1</translation>
    </message>
    <message>
        <source>Remove badge %1</source>
        <translation>Снять значок %1</translation>
    </message>
    <message>
        <source>Ban in room %1</source>
        <translation>Заблокировать в комнате %1</translation>
    </message>
    <message>
        <source>Ban in the app</source>
        <translation>Заблокировать в приложении</translation>
    </message>
    <message>
        <source>Unban in room %1</source>
        <translation>Разблокировать в комнате %1</translation>
    </message>
    <message>
        <source>Unban in the app</source>
        <translation>Разблокировать в приложении</translation>
    </message>
    <message>
        <source>Grant moderator in room %1</source>
        <translation>Назначить модератором в комнате %1</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>значок %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>комната %1</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>без причины</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>до %1 UTC</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
</context>
<context>
    <name>JobItem</name>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Skipped (duplicate)</source>
        <translation>Пропущено (дубликат)</translation>
    </message>
    <message>
        <source>Skipped (invalid)</source>
        <translation>Пропущено (недопустимо)</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>Не удалось записать журнал задания %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>Не удалось открыть журнал задания %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>Не удалось прочитать журнал задания %1: %2</translation>
    </message>
    <message>
        <source>The job journal %1 is damaged at line %2.</source>
        <translation>Журнал задания %1 повреждён в строке %2.</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer Badge Desk.</source>
        <translation>Журнал задания %1 записан более новой версией Badge Desk.</translation>
    </message>
    <message>
        <source>%1 is not a Badge Desk job journal.</source>
        <translation>%1 не является журналом задания Badge Desk.</translation>
    </message>
    <message>
        <source>No job %1 for this profile.</source>
        <translation>Для этого профиля нет задания %1.</translation>
    </message>
    <message>
        <source>%1 matches several jobs; give more of the id.</source>
        <translation>%1 соответствует нескольким заданиям; укажите ID подробнее.</translation>
    </message>
</context>
<context>
    <name>JobProgressPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>Пр&amp;иостановить</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>Cancel &amp;job</source>
        <translation>О&amp;тменить задание</translation>
    </message>
    <message>
        <source>Retry &amp;failed only</source>
        <translation>Повторить только &amp;неудачные</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Экспорт результатов…</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Ход выполнения задания</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Показать результаты</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Поиск по результатам</translation>
    </message>
    <message>
        <source>Search ID or reason</source>
        <translation>Поиск ID или причины</translation>
    </message>
    <message>
        <source>Results per user ID</source>
        <translation>Результаты по ID пользователей</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2 done · %3 failed · %4 skipped</source>
        <translation>Выполнено %1 из %2 · с ошибкой %3 · пропущено %4</translation>
    </message>
    <message>
        <source> · %1 IDs/s</source>
        <translation> · %1 ID/с</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · осталось около %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>JobResultsModel</name>
    <message>
        <source>User ID</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Interrupted: Badge Desk stopped while the job was running.</source>
        <translation>Прервано: Badge Desk завершился во время выполнения задания.</translation>
    </message>
    <message>
        <source>The job journal could not be written: %1</source>
        <translation>Не удалось записать журнал задания: %1</translation>
    </message>
    <message>
        <source>Paused by you.</source>
        <translation>Приостановлено вами.</translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation>Отменено вами.</translation>
    </message>
    <message numerus="yes">
        <source>The server failed %n times in a row; the job is paused so as not to overload it. Last error: %1</source>
        <translation>
            <numerusform>Сервер ответил ошибкой %n раз подряд; задание приостановлено, чтобы не перегружать его. Последняя ошибка: %1</numerusform>
            <numerusform>Сервер ответил ошибкой %n раза подряд; задание приостановлено, чтобы не перегружать его. Последняя ошибка: %1</numerusform>
            <numerusform>Сервер ответил ошибкой %n раз подряд; задание приостановлено, чтобы не перегружать его. Последняя ошибка: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>Попытки прекращены после %n попытки: %1</numerusform>
            <numerusform>Попытки прекращены после %n попыток: %1</numerusform>
            <numerusform>Попытки прекращены после %n попыток: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asks to wait until %1; the job is paused. Resume it then.</source>
        <translation>Сервер просит подождать до %1; задание приостановлено. Возобновите его после этого времени.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>JobStateInfo</name>
    <message>
        <source>Ready</source>
        <translation>Готово к запуску</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>Jobs — %1</source>
        <translation>Задания — %1</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source> — can be resumed</source>
        <translation> — можно возобновить</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 pending</source>
        <translation>Выполнено %1, с ошибкой %2, ожидает %3</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Во&amp;зобновить</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>&amp;Обновить</translation>
    </message>
</context>
<context>
    <name>JsonParse</name>
    <message>
        <source>The data is too large to read: %1 bytes, but at most %2 bytes are accepted.</source>
        <translation>Данные слишком велики для чтения: %1 байт, а допускается не более %2 байт.</translation>
    </message>
    <message>
        <source>The data is empty: expected a JSON value.</source>
        <translation>Данные пусты: ожидалось значение JSON.</translation>
    </message>
    <message>
        <source>The data is not valid JSON: %1 at line %2, column %3 (byte %4).</source>
        <translation>Данные не являются корректным JSON: %1 в строке %2, столбце %3 (байт %4).</translation>
    </message>
    <message>
        <source>The data is not valid JSON: expected one value, but more follow at line %1, column %2 (byte %3).</source>
        <translation>Данные не являются корректным JSON: ожидалось одно значение, но в строке %1, столбце %2 (байт %3) следуют ещё.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the value true</source>
        <translation>значение true</translation>
    </message>
    <message>
        <source>the value false</source>
        <translation>значение false</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <translation>число (%1)</translation>
    </message>
    <message>
        <source>text (“%1…”)</source>
        <translation>текст («%1…»)</translation>
    </message>
    <message>
        <source>text (“%1”)</source>
        <translation>текст («%1»)</translation>
    </message>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>список из %n элемента</numerusform>
            <numerusform>список из %n элементов</numerusform>
            <numerusform>список из %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
</context>
<context>
    <name>JwtInfo</name>
    <message>
        <source>This does not look like a Watchers token: a token has three parts separated by dots.</source>
        <translation>Это не похоже на токен Watchers: токен состоит из трёх частей, разделённых точками.</translation>
    </message>
    <message>
        <source>The token&apos;s middle part is not valid base64url; it may be cut short.</source>
        <translation>Средняя часть токена не является корректным base64url; возможно, токен обрезан.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation>Полезная нагрузка токена не является объектом JSON.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>OS keychain</source>
        <translation>Системное хранилище ключей</translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). Badge Desk never stores tokens in plain files; you can use the token for this session only, or start a keychain service (GNOME Keyring, KWallet) and try again.</source>
        <translation>Системное хранилище ключей недоступно (%1). Badge Desk никогда не хранит токены в обычных файлах; вы можете использовать токен только в этом сеансе или запустить службу хранилища ключей (GNOME Keyring, KWallet) и повторить попытку.</translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation>нет Secret Service на сеансовой шине</translation>
    </message>
    <message>
        <source>The keychain has no such item.</source>
        <translation>В хранилище ключей нет такой записи.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked, or access was declined): %1</source>
        <translation>Хранилище ключей отказало в доступе (возможно, оно заблокировано или доступ был отклонён): %1</translation>
    </message>
    <message>
        <source>The keychain item could not be removed: %1</source>
        <translation>Не удалось удалить запись из хранилища ключей: %1</translation>
    </message>
    <message>
        <source>The keychain is locked or access was declined: %1</source>
        <translation>Хранилище ключей заблокировано или доступ был отклонён: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Хранилище ключей сообщило об ошибке: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“%1” (#%2)</source>
        <translation>«%1» (#%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>⭐ New</source>
        <translation>⭐ Новый</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Нет профиля</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;New badge</source>
        <translation>&amp;Новый значок</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Assign to users…</source>
        <translation>&amp;Выдать пользователям…</translation>
    </message>
    <message>
        <source>&amp;Import badges…</source>
        <translation>&amp;Импорт значков…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Закрыть окно</translation>
    </message>
    <message>
        <source>&amp;Profiles and tokens…</source>
        <translation>Профили и &amp;токены…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Значок</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Значки</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>The Watchers project you are working on</source>
        <translation>Проект Watchers, с которым вы работаете</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Filter badges</source>
        <translation>Фильтр значков</translation>
    </message>
    <message>
        <source>Filter by text, tooltip or ID (%1)</source>
        <translation>Фильтр по тексту, подсказке или ID (%1)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Badge Desk — %1 — PRODUCTION</source>
        <translation>Badge Desk — %1 — РАБОЧАЯ СРЕДА</translation>
    </message>
    <message>
        <source>Badge Desk — %1</source>
        <translation>Badge Desk — %1</translation>
    </message>
    <message>
        <source>PRODUCTION — %1: changes here reach real users</source>
        <translation>РАБОЧАЯ СРЕДА — %1: изменения здесь затрагивают реальных пользователей</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION</source>
        <translation>%1 — РАБОЧАЯ СРЕДА</translation>
    </message>
    <message>
        <source>Profiles and tokens…</source>
        <translation>Профили и токены…</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (рабочая среда)</translation>
    </message>
    <message>
        <source>Loading badges…</source>
        <translation>Загрузка значков…</translation>
    </message>
    <message>
        <source>Could not load badges</source>
        <translation>Не удалось загрузить значки</translation>
    </message>
    <message>
        <source>%1 · not connected</source>
        <translation>%1 · нет подключения</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n значок</numerusform>
            <numerusform>%n значка</numerusform>
            <numerusform>%n значков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n badge(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %n значка</numerusform>
            <numerusform>Показано %1 из %n значков</numerusform>
            <numerusform>Показано %1 из %n значков</numerusform>
        </translation>
    </message>
    <message>
        <source>You are switching to %1.</source>
        <translation>Вы переключаетесь на %1.</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Найдены несохранённые изменения</translation>
    </message>
    <message>
        <source>There are unsaved changes to %1 from %2 that were never saved (the app closed or crashed). Restore them?</source>
        <translation>Найдены изменения в %1 от %2, которые так и не были сохранены (приложение было закрыто или аварийно завершилось). Восстановить их?</translation>
    </message>
    <message>
        <source>Restore changes</source>
        <translation>Восстановить изменения</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Отбросить</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes to %n badge(s) were kept from an earlier session.</source>
        <translation>
            <numerusform>Из предыдущего сеанса остались несохранённые изменения %n значка.</numerusform>
            <numerusform>Из предыдущего сеанса остались несохранённые изменения %n значков.</numerusform>
            <numerusform>Из предыдущего сеанса остались несохранённые изменения %n значков.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are restoring a draft.</source>
        <translation>Вы восстанавливаете черновик.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>%1 The badge %2 has unsaved changes. Save them first, or discard them?</source>
        <translation>%1 В значке %2 есть несохранённые изменения. Сохранить их или отбросить?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отбросить изменения</translation>
    </message>
    <message>
        <source>You are creating a new badge.</source>
        <translation>Вы создаёте новый значок.</translation>
    </message>
    <message>
        <source>You are duplicating %1.</source>
        <translation>Вы дублируете %1.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Создан значок %1.</translation>
    </message>
    <message>
        <source>Badge deleted on the server</source>
        <translation>Значок удалён на сервере</translation>
    </message>
    <message>
        <source>%1 was deleted on the server while you edited it. Create it again with your changes?</source>
        <translation>Значок %1 был удалён на сервере, пока вы его редактировали. Создать его заново с вашими изменениями?</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Создать заново</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Изменён на сервере</translation>
    </message>
    <message>
        <source>%1 was changed on the server after you started editing it (someone else, or another window). Saving now overwrites those changes with yours.</source>
        <translation>Значок %1 был изменён на сервере после того, как вы начали его редактировать (кем-то другим или в другом окне). Если сохранить сейчас, эти изменения будут заменены вашими.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Перезаписать</translation>
    </message>
    <message>
        <source>Not saved; your changes are still in the editor.</source>
        <translation>Не сохранено; ваши изменения остаются в редакторе.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Значок %1 сохранён.</translation>
    </message>
    <message>
        <source> This is the PRODUCTION project %1.</source>
        <translation> Это проект %1 в РАБОЧЕЙ СРЕДЕ.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the badge %1? %n user(s) hold it and will lose it. This cannot be undone.</source>
        <translation>
            <numerusform>Удалить значок %1? Он есть у %n пользователя, и тот его лишится. Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить значок %1? Он есть у %n пользователей, и они его лишатся. Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить значок %1? Он есть у %n пользователей, и они его лишатся. Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 badges? %n user(s) hold them in total and will lose them. This cannot be undone.</source>
        <translation>
            <numerusform>Удалить значки (%1)? В сумме они есть у %n пользователя, и тот их лишится. Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить значки (%1)? В сумме они есть у %n пользователей, и они их лишатся. Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить значки (%1)? В сумме они есть у %n пользователей, и они их лишатся. Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete badges</source>
        <translation>Удаление значков</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n badge(s).</source>
        <translation>
            <numerusform>Удалён %n значок.</numerusform>
            <numerusform>Удалено %n значка.</numerusform>
            <numerusform>Удалено %n значков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) could not be deleted</source>
        <translation>
            <numerusform>Не удалось удалить %n значок</numerusform>
            <numerusform>Не удалось удалить %n значка</numerusform>
            <numerusform>Не удалось удалить %n значков</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Удаление %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copied the %1 request as a curl command; the token and the API key are the placeholders %2 and %3.</source>
        <translation>Запрос %1 скопирован как команда curl; токен и ключ API заменены заполнителями %2 и %3.</translation>
    </message>
    <message>
        <source>Export badges</source>
        <translation>Экспорт значков</translation>
    </message>
    <message>
        <source>Badge definitions (*.json)</source>
        <translation>Определения значков (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n badge(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n значок в %1.</numerusform>
            <numerusform>Экспортировано %n значка в %1.</numerusform>
            <numerusform>Экспортировано %n значков в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import badges</source>
        <translation>Импорт значков</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Невозможно импортировать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Create %n new badge(s) in %1 from this file?</source>
        <translation>
            <numerusform>Создать %n новый значок в %1 из этого файла?</numerusform>
            <numerusform>Создать %n новых значка в %1 из этого файла?</numerusform>
            <numerusform>Создать %n новых значков в %1 из этого файла?</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Imported %1 badge(s), %2 failed.</source>
        <translation>Импортировано значков: %1, с ошибкой: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n badge(s) to %1…</source>
        <translation>
            <numerusform>Копирование %n значка в %1…</numerusform>
            <numerusform>Копирование %n значков в %1…</numerusform>
            <numerusform>Копирование %n значков в %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 badge(s) to %2, %3 failed.</source>
        <translation>Скопировано значков в %2: %1, с ошибкой: %3.</translation>
    </message>
    <message>
        <source>Could not create the badge %1</source>
        <translation>Не удалось создать значок %1</translation>
    </message>
    <message>
        <source>You are closing the window.</source>
        <translation>Вы закрываете окно.</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Копировать как c&amp;URL</translation>
    </message>
    <message>
        <source>E&amp;xport badges…</source>
        <translation>&amp;Экспорт значков…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Badge Desk</source>
        <translation>&amp;О программе Badge Desk</translation>
    </message>
    <message>
        <source>Cop&amp;y to profile</source>
        <translation>Копировать в &amp;профиль</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is kept for this session under that name.</source>
        <translation>Для этого сеанса под таким именем секрет не хранится.</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>только этот сеанс</translation>
    </message>
    <message>
        <source>The secret store is unavailable.</source>
        <translation>Хранилище секретов недоступно.</translation>
    </message>
</context>
<context>
    <name>ModerationLog</name>
    <message>
        <source>Cannot write the moderation log %1: %2</source>
        <translation>Не удалось записать журнал модерации %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the moderation log %1: %2</source>
        <translation>Не удалось прочитать журнал модерации %1: %2</translation>
    </message>
</context>
<context>
    <name>ModerationLogEntry</name>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 и ещё %n</numerusform>
            <numerusform>%1, %2 и ещё %n</numerusform>
            <numerusform>%1, %2 и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationLogWindow</name>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Отменить…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Moderation log — %1</source>
        <translation>Журнал модерации — %1</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Поиск по журналу</translation>
    </message>
    <message>
        <source>Search user, room, note, result</source>
        <translation>Поиск по пользователю, комнате, примечанию, результату</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Журнал модерации</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The Watchers API has no documented way to remove a badge from users; do it in the Watchers admin panel.</source>
        <translation>В Watchers API нет документированного способа снять значок с пользователей; сделайте это в панели администратора Watchers.</translation>
    </message>
    <message>
        <source>Export moderation log</source>
        <translation>Экспорт журнала модерации</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Блокировки</translation>
    </message>
    <message>
        <source>Unbans</source>
        <translation>Разблокировки</translation>
    </message>
    <message>
        <source>Moderator grants</source>
        <translation>Назначения модераторов</translation>
    </message>
    <message>
        <source>Badge assignments</source>
        <translation>Выдачи значков</translation>
    </message>
    <message>
        <source>Badge removals</source>
        <translation>Снятия значков</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The language of Badge Desk&apos;s menus and messages. &quot;System default&quot; follows the languages chosen in your system settings. Takes effect the next time Badge Desk starts.</source>
        <translation>Язык меню и сообщений Badge Desk. «Как в системе» следует языкам, выбранным в настройках системы. Вступает в силу при следующем запуске Badge Desk.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Transfer timeout:</source>
        <translation>Тайм-аут &amp;передачи:</translation>
    </message>
    <message>
        <source>Give up on a request when no data has moved for this many seconds (%1 to %2). Requests that only read are then tried again; changes are never sent twice by themselves.</source>
        <translation>Прекратить запрос, если данные не передавались указанное число секунд (от %1 до %2). Запросы только на чтение затем повторяются; изменения никогда не отправляются повторно сами по себе.</translation>
    </message>
    <message>
        <source>Overall &amp;deadline:</source>
        <translation>&amp;Общий предел:</translation>
    </message>
    <message>
        <source>The longest one request may take in all, retries included, in seconds (at least the transfer timeout, at most %1). Then it fails with a message.</source>
        <translation>Наибольшее время одного запроса в целом, включая повторы, в секундах (не меньше тайм-аута передачи, не больше %1). После этого запрос завершается с сообщением об ошибке.</translation>
    </message>
    <message>
        <source>Bulk jobs</source>
        <translation>Массовые задания</translation>
    </message>
    <message>
        <source>&amp;Batch size (IDs per call):</source>
        <translation>&amp;Размер пакета (ID на вызов):</translation>
    </message>
    <message>
        <source>How many user IDs go into one assign call (%1 to %2; the Watchers API asks for at most %2). Smaller batches show progress more often, larger ones need fewer calls. Used by jobs started from now on.</source>
        <translation>Сколько ID пользователей входит в один вызов assign (от %1 до %2; Watchers API допускает не более %2). Маленькие пакеты чаще показывают ход выполнения, большие требуют меньше вызовов. Применяется к заданиям, запущенным после этого.</translation>
    </message>
    <message>
        <source>&amp;Calls at the same time:</source>
        <translation>Одновременных &amp;вызовов:</translation>
    </message>
    <message>
        <source>How many calls a bulk job keeps going at once (%1 to %2). More is faster but meets the server&apos;s rate limits sooner; Badge Desk then waits as the server asks. Used by jobs started from now on.</source>
        <translation>Сколько вызовов массовое задание выполняет одновременно (от %1 до %2). Больше — быстрее, но раньше упирается в ограничения частоты запросов сервера; тогда Badge Desk ждёт столько, сколько просит сервер. Применяется к заданиям, запущенным после этого.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>не предупреждать</translation>
    </message>
    <message>
        <source>&amp;Warn about tokens older than:</source>
        <translation>Пр&amp;едупреждать о токенах старше:</translation>
    </message>
    <message>
        <source>For profiles created from now on: warn when the bearer token in use is older than this many days, as a reminder to rotate it. 0 never warns. A profile&apos;s own value is changed in its token manager.</source>
        <translation>Для профилей, созданных после этого: предупреждать, если используемый токен Bearer старше указанного числа дней, как напоминание о его ротации. 0 — не предупреждать. Собственное значение профиля меняется в его управлении токенами.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>По умолчанию: %1</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>Choose the folder in a file browser.</source>
        <translation>Выбрать папку в диалоге выбора файлов.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Сбросить</translation>
    </message>
    <message>
        <source>Use the default folder: %1</source>
        <translation>Использовать папку по умолчанию: %1</translation>
    </message>
    <message>
        <source>Where drafts, job journals and moderation logs are kept. Empty means the default folder. Takes effect the next time Badge Desk starts; you are asked whether the existing data moves along.</source>
        <translation>Где хранятся черновики, журналы заданий и журналы модерации. Пустое значение — папка по умолчанию. Вступает в силу при следующем запуске Badge Desk; вас спросят, переносить ли существующие данные.</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Папка &amp;данных:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Put every field back to its default. Nothing is saved before OK.</source>
        <translation>Вернуть всем полям значения по умолчанию. До нажатия OK ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Badge Desk will speak %1 from the next time it starts.</source>
        <translation>Язык Badge Desk со следующего запуска: %1.</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Сейчас используется: %1</translation>
    </message>
    <message>
        <source>BADGEDESK_DATA_DIR is set, so it decides where data is kept in this session.</source>
        <translation>Задана переменная BADGEDESK_DATA_DIR, поэтому в этом сеансе место хранения данных определяет она.</translation>
    </message>
    <message>
        <source>From the next start: %1. Your drafts, job journals and moderation logs will be moved there then.</source>
        <translation>Со следующего запуска: %1. Тогда же туда будут перемещены ваши черновики, журналы заданий и журналы модерации.</translation>
    </message>
    <message>
        <source>From the next start: %1.</source>
        <translation>Со следующего запуска: %1.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Выбор папки данных</translation>
    </message>
    <message>
        <source>Move your data?</source>
        <translation>Переместить данные?</translation>
    </message>
    <message>
        <source>Your drafts, job journals and moderation logs are in %1.

Move them to %2 the next time Badge Desk starts? Every file is copied and checked before the old one is removed.

If you leave them, they stay where they are and Badge Desk starts with an empty folder. Nothing is deleted.</source>
        <translation>Ваши черновики, журналы заданий и журналы модерации находятся в %1.

Переместить их в %2 при следующем запуске Badge Desk? Каждый файл копируется и проверяется, прежде чем старый удаляется.

Если оставить их, они останутся на месте, а Badge Desk запустится с пустой папкой. Ничего не удаляется.</translation>
    </message>
    <message>
        <source>Move them</source>
        <translation>Переместить</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A saved profile has no id or name.</source>
        <translation>У сохранённого профиля нет ID или имени.</translation>
    </message>
</context>
<context>
    <name>ProfileCredentials</name>
    <message>
        <source>The local sandbox gets its credentials when it starts; there is nothing to read from the keychain.</source>
        <translation>Локальная песочница получает учётные данные при запуске; читать из хранилища ключей нечего.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no active bearer token. Add one under Profiles and tokens.</source>
        <translation>У профиля «%1» нет активного токена Bearer. Добавьте его в разделе «Профили и токены».</translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation>Хранилище секретов недоступно.</translation>
    </message>
    <message>
        <source>The API key of profile &quot;%1&quot; is not in the keychain. Enter it again under Profiles and tokens.</source>
        <translation>Ключа API профиля «%1» нет в хранилище ключей. Введите его снова в разделе «Профили и токены».</translation>
    </message>
    <message>
        <source>The bearer token &quot;%1&quot; of profile &quot;%2&quot; is not in the keychain. Paste it again under Profiles and tokens.</source>
        <translation>Токена Bearer «%1» профиля «%2» нет в хранилище ключей. Вставьте его снова в разделе «Профили и токены».</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Профиль %1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation>например, Рабочий EU</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Custom base URL (staging)</source>
        <translation>Пользовательский базовый URL (staging)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>Пользовательский базовый URL</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Базовый &amp;URL:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>x-api-key from the admin panel</source>
        <translation>x-api-key из панели администратора</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Хранится в хранилище ключей; введите, чтобы заменить</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Токен Bearer</translation>
    </message>
    <message>
        <source>Paste the bearer token (&quot;Bearer …&quot; is fine)</source>
        <translation>Вставьте токен Bearer (можно с «Bearer …»)</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Метка токена</translation>
    </message>
    <message>
        <source>Token label, e.g. Anna&apos;s laptop</source>
        <translation>Метка токена, например «Ноутбук Анны»</translation>
    </message>
    <message>
        <source>Manage &amp;tokens…</source>
        <translation>Управление &amp;токенами…</translation>
    </message>
    <message>
        <source>Manage tokens</source>
        <translation>Управление токенами</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>&amp;Токен Bearer:</translation>
    </message>
    <message>
        <source>Token &amp;label:</source>
        <translation>&amp;Метка токена:</translation>
    </message>
    <message>
        <source>Bearer tokens:</source>
        <translation>Токены Bearer:</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>ID проекта</translation>
    </message>
    <message>
        <source>Filled in from the first token</source>
        <translation>Заполняется по первому токену</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>ID &amp;проекта:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Бирюзовый</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Коричневый</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>Production: show a banner and ask for typed confirmation before destructive and bulk actions</source>
        <translation>Рабочая среда: показывать баннер и требовать ввода подтверждения перед необратимыми и массовыми действиями</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Рабочая среда</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Задайте имя профиля.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Профиль с именем «%1» уже существует.</translation>
    </message>
    <message>
        <source>Enter the custom base URL, e.g. https://staging.example.com.</source>
        <translation>Введите пользовательский базовый URL, например https://staging.example.com.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Базовый URL не должен содержать имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s API key.</source>
        <translation>Введите ключ API проекта.</translation>
    </message>
    <message>
        <source>Paste a bearer token.</source>
        <translation>Вставьте токен Bearer.</translation>
    </message>
    <message>
        <source>Token 1</source>
        <translation>Токен 1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>Enter the custom base URL first.</source>
        <translation>Сначала введите пользовательский базовый URL.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
    <message>
        <source>Enter the API key and paste a token to test them.</source>
        <translation>Введите ключ API и вставьте токен, чтобы проверить их.</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Profiles and tokens</source>
        <translation>Профили и токены</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Tokens…</source>
        <translation>&amp;Токены…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>РАБОЧАЯ СРЕДА</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Локальная песочница</translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation>Профили не сохранены</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message numerus="yes">
        <source>Delete the profile &quot;%1&quot;? Its API key and %n token(s) are removed from the keychain, and its local drafts, job journals and logs are deleted. Nothing changes on the server.</source>
        <translation>
            <numerusform>Удалить профиль «%1»? Его ключ API и %n токен будут удалены из хранилища ключей, а его локальные черновики, журналы заданий и другие журналы — стёрты. На сервере ничего не изменится.</numerusform>
            <numerusform>Удалить профиль «%1»? Его ключ API и %n токена будут удалены из хранилища ключей, а его локальные черновики, журналы заданий и другие журналы — стёрты. На сервере ничего не изменится.</numerusform>
            <numerusform>Удалить профиль «%1»? Его ключ API и %n токенов будут удалены из хранилища ключей, а его локальные черновики, журналы заданий и другие журналы — стёрты. На сервере ничего не изменится.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Хранилище ключей</translation>
    </message>
    <message>
        <source>Some keychain items could not be removed: %1</source>
        <translation>Не удалось удалить некоторые записи из хранилища ключей: %1</translation>
    </message>
</context>
<context>
    <name>ProfileSecrets</name>
    <message>
        <source>This token belongs to project %1, but the profile is for project %2.</source>
        <translation>Этот токен относится к проекту %1, а профиль — к проекту %2.</translation>
    </message>
    <message numerus="yes">
        <source>This token is %n day(s) old, older than the rotation age you set.</source>
        <translation>
            <numerusform>Этому токену %n день — это больше заданного срока ротации.</numerusform>
            <numerusform>Этому токену %n дня — это больше заданного срока ротации.</numerusform>
            <numerusform>Этому токену %n дней — это больше заданного срока ротации.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profiles file %1 is too large to be ours.</source>
        <translation>Файл профилей %1 слишком велик, чтобы быть нашим.</translation>
    </message>
    <message>
        <source>The profiles file %1 could not be read: %2</source>
        <translation>Не удалось прочитать файл профилей %1: %2</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2). It was left as it is.</source>
        <translation>Файл профилей %1 повреждён (%2). Он оставлен без изменений.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged; it was not overwritten. Move it aside and try again.</source>
        <translation>Файл профилей %1 повреждён; он не был перезаписан. Переместите его в другое место и повторите попытку.</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1: %2</source>
        <translation>Не удалось сохранить профили в %1: %2</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Локальная песочница</translation>
    </message>
</context>
<context>
    <name>ProfilesPrompter</name>
    <message>
        <source>No keychain</source>
        <translation>Нет хранилища ключей</translation>
    </message>
    <message>
        <source>%1

Use the token for this session only? It is kept in memory and forgotten when Badge Desk quits.</source>
        <translation>%1

Использовать токен только в этом сеансе? Он хранится в памяти и забывается при выходе из Badge Desk.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Использовать только в этом сеансе</translation>
    </message>
</context>
<context>
    <name>RegionInfo</name>
    <message>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Северная Америка</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>Южная Америка</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Азия</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Пользовательский</translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message>
        <source>Request log</source>
        <translation>Журнал запросов</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Сведения о запросе</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Выберите запрос, чтобы увидеть сведения о нём.</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Копировать как c&amp;URL</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Копировать как cURL</translation>
    </message>
    <message>
        <source>Include token and API key</source>
        <translation>Включить токен и ключ API</translation>
    </message>
    <message>
        <source>Export the request log</source>
        <translation>Экспортировать журнал запросов</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Очистить журнал запросов</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Started: %1 (UTC)</source>
        <translation>Начало: %1 (UTC)</translation>
    </message>
    <message>
        <source>Status: %1   Duration: %2 ms   Received: %3 bytes   Attempt: %4</source>
        <translation>Статус: %1   Длительность: %2 мс   Получено: %3 байт   Попытка: %4</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Итог: %1</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>Заголовки запроса:</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Тело запроса:</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>Включить секреты</translation>
    </message>
    <message>
        <source>The command will contain the bearer token and the API key in plain text. Anyone who sees it can act on this project. Include them?</source>
        <translation>Команда будет содержать токен Bearer и ключ API в открытом виде. Любой, кто её увидит, сможет выполнять действия в этом проекте. Включить их?</translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>Экспорт журнала запросов</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>The request log could not be written to %1: %2</source>
        <translation>Не удалось записать журнал запросов в %1: %2</translation>
    </message>
    <message>
        <source>Expo&amp;rt…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (попытка %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Не удалось запустить локальную песочницу: %1</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly (exit code %1).</source>
        <translation>Локальная песочница неожиданно завершилась (код выхода %1).</translation>
    </message>
    <message>
        <source>The local sandbox (badgedesk-sandbox) is not installed next to Badge Desk.</source>
        <translation>Локальная песочница (badgedesk-sandbox) не установлена рядом с Badge Desk.</translation>
    </message>
    <message numerus="yes">
        <source>The local sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>Локальная песочница не запустилась за %n секунду.</numerusform>
            <numerusform>Локальная песочница не запустилась за %n секунды.</numerusform>
            <numerusform>Локальная песочница не запустилась за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local sandbox printed an unexpected address.</source>
        <translation>Локальная песочница вывела неожиданный адрес.</translation>
    </message>
</context>
<context>
    <name>SentMessage</name>
    <message>
        <source>The server answered with %1 instead of the sent message.</source>
        <translation>Сервер ответил %1 вместо отправленного сообщения.</translation>
    </message>
    <message>
        <source>The sent message has no “id”.</source>
        <translation>У отправленного сообщения нет «id».</translation>
    </message>
    <message>
        <source>The “id” of the sent message must be a whole number, but it is %1.</source>
        <translation>«id» отправленного сообщения должен быть целым числом, но получено: %1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, grouped by menu. Tab and Shift+Tab move between fields; Alt with an underlined letter goes to that field or button.</source>
        <translation>Все команды, у которых есть сочетание клавиш, сгруппированные по меню. Tab и Shift+Tab переходят между полями; Alt с подчёркнутой буквой переходит к этому полю или кнопке.</translation>
    </message>
    <message>
        <source>Part of a command or a key</source>
        <translation>Часть команды или клавиши</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
</context>
<context>
    <name>TokenManagerDialog</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Bearer tokens of %1</source>
        <translation>Токены Bearer профиля %1</translation>
    </message>
    <message>
        <source>Tokens are kept in: &lt;b&gt;%1&lt;/b&gt;. Only labels and dates are saved with the profile.</source>
        <translation>Место хранения токенов: &lt;b&gt;%1&lt;/b&gt;. В профиле сохраняются только метки и даты.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>нигде</translation>
    </message>
    <message>
        <source>Bearer tokens</source>
        <translation>Токены Bearer</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>Selected token</source>
        <translation>Выбранный токен</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>П&amp;оказать</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Токен:</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Сведения о токене</translation>
    </message>
    <message>
        <source>Token warnings</source>
        <translation>Предупреждения о токене</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>Сделать &amp;активным</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Сделать активным</translation>
    </message>
    <message>
        <source>Re&amp;place with pasted token</source>
        <translation>&amp;Заменить вставленным токеном</translation>
    </message>
    <message>
        <source>Replace with pasted token</source>
        <translation>Заменить вставленным токеном</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add or rotate a token</source>
        <translation>Добавление или ротация токена</translation>
    </message>
    <message>
        <source>New token label</source>
        <translation>Метка нового токена</translation>
    </message>
    <message>
        <source>e.g. CI bot, Anna&apos;s laptop</source>
        <translation>например, CI-бот, ноутбук Анны</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>Paste token</source>
        <translation>Вставьте токен</translation>
    </message>
    <message>
        <source>Paste the token (&quot;Bearer …&quot; is fine)</source>
        <translation>Вставьте токен (можно с «Bearer …»)</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>Добавить токен</translation>
    </message>
    <message>
        <source>Rotation age in days</source>
        <translation>Срок ротации в днях</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>не предупреждать</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Warn when older than:</source>
        <translation>Предупреждать, если старше:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активный</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>No token yet. Paste one below: in the Watchers admin panel, Settings → Bearer tokens.</source>
        <translation>Токенов пока нет. Вставьте токен ниже; создать его можно в панели администратора Watchers: Settings → Bearer tokens.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Добавлен %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>выпущен %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>проект %1</translation>
    </message>
    <message>
        <source>not a readable JWT, so project and age are unknown</source>
        <translation>не читаемый JWT, поэтому проект и возраст неизвестны</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Сначала вставьте токен.</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Токен %1</translation>
    </message>
    <message>
        <source>The token was not saved. %1</source>
        <translation>Токен не сохранён. %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; saved in the keychain.</source>
        <translation>Токен «%1» сохранён в хранилище ключей.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; is kept for this session only.</source>
        <translation>Токен «%1» хранится только в этом сеансе.</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Переименовано в «%1».</translation>
    </message>
    <message>
        <source>Paste the new token into the Token field, then choose Replace.</source>
        <translation>Вставьте новый токен в поле «Токен», затем нажмите «Заменить вставленным токеном».</translation>
    </message>
    <message>
        <source>The token was not replaced. %1</source>
        <translation>Токен не заменён. %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; replaced.</source>
        <translation>Токен «%1» заменён.</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Удаление токена</translation>
    </message>
    <message>
        <source>Remove the token &quot;%1&quot; from %2? It is deleted from the keychain; it stays valid on the server until revoked in the admin panel.</source>
        <translation>Удалить токен «%1» из %2? Он будет удалён из хранилища ключей, но останется действительным на сервере, пока его не отзовут в панели администратора.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Не удалось удалить токен: %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; removed.</source>
        <translation>Токен «%1» удалён.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active token.</source>
        <translation>«%1» теперь активный токен.</translation>
    </message>
    <message numerus="yes">
        <source>Token copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Токен скопирован. Буфер обмена будет очищен через %n секунду.</numerusform>
            <numerusform>Токен скопирован. Буфер обмена будет очищен через %n секунды.</numerusform>
            <numerusform>Токен скопирован. Буфер обмена будет очищен через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Добавить</translation>
    </message>
</context>
<context>
    <name>TriggerEditor</name>
    <message>
        <source>Award this badge automatically</source>
        <translation>Выдавать этот значок автоматически</translation>
    </message>
    <message>
        <source>This trigger was configured elsewhere in a form Badge Desk cannot edit. It is shown read-only and sent back unchanged.</source>
        <translation>Этот триггер был настроен в другом месте в форме, которую Badge Desk не может редактировать. Он показан только для чтения и будет отправлен обратно без изменений.</translation>
    </message>
    <message>
        <source>Trigger (read-only)</source>
        <translation>Триггер (только чтение)</translation>
    </message>
    <message>
        <source>Threshold for %1</source>
        <translation>Порог для «%1»</translation>
    </message>
    <message>
        <source>Tracking period for %1</source>
        <translation>Период учёта для «%1»</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Скользящий</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>First message cannot be combined with any other condition.</source>
        <translation>«Первое сообщение» нельзя сочетать с другими условиями.</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source>Badge duration in days</source>
        <translation>Срок действия значка в днях</translation>
    </message>
    <message>
        <source>An awarded badge lasts:</source>
        <translation>Выданный значок действует:</translation>
    </message>
    <message>
        <source>Rolling period in days for %1</source>
        <translation>Скользящий период в днях для %1</translation>
    </message>
    <message>
        <source>Period start for %1</source>
        <translation>Начало периода для %1</translation>
    </message>
    <message>
        <source>Period end for %1</source>
        <translation>Конец периода для %1</translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>First message</source>
        <translation>Первое сообщение</translation>
    </message>
    <message>
        <source>Number of messages</source>
        <translation>Число сообщений</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Число посещений</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Time spent in chat</source>
        <translation>Время в чате</translation>
    </message>
    <message>
        <source>Received reactions</source>
        <translation>Полученные реакции</translation>
    </message>
    <message>
        <source>Given reactions</source>
        <translation>Поставленные реакции</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Started threads</source>
        <translation>Начатые обсуждения</translation>
    </message>
    <message>
        <source>Invites sent</source>
        <translation>Отправленные приглашения</translation>
    </message>
    <message>
        <source>Poll votes</source>
        <translation>Голоса в опросах</translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation>Ответы в викторинах</translation>
    </message>
    <message>
        <source>Chat activity</source>
        <translation>Активность в чате</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Интеграции</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>дней подряд</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>посещений</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>сообщений</translation>
    </message>
    <message>
        <source>times</source>
        <translation>раз</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>Адрес сервера «%1» не является допустимым URL.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password; credentials go in the profile, where they are kept in the keychain.</source>
        <translation>Адрес сервера не должен содержать имя пользователя или пароль; учётные данные указываются в профиле, где они хранятся в хранилище ключей.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the token would travel unencrypted. Use https://.</source>
        <translation>Незащищённый http:// к %1 не допускается: токен передавался бы без шифрования. Используйте https://.</translation>
    </message>
    <message>
        <source>Unsupported address scheme &quot;%1&quot;: use https://.</source>
        <translation>Неподдерживаемая схема адреса «%1»: используйте https://.</translation>
    </message>
</context>
<context>
    <name>UserIdIssue</name>
    <message>
        <source>Line %1: empty value, left out.</source>
        <translation>Строка %1: пустое значение, пропущено.</translation>
    </message>
    <message>
        <source>Line %1: longer than %2 characters, left out.</source>
        <translation>Строка %1: длиннее %2 символов, пропущено.</translation>
    </message>
    <message>
        <source>Line %1: contains a control character, left out.</source>
        <translation>Строка %1: содержит управляющий символ, пропущено.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; looks encrypted or URL-encoded; the API expects the plain ID.</source>
        <translation>Строка %1: «%2» похоже на зашифрованное или URL-кодированное значение; API ожидает обычный ID.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; appears more than once; sent once.</source>
        <translation>Строка %1: «%2» встречается несколько раз; отправлено один раз.</translation>
    </message>
</context>
<context>
    <name>WatchersClient</name>
    <message>
        <source>The bearer token contains spaces or characters a token cannot have.</source>
        <translation>Токен Bearer содержит пробелы или символы, недопустимые в токене.</translation>
    </message>
    <message>
        <source>Paste the token again, exactly as the admin panel shows it.</source>
        <translation>Вставьте токен снова — точно так, как его показывает панель администратора.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer is larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Ответ сервера больше %n МБ; он не был прочитан.</numerusform>
            <numerusform>Ответ сервера больше %n МБ; он не был прочитан.</numerusform>
            <numerusform>Ответ сервера больше %n МБ; он не был прочитан.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Не удалось прочитать ответ сервера.</translation>
    </message>
    <message>
        <source>Check that the address points at the Watchers API of the right region.</source>
        <translation>Проверьте, что адрес указывает на Watchers API нужного региона.</translation>
    </message>
    <message>
        <source>The created badge has no id.</source>
        <translation>У созданного значка нет ID.</translation>
    </message>
    <message>
        <source>This badge has not been created yet.</source>
        <translation>Этот значок ещё не создан.</translation>
    </message>
    <message>
        <source>Create it first; only existing badges can be updated.</source>
        <translation>Сначала создайте его; обновлять можно только существующие значки.</translation>
    </message>
    <message>
        <source>The server accepted the request, so it was probably created: refresh before trying again, so nothing is created twice.</source>
        <translation>Сервер принял запрос, поэтому объект, вероятно, создан: обновите данные, прежде чем повторять, чтобы ничего не создать дважды.</translation>
    </message>
</context>
<context>
    <name>WcagContrast</name>
    <message>
        <source>AAA</source>
        <translation>AAA</translation>
    </message>
    <message>
        <source>AA</source>
        <translation>AA</translation>
    </message>
    <message>
        <source>AA large text only</source>
        <translation>AA только для крупного текста</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Не пройдено</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
</context>
<context>
    <name>WelcomeCardPreview</name>
    <message>
        <source>Welcome message preview</source>
        <translation>Предпросмотр приветственного сообщения</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to Badge Desk</source>
        <translation>Добро пожаловать в Badge Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Badge Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в Badge Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Design badges, hand them out, and moderate your Watchers chat. Everything stays on this computer; tokens live only in the OS keychain.</source>
        <translation>Создавайте значки, выдавайте их и модерируйте чат Watchers. Всё остаётся на этом компьютере; токены хранятся только в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>Try the local sandbox</source>
        <translation>Попробовать локальную песочницу</translation>
    </message>
    <message>
        <source>A private stand-in server with demo badges on this computer. No account or credentials needed.</source>
        <translation>Закрытый сервер-заменитель с демонстрационными значками на этом компьютере. Не нужны ни учётная запись, ни учётные данные.</translation>
    </message>
    <message>
        <source>Connect to a Watchers project</source>
        <translation>Подключиться к проекту Watchers</translation>
    </message>
    <message>
        <source>Region, API key and a bearer token from the admin panel (Settings → Bearer tokens).</source>
        <translation>Регион, ключ API и токен Bearer из панели администратора (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect to a Watchers project&lt;/h3&gt;&lt;p&gt;Find the API key and create a bearer token in the Watchers admin panel (Settings → Bearer tokens). Test, then save: the key and token go to the OS keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Подключение к проекту Watchers&lt;/h3&gt;&lt;p&gt;Найдите ключ API и создайте токен Bearer в панели администратора Watchers (Settings → Bearer tokens). Проверьте подключение, затем сохраните: ключ и токен попадут в системное хранилище ключей.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Запуск локальной песочницы…</translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation>Локальная песочница не запустилась: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Badge Desk</source>
        <translation>Badge Desk</translation>
    </message>
    <message>
        <source>Badge Desk: admin panel for the Watchers chat API.</source>
        <translation>Badge Desk: панель администратора для API чата Watchers.</translation>
    </message>
    <message>
        <source>Start a private local sandbox with demo data and open it.</source>
        <translation>Запустить закрытую локальную песочницу с демонстрационными данными и открыть её.</translation>
    </message>
    <message>
        <source>Connect with WATCHERS_BASE_URL or WATCHERS_REGION, WATCHERS_API_KEY and WATCHERS_TOKEN, without a saved profile.</source>
        <translation>Подключиться с помощью WATCHERS_BASE_URL или WATCHERS_REGION, WATCHERS_API_KEY и WATCHERS_TOKEN без сохранённого профиля.</translation>
    </message>
    <message>
        <source>Open the saved profile NAME.</source>
        <translation>Открыть сохранённый профиль ИМЯ.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Профиля с именем «%1» нет.</translation>
    </message>
</context>
</TS>
