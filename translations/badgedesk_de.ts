<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Badge Desk</source>
        <translation>Über Badge Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>An admin panel for the Watchers chat API: design badges, give them to many users at once, and moderate.</source>
        <translation>Ein Admin-Panel für die Chat-API von Watchers: Abzeichen gestalten, sie vielen Benutzern auf einmal vergeben und moderieren.</translation>
    </message>
    <message>
        <source>Free software under the MIT License. Copyright © 2026 The Badge Desk authors.</source>
        <translation>Freie Software unter der MIT-Lizenz. Copyright © 2026 Die Autoren von Badge Desk.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
    <message>
        <source>&amp;Copy version</source>
        <translation>Version &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the versions of Badge Desk, Qt and the system, for a bug report</source>
        <translation>Die Versionen von Badge Desk, Qt und dem System für einen Fehlerbericht kopieren</translation>
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
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly (exit code %1). Open the sandbox profile again to restart it.</source>
        <translation>Die lokale Sandbox wurde unerwartet beendet (Exit-Code %1). Öffnen Sie das Sandbox-Profil erneut, um sie neu zu starten.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>There is no profile with that id.</source>
        <translation>Es gibt kein Profil mit dieser ID.</translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation>Profil nicht geöffnet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation>Profile nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Profiles and tokens…</source>
        <translation>&amp;Profile und Tokens…</translation>
    </message>
    <message>
        <source>Copy to profile</source>
        <translation>In Profil kopieren</translation>
    </message>
    <message>
        <source>Open the local sandbox once first, then copy to it.</source>
        <translation>Öffnen Sie zuerst einmal die lokale Sandbox und kopieren Sie dann dorthin.</translation>
    </message>
    <message>
        <source>Re&amp;quest log</source>
        <translation>&amp;Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The settings file %1 is not in the expected format; fix or remove it.</source>
        <translation>Die Einstellungsdatei %1 hat nicht das erwartete Format; korrigieren oder entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign badge to users — %1</source>
        <translation>Abzeichen an Benutzer vergeben — %1</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Badge %1</source>
        <translation>Abzeichen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) hold this badge now.</source>
        <translation>
            <numerusform>%n Benutzer hat dieses Abzeichen derzeit.</numerusform>
            <numerusform>%n Benutzer haben dieses Abzeichen derzeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Holder count unknown.</source>
        <translation>Anzahl der Inhaber unbekannt.</translation>
    </message>
    <message>
        <source>⚠ These users lose the badge. They are not told.</source>
        <translation>⚠ Diese Benutzer verlieren das Abzeichen. Sie werden nicht benachrichtigt.</translation>
    </message>
    <message>
        <source>⚠ Every new holder sees the welcome message “%1” when they next enter the chat. Users who already hold the badge are not affected.</source>
        <translation>⚠ Jeder neue Inhaber sieht die Willkommensnachricht „%1“, wenn er den Chat das nächste Mal betritt. Benutzer, die das Abzeichen bereits haben, sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Remove badge from users — %1</source>
        <translation>Abzeichen von Benutzern entfernen — %1</translation>
    </message>
    <message>
        <source>Choose a saved badge first.</source>
        <translation>Wählen Sie zuerst ein gespeichertes Abzeichen.</translation>
    </message>
    <message>
        <source>The Watchers API has no documented way to remove a badge from users; do it in the Watchers admin panel.</source>
        <translation>Die Watchers-API bietet keinen dokumentierten Weg, Benutzern ein Abzeichen zu entziehen; tun Sie dies im Watchers-Admin-Panel.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>The field “%1” must be text, but it is %2.</source>
        <translation>Das Feld „%1“ muss Text sein, ist aber %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be text or null, but it is %2.</source>
        <translation>Das Feld „%1“ muss Text oder null sein, ist aber %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be a whole number from 0 to %2, but it is %3.</source>
        <translation>Das Feld „%1“ muss eine ganze Zahl von 0 bis %2 sein, ist aber %3.</translation>
    </message>
    <message>
        <source>The field “%1” must be an object or null, but it is %2.</source>
        <translation>Das Feld „%1“ muss ein Objekt oder null sein, ist aber %2.</translation>
    </message>
    <message>
        <source>A badge must be a JSON object, but this is %1.</source>
        <translation>Ein Abzeichen muss ein JSON-Objekt sein, dies ist aber %1.</translation>
    </message>
    <message>
        <source>Expected a list of badges (a JSON array, or an object with a “data” or “items” array), but got %1.</source>
        <translation>Erwartet wurde eine Liste von Abzeichen (ein JSON-Array oder ein Objekt mit einem Array „data“ oder „items“), erhalten wurde aber %1.</translation>
    </message>
    <message>
        <source>Badge %1 of %2 in the list (id %3): %4</source>
        <translation>Abzeichen %1 von %2 in der Liste (ID %3): %4</translation>
    </message>
    <message>
        <source>Badge %1 of %2 in the list: %3</source>
        <translation>Abzeichen %1 von %2 in der Liste: %3</translation>
    </message>
</context>
<context>
    <name>BadgeEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>(Bearbeitung von %1)</translation>
    </message>
    <message>
        <source>&amp;Save badge</source>
        <translation>Abzeichen &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>Änderungen &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Badge editor</source>
        <translation>Abzeichen-Editor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the badge (%1)</source>
        <translation>Abzeichen speichern (%1)</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Badge text</source>
        <translation>Abzeichentext</translation>
    </message>
    <message>
        <source>Short label, emoji welcome</source>
        <translation>Kurze Beschriftung, Emojis willkommen</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Ein Emoji einfügen</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <source>Text &amp;colour:</source>
        <translation>Text&amp;farbe:</translation>
    </message>
    <message>
        <source>Use the nearest readable text colour</source>
        <translation>Nächste gut lesbare Textfarbe verwenden</translation>
    </message>
    <message>
        <source>Contrast:</source>
        <translation>Kontrast:</translation>
    </message>
    <message>
        <source>Tooltip</source>
        <translation>Tooltip</translation>
    </message>
    <message>
        <source>How to earn this badge</source>
        <translation>Wie man dieses Abzeichen erhält</translation>
    </message>
    <message>
        <source>T&amp;ooltip:</source>
        <translation>T&amp;ooltip:</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Willkommensnachricht</translation>
    </message>
    <message>
        <source>Welcome picture address</source>
        <translation>Adresse des Willkommensbilds</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>&amp;Bild:</translation>
    </message>
    <message>
        <source>Welcome title</source>
        <translation>Willkommenstitel</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Willkommenstext</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Icon and data</source>
        <translation>Symbol und Daten</translation>
    </message>
    <message>
        <source>Badge icon address</source>
        <translation>Adresse des Abzeichensymbols</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Format JSON</source>
        <translation>JSON formatieren</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>Date&amp;n:</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Cannot save: %1</source>
        <translation>
            <numerusform>Speichern nicht möglich: %1</numerusform>
            <numerusform>Speichern nicht möglich: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Keine Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>Badge #%1%2</source>
        <translation>Abzeichen #%1%2</translation>
    </message>
    <message>
        <source> — edited</source>
        <translation> — bearbeitet</translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Neues Abzeichen</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Text on badge: %1</source>
        <translation>Text auf dem Abzeichen: %1</translation>
    </message>
    <message>
        <source>Text on badge: the text colour is empty or invalid, so the chat would use its default. Pick one, or use the button below.</source>
        <translation>Text auf dem Abzeichen: Die Textfarbe ist leer oder ungültig, daher würde der Chat seine Standardfarbe verwenden. Wählen Sie eine aus oder verwenden Sie die Schaltfläche unten.</translation>
    </message>
    <message>
        <source>Text on badge: choose a valid background colour first.</source>
        <translation>Text auf dem Abzeichen: Wählen Sie zuerst eine gültige Hintergrundfarbe.</translation>
    </message>
    <message>
        <source>%1 — stands out (≥ 3 : 1)</source>
        <translation>%1 — hebt sich ab (≥ 3 : 1)</translation>
    </message>
    <message>
        <source>%1 — blends in (&lt; 3 : 1)</source>
        <translation>%1 — geht unter (&lt; 3 : 1)</translation>
    </message>
    <message>
        <source>Chip on light chat: %1</source>
        <translation>Abzeichen auf hellem Chat: %1</translation>
    </message>
    <message>
        <source>Chip on dark chat: %1</source>
        <translation>Abzeichen auf dunklem Chat: %1</translation>
    </message>
    <message>
        <source>Empty: no data is stored.</source>
        <translation>Leer: Es werden keine Daten gespeichert.</translation>
    </message>
    <message>
        <source>Plain text.</source>
        <translation>Einfacher Text.</translation>
    </message>
    <message>
        <source>Looks like JSON, but is not valid at character %1: %2. It is still saved as text.</source>
        <translation>Sieht aus wie JSON, ist aber bei Zeichen %1 ungültig: %2. Es wird trotzdem als Text gespeichert.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <source>tooltip</source>
        <translation>Tooltip</translation>
    </message>
    <message>
        <source>welcome picture</source>
        <translation>Willkommensbild</translation>
    </message>
    <message>
        <source>welcome title</source>
        <translation>Willkommenstitel</translation>
    </message>
    <message>
        <source>welcome text</source>
        <translation>Willkommenstext</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>(Zurücksetzen)</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>Hinter&amp;grund:</translation>
    </message>
    <message>
        <source>Ico&amp;n:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <source>Select a badge in the list to edit it, or create one with New (%1).</source>
        <translation>Wählen Sie ein Abzeichen in der Liste aus, um es zu bearbeiten, oder erstellen Sie eines mit „Neues Abzeichen“ (%1).</translation>
    </message>
    <message>
        <source>No badge open</source>
        <translation>Kein Abzeichen geöffnet</translation>
    </message>
</context>
<context>
    <name>BadgeExchange</name>
    <message>
        <source>This file is not a Badge Desk badge export.</source>
        <translation>Diese Datei ist kein Abzeichen-Export von Badge Desk.</translation>
    </message>
