<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>%n user(s) hold this badge now.</source>
        <translation><numerusform>%n user holds this badge now.</numerusform><numerusform>%n users hold this badge now.</numerusform></translation>
    </message>
</context>
<context>
    <name>BadgeEditor</name>
    <message numerus="yes">
        <source>Cannot save: %1</source>
        <translation><numerusform>Cannot save: %1</numerusform><numerusform>Cannot save: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation><numerusform> (and %n more problem)</numerusform><numerusform> (and %n more problems)</numerusform></translation>
    </message>
</context>
<context>
    <name>BadgeValidator</name>
    <message numerus="yes">
        <source>%1 is too long: %n characters, but at most %2 are allowed.</source>
        <translation><numerusform>%1 is too long: %n character, but at most %2 are allowed.</numerusform><numerusform>%1 is too long: %n characters, but at most %2 are allowed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %n characters as the server counts them (%2 as shown; emoji and accents can count more than once), but at most %3 are allowed.</source>
        <translation><numerusform>%1 is too long: %n character as the server counts them (%2 as shown; emoji and accents can count more than once), but at most %3 are allowed.</numerusform><numerusform>%1 is too long: %n characters as the server counts them (%2 as shown; emoji and accents can count more than once), but at most %3 are allowed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The label is %n characters long; long labels get cut in the chat. At most %1 are advised.</source>
        <translation><numerusform>The label is %n character long; long labels get cut in the chat. At most %1 are advised.</numerusform><numerusform>The label is %n characters long; long labels get cut in the chat. At most %1 are advised.</numerusform></translation>
    </message>
</context>
<context>
    <name>BanRequest</name>
    <message numerus="yes">
        <source>The note is %n characters long; at most %1 are allowed.</source>
        <translation><numerusform>The note is %n character long; at most %1 are allowed.</numerusform><numerusform>The note is %n characters long; at most %1 are allowed.</numerusform></translation>
    </message>
</context>
<context>
    <name>BulkDialogBase</name>
    <message numerus="yes">
        <source>Dry run: %1 — %n user(s), </source>
        <translation><numerusform>Dry run: %1 — %n user, </numerusform><numerusform>Dry run: %1 — %n users, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s). Nothing was sent.</source>
        <translation><numerusform>%n call. Nothing was sent.</numerusform><numerusform>%n calls. Nothing was sent.</numerusform></translation>
    </message>
</context>
<context>
    <name>ChatMessage</name>
    <message numerus="yes">
        <source>The message is %n characters long; at most %1 are allowed.</source>
        <translation><numerusform>The message is %n character long; at most %1 are allowed.</numerusform><numerusform>The message is %n characters long; at most %1 are allowed.</numerusform></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation><numerusform>%n holder</numerusform><numerusform>%n holders</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  %n user(s) to send</source>
        <translation><numerusform>  %n user to send</numerusform><numerusform>  %n users to send</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  %n skipped (duplicates or invalid)</source>
        <translation><numerusform>  %n skipped (duplicates or invalid)</numerusform><numerusform>  %n skipped (duplicates or invalid)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  %n call(s) would be made; nothing was sent.</source>
        <translation><numerusform>  %n call would be made; nothing was sent.</numerusform><numerusform>  %n calls would be made; nothing was sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Job %1 started: %2, %n ID(s) to send.</source>
        <translation><numerusform>Job %1 started: %2, %n ID to send.</numerusform><numerusform>Job %1 started: %2, %n IDs to send.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: job %1 would send %n ID(s).</source>
        <translation><numerusform>Dry run: job %1 would send %n ID.</numerusform><numerusform>Dry run: job %1 would send %n IDs.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>Connected. The project has %n badge(s).</source>
        <translation><numerusform>Connected. The project has %n badge.</numerusform><numerusform>Connected. The project has %n badges.</numerusform></translation>
    </message>