</context>
<context>
    <name>BadgeTableModel</name>
    <message>
        <source>Badge</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tooltip</source>
        <translation>Tooltip</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Inhaber</translation>
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
        <translation>Der Auslöser hat keine Bedingungen. Fügen Sie eine hinzu oder entfernen Sie den Auslöser, um das Abzeichen nur von Hand zu vergeben.</translation>
    </message>
    <message>
        <source>The condition %1 is used more than once; each kind of condition may appear only once.</source>
        <translation>Die Bedingung %1 wird mehrfach verwendet; jede Art von Bedingung darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the threshold must be a whole number of at least 1.</source>
        <translation>Bedingung %1 (%2): Der Schwellenwert muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): a rolling period must last a whole number of days, at least 1.</source>
        <translation>Bedingung %1 (%2): Ein gleitender Zeitraum muss eine ganze Zahl von Tagen umfassen, mindestens 1.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): a custom period needs a start and an end as ISO-8601 UTC timestamps.</source>
        <translation>Bedingung %1 (%2): Ein benutzerdefinierter Zeitraum braucht Beginn und Ende als ISO-8601-Zeitstempel in UTC.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the custom period must start before it ends.</source>
        <translation>Bedingung %1 (%2): Der benutzerdefinierte Zeitraum muss vor seinem Ende beginnen.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the period must be rolling (a number of days) or custom (from and to).</source>
        <translation>Bedingung %1 (%2): Der Zeitraum muss gleitend (eine Anzahl von Tagen) oder benutzerdefiniert (von und bis) sein.</translation>
    </message>
    <message>
        <source>The condition FIRST_MESSAGE cannot be combined with other conditions.</source>
        <translation>Die Bedingung FIRST_MESSAGE kann nicht mit anderen Bedingungen kombiniert werden.</translation>
    </message>
    <message>
        <source>The badge duration must be a whole number of days, at least 1, or permanent.</source>
        <translation>Die Gültigkeitsdauer des Abzeichens muss eine ganze Zahl von Tagen (mindestens 1) oder dauerhaft sein.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %n characters, but at most %2 are allowed.</source>
        <translation>
            <numerusform>%1 ist zu lang: %n Zeichen, erlaubt sind aber höchstens %2.</numerusform>
            <numerusform>%1 ist zu lang: %n Zeichen, erlaubt sind aber höchstens %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %n characters as the server counts them (%2 as shown; emoji and accents can count more than once), but at most %3 are allowed.</source>
        <translation>
            <numerusform>%1 ist zu lang: %n Zeichen nach Zählung des Servers (%2 wie angezeigt; Emojis und Akzente können mehrfach zählen), erlaubt sind aber höchstens %3.</numerusform>
            <numerusform>%1 ist zu lang: %n Zeichen nach Zählung des Servers (%2 wie angezeigt; Emojis und Akzente können mehrfach zählen), erlaubt sind aber höchstens %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the address is empty. Enter an https:// address, or remove the picture.</source>
        <translation>%1: Die Adresse ist leer. Geben Sie eine https://-Adresse ein oder entfernen Sie das Bild.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a web address. Enter an address that starts with https://.</source>
        <translation>%1: „%2“ ist keine Webadresse. Geben Sie eine Adresse ein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>%1: the address is not encrypted (http://), and the chat may not load it. Use https:// if the server supports it.</source>
        <translation>%1: Die Adresse ist nicht verschlüsselt (http://), und der Chat lädt sie möglicherweise nicht. Verwenden Sie https://, wenn der Server es unterstützt.</translation>
    </message>
    <message>
        <source>Enter the label shown on the badge.</source>
        <translation>Geben Sie die Beschriftung ein, die auf dem Abzeichen steht.</translation>
    </message>
    <message numerus="yes">
        <source>The label is %n characters long; long labels get cut in the chat. At most %1 are advised.</source>
        <translation>
            <numerusform>Die Beschriftung ist %n Zeichen lang; lange Beschriftungen werden im Chat abgeschnitten. Empfohlen sind höchstens %1.</numerusform>
            <numerusform>Die Beschriftung ist %n Zeichen lang; lange Beschriftungen werden im Chat abgeschnitten. Empfohlen sind höchstens %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a background colour, for example #ea00fc.</source>
        <translation>Wählen Sie eine Hintergrundfarbe, zum Beispiel #ea00fc.</translation>
    </message>
    <message>
        <source>The background colour “%1” is not a hex colour. Use the form #rrggbb, for example #ea00fc.</source>
        <translation>Die Hintergrundfarbe „%1“ ist keine Hex-Farbe. Verwenden Sie die Form #rrggbb, zum Beispiel #ea00fc.</translation>
    </message>
    <message>
        <source>The text colour is empty, so the chat would fall back to its default colour. Choose one, for example #000000.</source>
        <translation>Die Textfarbe ist leer, daher würde der Chat auf seine Standardfarbe zurückgreifen. Wählen Sie eine, zum Beispiel #000000.</translation>
    </message>
    <message>
        <source>The text colour “%1” is not a hex colour. Use the form #rrggbb, for example #000000.</source>
        <translation>Die Textfarbe „%1“ ist keine Hex-Farbe. Verwenden Sie die Form #rrggbb, zum Beispiel #000000.</translation>
    </message>
    <message>
        <source>Enter a tooltip: it tells other users how to earn the badge.</source>
        <translation>Geben Sie einen Tooltip ein: Er erklärt anderen Benutzern, wie man das Abzeichen erhält.</translation>
    </message>
    <message>
        <source>The tooltip</source>
        <translation>Der Tooltip</translation>
    </message>
    <message>
        <source>Enter the title of the message users see when they receive the badge.</source>
        <translation>Geben Sie den Titel der Nachricht ein, die Benutzer beim Erhalt des Abzeichens sehen.</translation>
    </message>
    <message>
        <source>The message title</source>
        <translation>Der Nachrichtentitel</translation>
    </message>
    <message>
        <source>Enter the text of the message users see when they receive the badge.</source>
        <translation>Geben Sie den Text der Nachricht ein, die Benutzer beim Erhalt des Abzeichens sehen.</translation>
    </message>
    <message>
        <source>The message text</source>
        <translation>Der Nachrichtentext</translation>
    </message>
    <message>
        <source>Message picture</source>
        <translation>Nachrichtenbild</translation>
    </message>
    <message>
        <source>Badge icon</source>
        <translation>Abzeichensymbol</translation>
    </message>
    <message>
        <source>The trigger must be an object or empty, but it is %1.</source>
        <translation>Der Auslöser muss ein Objekt oder leer sein, ist aber %1.</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>&amp;Ban</source>
        <translation>Sp&amp;erren</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>En&amp;tsperren</translation>
    </message>
    <message>
        <source>Ban or unban users — %1</source>
        <translation>Benutzer sperren oder entsperren — %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Raum-ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Ban ends at</source>
        <translation>Sperre endet am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Whole app (IN_APP)</source>
        <translation>Ganze App (IN_APP)</translation>
    </message>
    <message>
        <source>One room (IN_ROOM)</source>
        <translation>Ein Raum (IN_ROOM)</translation>
    </message>
    <message>
        <source>Room ID (required for a room ban)</source>
        <translation>Raum-ID (für eine Raumsperre erforderlich)</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Kein Grund</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Bis…</translation>
    </message>
    <message>
        <source>Optional note, kept with the ban</source>
        <translation>Optionale Notiz, wird mit der Sperre gespeichert</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>An unban must repeat the scope of the ban it lifts (same type and room).</source>
        <translation>Eine Entsperrung muss den Geltungsbereich der aufgehobenen Sperre wiederholen (gleicher Typ und Raum).</translation>
    </message>
    <message>
        <source>A forbidden nickname blocks the user until they change it: no duration.</source>
        <translation>Ein verbotener Spitzname sperrt den Benutzer, bis er ihn ändert: keine Dauer.</translation>
    </message>
    <message>
        <source>Ends %1 your time (%2) — sent as %3 UTC.</source>
        <translation>Endet am %1 Ortszeit (%2) — wird als %3 UTC gesendet.</translation>
    </message>
    <message>
        <source>Permanent: the ban stays until someone lifts it.</source>
        <translation>Dauerhaft: Die Sperre bleibt bestehen, bis jemand sie aufhebt.</translation>
    </message>
    <message>
        <source>Enter the room ID for a room ban.</source>
        <translation>Geben Sie die Raum-ID für eine Raumsperre ein.</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Dura&amp;tion:</source>
        <translation>&amp;Dauer:</translation>
    </message>
</context>
<context>
    <name>BanReasonInfo</name>
    <message>
        <source>Insults</source>
        <translation>Beleidigungen</translation>
    </message>
    <message>
        <source>Personal attacks / personal data</source>
        <translation>Persönliche Angriffe / persönliche Daten</translation>
    </message>
    <message>
        <source>Flooding / spam</source>
        <translation>Flooding / Spam</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Gewalt</translation>
    </message>
    <message>
        <source>Fraud / scam</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Forbidden nickname</source>
        <translation>Verbotener Spitzname</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>Politik</translation>
    </message>
    <message>
        <source>Repeated violation</source>
        <translation>Wiederholter Verstoß</translation>
    </message>
</context>
<context>
    <name>BanRequest</name>
    <message>
        <source>A ban in all rooms ignores the room ID; it is not sent.</source>
        <translation>Eine Sperre in allen Räumen ignoriert die Raum-ID; sie wird nicht gesendet.</translation>
    </message>
    <message>
        <source>A ban for a forbidden nickname has no end date: it lasts until the user changes the nickname. Choose “permanent”.</source>
        <translation>Eine Sperre wegen eines verbotenen Spitznamens hat kein Enddatum: Sie gilt, bis der Benutzer den Spitznamen ändert. Wählen Sie „dauerhaft“.</translation>
    </message>
    <message>
        <source>The end date of the ban is not a valid date.</source>
        <translation>Das Enddatum der Sperre ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The end of the ban (%1 UTC) is not in the future.</source>
        <translation>Das Ende der Sperre (%1 UTC) liegt nicht in der Zukunft.</translation>
    </message>
    <message numerus="yes">
        <source>The note is %n characters long; at most %1 are allowed.</source>
        <translation>
            <numerusform>Die Notiz ist %n Zeichen lang; erlaubt sind höchstens %1.</numerusform>
            <numerusform>Die Notiz ist %n Zeichen lang; erlaubt sind höchstens %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>&amp;Ban / unban users…</source>
        <translation>Benutzer &amp;sperren / entsperren…</translation>
    </message>
    <message>
        <source>Grant &amp;moderator…</source>
        <translation>Zum &amp;Moderator ernennen…</translation>
    </message>
    <message>
        <source>Moderation &amp;log</source>
        <translation>M&amp;oderationsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
</context>
<context>
    <name>BulkDialogBase</name>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Typed confirmation</source>
        <translation>Bestätigung durch Eingabe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is a production profile.&lt;/b&gt; Type &lt;b&gt;%2&lt;/b&gt; to confirm.</source>
        <translation>&lt;b&gt;%1 ist ein Produktionsprofil.&lt;/b&gt; Geben Sie zur Bestätigung &lt;b&gt;%2&lt;/b&gt; ein.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %1 — %n user(s), </source>
        <translation>
            <numerusform>Probelauf: %1 — %n Benutzer, </numerusform>
            <numerusform>Probelauf: %1 — %n Benutzer, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s). Nothing was sent.</source>
        <translation>
            <numerusform>%n Aufruf. Es wurde nichts gesendet.</numerusform>
            <numerusform>%n Aufrufe. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm first.</source>
        <translation>Geben Sie zuerst zur Bestätigung %1 ein.</translation>
    </message>
    <message>
        <source>Add at least one user ID.</source>
        <translation>Fügen Sie mindestens eine Benutzer-ID hinzu.</translation>
    </message>
    <message>
        <source>Job %1 started. You can close this window; the job is saved and can be resumed from Tools → Jobs.</source>
        <translation>Auftrag %1 gestartet. Sie können dieses Fenster schließen; der Auftrag ist gespeichert und kann unter Extras → Aufträge fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>ChatMessage</name>
    <message>
        <source>Enter the message text.</source>
        <translation>Geben Sie den Nachrichtentext ein.</translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters long; at most %1 are allowed.</source>
        <translation>
            <numerusform>Die Nachricht ist %n Zeichen lang; erlaubt sind höchstens %1.</numerusform>
            <numerusform>Die Nachricht ist %n Zeichen lang; erlaubt sind höchstens %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChipPreview</name>
    <message>
        <source>Chip preview on the chat&apos;s light and dark backgrounds</source>
        <translation>Vorschau des Abzeichens auf hellem und dunklem Chat-Hintergrund</translation>
    </message>
    <message>
        <source>A</source>
        <comment>avatar initial</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Hi everyone! 👋</source>
        <translation>Hallo zusammen! 👋</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>badgedesk-cli: %1</source>
        <translation>badgedesk-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;badgedesk-cli --help&apos;.</source>
        <translation>Siehe &apos;badgedesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--%1 is not accepted: pass secrets through the environment or a saved profile.</source>
        <translation>--%1 wird nicht akzeptiert: Übergeben Sie Geheimnisse über die Umgebung oder ein gespeichertes Profil.</translation>
    </message>
    <message>
        <source>--output must be text, json or csv.</source>
        <translation>--output muss text, json oder csv sein.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Geben Sie einen Befehl an.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the saved profiles: %1</source>
        <translation>Die gespeicherten Profile können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No saved profile named &quot;%1&quot;.</source>
        <translation>Kein gespeichertes Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No credentials: %1 Or use --profile NAME.</source>
        <translation>Keine Zugangsdaten: %1 Oder verwenden Sie --profile NAME.</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>Umgebung (%1)</translation>
    </message>
    <message>
        <source>Use &quot;jobs list&quot; or &quot;jobs resume JOB_ID&quot;.</source>
        <translation>Verwenden Sie &quot;jobs list&quot; oder &quot;jobs resume JOB_ID&quot;.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Give the badge with --from FILE.json.</source>
        <translation>Geben Sie das Abzeichen mit --from FILE.json an.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n Inhaber</numerusform>
            <numerusform>%n Inhaber</numerusform>
        </translation>
    </message>
    <message>
        <source>A badge id is a positive number.</source>
        <translation>Eine Abzeichen-ID ist eine positive Zahl.</translation>
    </message>
    <message>
        <source>Dry run: would delete badge %1.</source>
        <translation>Probelauf: Abzeichen %1 würde gelöscht.</translation>
    </message>
    <message>
        <source>Badge %1 deleted.</source>
        <translation>Abzeichen %1 gelöscht.</translation>
    </message>
    <message>
        <source>Use badges list, get ID, create --from FILE, update ID --from FILE or delete ID.</source>
        <translation>Verwenden Sie badges list, get ID, create --from FILE, update ID --from FILE oder delete ID.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Use: assign BADGE_ID --ids FILE</source>
        <translation>Verwendung: assign BADGE_ID --ids FILE</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--type must be IN_APP or IN_ROOM.</source>
        <translation>--type muss IN_APP oder IN_ROOM sein.</translation>
    </message>
    <message>
        <source>--room is only for --type IN_ROOM.</source>
        <translation>--room gilt nur für --type IN_ROOM.</translation>
    </message>
    <message>
        <source>Unknown --reason &quot;%1&quot;.</source>
        <translation>Unbekannter --reason &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--expires must be 1h, 24h, 7d, 30d, permanent or &quot;YYYY-MM-DD HH:MM:SS&quot; (UTC).</source>
        <translation>--expires muss 1h, 24h, 7d, 30d, permanent oder &quot;YYYY-MM-DD HH:MM:SS&quot; (UTC) sein.</translation>
    </message>
    <message>
        <source>unban takes only --type and --room.</source>
        <translation>unban akzeptiert nur --type und --room.</translation>
    </message>
    <message>
        <source>grant-moderator needs --room ID.</source>
        <translation>grant-moderator benötigt --room ID.</translation>
    </message>
    <message>
        <source>Give the user IDs with --ids FILE (&quot;-&quot; for standard input).</source>
        <translation>Geben Sie die Benutzer-IDs mit --ids FILE an (&quot;-&quot; für die Standardeingabe).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>--batch-size must be between 1 and 1000.</source>
        <translation>--batch-size muss zwischen 1 und 1000 liegen.</translation>
    </message>
    <message>
        <source>Dry run: %1</source>
        <translation>Probelauf: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n user(s) to send</source>
        <translation>
            <numerusform>  %n Benutzer zu senden</numerusform>
            <numerusform>  %n Benutzer zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n skipped (duplicates or invalid)</source>
        <translation>
            <numerusform>  %n übersprungen (Duplikat oder ungültig)</numerusform>
            <numerusform>  %n übersprungen (Duplikate oder ungültig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n call(s) would be made; nothing was sent.</source>
        <translation>
            <numerusform>  %n Aufruf würde ausgeführt; es wurde nichts gesendet.</numerusform>
            <numerusform>  %n Aufrufe würden ausgeführt; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user IDs to send.</source>
        <translation>Keine Benutzer-IDs zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 started: %2, %n ID(s) to send.</source>
        <translation>
            <numerusform>Auftrag %1 gestartet: %2, %n ID zu senden.</numerusform>
            <numerusform>Auftrag %1 gestartet: %2, %n IDs zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed, %4 skipped, %5 pending.</source>
        <translation>%1: %2 erledigt, %3 fehlgeschlagen, %4 übersprungen, %5 ausstehend.</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>Job %1 paused: %2</source>
        <translation>Auftrag %1 angehalten: %2</translation>
    </message>
    <message>
        <source>Resume it with: badgedesk-cli jobs resume %1</source>
        <translation>Fortsetzen mit: badgedesk-cli jobs resume %1</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 pending</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 ausstehend</translation>
    </message>
    <message>
        <source>No jobs for this profile.</source>
        <translation>Keine Aufträge für dieses Profil.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: job %1 would send %n ID(s).</source>
        <translation>
            <numerusform>Probelauf: Auftrag %1 würde %n ID senden.</numerusform>
            <numerusform>Probelauf: Auftrag %1 würde %n IDs senden.</numerusform>
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
        <translation>Verwendung: badgedesk-cli [--profile NAME] [--dry-run] [--output text|json|csv] COMMAND

Badge Desk auf der Kommandozeile: dieselbe Engine und dasselbe Auftragsjournal wie die App.

Befehle:
  badges list                          alle Abzeichen (JSON mit --output json)
  badges get ID                        ein Abzeichen als JSON
  badges create --from FILE.json       Abzeichen aus einem JSON-Objekt erstellen; gibt es mit
                                       seiner ID aus
  badges update ID --from FILE.json    Felder eines Abzeichens ersetzen (das ganze Abzeichen
                                       wird gesendet)
  badges delete ID                     Abzeichen löschen (seine Inhaber verlieren es)
  assign BADGE_ID --ids FILE           Abzeichen an alle Benutzer in FILE vergeben
  ban --ids FILE --type IN_APP|IN_ROOM [--room ID] [--reason NAME|CODE]
      [--expires 1h|24h|7d|30d|&quot;YYYY-MM-DD HH:MM:SS&quot;] [--description TEXT]
                                       Benutzer sperren (ohne --expires: dauerhaft)
  unban --ids FILE --type IN_APP|IN_ROOM [--room ID]
                                       Sperren aufheben; Geltungsbereich der Sperre wiederholen
  grant-moderator --room ID --ids FILE Benutzer zu Moderatoren eines Raums ernennen
                                       (die API kann das nicht zurücknehmen: verwenden Sie
                                       das Watchers-Admin-Panel)
  jobs list                            Aufträge dieses Profils, neueste zuerst
  jobs resume JOB_ID                   unterbrochenen oder angehaltenen Auftrag fortsetzen;
                                       bestätigte IDs werden nicht erneut gesendet (ein
                                       eindeutiges Präfix der ID genügt)

Optionen:
  --profile NAME        gespeichertes Profil der App (Name oder ID); sein Token kommt aus dem
                        Schlüsselbund des Systems. Ohne diese Option gilt die Umgebung (unten).
  --dry-run             alles prüfen und zählen, nichts senden, kein Journal schreiben
  --output FORMAT       text (Standard), json oder csv (Ergebnisse eines Auftrags pro ID)
  --ids FILE            Benutzer-IDs, getrennt durch Kommas, Semikolons, Tabulatoren,
                        Leerzeichen oder Zeilenumbrüche, mit oder ohne Anführungszeichen,
                        optionale Kopfzeile; &quot;-&quot; liest die Standardeingabe
  --from FILE.json      ein Abzeichen als JSON: text, backgroundColor, textColor, tooltip,
                        communicationPic, communicationTitle, communicationText, [pic, data, trigger]
  --batch-size N        IDs pro assign-Aufruf (Standard: Einstellungen von Badge Desk, sonst 500)
  --in-flight N         gleichzeitige Aufrufe (Standard: Einstellungen, sonst 4)
  --rate N              höchstens N Aufrufe pro Sekunde (Standard: keine Grenze)
  --max-attempts N      Versuche pro Aufruf, bevor seine IDs als fehlgeschlagen gelten
                        (Standard: 6)
  --skip-encrypted      IDs auslassen, die verschlüsselt aussehen (Base64, Prozent-Kodierung)
  -h, --help            dieser Text
  --version             die Version

Gründe (--reason): INSULTS 0, PERSONAL 1, FLOOD 2, LINKS 3, VIOLENCE 4, FRAUD 5, NICKNAME 6
(ohne --expires), POLITICAL 7, REPEATED 8. Zeitangaben für --expires sind in UTC.

Umgebung (wenn --profile nicht angegeben ist):
  WATCHERS_BASE_URL oder WATCHERS_REGION (eu, us, sa, hk, za), WATCHERS_API_KEY, WATCHERS_TOKEN
  Zugangsdaten werden nie als Argumente akzeptiert: Argumente sind für andere Benutzer sichtbar.
  BADGEDESK_DATA_DIR    wo Auftragsjournale und das Moderationsprotokoll liegen
  BADGEDESK_CONFIG_DIR  woher gespeicherte Profile und die Einstellungen der App (settings.ini:
                        Zeitlimits, Batchgröße, gleichzeitige Aufrufe, Datenordner) gelesen werden

Aufträge: Jedes assign, ban, unban und grant-moderator läuft als Auftrag mit einem Journal auf
der Festplatte. Die Auftrags-ID wird beim Start auf die Standardfehlerausgabe geschrieben. Nach
einem Absturz, einem Kill oder einem Problem mit den Zugangsdaten sendet
`jobs resume JOB_ID` nur, was noch nicht bestätigt wurde.

Exit-Codes:
  0  Erfolg
  1  die API hat die Anfrage abgelehnt (Validierung, unbekanntes Abzeichen oder unbekannter
     Raum) oder ein Dateifehler
  2  Verwendungsfehler (unbekannter Befehl oder unbekannte Option, fehlendes Argument,
     unlesbare Eingabe)
  3  Fehler bei den Zugangsdaten (keine angegeben, unbekanntes Profil, Schlüsselbund, Token
     oder API-Schlüssel abgelehnt)
  4  Teilfehler: Der Auftrag ist beendet, einige IDs sind fehlgeschlagen (siehe Ergebnisse)
  5  Netzwerkfehler: Server nicht erreichbar, Zeitüberschreitungen oder Fehler über das
     Wiederholungsbudget hinaus; der Auftrag ist angehalten und kann fortgesetzt werden
</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <source>Choose colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Open the colour dialog</source>
        <translation>Farbdialog öffnen</translation>
    </message>
    <message>
        <source>Hex colour</source>
        <translation>Hex-Farbe</translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation>#rrggbb</translation>
    </message>
    <message>
        <source>Preset colours</source>
        <translation>Vordefinierte Farben</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorgaben</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>Connected. The project has %n badge(s).</source>
        <translation>
            <numerusform>Verbunden. Das Projekt hat %n Abzeichen.</numerusform>
            <numerusform>Verbunden. Das Projekt hat %n Abzeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>API key not recognised in region %1. Check the key and the region.</source>
        <translation>API-Schlüssel in Region %1 nicht erkannt. Prüfen Sie Schlüssel und Region.</translation>
    </message>
    <message>
        <source>The bearer token was rejected (missing, wrong or revoked). Paste a current token from the admin panel, Settings → Bearer tokens.</source>
        <translation>Das Bearer-Token wurde abgelehnt (fehlt, ist falsch oder widerrufen). Fügen Sie ein aktuelles Token aus dem Admin-Panel ein (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>custom URL</source>
        <translation>benutzerdefinierte URL</translation>
    </message>
    <message>
        <source>WATCHERS_BASE_URL is not a valid URL.</source>
        <translation>WATCHERS_BASE_URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>WATCHERS_REGION &quot;%1&quot; is not one of eu, us, sa, hk, za.</source>
        <translation>WATCHERS_REGION &quot;%1&quot; ist keiner der Werte eu, us, sa, hk, za.</translation>
    </message>
    <message>
        <source>Set WATCHERS_BASE_URL or WATCHERS_REGION.</source>
        <translation>Setzen Sie WATCHERS_BASE_URL oder WATCHERS_REGION.</translation>
    </message>
    <message>
        <source>Set WATCHERS_API_KEY and WATCHERS_TOKEN.</source>
        <translation>Setzen Sie WATCHERS_API_KEY und WATCHERS_TOKEN.</translation>
    </message>
</context>
<context>
    <name>DataFolderMove</name>
    <message>
        <source>Give the full path of a folder.</source>
        <translation>Geben Sie den vollständigen Pfad eines Ordners an.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Choose a folder outside %1, where the data is kept now.</source>
        <translation>Wählen Sie einen Ordner außerhalb von %1, wo die Daten jetzt liegen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Badge Desk cannot write to %1. Choose a folder you can write to.</source>
        <translation>Badge Desk kann nicht in %1 schreiben. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>%1 is inside the folder being moved.</source>
        <translation>%1 liegt in dem Ordner, der verschoben wird.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>Your drafts, job journals and moderation logs could not be moved to %1: %2 Nothing was removed; Badge Desk keeps using %3.</source>
        <translation>Ihre Entwürfe, Auftragsjournale und Moderationsprotokolle konnten nicht nach %1 verschoben werden: %2 Es wurde nichts entfernt; Badge Desk verwendet weiterhin %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already existed in %1 with other content and were left in %2: %3</source>
        <translation>
            <numerusform>%n Datei gab es in %1 bereits mit anderem Inhalt; sie wurde in %2 belassen: %3</numerusform>
            <numerusform>%n Dateien gab es in %1 bereits mit anderem Inhalt; sie wurden in %2 belassen: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Geben Sie zur Bestätigung %1 ein.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>API key not recognised in region %1.</source>
        <translation>API-Schlüssel in Region %1 nicht erkannt.</translation>
    </message>
    <message>
        <source>Check the key and the project&apos;s region.</source>
        <translation>Prüfen Sie den Schlüssel und die Region des Projekts.</translation>
    </message>
    <message>
        <source>Bearer token missing, wrong or revoked.</source>
        <translation>Bearer-Token fehlt, ist falsch oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>Paste a current token from the Watchers admin panel (Settings → Bearer tokens).</source>
        <translation>Fügen Sie ein aktuelles Token aus dem Watchers-Admin-Panel ein (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>Auf dem Server nicht gefunden.</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh and try again.</source>
        <translation>Es wurde möglicherweise gelöscht; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>Korrigieren Sie die markierten Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server is limiting requests (429).</source>
        <translation>Der Server begrenzt die Anfragen (429).</translation>
    </message>
    <message>
        <source>Wait a moment; the app slows down and retries where it is safe.</source>
        <translation>Warten Sie einen Moment; die App verlangsamt und wiederholt, wo es sicher ist.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Der Server hatte ein Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a moment. If it persists, check Watchers&apos; status.</source>
        <translation>Versuchen Sie es gleich noch einmal. Falls das Problem bleibt, prüfen Sie den Status von Watchers.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>Sichere Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be trusted, so nothing was sent. Check the server address, the system clock and any proxy that intercepts HTTPS.</source>
        <translation>Dem Zertifikat des Servers konnte nicht vertraut werden, daher wurde nichts gesendet. Prüfen Sie die Serveradresse, die Systemuhr und jeden Proxy, der HTTPS abfängt.</translation>
    </message>
    <message>
        <source>Connection refused by the server.</source>
        <translation>Verbindung vom Server abgelehnt.</translation>
    </message>
    <message>
        <source>Check the server address; the service may be down.</source>
        <translation>Prüfen Sie die Serveradresse; der Dienst ist möglicherweise ausgefallen.</translation>
    </message>
    <message>
        <source>Server not found.</source>
        <translation>Server nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the server address and your internet connection.</source>
        <translation>Prüfen Sie die Serveradresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Der Server hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the server may be overloaded.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, ist der Server möglicherweise überlastet.</translation>
    </message>
    <message>
        <source>The connection dropped after the request was sent.</source>
        <translation>Die Verbindung brach ab, nachdem die Anfrage gesendet wurde.</translation>
    </message>
    <message>
        <source>It may or may not have been applied: refresh to check before trying again, so nothing is created twice.</source>
        <translation>Sie wurde möglicherweise ausgeführt, möglicherweise nicht: Aktualisieren Sie zur Kontrolle, bevor Sie es erneut versuchen, damit nichts doppelt erstellt wird.</translation>
    </message>
    <message>
        <source>The proxy server failed.</source>
        <translation>Fehler des Proxyservers.</translation>
    </message>
    <message>
        <source>Check the system proxy settings.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet.</translation>
    </message>
    <message>
        <source>Only redirects to the same server are followed, so the token never leaves it. Check the server address.</source>
        <translation>Nur Umleitungen auf denselben Server werden befolgt, damit das Token ihn nie verlässt. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation>Netzwerkfehler.</translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation>Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>Keine vollständige Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine vollständige Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server may be slow or unreachable; try again.</source>
        <translation>Der Server ist möglicherweise langsam oder nicht erreichbar; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
</context>
<context>
    <name>GrantModeratorDialog</name>
    <message>
        <source>Grant moderator role — %1</source>
        <translation>Moderatorrolle vergeben — %1</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Raum-ID</translation>
    </message>
    <message>
        <source>The room must already exist</source>
        <translation>Der Raum muss bereits existieren</translation>
    </message>
    <message>
        <source>ℹ The API can grant the role but cannot take it back. To revoke it, open the user&apos;s avatar menu in the Watchers admin panel.</source>
        <translation>ℹ Die API kann die Rolle vergeben, aber nicht wieder entziehen. Um sie zu entziehen, öffnen Sie im Watchers-Admin-Panel das Avatar-Menü des Benutzers.</translation>
    </message>
    <message>
        <source>Enter the room ID.</source>
        <translation>Geben Sie die Raum-ID ein.</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>&amp;Raum:</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <source>Enter the user ID.</source>
        <translation>Geben Sie die Benutzer-ID ein.</translation>
    </message>
    <message>
        <source>Enter the room ID.</source>
        <translation>Geben Sie die Raum-ID ein.</translation>
    </message>
    <message>
        <source>The user ID contains a control character, such as a line break or a tab. Check what was pasted.</source>
        <translation>Die Benutzer-ID enthält ein Steuerzeichen, etwa einen Zeilenumbruch oder einen Tabulator. Prüfen Sie, was eingefügt wurde.</translation>
    </message>
    <message>
        <source>The room ID contains a control character, such as a line break or a tab. Check what was pasted.</source>
        <translation>Die Raum-ID enthält ein Steuerzeichen, etwa einen Zeilenumbruch oder einen Tabulator. Prüfen Sie, was eingefügt wurde.</translation>
    </message>
    <message>
        <source>This looks like an encrypted or URL-encoded user ID. The API expects the plain, unencrypted ID.</source>
        <translation>Dies sieht nach einer verschlüsselten oder URL-codierten Benutzer-ID aus. Die API erwartet die einfache, unverschlüsselte ID.</translation>
    </message>
</context>
<context>
    <name>IdListEditor</name>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei &amp;öffnen…</translation>
    </message>
    <message>
        <source>Leave out IDs that look encrypted</source>
        <translation>IDs auslassen, die verschlüsselt aussehen</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>Benutzer-IDs</translation>
    </message>
    <message>
        <source>Paste user IDs, or drop a .csv or .txt file here. Commas, semicolons, tabs, spaces and new lines all separate IDs.</source>
        <translation>Fügen Sie Benutzer-IDs ein oder ziehen Sie eine .csv- oder .txt-Datei hierher. Kommas, Semikolons, Tabulatoren, Leerzeichen und Zeilenumbrüche trennen die IDs.</translation>
    </message>
    <message>
        <source>Open a file of user IDs</source>
        <translation>Eine Datei mit Benutzer-IDs öffnen</translation>
    </message>
    <message>
        <source>Flagged values</source>
        <translation>Auffällige Werte</translation>
    </message>
    <message>
        <source>Open user IDs</source>
        <translation>Benutzer-IDs öffnen</translation>
    </message>
    <message>
        <source>ID lists (*.csv *.txt);;All files (*)</source>
        <translation>ID-Listen (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%1 — %n character(s), too large to show; parsed in full)</source>
        <translation>
            <numerusform>(%1 — %n Zeichen, zu groß zum Anzeigen; vollständig eingelesen)</numerusform>
            <numerusform>(%1 — %n Zeichen, zu groß zum Anzeigen; vollständig eingelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the IDs…</source>
        <translation>IDs werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n unique ID(s) to send</source>
        <translation>
            <numerusform>%n eindeutige ID zu senden</numerusform>
            <numerusform>%n eindeutige IDs zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) sent once</source>
        <translation>
            <numerusform>%n Duplikat einmal gesendet</numerusform>
            <numerusform>%n Duplikate einmal gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid left out</source>
        <translation>
            <numerusform>%n ungültige ausgelassen</numerusform>
            <numerusform>%n ungültige ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>%n leer</numerusform>
            <numerusform>%n leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) encrypted, left out</source>
        <translation>
            <numerusform>%n sieht verschlüsselt aus, ausgelassen</numerusform>
            <numerusform>%n sehen verschlüsselt aus, ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) encrypted, sent as is</source>
        <translation>
            <numerusform>%n sieht verschlüsselt aus, unverändert gesendet</numerusform>
            <numerusform>%n sehen verschlüsselt aus, unverändert gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>header row skipped</source>
        <translation>Kopfzeile übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageCheck</name>
    <message>
        <source>The file is %1, but at most 10 MB are allowed.</source>
        <translation>Die Datei ist %1 groß, erlaubt sind aber höchstens 10 MB.</translation>
    </message>
    <message>
        <source>This is not an image the chat can show.</source>
        <translation>Dies ist kein Bild, das der Chat anzeigen kann.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 px, but it must be at least %3 × %3 px.</source>
        <translation>Das Bild ist %1 × %2 px groß, muss aber mindestens %3 × %3 px groß sein.</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB; the download was stopped there.</source>
        <translation>Die Datei ist größer als 10 MB; der Download wurde an dieser Stelle abgebrochen.</translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation>Kein Bild.</translation>
    </message>
    <message>
        <source>Checking the picture…</source>
        <translation>Bild wird geprüft…</translation>
    </message>
    <message>
        <source>Could not check the picture: %1</source>
        <translation>Das Bild konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ %1 × %2 px, %3 %4 — within the limits (≤ 10 MB, ≥ 190 × 190 px).</source>
        <translation>✓ %1 × %2 px, %3 %4 — innerhalb der Grenzen (≤ 10 MB, ≥ 190 × 190 px).</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>https://… (empty: no picture)</source>
        <translation>https://… (leer: kein Bild)</translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation>Datei prüfen…</translation>
    </message>
    <message>
        <source>Check a local picture against the limits before you upload it</source>
        <translation>Ein lokales Bild vor dem Hochladen auf die Grenzwerte prüfen</translation>
    </message>
    <message>
        <source>Check a picture</source>
        <translation>Bild prüfen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</translation>
    </message>
    <message>
        <source>Local file: %1</source>
        <translation>Lokale Datei: %1</translation>
    </message>
</context>
<context>
    <name>ImageProbe</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
</context>
<context>
    <name>JobAction</name>
    <message>
        <source>Choose a badge.</source>
        <translation>Wählen Sie ein Abzeichen.</translation>
    </message>
    <message>
        <source>Assign badge %1</source>
        <translation>Abzeichen %1 vergeben</translation>
    </message>
    <message>
        <source>Remove badge %1</source>
        <translation>Abzeichen %1 entfernen</translation>
    </message>
    <message>
        <source>Ban in room %1</source>
        <translation>In Raum %1 sperren</translation>
    </message>
    <message>
        <source>Ban in the app</source>
        <translation>In der App sperren</translation>
    </message>
    <message>
        <source>Unban in room %1</source>
        <translation>In Raum %1 entsperren</translation>
    </message>
    <message>
        <source>Unban in the app</source>
        <translation>In der App entsperren</translation>
    </message>
    <message>
        <source>Grant moderator in room %1</source>
        <translation>Moderator in Raum %1 ernennen</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>Abzeichen %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>Raum %1</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>kein Grund</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>bis %1 UTC</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>JobItem</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped (duplicate)</source>
        <translation>Übersprungen (Duplikat)</translation>
    </message>
    <message>
        <source>Skipped (invalid)</source>
        <translation>Übersprungen (ungültig)</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The job journal %1 is damaged at line %2.</source>
        <translation>Das Auftragsjournal %1 ist in Zeile %2 beschädigt.</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer Badge Desk.</source>
        <translation>Das Auftragsjournal %1 wurde von einer neueren Version von Badge Desk geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a Badge Desk job journal.</source>
        <translation>%1 ist kein Auftragsjournal von Badge Desk.</translation>
    </message>
    <message>
        <source>No job %1 for this profile.</source>
        <translation>Kein Auftrag %1 für dieses Profil.</translation>
    </message>
    <message>
        <source>%1 matches several jobs; give more of the id.</source>
        <translation>%1 passt zu mehreren Aufträgen; geben Sie mehr von der ID an.</translation>
    </message>
</context>
<context>
    <name>JobProgressPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel &amp;job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>Retry &amp;failed only</source>
        <translation>Nur fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Auftragsfortschritt</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Ergebnisse anzeigen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Ergebnisse durchsuchen</translation>
    </message>
    <message>
        <source>Search ID or reason</source>
        <translation>ID oder Grund suchen</translation>
    </message>
    <message>
        <source>Results per user ID</source>
        <translation>Ergebnisse pro Benutzer-ID</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2 done · %3 failed · %4 skipped</source>
        <translation>%1 von %2 erledigt · %3 fehlgeschlagen · %4 übersprungen</translation>
    </message>
    <message>
        <source> · %1 IDs/s</source>
        <translation> · %1 IDs/s</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>JobResultsModel</name>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Interrupted: Badge Desk stopped while the job was running.</source>
        <translation>Unterbrochen: Badge Desk wurde beendet, während der Auftrag lief.</translation>
    </message>
    <message>
        <source>The job journal could not be written: %1</source>
        <translation>Das Auftragsjournal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Paused by you.</source>
        <translation>Von Ihnen angehalten.</translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation>Von Ihnen abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The server failed %n times in a row; the job is paused so as not to overload it. Last error: %1</source>
        <translation>
            <numerusform>Der Server ist %n-mal in Folge fehlgeschlagen; der Auftrag wurde angehalten, um ihn nicht zu überlasten. Letzter Fehler: %1</numerusform>
            <numerusform>Der Server ist %n-mal in Folge fehlgeschlagen; der Auftrag wurde angehalten, um ihn nicht zu überlasten. Letzter Fehler: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asks to wait until %1; the job is paused. Resume it then.</source>
        <translation>Der Server bittet, bis %1 zu warten; der Auftrag wurde angehalten. Setzen Sie ihn dann fort.</translation>
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
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>Jobs — %1</source>
        <translation>Aufträge — %1</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source> — can be resumed</source>
        <translation> — kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 pending</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 ausstehend</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
</context>
<context>
    <name>JsonParse</name>
    <message>
        <source>The data is too large to read: %1 bytes, but at most %2 bytes are accepted.</source>
        <translation>Die Daten sind zu groß zum Lesen: %1 Bytes, akzeptiert werden höchstens %2 Bytes.</translation>
    </message>
    <message>
        <source>The data is empty: expected a JSON value.</source>
        <translation>Die Daten sind leer: Ein JSON-Wert wurde erwartet.</translation>
    </message>
    <message>
        <source>The data is not valid JSON: %1 at line %2, column %3 (byte %4).</source>
        <translation>Die Daten sind kein gültiges JSON: %1 in Zeile %2, Spalte %3 (Byte %4).</translation>
    </message>
    <message>
        <source>The data is not valid JSON: expected one value, but more follow at line %1, column %2 (byte %3).</source>
        <translation>Die Daten sind kein gültiges JSON: Erwartet wurde ein Wert, aber in Zeile %1, Spalte %2 (Byte %3) folgen weitere.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the value true</source>
        <translation>der Wert true</translation>
    </message>
    <message>
        <source>the value false</source>
        <translation>der Wert false</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <translation>eine Zahl (%1)</translation>
    </message>
    <message>
        <source>text (“%1…”)</source>
        <translation>Text („%1…“)</translation>
    </message>
    <message>
        <source>text (“%1”)</source>
        <translation>Text („%1“)</translation>
    </message>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>eine Liste mit %n Element</numerusform>
            <numerusform>eine Liste mit %n Elementen</numerusform>
        </translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>JwtInfo</name>
    <message>
        <source>This does not look like a Watchers token: a token has three parts separated by dots.</source>
        <translation>Dies sieht nicht wie ein Watchers-Token aus: Ein Token besteht aus drei durch Punkte getrennten Teilen.</translation>
    </message>
    <message>
        <source>The token&apos;s middle part is not valid base64url; it may be cut short.</source>
        <translation>Der mittlere Teil des Tokens ist kein gültiges base64url; möglicherweise ist er abgeschnitten.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation>Die Nutzdaten des Tokens sind kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). Badge Desk never stores tokens in plain files; you can use the token for this session only, or start a keychain service (GNOME Keyring, KWallet) and try again.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (%1). Badge Desk speichert Tokens nie in einfachen Dateien; Sie können das Token nur für diese Sitzung verwenden oder einen Schlüsselbund-Dienst (GNOME Keyring, KWallet) starten und es erneut versuchen.</translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation>kein Secret Service auf dem Sitzungsbus</translation>
    </message>
    <message>
        <source>The keychain has no such item.</source>
        <translation>Der Schlüsselbund enthält keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked, or access was declined): %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (er ist möglicherweise gesperrt, oder der Zugriff wurde abgelehnt): %1</translation>
    </message>
    <message>
        <source>The keychain item could not be removed: %1</source>
        <translation>Der Schlüsselbund-Eintrag konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The keychain is locked or access was declined: %1</source>
        <translation>Der Schlüsselbund ist gesperrt oder der Zugriff wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“%1” (#%2)</source>
        <translation>„%1“ (#%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>⭐ New</source>
        <translation>⭐ Neu</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;New badge</source>
        <translation>&amp;Neues Abzeichen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Assign to users…</source>
        <translation>An Benutzer &amp;vergeben…</translation>
    </message>
    <message>
        <source>&amp;Import badges…</source>
        <translation>Abzeichen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Profiles and tokens…</source>
        <translation>&amp;Profile und Tokens…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>Ab&amp;zeichen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Extra&amp;s</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The Watchers project you are working on</source>
        <translation>Das Watchers-Projekt, an dem Sie arbeiten</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Filter badges</source>
        <translation>Abzeichen filtern</translation>
    </message>
    <message>
        <source>Filter by text, tooltip or ID (%1)</source>
        <translation>Nach Text, Tooltip oder ID filtern (%1)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Badge Desk — %1 — PRODUCTION</source>
        <translation>Badge Desk — %1 — PRODUKTION</translation>
    </message>
    <message>
        <source>Badge Desk — %1</source>
        <translation>Badge Desk — %1</translation>
    </message>
    <message>
        <source>PRODUCTION — %1: changes here reach real users</source>
        <translation>PRODUKTION — %1: Änderungen hier erreichen echte Benutzer</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION</source>
        <translation>%1 — PRODUKTION</translation>
    </message>
    <message>
        <source>Profiles and tokens…</source>
        <translation>Profile und Tokens…</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>Loading badges…</source>
        <translation>Abzeichen werden geladen…</translation>
    </message>
    <message>
        <source>Could not load badges</source>
        <translation>Abzeichen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 · not connected</source>
        <translation>%1 · nicht verbunden</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n Abzeichen</numerusform>
            <numerusform>%n Abzeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n badge(s) shown</source>
        <translation>
            <numerusform>%1 von %n Abzeichen angezeigt</numerusform>
            <numerusform>%1 von %n Abzeichen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>You are switching to %1.</source>
        <translation>Sie wechseln zu %1.</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Ungespeicherte Änderungen gefunden</translation>
    </message>
    <message>
        <source>There are unsaved changes to %1 from %2 that were never saved (the app closed or crashed). Restore them?</source>
        <translation>Es gibt Änderungen an %1 vom %2, die nie gespeichert wurden (die App wurde geschlossen oder ist abgestürzt). Wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore changes</source>
        <translation>Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes to %n badge(s) were kept from an earlier session.</source>
        <translation>
            <numerusform>Ungespeicherte Änderungen an %n Abzeichen aus einer früheren Sitzung wurden aufbewahrt.</numerusform>
            <numerusform>Ungespeicherte Änderungen an %n Abzeichen aus einer früheren Sitzung wurden aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are restoring a draft.</source>
        <translation>Sie stellen einen Entwurf wieder her.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 The badge %2 has unsaved changes. Save them first, or discard them?</source>
        <translation>%1 Das Abzeichen %2 hat ungespeicherte Änderungen. Zuerst speichern oder verwerfen?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>You are creating a new badge.</source>
        <translation>Sie erstellen ein neues Abzeichen.</translation>
    </message>
    <message>
        <source>You are duplicating %1.</source>
        <translation>Sie duplizieren %1.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <source>Badge deleted on the server</source>
        <translation>Abzeichen auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>%1 was deleted on the server while you edited it. Create it again with your changes?</source>
        <translation>%1 wurde auf dem Server gelöscht, während Sie es bearbeitet haben. Mit Ihren Änderungen neu erstellen?</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Neu erstellen</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>%1 was changed on the server after you started editing it (someone else, or another window). Saving now overwrites those changes with yours.</source>
        <translation>%1 wurde auf dem Server geändert, nachdem Sie mit der Bearbeitung begonnen haben (von jemand anderem oder in einem anderen Fenster). Wenn Sie jetzt speichern, werden diese Änderungen durch Ihre überschrieben.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Not saved; your changes are still in the editor.</source>
        <translation>Nicht gespeichert; Ihre Änderungen sind noch im Editor.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source> This is the PRODUCTION project %1.</source>
        <translation> Dies ist das PRODUKTIONS-Projekt %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the badge %1? %n user(s) hold it and will lose it. This cannot be undone.</source>
        <translation>
            <numerusform>Abzeichen %1 löschen? %n Benutzer hat es und verliert es. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Abzeichen %1 löschen? %n Benutzer haben es und verlieren es. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 badges? %n user(s) hold them in total and will lose them. This cannot be undone.</source>
        <translation>
            <numerusform>%1 Abzeichen löschen? Insgesamt %n Benutzer hat sie und verliert sie. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%1 Abzeichen löschen? Insgesamt %n Benutzer haben sie und verlieren sie. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete badges</source>
        <translation>Abzeichen löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n badge(s).</source>
        <translation>
            <numerusform>%n Abzeichen gelöscht.</numerusform>
            <numerusform>%n Abzeichen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) could not be deleted</source>
        <translation>
            <numerusform>%n Abzeichen konnte nicht gelöscht werden</numerusform>
            <numerusform>%n Abzeichen konnten nicht gelöscht werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copied the %1 request as a curl command; the token and the API key are the placeholders %2 and %3.</source>
        <translation>Die %1-Anfrage wurde als curl-Befehl kopiert; Token und API-Schlüssel sind durch die Platzhalter %2 und %3 ersetzt.</translation>
    </message>
    <message>
        <source>Export badges</source>
        <translation>Abzeichen exportieren</translation>
    </message>
    <message>
        <source>Badge definitions (*.json)</source>
        <translation>Abzeichendefinitionen (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n badge(s) to %1.</source>
        <translation>
            <numerusform>%n Abzeichen nach %1 exportiert.</numerusform>
            <numerusform>%n Abzeichen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import badges</source>
        <translation>Abzeichen importieren</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Create %n new badge(s) in %1 from this file?</source>
        <translation>
            <numerusform>%n neues Abzeichen aus dieser Datei in %1 erstellen?</numerusform>
            <numerusform>%n neue Abzeichen aus dieser Datei in %1 erstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Imported %1 badge(s), %2 failed.</source>
        <translation>%1 Abzeichen importiert, %2 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n badge(s) to %1…</source>
        <translation>
            <numerusform>%n Abzeichen wird nach %1 kopiert…</numerusform>
            <numerusform>%n Abzeichen werden nach %1 kopiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 badge(s) to %2, %3 failed.</source>
        <translation>%1 Abzeichen nach %2 kopiert, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not create the badge %1</source>
        <translation>Das Abzeichen %1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>You are closing the window.</source>
        <translation>Sie schließen das Fenster.</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport badges…</source>
        <translation>Abzeichen &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Badge Desk</source>
        <translation>Ü&amp;ber Badge Desk</translation>
    </message>
    <message>
        <source>Cop&amp;y to profile</source>
        <translation>In Profil &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is kept for this session under that name.</source>
        <translation>Für diese Sitzung ist unter diesem Namen kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>The secret store is unavailable.</source>
        <translation>Der Geheimnisspeicher ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ModerationLog</name>
    <message>
        <source>Cannot write the moderation log %1: %2</source>
        <translation>Das Moderationsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the moderation log %1: %2</source>
        <translation>Das Moderationsprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ModerationLogEntry</name>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 und %n weiterer</numerusform>
            <numerusform>%1, %2 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationLogWindow</name>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Rückgängig…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Moderation log — %1</source>
        <translation>Moderationsprotokoll — %1</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Search user, room, note, result</source>
        <translation>Benutzer, Raum, Notiz, Ergebnis suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Moderationsprotokoll</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The Watchers API has no documented way to remove a badge from users; do it in the Watchers admin panel.</source>
        <translation>Die Watchers-API bietet keinen dokumentierten Weg, Benutzern ein Abzeichen zu entziehen; tun Sie dies im Watchers-Admin-Panel.</translation>
    </message>
    <message>
        <source>Export moderation log</source>
        <translation>Moderationsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unbans</source>
        <translation>Entsperrungen</translation>
    </message>
    <message>
        <source>Moderator grants</source>
        <translation>Moderatorernennungen</translation>
    </message>
    <message>
        <source>Badge assignments</source>
        <translation>Abzeichenvergaben</translation>
    </message>
    <message>
        <source>Badge removals</source>
        <translation>Abzeichenentfernungen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of Badge Desk&apos;s menus and messages. &quot;System default&quot; follows the languages chosen in your system settings. Takes effect the next time Badge Desk starts.</source>
        <translation>Die Sprache der Menüs und Meldungen von Badge Desk. „Systemstandard“ folgt den Sprachen, die in Ihren Systemeinstellungen gewählt sind. Wirkt ab dem nächsten Start von Badge Desk.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>&amp;Transfer timeout:</source>
        <translation>&amp;Übertragungs-Zeitlimit:</translation>
    </message>
    <message>
        <source>Give up on a request when no data has moved for this many seconds (%1 to %2). Requests that only read are then tried again; changes are never sent twice by themselves.</source>
        <translation>Eine Anfrage aufgeben, wenn so viele Sekunden lang keine Daten übertragen wurden (%1 bis %2). Rein lesende Anfragen werden dann wiederholt; Änderungen werden nie von selbst zweimal gesendet.</translation>
    </message>
    <message>
        <source>Overall &amp;deadline:</source>
        <translation>&amp;Gesamtfrist:</translation>
    </message>
    <message>
        <source>The longest one request may take in all, retries included, in seconds (at least the transfer timeout, at most %1). Then it fails with a message.</source>
        <translation>Die längste Zeit in Sekunden, die eine Anfrage insgesamt dauern darf, Wiederholungen eingeschlossen (mindestens das Übertragungs-Zeitlimit, höchstens %1). Danach schlägt sie mit einer Meldung fehl.</translation>
    </message>
    <message>
        <source>Bulk jobs</source>
        <translation>Massenaufträge</translation>
    </message>
    <message>
        <source>&amp;Batch size (IDs per call):</source>
        <translation>&amp;Batchgröße (IDs pro Aufruf):</translation>
    </message>
    <message>
        <source>How many user IDs go into one assign call (%1 to %2; the Watchers API asks for at most %2). Smaller batches show progress more often, larger ones need fewer calls. Used by jobs started from now on.</source>
        <translation>Wie viele Benutzer-IDs in einen assign-Aufruf gehen (%1 bis %2; die Watchers-API erlaubt höchstens %2). Kleinere Batches zeigen den Fortschritt öfter, größere brauchen weniger Aufrufe. Gilt für Aufträge, die ab jetzt gestartet werden.</translation>
    </message>
    <message>
        <source>&amp;Calls at the same time:</source>
        <translation>Gleichzeitige &amp;Aufrufe:</translation>
    </message>
    <message>
        <source>How many calls a bulk job keeps going at once (%1 to %2). More is faster but meets the server&apos;s rate limits sooner; Badge Desk then waits as the server asks. Used by jobs started from now on.</source>
        <translation>Wie viele Aufrufe ein Massenauftrag gleichzeitig laufen lässt (%1 bis %2). Mehr ist schneller, stößt aber früher an die Ratenbegrenzung des Servers; Badge Desk wartet dann so lange, wie der Server verlangt. Gilt für Aufträge, die ab jetzt gestartet werden.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>nie warnen</translation>
    </message>
    <message>
        <source>&amp;Warn about tokens older than:</source>
        <translation>&amp;Warnen bei Tokens älter als:</translation>
    </message>
    <message>
        <source>For profiles created from now on: warn when the bearer token in use is older than this many days, as a reminder to rotate it. 0 never warns. A profile&apos;s own value is changed in its token manager.</source>
        <translation>Für Profile, die ab jetzt angelegt werden: warnen, wenn das verwendete Bearer-Token älter als so viele Tage ist, als Erinnerung, es zu rotieren. 0 warnt nie. Den eigenen Wert eines Profils ändern Sie in seiner Token-Verwaltung.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder in a file browser.</source>
        <translation>Den Ordner in einem Dateibrowser auswählen.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>Auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Use the default folder: %1</source>
        <translation>Den Standardordner verwenden: %1</translation>
    </message>
    <message>
        <source>Where drafts, job journals and moderation logs are kept. Empty means the default folder. Takes effect the next time Badge Desk starts; you are asked whether the existing data moves along.</source>
        <translation>Wo Entwürfe, Auftragsjournale und Moderationsprotokolle liegen. Leer bedeutet: der Standardordner. Wirkt ab dem nächsten Start von Badge Desk; Sie werden gefragt, ob die vorhandenen Daten mit umziehen.</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Daten&amp;ordner:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Put every field back to its default. Nothing is saved before OK.</source>
        <translation>Jedes Feld auf seinen Standardwert zurücksetzen. Vor OK wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Badge Desk will speak %1 from the next time it starts.</source>
        <translation>Badge Desk spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Derzeit verwendet: %1</translation>
    </message>
    <message>
        <source>BADGEDESK_DATA_DIR is set, so it decides where data is kept in this session.</source>
        <translation>BADGEDESK_DATA_DIR ist gesetzt und bestimmt daher, wo die Daten in dieser Sitzung liegen.</translation>
    </message>
    <message>
        <source>From the next start: %1. Your drafts, job journals and moderation logs will be moved there then.</source>
        <translation>Ab dem nächsten Start: %1. Ihre Entwürfe, Auftragsjournale und Moderationsprotokolle werden dann dorthin verschoben.</translation>
    </message>
    <message>
        <source>From the next start: %1.</source>
        <translation>Ab dem nächsten Start: %1.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner auswählen</translation>
    </message>
    <message>
        <source>Move your data?</source>
        <translation>Ihre Daten verschieben?</translation>
    </message>
    <message>
        <source>Your drafts, job journals and moderation logs are in %1.

Move them to %2 the next time Badge Desk starts? Every file is copied and checked before the old one is removed.

If you leave them, they stay where they are and Badge Desk starts with an empty folder. Nothing is deleted.</source>
        <translation>Ihre Entwürfe, Auftragsjournale und Moderationsprotokolle liegen in %1.

Sollen sie beim nächsten Start von Badge Desk nach %2 verschoben werden? Jede Datei wird kopiert und geprüft, bevor die alte entfernt wird.

Wenn Sie sie belassen, bleiben sie, wo sie sind, und Badge Desk startet mit einem leeren Ordner. Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Move them</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Belassen</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A saved profile has no id or name.</source>
        <translation>Ein gespeichertes Profil hat keine ID oder keinen Namen.</translation>
    </message>
</context>
<context>
    <name>ProfileCredentials</name>
    <message>
        <source>The local sandbox gets its credentials when it starts; there is nothing to read from the keychain.</source>
        <translation>Die lokale Sandbox erhält ihre Zugangsdaten beim Start; aus dem Schlüsselbund ist nichts zu lesen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no active bearer token. Add one under Profiles and tokens.</source>
        <translation>Profil „%1“ hat kein aktives Bearer-Token. Fügen Sie unter „Profile und Tokens“ eines hinzu.</translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation>Es ist kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <source>The API key of profile &quot;%1&quot; is not in the keychain. Enter it again under Profiles and tokens.</source>
        <translation>Der API-Schlüssel von Profil „%1“ ist nicht im Schlüsselbund. Geben Sie ihn unter „Profile und Tokens“ erneut ein.</translation>
    </message>
    <message>
        <source>The bearer token &quot;%1&quot; of profile &quot;%2&quot; is not in the keychain. Paste it again under Profiles and tokens.</source>
        <translation>Das Bearer-Token „%1“ von Profil „%2“ ist nicht im Schlüsselbund. Fügen Sie es unter „Profile und Tokens“ erneut ein.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation>z. B. Produktion EU</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Custom base URL (staging)</source>
        <translation>Benutzerdefinierte Basis-URL (Staging)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>Benutzerdefinierte Basis-URL</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>x-api-key from the admin panel</source>
        <translation>x-api-key aus dem Admin-Panel</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Paste the bearer token (&quot;Bearer …&quot; is fine)</source>
        <translation>Bearer-Token einfügen („Bearer …“ ist in Ordnung)</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Token-Bezeichnung</translation>
    </message>
    <message>
        <source>Token label, e.g. Anna&apos;s laptop</source>
        <translation>Token-Bezeichnung, z. B. Annas Laptop</translation>
    </message>
    <message>
        <source>Manage &amp;tokens…</source>
        <translation>&amp;Tokens verwalten…</translation>
    </message>
    <message>
        <source>Manage tokens</source>
        <translation>Tokens verwalten</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>Bearer-&amp;Token:</translation>
    </message>
    <message>
        <source>Token &amp;label:</source>
        <translation>Token-&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Bearer tokens:</source>
        <translation>Bearer-Tokens:</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Filled in from the first token</source>
        <translation>Wird aus dem ersten Token übernommen</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>&amp;Projekt-ID:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Braun</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Production: show a banner and ask for typed confirmation before destructive and bulk actions</source>
        <translation>Produktion: Banner anzeigen und vor destruktiven Aktionen und Massenaktionen eine eingetippte Bestätigung verlangen</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Enter the custom base URL, e.g. https://staging.example.com.</source>
        <translation>Geben Sie die benutzerdefinierte Basis-URL ein, z. B. https://staging.example.com.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s API key.</source>
        <translation>Geben Sie den API-Schlüssel des Projekts ein.</translation>
    </message>
    <message>
        <source>Paste a bearer token.</source>
        <translation>Fügen Sie ein Bearer-Token ein.</translation>
    </message>
    <message>
        <source>Token 1</source>
        <translation>Token 1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Enter the custom base URL first.</source>
        <translation>Geben Sie zuerst die benutzerdefinierte Basis-URL ein.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Enter the API key and paste a token to test them.</source>
        <translation>Geben Sie den API-Schlüssel ein und fügen Sie ein Token ein, um beide zu testen.</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Profiles and tokens</source>
        <translation>Profile und Tokens</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Tokens…</source>
        <translation>&amp;Tokens…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>open</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation>Profile nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the profile &quot;%1&quot;? Its API key and %n token(s) are removed from the keychain, and its local drafts, job journals and logs are deleted. Nothing changes on the server.</source>
        <translation>
            <numerusform>Profil „%1“ löschen? Sein API-Schlüssel und %n Token werden aus dem Schlüsselbund entfernt, und seine lokalen Entwürfe, Auftragsjournale und Protokolle werden gelöscht. Auf dem Server ändert sich nichts.</numerusform>
            <numerusform>Profil „%1“ löschen? Sein API-Schlüssel und %n Tokens werden aus dem Schlüsselbund entfernt, und seine lokalen Entwürfe, Auftragsjournale und Protokolle werden gelöscht. Auf dem Server ändert sich nichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Some keychain items could not be removed: %1</source>
        <translation>Einige Schlüsselbund-Einträge konnten nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>ProfileSecrets</name>
    <message>
        <source>This token belongs to project %1, but the profile is for project %2.</source>
        <translation>Dieses Token gehört zu Projekt %1, das Profil ist aber für Projekt %2.</translation>
    </message>
    <message numerus="yes">
        <source>This token is %n day(s) old, older than the rotation age you set.</source>
        <translation>
            <numerusform>Dieses Token ist %n Tag alt und damit älter als das eingestellte Rotationsalter.</numerusform>
            <numerusform>Dieses Token ist %n Tage alt und damit älter als das eingestellte Rotationsalter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profiles file %1 is too large to be ours.</source>
        <translation>Die Profildatei %1 ist zu groß, um von uns zu stammen.</translation>
    </message>
    <message>
        <source>The profiles file %1 could not be read: %2</source>
        <translation>Die Profildatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2). It was left as it is.</source>
        <translation>Die Profildatei %1 ist beschädigt (%2). Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged; it was not overwritten. Move it aside and try again.</source>
        <translation>Die Profildatei %1 ist beschädigt; sie wurde nicht überschrieben. Verschieben Sie sie an einen anderen Ort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1: %2</source>
        <translation>Die Profile konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>ProfilesPrompter</name>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>%1

Use the token for this session only? It is kept in memory and forgotten when Badge Desk quits.</source>
        <translation>%1

Das Token nur für diese Sitzung verwenden? Es wird im Arbeitsspeicher gehalten und vergessen, wenn Badge Desk beendet wird.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
</context>
<context>
    <name>RegionInfo</name>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>Südamerika</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asien</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Wählen Sie eine Anfrage aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Include token and API key</source>
        <translation>Token und API-Schlüssel einschließen</translation>
    </message>
    <message>
        <source>Export the request log</source>
        <translation>Anfrageprotokoll exportieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Anfrageprotokoll leeren</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Started: %1 (UTC)</source>
        <translation>Gestartet: %1 (UTC)</translation>
    </message>
    <message>
        <source>Status: %1   Duration: %2 ms   Received: %3 bytes   Attempt: %4</source>
        <translation>Status: %1   Dauer: %2 ms   Empfangen: %3 Bytes   Versuch: %4</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>Anfrage-Header:</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Anfragetext:</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>Geheimnisse einschließen</translation>
    </message>
    <message>
        <source>The command will contain the bearer token and the API key in plain text. Anyone who sees it can act on this project. Include them?</source>
        <translation>Der Befehl wird das Bearer-Token und den API-Schlüssel im Klartext enthalten. Jeder, der ihn sieht, kann in diesem Projekt handeln. Einschließen?</translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>Anfrageprotokoll exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The request log could not be written to %1: %2</source>
        <translation>Das Anfrageprotokoll konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Expo&amp;rt…</source>
        <translation>&amp;Exportieren…</translation>
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
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly (exit code %1).</source>
        <translation>Die lokale Sandbox wurde unerwartet beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The local sandbox (badgedesk-sandbox) is not installed next to Badge Desk.</source>
        <translation>Die lokale Sandbox (badgedesk-sandbox) ist nicht neben Badge Desk installiert.</translation>
    </message>
    <message numerus="yes">
        <source>The local sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>Die lokale Sandbox ist nicht innerhalb von %n Sekunde gestartet.</numerusform>
            <numerusform>Die lokale Sandbox ist nicht innerhalb von %n Sekunden gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local sandbox printed an unexpected address.</source>
        <translation>Die lokale Sandbox hat eine unerwartete Adresse ausgegeben.</translation>
    </message>
</context>
<context>
    <name>SentMessage</name>
    <message>
        <source>The server answered with %1 instead of the sent message.</source>
        <translation>Der Server antwortete mit %1 statt mit der gesendeten Nachricht.</translation>
    </message>
    <message>
        <source>The sent message has no “id”.</source>
        <translation>Die gesendete Nachricht hat keine „id“.</translation>
    </message>
    <message>
        <source>The “id” of the sent message must be a whole number, but it is %1.</source>
        <translation>Die „id“ der gesendeten Nachricht muss eine ganze Zahl sein, ist aber %1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, grouped by menu. Tab and Shift+Tab move between fields; Alt with an underlined letter goes to that field or button.</source>
        <translation>Jeder Befehl mit einer Tastenkombination, nach Menü gruppiert. Tab und Shift+Tab wechseln zwischen den Feldern; Alt mit einem unterstrichenen Buchstaben springt zu diesem Feld oder Knopf.</translation>
    </message>
    <message>
        <source>Part of a command or a key</source>
        <translation>Teil eines Befehls oder einer Taste</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>TokenManagerDialog</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Bearer tokens of %1</source>
        <translation>Bearer-Tokens von %1</translation>
    </message>
    <message>
        <source>Tokens are kept in: &lt;b&gt;%1&lt;/b&gt;. Only labels and dates are saved with the profile.</source>
        <translation>Tokens werden gespeichert in: &lt;b&gt;%1&lt;/b&gt;. Mit dem Profil werden nur Bezeichnungen und Datumsangaben gespeichert.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <source>Bearer tokens</source>
        <translation>Bearer-Tokens</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Selected token</source>
        <translation>Ausgewähltes Token</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <source>Token warnings</source>
        <translation>Token-Warnungen</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Re&amp;place with pasted token</source>
        <translation>Durch eingefügtes Token &amp;ersetzen</translation>
    </message>
    <message>
        <source>Replace with pasted token</source>
        <translation>Durch eingefügtes Token ersetzen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add or rotate a token</source>
        <translation>Token hinzufügen oder rotieren</translation>
    </message>
    <message>
        <source>New token label</source>
        <translation>Bezeichnung des neuen Tokens</translation>
    </message>
    <message>
        <source>e.g. CI bot, Anna&apos;s laptop</source>
        <translation>z. B. CI-Bot, Annas Laptop</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Paste token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>Paste the token (&quot;Bearer …&quot; is fine)</source>
        <translation>Token einfügen („Bearer …“ ist in Ordnung)</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>Token hinzufügen</translation>
    </message>
    <message>
        <source>Rotation age in days</source>
        <translation>Rotationsalter in Tagen</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>nie warnen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Warn when older than:</source>
        <translation>Warnen, wenn älter als:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No token yet. Paste one below: in the Watchers admin panel, Settings → Bearer tokens.</source>
        <translation>Noch kein Token. Fügen Sie unten eines ein: im Watchers-Admin-Panel unter Settings → Bearer tokens.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Hinzugefügt am %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>ausgestellt am %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>not a readable JWT, so project and age are unknown</source>
        <translation>kein lesbares JWT, daher sind Projekt und Alter unbekannt</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Fügen Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>The token was not saved. %1</source>
        <translation>Das Token wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; saved in the keychain.</source>
        <translation>Token „%1“ im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; is kept for this session only.</source>
        <translation>Token „%1“ wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Umbenannt in „%1“.</translation>
    </message>
    <message>
        <source>Paste the new token into the Token field, then choose Replace.</source>
        <translation>Fügen Sie das neue Token in das Feld „Token“ ein und wählen Sie dann „Durch eingefügtes Token ersetzen“.</translation>
    </message>
    <message>
        <source>The token was not replaced. %1</source>
        <translation>Das Token wurde nicht ersetzt. %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; replaced.</source>
        <translation>Token „%1“ ersetzt.</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <source>Remove the token &quot;%1&quot; from %2? It is deleted from the keychain; it stays valid on the server until revoked in the admin panel.</source>
        <translation>Token „%1“ aus %2 entfernen? Es wird aus dem Schlüsselbund gelöscht; auf dem Server bleibt es gültig, bis es im Admin-Panel widerrufen wird.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Das Token konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; removed.</source>
        <translation>Token „%1“ entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active token.</source>
        <translation>„%1“ ist jetzt das aktive Token.</translation>
    </message>
    <message numerus="yes">
        <source>Token copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Token kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Token kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>TriggerEditor</name>
    <message>
        <source>Award this badge automatically</source>
        <translation>Dieses Abzeichen automatisch verleihen</translation>
    </message>
    <message>
        <source>This trigger was configured elsewhere in a form Badge Desk cannot edit. It is shown read-only and sent back unchanged.</source>
        <translation>Dieser Auslöser wurde an anderer Stelle in einer Form eingerichtet, die Badge Desk nicht bearbeiten kann. Er wird schreibgeschützt angezeigt und unverändert zurückgesendet.</translation>
    </message>
    <message>
        <source>Trigger (read-only)</source>
        <translation>Auslöser (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Threshold for %1</source>
        <translation>Schwellenwert für %1</translation>
    </message>
    <message>
        <source>Tracking period for %1</source>
        <translation>Erfassungszeitraum für %1</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Gleitend</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>First message cannot be combined with any other condition.</source>
        <translation>„Erste Nachricht“ kann mit keiner anderen Bedingung kombiniert werden.</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Badge duration in days</source>
        <translation>Gültigkeitsdauer des Abzeichens in Tagen</translation>
    </message>
    <message>
        <source>An awarded badge lasts:</source>
        <translation>Ein verliehenes Abzeichen gilt:</translation>
    </message>
    <message>
        <source>Rolling period in days for %1</source>
        <translation>Gleitender Zeitraum in Tagen für %1</translation>
    </message>
    <message>
        <source>Period start for %1</source>
        <translation>Beginn des Zeitraums für %1</translation>
    </message>
    <message>
        <source>Period end for %1</source>
        <translation>Ende des Zeitraums für %1</translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>First message</source>
        <translation>Erste Nachricht</translation>
    </message>
    <message>
        <source>Number of messages</source>
        <translation>Anzahl der Nachrichten</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Anzahl der Besuche</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Time spent in chat</source>
        <translation>Zeit im Chat</translation>
    </message>
    <message>
        <source>Received reactions</source>
        <translation>Erhaltene Reaktionen</translation>
    </message>
    <message>
        <source>Given reactions</source>
        <translation>Vergebene Reaktionen</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Started threads</source>
        <translation>Gestartete Threads</translation>
    </message>
    <message>
        <source>Invites sent</source>
        <translation>Gesendete Einladungen</translation>
    </message>
    <message>
        <source>Poll votes</source>
        <translation>Umfragestimmen</translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation>Quizantworten</translation>
    </message>
    <message>
        <source>Chat activity</source>
        <translation>Chat-Aktivität</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>times</source>
        <translation>Mal</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Serveradresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password; credentials go in the profile, where they are kept in the keychain.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten; Zugangsdaten gehören ins Profil, wo sie im Schlüsselbund aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the token would travel unencrypted. Use https://.</source>
        <translation>Unverschlüsseltes http:// zu %1 wird abgelehnt: Das Token würde unverschlüsselt übertragen. Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>Unsupported address scheme &quot;%1&quot;: use https://.</source>
        <translation>Nicht unterstütztes Adressschema „%1“: Verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>UserIdIssue</name>
    <message>
        <source>Line %1: empty value, left out.</source>
        <translation>Zeile %1: leerer Wert, ausgelassen.</translation>
    </message>
    <message>
        <source>Line %1: longer than %2 characters, left out.</source>
        <translation>Zeile %1: länger als %2 Zeichen, ausgelassen.</translation>
    </message>
    <message>
        <source>Line %1: contains a control character, left out.</source>
        <translation>Zeile %1: enthält ein Steuerzeichen, ausgelassen.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; looks encrypted or URL-encoded; the API expects the plain ID.</source>
        <translation>Zeile %1: „%2“ sieht verschlüsselt oder URL-codiert aus; die API erwartet die einfache ID.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; appears more than once; sent once.</source>
        <translation>Zeile %1: „%2“ kommt mehrfach vor; wird einmal gesendet.</translation>
    </message>
</context>
<context>
    <name>WatchersClient</name>
    <message>
        <source>The bearer token contains spaces or characters a token cannot have.</source>
        <translation>Das Bearer-Token enthält Leerzeichen oder Zeichen, die in einem Token nicht vorkommen können.</translation>
    </message>
    <message>
        <source>Paste the token again, exactly as the admin panel shows it.</source>
        <translation>Fügen Sie das Token erneut ein, genau so, wie das Admin-Panel es anzeigt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer is larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Die Antwort des Servers ist größer als %n MB; sie wurde nicht gelesen.</numerusform>
            <numerusform>Die Antwort des Servers ist größer als %n MB; sie wurde nicht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that the address points at the Watchers API of the right region.</source>
        <translation>Prüfen Sie, ob die Adresse auf die Watchers-API der richtigen Region zeigt.</translation>
    </message>
    <message>
        <source>The created badge has no id.</source>
        <translation>Das erstellte Abzeichen hat keine ID.</translation>
    </message>
    <message>
        <source>This badge has not been created yet.</source>
        <translation>Dieses Abzeichen wurde noch nicht erstellt.</translation>
    </message>
    <message>
        <source>Create it first; only existing badges can be updated.</source>
        <translation>Erstellen Sie es zuerst; nur vorhandene Abzeichen können aktualisiert werden.</translation>
    </message>
    <message>
        <source>The server accepted the request, so it was probably created: refresh before trying again, so nothing is created twice.</source>
        <translation>Der Server hat die Anfrage angenommen, es wurde also wahrscheinlich erstellt: Aktualisieren Sie, bevor Sie es erneut versuchen, damit nichts doppelt erstellt wird.</translation>
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
        <translation>AA nur für großen Text</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
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
        <translation>Vorschau der Willkommensnachricht</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to Badge Desk</source>
        <translation>Willkommen bei Badge Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Badge Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Badge Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Design badges, hand them out, and moderate your Watchers chat. Everything stays on this computer; tokens live only in the OS keychain.</source>
        <translation>Gestalten Sie Abzeichen, verteilen Sie sie und moderieren Sie Ihren Watchers-Chat. Alles bleibt auf diesem Computer; Tokens liegen nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Try the local sandbox</source>
        <translation>Lokale Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>A private stand-in server with demo badges on this computer. No account or credentials needed.</source>
        <translation>Ein privater Ersatzserver mit Demo-Abzeichen auf diesem Computer. Kein Konto und keine Zugangsdaten nötig.</translation>
    </message>
    <message>
        <source>Connect to a Watchers project</source>
        <translation>Mit einem Watchers-Projekt verbinden</translation>
    </message>
    <message>
        <source>Region, API key and a bearer token from the admin panel (Settings → Bearer tokens).</source>
        <translation>Region, API-Schlüssel und ein Bearer-Token aus dem Admin-Panel (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect to a Watchers project&lt;/h3&gt;&lt;p&gt;Find the API key and create a bearer token in the Watchers admin panel (Settings → Bearer tokens). Test, then save: the key and token go to the OS keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mit einem Watchers-Projekt verbinden&lt;/h3&gt;&lt;p&gt;Den API-Schlüssel finden Sie im Watchers-Admin-Panel; dort erstellen Sie auch ein Bearer-Token (Settings → Bearer tokens). Erst testen, dann speichern: Schlüssel und Token kommen in den Schlüsselbund des Systems.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Lokale Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation>Die lokale Sandbox ist nicht gestartet: %1</translation>
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
        <translation>Badge Desk: Admin-Panel für die Watchers-Chat-API.</translation>
    </message>
    <message>
        <source>Start a private local sandbox with demo data and open it.</source>
        <translation>Eine private lokale Sandbox mit Demodaten starten und öffnen.</translation>
    </message>
    <message>
        <source>Connect with WATCHERS_BASE_URL or WATCHERS_REGION, WATCHERS_API_KEY and WATCHERS_TOKEN, without a saved profile.</source>
        <translation>Mit WATCHERS_BASE_URL oder WATCHERS_REGION, WATCHERS_API_KEY und WATCHERS_TOKEN verbinden, ohne gespeichertes Profil.</translation>
    </message>
    <message>
        <source>Open the saved profile NAME.</source>
        <translation>Das gespeicherte Profil NAME öffnen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
</TS>