</context>
<context>
    <name>DataFolderMove</name>
    <message numerus="yes">
        <source>%n file(s) already existed in %1 with other content and were left in %2: %3</source>
        <translation><numerusform>%n file already existed in %1 with other content and were left in %2: %3</numerusform><numerusform>%n files already existed in %1 with other content and were left in %2: %3</numerusform></translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation><numerusform>No complete answer within %n second.</numerusform><numerusform>No complete answer within %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>IdListEditor</name>
    <message numerus="yes">
        <source>(%1 — %n character(s), too large to show; parsed in full)</source>
        <translation><numerusform>(%1 — %n character, too large to show; parsed in full)</numerusform><numerusform>(%1 — %n characters, too large to show; parsed in full)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unique ID(s) to send</source>
        <translation><numerusform>%n unique ID to send</numerusform><numerusform>%n unique IDs to send</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) sent once</source>
        <translation><numerusform>%n duplicate sent once</numerusform><numerusform>%n duplicates sent once</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid left out</source>
        <translation><numerusform>%n invalid left out</numerusform><numerusform>%n invalid left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation><numerusform>%n empty</numerusform><numerusform>%n empty</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) encrypted, left out</source>
        <translation><numerusform>%n looks encrypted, left out</numerusform><numerusform>%n look encrypted, left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) encrypted, sent as is</source>
        <translation><numerusform>%n looks encrypted, sent as is</numerusform><numerusform>%n look encrypted, sent as is</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>JobProgressPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message numerus="yes">
        <source>The server failed %n times in a row; the job is paused so as not to overload it. Last error: %1</source>
        <translation><numerusform>The server failed %n time in a row; the job is paused so as not to overload it. Last error: %1</numerusform><numerusform>The server failed %n times in a row; the job is paused so as not to overload it. Last error: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation><numerusform>Gave up after %n attempt: %1</numerusform><numerusform>Gave up after %n attempts: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>JsonParse</name>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation><numerusform>a list of %n item</numerusform><numerusform>a list of %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation><numerusform>%n badge</numerusform><numerusform>%n badges</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n badge(s) shown</source>
        <translation><numerusform>%1 of %n badge shown</numerusform><numerusform>%1 of %n badges shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes to %n badge(s) were kept from an earlier session.</source>
        <translation><numerusform>Unsaved changes to %n badge were kept from an earlier session.</numerusform><numerusform>Unsaved changes to %n badges were kept from an earlier session.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the badge %1? %n user(s) hold it and will lose it. This cannot be undone.</source>
        <translation><numerusform>Delete the badge %1? %n user holds it and will lose it. This cannot be undone.</numerusform><numerusform>Delete the badge %1? %n users hold it and will lose it. This cannot be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 badges? %n user(s) hold them in total and will lose them. This cannot be undone.</source>
        <translation><numerusform>Delete %1 badges? %n user holds them in total and will lose them. This cannot be undone.</numerusform><numerusform>Delete %1 badges? %n users hold them in total and will lose them. This cannot be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n badge(s).</source>
        <translation><numerusform>Deleted %n badge.</numerusform><numerusform>Deleted %n badges.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) could not be deleted</source>
        <translation><numerusform>%n badge could not be deleted</numerusform><numerusform>%n badges could not be deleted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n badge(s) to %1.</source>
        <translation><numerusform>Exported %n badge to %1.</numerusform><numerusform>Exported %n badges to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Create %n new badge(s) in %1 from this file?</source>
        <translation><numerusform>Create %n new badge in %1 from this file?</numerusform><numerusform>Create %n new badges in %1 from this file?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copying %n badge(s) to %1…</source>
        <translation><numerusform>Copying %n badge to %1…</numerusform><numerusform>Copying %n badges to %1…</numerusform></translation>
    </message>
</context>
<context>
    <name>ModerationLogEntry</name>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation><numerusform>%1, %2 and %n more</numerusform><numerusform>%1, %2 and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message numerus="yes">
        <source>Delete the profile "%1"? Its API key and %n token(s) are removed from the keychain, and its local drafts, job journals and logs are deleted. Nothing changes on the server.</source>
        <translation><numerusform>Delete the profile "%1"? Its API key and %n token are removed from the keychain, and its local drafts, job journals and logs are deleted. Nothing changes on the server.</numerusform><numerusform>Delete the profile "%1"? Its API key and %n tokens are removed from the keychain, and its local drafts, job journals and logs are deleted. Nothing changes on the server.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProfileSecrets</name>
    <message numerus="yes">
        <source>This token is %n day(s) old, older than the rotation age you set.</source>
        <translation><numerusform>This token is %n day old, older than the rotation age you set.</numerusform><numerusform>This token is %n days old, older than the rotation age you set.</numerusform></translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message numerus="yes">
        <source>The local sandbox did not start within %n second(s).</source>
        <translation><numerusform>The local sandbox did not start within %n second.</numerusform><numerusform>The local sandbox did not start within %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>TokenManagerDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Token copied. The clipboard is cleared in %n second(s).</source>
        <translation><numerusform>Token copied. The clipboard is cleared in %n second.</numerusform><numerusform>Token copied. The clipboard is cleared in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>WatchersClient</name>
    <message numerus="yes">
        <source>The server's answer is larger than %n MB; it was not read.</source>
        <translation><numerusform>The server's answer is larger than %n MB; it was not read.</numerusform><numerusform>The server's answer is larger than %n MB; it was not read.</numerusform></translation>
    </message>
</context>
</TS>
